"""The header's sync indicator: "Syncing 24 active threads", a spinner, progress, errors.

It is the one place in the window that says whether mail is flowing. It listens to the
``SyncBridge`` (so every update arrives on the GUI thread), re-reads the active-thread
count after each sync, and turns a failed account into one sentence; an account whose
sign-in is gone shows a "Reconnect Gmail" button that opens Settings → Integrations.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.sync_bridge import SyncBridge
from applytrack_desktop.sync.events import SyncFinished

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

KIND_NAMES: dict[AccountKind, str] = {
    AccountKind.GMAIL: "Gmail",
    AccountKind.OUTLOOK: "Outlook",
    AccountKind.IMAP: "IMAP",
    AccountKind.FILES: "Mailbox file",
}

IDLE, SYNCING, ERROR = "idle", "syncing", "error"  # the tray's state names


def threads_text(count: int) -> str:
    return f"{count:,} active thread" + ("" if count == 1 else "s")


def progress_text(done: int, total: int) -> str:
    """ "12 of 40" when the total is known, else "12 messages"."""
    if total >= 0:
        return f"{done:,} of {total:,}"
    return f"{done:,} message" + ("" if done == 1 else "s")


class Spinner(QWidget):
    """A small rotating arc; it only ticks while shown and running."""

    def __init__(self, size: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(size, size))
        self.angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._tick)
        self.setAccessibleName("Syncing")

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self.show()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def _tick(self) -> None:
        self.angle = (self.angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.primary_color(), 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        rect = QRectF(2, 2, self.width() - 4, self.height() - 4)
        painter.drawArc(rect, -self.angle * 16, 270 * 16)
        painter.end()


class SyncIndicator(QWidget):
    """Idle, syncing (spinner + "n of m") or error (a sentence + Reconnect)."""

    reconnect_requested = Signal(int)  # account id
    changed = Signal()  # state, thread count or error changed (the tray mirrors it)

    def __init__(self, service: Service, bridge: SyncBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncIndicator")
        self._service = service
        self._bridge = bridge
        self.active_threads = 0
        self.paused = False
        self._progress: dict[int, tuple[int, int]] = {}
        self._errors: dict[int, tuple[str, bool]] = {}  # account id -> (sentence, reconnect)
        self._accounts: dict[int, Account] = {}

        self.spinner = Spinner(16)
        self.spinner.hide()
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setObjectName("Muted")
        self.label.setAccessibleName("Sync status")
        self.reconnect_button = QPushButton()
        self.reconnect_button.setObjectName("Danger")
        self.reconnect_button.hide()
        self.reconnect_button.clicked.connect(self._reconnect)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.spinner)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.reconnect_button)

        bridge.busy_changed.connect(self._busy_changed)
        bridge.started.connect(self._started)
        bridge.progress.connect(self._on_progress)
        bridge.finished.connect(self._finished)
        bridge.failed.connect(self._failed)
        self.refresh()

    # -- state ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._bridge.busy

    @property
    def state(self) -> str:
        if self._errors:
            return ERROR
        return SYNCING if self.busy else IDLE

    @property
    def error_text(self) -> str:
        return next(iter(self._errors.values()))[0] if self._errors else ""

    def reconnect_account(self) -> int | None:
        """The first account that must be reconnected, if any."""
        return next((aid for aid, (_m, again) in self._errors.items() if again), None)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self._show()

    def refresh(self) -> None:
        """Re-read the active-thread count and which accounts need the user."""
        try:
            self.active_threads = self._service.active_thread_count()
            accounts = self._service.accounts()
        except UserFacingError as exc:
            log.warning("could not read the sync state: %s", exc.title)
            return
        self._accounts = {a.id: a for a in accounts}
        for account in accounts:
            if account.state is AccountState.RECONNECT_NEEDED:
                self._errors[account.id] = (self._reconnect_sentence(account), True)
            elif account.state is AccountState.ERROR and account.last_error:
                self._errors.setdefault(account.id, (account.last_error, False))
        for gone in set(self._errors) - set(self._accounts):
            del self._errors[gone]
        self._show()

    def _kind(self, account_id: int) -> str:
        account = self._accounts.get(account_id)
        return KIND_NAMES[account.kind] if account is not None else "your mail account"

    def _reconnect_sentence(self, account: Account) -> str:
        return f"{KIND_NAMES[account.kind]} needs reconnecting ({account.address})."

    # -- bridge slots (GUI thread) ----------------------------------------------------------
    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._progress.clear()
        self._show()

    def _started(self, account_id: int) -> None:
        self._progress[account_id] = (0, -1)
        self._show()

    def _on_progress(self, account_id: int, done: int, total: int) -> None:
        self._progress[account_id] = (done, total)
        self._show()

    def _finished(self, account_id: int, _event: SyncFinished) -> None:
        self._errors.pop(account_id, None)
        self._progress.pop(account_id, None)
        self.refresh()

    def _failed(self, account_id: int, message: str, reconnect: bool) -> None:
        self._progress.pop(account_id, None)
        if account_id not in self._accounts:
            self.refresh()
        if reconnect:
            message = f"{self._kind(account_id)} needs reconnecting. {message}".strip()
        self._errors[account_id] = (message, reconnect)
        self._show()

    def _reconnect(self) -> None:
        account_id = self.reconnect_account()
        if account_id is not None:
            self.reconnect_requested.emit(account_id)

    # -- painting the state -------------------------------------------------------------------
    def _show(self) -> None:
        threads = threads_text(self.active_threads)
        again = self.reconnect_account()
        self.reconnect_button.setVisible(again is not None)
        if self.busy:
            self.spinner.start()
            self.icon.hide()
        else:
            self.spinner.stop()
            self.icon.show()
        if self._errors:
            first = self.error_text
            self.icon.setPixmap(theme.pixmap("alert", theme.danger_color(), 16))
            self.label.setObjectName("ErrorLabel")
            if again is not None:
                self.label.setText(f"{self._kind(again)} needs reconnecting")
                self.reconnect_button.setText(f"Reconnect {self._kind(again)}")
                self.reconnect_button.setAccessibleName(f"Reconnect {self._kind(again)}")
            else:
                self.label.setText("Sync failed")
            self.label.setToolTip(first)
        else:
            self.icon.setPixmap(theme.pixmap("sync", theme.primary_color(), 16))
            self.label.setObjectName("Muted")
            self.label.setToolTip("")
            if self.busy and self._progress:
                done = sum(d for d, _t in self._progress.values())
                totals = [t for _d, t in self._progress.values()]
                total = -1 if any(t < 0 for t in totals) else sum(totals)
                self.label.setText(f"Syncing… {progress_text(done, total)}")
            elif self.paused:
                self.label.setText(f"Sync paused · {threads}")
            elif not self._accounts and not self.active_threads:
                self.label.setText("No mail account connected yet")
            else:
                self.label.setText(f"Syncing {threads}")
        # The object name picks the colour from the style sheet: re-polish after changing it.
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.setAccessibleDescription(self.label.text())
        self.changed.emit()
