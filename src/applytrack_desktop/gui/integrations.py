"""Settings → Integrations: connect and disconnect mail accounts, see how each one syncs.

Connecting Gmail or Outlook opens the system browser and waits for the sign-in, and IMAP
logs in to check the password, so every connect and disconnect runs off the GUI thread
(``background.run_in_background``); the page says what it is waiting for meanwhile.
Disconnecting asks first and says exactly what will be deleted, with the counts from
``Service.disconnect_preview``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.gui.account_forms import ImapDialog, ImapForm, OutlookDialog, OutlookForm
from applytrack_desktop.gui.background import Task, describe_error, run_in_background
from applytrack_desktop.gui.import_dialog import FILE_FILTER
from applytrack_desktop.gui.list_delegate import AccentRole, SubtitleRole, TwoLineDelegate
from applytrack_desktop.gui.sync_indicator import KIND_NAMES

if TYPE_CHECKING:
    from applytrack_desktop.gui.sync_bridge import SyncBridge
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

AccountIdRole = Qt.ItemDataRole.UserRole + 50
STATE_TEXT = {
    AccountState.OK: "Up to date",
    AccountState.SYNCING: "Syncing",
    AccountState.ERROR: "Sync failed",
    AccountState.RECONNECT_NEEDED: "Needs reconnecting",
}


def describe_account(account: Account) -> str:
    """ "Gmail · last synced 5 min ago · Up to date", and the error when there is one."""
    if account.last_sync_at is not None:
        synced = f"last synced {timefmt.ago(account.last_sync_at)} · {STATE_TEXT[account.state]}"
    elif account.state is AccountState.OK:
        synced = "waiting for its first sync"
    else:
        synced = f"not synced yet · {STATE_TEXT[account.state]}"
    line = f"{KIND_NAMES[account.kind]} · {synced}"
    if account.last_error and account.state in (AccountState.ERROR, AccountState.RECONNECT_NEEDED):
        line += f"\n{account.last_error}"
    return line


def account_title(account: Account) -> str:
    """How an account is named on screen: a mailbox file by its file name, not its full path."""
    if account.kind is AccountKind.FILES:
        return Path(account.address).name or account.address
    return account.address


def disconnect_text(account: Account) -> str:
    """What a disconnect deletes, said before it happens."""
    if account.kind is AccountKind.FILES:
        deleted = "ApplyTrack deletes the mail it read from these files from this computer."
    else:
        deleted = (
            "ApplyTrack deletes this account's mail and its sign-in secrets from this "
            "computer and revokes its access where the provider allows it."
        )
    return (
        f"{deleted} Applications found in its mail stay, without those emails, unless you "
        "tick the box below. Your mailbox itself is not changed."
    )


class IntegrationsPage(QWidget):
    accounts_changed = Signal()

    def __init__(
        self, service: Service, bridge: SyncBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.task: Task | None = None
        self.last_note = ""
        self._accounts: dict[int, Account] = {}

        title = QLabel("Connected accounts")
        title.setObjectName("SectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("Timeline")
        self.list.setAccessibleName("Connected accounts")
        self.list.setItemDelegate(TwoLineDelegate(self.list, lines=2))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.empty = QLabel("No account yet. Connect one below, or import a mailbox file.")
        self.empty.setObjectName("Muted")
        self.sync_button = QPushButton(theme.icon("sync", size=16), "Sync Now")
        self.sync_button.clicked.connect(self.sync_selected)
        self.reconnect_button = QPushButton("Reconnect…")
        self.reconnect_button.clicked.connect(self._reconnect_selected)
        self.disconnect_button = QPushButton("Disconnect…")
        self.disconnect_button.setObjectName("Danger")
        self.disconnect_button.clicked.connect(lambda: self.disconnect_selected())
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.reconnect_button)
        row.addStretch(1)
        row.addWidget(self.disconnect_button)

        connect_title = QLabel("Connect an account")
        connect_title.setObjectName("SectionTitle")
        self.gmail_button = QPushButton(theme.icon("mail", size=16), "Gmail…")
        self.gmail_button.setToolTip("Sign in with Google using your own client_secret.json")
        self.gmail_button.clicked.connect(lambda: self.connect_gmail())
        self.outlook_button = QPushButton(theme.icon("mail", size=16), "Outlook…")
        self.outlook_button.clicked.connect(lambda: self.connect_outlook())
        self.imap_button = QPushButton(theme.icon("mail", size=16), "IMAP…")
        self.imap_button.clicked.connect(lambda: self.connect_imap())
        self.files_button = QPushButton(theme.icon("import", size=16), "Mailbox File…")
        self.files_button.setToolTip("Watch an .mbox file or a folder of .eml files")
        self.files_button.clicked.connect(lambda: self.connect_files())
        grid = QGridLayout()
        for i, button in enumerate(
            (self.gmail_button, self.outlook_button, self.imap_button, self.files_button)
        ):
            grid.addWidget(button, i // 2, i % 2)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Connection status")
        privacy = QLabel(
            "Mail is read on this computer only; sign-ins are kept in your system keyring. "
            "ApplyTrack asks for read-only access and never changes your mailbox."
        )
        privacy.setObjectName("Muted")
        privacy.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(connect_title)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(privacy)
        if bridge is not None:
            bridge.finished.connect(lambda *_a: self.reload())
            bridge.failed.connect(lambda *_a: self.reload())
        self.reload()

    # -- the account list ---------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.current_account()
        try:
            accounts = self._service.accounts()
        except Exception as exc:
            self._say(describe_error(exc)[1], error=True)
            return
        self._accounts = {a.id: a for a in accounts}
        self.list.clear()
        for account in accounts:
            item = QListWidgetItem(account_title(account))
            item.setData(SubtitleRole, describe_account(account))
            bad = account.state in (AccountState.ERROR, AccountState.RECONNECT_NEEDED)
            item.setData(AccentRole, theme.danger_color() if bad else theme.primary_color())
            item.setData(AccountIdRole, account.id)
            item.setToolTip(account.last_error or account.address)
            self.list.addItem(item)
            if selected is not None and account.id == selected.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(accounts))
        self.empty.setVisible(not accounts)
        self._update_buttons()

    def current_account(self) -> Account | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._accounts.get(int(item.data(AccountIdRole)))

    def select_account(self, account_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(AccountIdRole) == account_id:
                self.list.setCurrentRow(row)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        account = self.current_account()
        for button in (self.sync_button, self.disconnect_button, self.reconnect_button):
            button.setEnabled(account is not None and not self.busy)
        self.reconnect_button.setVisible(
            account is not None and account.kind is not AccountKind.FILES
        )
        for button in (self.gmail_button, self.outlook_button, self.imap_button, self.files_button):
            button.setEnabled(not self.busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setObjectName("ErrorLabel" if error else "Muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- running one connect / disconnect at a time ---------------------------------------------
    def _run(self, waiting: str, call: Callable[[], Any], done: Callable[[Any], None]) -> bool:
        if self.busy:
            return False
        self._say(waiting)

        def finished(result: Any) -> None:
            self.task = None
            self.reload()
            done(result)
            self.accounts_changed.emit()

        def failed(exc: BaseException) -> None:
            self.task = None
            self.reload()
            self._say(describe_error(exc)[1], error=True)

        self.task = run_in_background(call, self, finished, failed)
        self._update_buttons()
        return True

    def _connected(self, account: Account) -> None:
        self.select_account(account.id)
        self._say(f"Connected {account.address}. The first sync has started.")

    # -- connecting -----------------------------------------------------------------------------
    def connect_gmail(self, client_config: Path | None = None) -> bool:
        if client_config is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                "Choose your Google client_secret.json",
                str(Path.home()),
                "Google client config (*.json)",
            )
            if not chosen:
                return False
            client_config = Path(chosen)
        path = client_config
        return self._run(
            "Sign in to Google in the browser window that just opened…",
            lambda: self._service.connect_gmail(path),
            self._connected,
        )

    def connect_outlook(self, form: OutlookForm | None = None, client_id: str = "") -> bool:
        if form is None:
            dialog = OutlookDialog(self, client_id=client_id)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            form = dialog.value()
        value = form
        return self._run(
            "Sign in to Microsoft in the browser window that just opened…",
            lambda: self._service.connect_outlook(value.client_id, tenant=value.tenant),
            self._connected,
        )

    def connect_imap(self, form: ImapForm | None = None, prefill: Account | None = None) -> bool:
        if form is None:
            settings = prefill.settings if prefill is not None else {}
            port = settings.get("port")
            dialog = ImapDialog(
                self,
                host=settings.get("host", ""),
                port=int(port) if port else None,
                security=settings.get("security", "ssl"),
                user=prefill.address if prefill is not None else "",
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            form = dialog.value()
        v = form
        return self._run(
            f"Signing in to {v.host}…",
            lambda: self._service.connect_imap(
                host=v.host, user=v.user, password=v.password, port=v.port, security=v.security
            ),
            self._connected,
        )

    def connect_files(self, paths: Sequence[Path] | None = None) -> bool:
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self, "Choose Mailbox Files", str(Path.home()), FILE_FILTER
            )
            if not chosen:
                return False
            paths = [Path(p) for p in chosen]
        files = list(paths)
        return self._run(
            "Adding the mailbox file…", lambda: self._service.connect_files(files), self._connected
        )

    def reconnect(self, account_id: int) -> bool:
        """Connect the same account again (the old grant is replaced, its mail stays)."""
        account = self._accounts.get(account_id)
        if account is None:
            return False
        self.select_account(account_id)
        if account.kind is AccountKind.GMAIL:
            if self._gmail_client_stored(account_id):
                return self._run(
                    "Sign in to Google in the browser window that just opened…",
                    lambda: self._service.reconnect_gmail(account_id),
                    self._connected,
                )
            return self.connect_gmail()
        if account.kind is AccountKind.OUTLOOK:
            return self.connect_outlook(client_id=account.settings.get("client_id", ""))
        if account.kind is AccountKind.IMAP:
            return self.connect_imap(prefill=account)
        return False

    def _gmail_client_stored(self, account_id: int) -> bool:
        try:
            return self._service.gmail_client_stored(account_id)
        except Exception as exc:  # then the file is asked for, as on a first connect
            log.warning("could not read the stored Google client: %s", describe_error(exc)[0])
            return False

    def _reconnect_selected(self) -> None:
        account = self.current_account()
        if account is not None:
            self.reconnect(account.id)

    # -- per account ----------------------------------------------------------------------------
    def sync_selected(self) -> bool:
        account = self.current_account()
        if account is None:
            return False
        try:
            self._service.sync_now(account.id)
        except Exception as exc:
            self._say(describe_error(exc)[1], error=True)
            return False
        self._say(f"Syncing {account_title(account)}…")
        return True

    def preview(self, account: Account, delete_applications: bool = False) -> str:
        """What a disconnect deletes, with counts (``Service.disconnect_preview``)."""
        try:
            text = self._service.disconnect_preview(
                account.id, delete_applications=delete_applications
            )
        except Exception as exc:  # the counts are a courtesy: still say what goes
            log.warning("disconnect preview failed: %s", describe_error(exc)[0])
            return disconnect_text(account)
        if account.kind is AccountKind.FILES:
            return text
        return f"{text} Your mailbox itself is not changed."

    def confirm_disconnect(self, account: Account) -> tuple[bool, bool]:
        """Ask first; (go ahead, also delete applications)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Disconnect Account")
        box.setText(f"Disconnect {account_title(account)}?")
        also = QCheckBox("Also delete the applications that only this account's mail supports")

        def describe(delete_apps: bool) -> None:
            # The service counts what goes (emails, review items, applications if ticked).
            box.setInformativeText(self.preview(account, delete_apps))

        describe(False)
        also.toggled.connect(describe)
        box.setCheckBox(also)
        go = box.addButton("Disconnect", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go, also.isChecked()

    def disconnect_selected(self) -> bool:
        account = self.current_account()
        if account is None or self.busy:
            return False
        go, delete_apps = self.confirm_disconnect(account)
        if not go:
            return False
        address = account_title(account)

        def done(note: object) -> None:
            self.last_note = str(note or "")
            message = f"Disconnected {address}; its mail and secrets were deleted."
            self._say(f"{message} {self.last_note}".strip())
            if self.last_note:
                QMessageBox.information(self, "Disconnected", self.last_note)

        return self._run(
            f"Disconnecting {address}…",
            lambda: self._service.disconnect(account.id, delete_applications=delete_apps),
            done,
        )


class IntegrationsDialog(QDialog):
    """The Integrations page on its own (from the sync indicator's Reconnect button)."""

    def __init__(
        self, service: Service, bridge: SyncBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Integrations")
        self.setMinimumSize(560, 560)
        self.page = IntegrationsPage(service, bridge, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
