"""Import Mailbox: run .mbox / .eml files through the pipeline without freezing the window.

The import runs on the service's import thread (``Service.import_mailbox``, itself called
from a worker because it first counts the messages); its progress callback and the
future's completion are called on that thread, so they only emit Qt signals, which Qt
queues into the GUI thread. The dialog shows "n of m", then a one-line
summary, or one sentence when something went wrong. Closing it while an import runs only
hides it: the import finishes in the background and the window still refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.gui import theme
from applytrack_desktop.gui.background import Task, describe_error, run_in_background
from applytrack_desktop.sync.events import SyncCounts

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

FILE_FILTER = "Mailboxes (*.mbox *.eml *.mbx);;All files (*)"


class _Relay(QObject):
    """Lives on the GUI thread; its signals are emitted from the import thread."""

    progress = Signal(int, int)  # done, total (-1: unknown)
    finished = Signal(object)  # the Future


def progress_label(done: int, total: int) -> str:
    if total >= 0:
        return f"Importing… {done:,} of {total:,} messages"
    return f"Importing… {done:,} messages"


class ImportDialog(QDialog):
    imported = Signal(object)  # SyncCounts, once an import has finished

    def __init__(
        self,
        service: Service,
        parent: QWidget | None = None,
        paths: Sequence[Path] = (),
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.paths: list[Path] = []
        self.future: Future[SyncCounts] | None = None
        self._starting: Task | None = None
        self.counts: SyncCounts | None = None
        self.setWindowTitle("Import Mailbox")
        self.setMinimumWidth(540)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)

        title = QLabel("Import mail from files")
        title.setObjectName("EmptyTitle")
        intro = QLabel(
            "Choose .mbox files (a Google Takeout or Thunderbird export) or .eml files, or a "
            "folder of them. Everything is read on this computer; mail that is not about a job "
            "application is dropped and never stored. Importing the same file twice adds "
            "nothing."
        )
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setObjectName("Timeline")
        self.file_list.setAccessibleName("Files to import")
        self.file_list.setMinimumHeight(110)
        self.add_files_button = QPushButton(theme.icon("mail", size=16), "Add Files…")
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton("Add Folder…")
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton("Clear")
        self.clear_button.clicked.connect(lambda: self.set_paths([]))
        choose = QHBoxLayout()
        choose.addWidget(self.add_files_button)
        choose.addWidget(self.add_folder_button)
        choose.addStretch(1)
        choose.addWidget(self.clear_button)

        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Import status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_button = QPushButton(
            theme.icon("import", QColor(theme.tones().primary_text), 16), "Import"
        )
        self.import_button.setObjectName("Primary")
        self.import_button.clicked.connect(self.start)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.file_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.set_paths(list(paths))

    # -- choosing files -----------------------------------------------------------------------
    def set_paths(self, paths: Sequence[Path]) -> None:
        self.paths = list(dict.fromkeys(paths))
        self.file_list.clear()
        for path in self.paths:
            self.file_list.addItem(str(path))
        self._update_buttons()

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, "Choose Mailbox Files", str(Path.home()), FILE_FILTER
        )
        if chosen:
            self.set_paths(self.paths + [Path(p) for p in chosen])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Choose a Folder of Mail", str(Path.home()))
        if chosen:
            self.set_paths([*self.paths, Path(chosen)])

    @property
    def running(self) -> bool:
        if self._starting is not None:
            return True
        return self.future is not None and not self.future.done()

    def _update_buttons(self) -> None:
        busy = self.running
        self.import_button.setEnabled(bool(self.paths) and not busy)
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            button.setEnabled(not busy)
        self.close_button.setText("Hide" if busy else "Close")

    # -- running ------------------------------------------------------------------------------
    def start(self) -> bool:
        """Start the import of the chosen files; False when it could not start."""
        if not self.paths or self.running:
            return False
        self.counts = None
        self._set_status("")
        relay = self._relay

        def progress(done: int, total: int | None) -> None:  # import thread
            relay.progress.emit(done, -1 if total is None else total)

        paths = list(self.paths)
        # Even starting reads every file once (to count messages and refuse bad paths):
        # a 2 GB Takeout mbox takes seconds, so that happens off the GUI thread too.
        self._starting = run_in_background(
            lambda: self._service.import_mailbox(paths, progress=progress),
            self,
            self._on_started,
            self._on_refused,
        )
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.show()
        self.status.setText("Counting the messages…")
        self._update_buttons()
        return True

    def _on_started(self, future: Future[SyncCounts]) -> None:
        self._starting = None
        self.future = future
        self.status.setText("Reading your mail…")
        self._update_buttons()
        future.add_done_callback(self._relay.finished.emit)

    def _on_refused(self, exc: BaseException) -> None:
        self._starting = None
        self._fail(exc)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.status.setText(progress_label(done, total))

    def _on_finished(self, future: Future[SyncCounts]) -> None:
        self._update_buttons()
        if future.cancelled():
            self._set_status("The import was cancelled; nothing more was read.", error=True)
            self.progress.hide()
            return
        exc = future.exception()
        if exc is not None:
            self._fail(exc)
            return
        self.counts = future.result()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        # Imported here: the importer pulls in the whole classifier stack, which the window
        # must not wait for at start-up.
        from applytrack_desktop.sync.importer import summary

        self._set_status("Done: " + summary(self.counts))
        self.import_button.setText("Import More")
        self.imported.emit(self.counts)

    def _fail(self, exc: BaseException) -> None:
        _title, message = describe_error(exc)
        self.progress.hide()
        self._set_status(message, error=True)
        self._update_buttons()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setObjectName("ErrorLabel" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Hiding, never destroying, while the import runs: its signals still need a home.
        self.hide()
        event.ignore()
