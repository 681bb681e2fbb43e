"""Settings → Data, the privacy actions: export the mailbox, check the database, rotate its
key, and delete everything.

Each action can take seconds (an mbox of years of mail, an integrity check of every page,
re-encrypting the file), so it runs on a worker thread (``background.run_in_background``)
while the page says what it is doing; one action runs at a time. Rotating the key and
deleting everything close and reopen the store, so the page then emits ``store_replaced``
and the window re-attaches its sync and re-reads everything; after a deletion the window
is back on the welcome page. Failures are one sentence in the page, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.errors import PassphraseRequiredError
from applytrack_desktop.gui.background import Task, describe_error, run_in_background

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

CONFIRM_WORD = "DELETE"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def deletion_summary(service: Service) -> str:
    """What "Delete everything" removes, with counts, said before it happens."""
    try:
        apps = service.count_applications()
        accounts = service.accounts()
    except Exception as exc:  # the counts are a courtesy; the list below still holds
        log.warning("could not count what would be deleted: %s", describe_error(exc)[0])
        apps, accounts = -1, []
    counted = "all applications" if apps < 0 else _plural(apps, "application", "applications")
    signins = ""
    if accounts:
        names = ", ".join(a.address for a in accounts[:3]) + (", …" if len(accounts) > 3 else "")
        signins = (
            f"{_plural(len(accounts), 'connected account', 'connected accounts')} ({names}) "
            "with their sign-ins, revoked where the provider allows it, "
        )
    return (
        f"This deletes from this computer: {counted} with their history and notes, "
        f"every stored email, {signins}your settings, the backups, and the database's "
        "encryption key. Your mailboxes themselves are not changed. This cannot be undone."
    )


class DeleteEverythingDialog(QDialog):
    """Names what goes and needs the word DELETE typed before its button works."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Delete Everything")
        self.setMinimumWidth(460)
        title = QLabel("Delete everything ApplyTrack keeps?")
        title.setObjectName("SectionTitle")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What will be deleted")
        prompt = QLabel(f"Type {CONFIRM_WORD} to confirm.")
        self.word = QLineEdit()
        self.word.setAccessibleName(f"Type {CONFIRM_WORD} to confirm")
        self.word.setPlaceholderText(CONFIRM_WORD)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            "Delete Everything", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("Danger")
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(
            lambda text: self.delete_button.setEnabled(text.strip() == CONFIRM_WORD)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(prompt)
        layout.addWidget(self.word)
        layout.addWidget(self.buttons)


class DataActions(QWidget):
    """The buttons of Settings → Data that act on the whole store."""

    # The store was closed and reopened (a new key, or a new empty store); the flag says
    # whether background sync ran before, so the window re-attaches to it and restarts it.
    store_replaced = Signal(bool)
    store_closing = Signal()  # about to close the store: stop reading it until replaced
    everything_deleted = Signal(list)  # notes for the user (a revoke that failed, ...)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.task: Task | None = None
        self.export_button = QPushButton("Export Mailbox (mbox)…")
        self.export_button.setToolTip("Write the emails ApplyTrack keeps to one .mbox file")
        self.export_button.clicked.connect(lambda: self.export_mbox())
        self.check_button = QPushButton("Check Database Integrity")
        self.check_button.setToolTip("Verify every page of the encrypted database")
        self.check_button.clicked.connect(lambda: self.check_integrity())
        self.rotate_button = QPushButton("Rotate Encryption Key…")
        self.rotate_button.setToolTip("Re-encrypt the database under a new random key")
        self.rotate_button.clicked.connect(lambda: self.rotate_key())
        self.delete_button = QPushButton("Delete Everything…")
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(lambda: self.delete_everything())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Data action status")
        self.status.setObjectName("Muted")

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate(
            (self.export_button, self.check_button, self.rotate_button, self.delete_button)
        ):
            grid.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.status)

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.export_button, self.check_button, self.rotate_button, self.delete_button)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setObjectName("ErrorLabel" if error else "Muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _run(self, waiting: str, call: Callable[[], Any], done: Callable[[Any], None]) -> bool:
        """Run ``call`` off the GUI thread; ``done(result)`` or an error sentence after."""
        if self.busy:
            return False
        self._say(waiting)

        def finished(result: Any) -> None:
            self._idle()
            done(result)

        def failed(exc: BaseException) -> None:
            self._idle()
            self._say(describe_error(exc)[1], error=True)

        for button in self.buttons:
            button.setEnabled(False)
        self.task = run_in_background(call, self, finished, failed)
        return True

    def _idle(self) -> None:
        self.task = None
        for button in self.buttons:
            button.setEnabled(True)

    # -- the actions ------------------------------------------------------------------------
    def export_mbox(self, path: Path | None = None) -> bool:
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export Mailbox", str(Path.home() / "applytrack.mbox"), "Mailbox (*.mbox)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        target = path

        def done(count: int) -> None:
            self._say(f"{_plural(count, 'email was', 'emails were')} exported to {target.name}.")

        return self._run("Exporting the mailbox…", lambda: self._service.export_mbox(target), done)

    def check_integrity(self) -> bool:
        return self._run(
            "Checking every page of the database…",
            self._service.check_integrity,
            lambda _r: self._say("The database is intact: every page checked out."),
        )

    def rotate_key(self, *, confirmed: bool = False) -> bool:
        if not confirmed:
            answer = QMessageBox.question(
                self,
                "Rotate Encryption Key",
                "Re-encrypt the database under a new random key? The old key stops working; "
                "syncing pauses for the moment it takes.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        was_syncing = self._service.background_sync_running

        def done(_r: object) -> None:
            self._say("The database was re-encrypted under a new key.")
            self.store_replaced.emit(was_syncing)

        def failed_too(_exc: BaseException) -> None:  # rotate reopens the store even then
            self.store_replaced.emit(was_syncing)

        if self.busy:
            return False
        self.store_closing.emit()
        self._run("Re-encrypting the database under a new key…", self._service.rotate_key, done)
        if self.task is not None:
            self.task.failed.connect(failed_too)
        return True

    def delete_everything(self, *, confirmed: bool = False) -> bool:
        if not confirmed:
            dialog = DeleteEverythingDialog(deletion_summary(self._service), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        was_syncing = self._service.background_sync_running
        service = self._service

        def work() -> tuple[list[str], bool]:
            notes = service.delete_everything()
            try:
                service.reopen()  # a fresh, empty store in the same folder
            except PassphraseRequiredError:
                return notes, False
            return notes, True

        if self.busy:
            return False
        # On failure the window stays detached from the store: its state is unknown, and
        # the sentence shown says what went wrong.
        self.store_closing.emit()
        return self._run(
            "Deleting everything…", work, lambda result: self._deleted(result, was_syncing)
        )

    def _deleted(self, result: tuple[list[str], bool], was_syncing: bool) -> None:
        notes, reopened = result
        if not reopened and not self._reopen_with_passphrase():
            # No store is open and none can be without a passphrase: nothing left to show.
            QMessageBox.information(
                self,
                "Everything Was Deleted",
                " ".join(["Everything was deleted.", *notes, "ApplyTrack closes now."]),
            )
            QApplication.quit()
            return
        self._say(" ".join(["Everything was deleted.", *notes]))
        self.store_replaced.emit(was_syncing)
        self.everything_deleted.emit(notes)

    def _reopen_with_passphrase(self) -> bool:
        """No keyring: the new store needs a new passphrase (asked like on first start)."""
        from applytrack_desktop.gui.passphrase import ask_passphrase

        error = ""
        while True:
            words = ask_passphrase(self, new_store=True, error=error)
            if words is None:
                return False
            try:
                self._service.reopen(passphrase=words)
            except Exception as exc:
                error = describe_error(exc)[1]
                continue
            return True
