"""The app around the window: background sync, the tray icon, OS notifications, close-to-tray.

``DesktopShell`` starts the sync runtime with the window and stops it on the way out,
mirrors the sync indicator into the tray (idle / syncing / error, "Syncing N active
threads"), turns new activity after each sync into desktop notifications (honouring the
notification settings), and — when a tray exists and the setting is on — hides the window
on close instead of quitting, so syncing goes on.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from applytrack_desktop.gui.background import Task, describe_error, run_in_background
from applytrack_desktop.gui.notifier import APP_NAME, Notice, Notifier, notice_for
from applytrack_desktop.gui.tray import Tray, TrayState

if TYPE_CHECKING:
    from applytrack_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# More new entries than this after one sync become one summary notification, not a flood.
MAX_NOTICES = 4
ACTIVITY_WINDOW = 100


def _import_sync_stack() -> None:
    """Import what ``start_background_sync`` needs (worker thread; imports are thread-safe)."""
    import applytrack_desktop.sync.runtime  # noqa: F401


class DesktopShell(QObject):
    _balloon_requested = Signal(object)  # a Notice, from the notifier's thread

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        *,
        use_tray: bool | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.service = window.service
        self.mail = window.mail
        self.quitting = False
        self.stopped = False
        self.loading: Task | None = None  # importing the sync stack off the GUI thread
        self.sent: list[Notice] = []
        wanted = Tray.available() if use_tray is None else use_tray
        self.tray: Tray | None = Tray(self) if wanted else None
        if self.tray is not None:
            self.tray.open_requested.connect(self.show_window)
            self.tray.sync_requested.connect(self.mail.sync_now)
            self.tray.pause_toggled.connect(self.set_paused)
            self.tray.quit_requested.connect(self.quit)
            self.mail.indicator.changed.connect(self._mirror)
        self._balloon_requested.connect(self._show_balloon)
        self.notifier = notifier if notifier is not None else Notifier(self._balloon, self)
        self.notifier.activated.connect(self.open_application)
        self.mail.bridge.finished.connect(lambda *_a: self.notify_new())
        self.last_seen = self._newest_activity_id()
        # A reopened store (everything deleted) numbers its activity afresh.
        window.store_replaced.connect(self._store_replaced)
        window.installEventFilter(self)

    # -- lifetime -------------------------------------------------------------------------------
    def start(self) -> None:
        # Starting the sync runtime imports the classifier stack (about a second): that
        # import waits until the window has painted and then runs on a worker thread, so
        # neither the first paint nor the event loop waits for it.
        self.window.when_painted(self._load_sync)
        if self.tray is not None:
            self._mirror()
            self.tray.show()

    def _load_sync(self) -> None:
        if self.stopped:
            return
        self.loading = run_in_background(
            _import_sync_stack, self, lambda _r: self._start_sync(), self._sync_failed
        )

    def _sync_failed(self, exc: BaseException) -> None:
        log.warning("background sync did not start: %s", describe_error(exc)[0])

    def _start_sync(self) -> None:
        if self.stopped:
            return
        try:
            self.service.start_background_sync()
        except Exception as exc:
            log.warning("background sync did not start: %s", describe_error(exc)[0])

    def stop(self) -> None:
        self.stopped = True
        self.window.removeEventFilter(self)
        self.mail.bridge.detach()
        if self.tray is not None:
            self.tray.hide()
        self.service.stop_background_sync()

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        self.app.quit()

    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()

    def open_application(self, app_id: int) -> None:
        self.show_window()
        self.window.open_application(app_id)

    def set_paused(self, paused: bool) -> None:
        try:
            if paused:
                self.service.pause_sync()
            else:
                self.service.resume_sync()
        except Exception as exc:
            log.warning("could not change pausing: %s", describe_error(exc)[0])
            return
        self.mail.indicator.set_paused(paused)

    # -- close to tray --------------------------------------------------------------------------
    def keeps_running(self) -> bool:
        """Closing the window hides it: a tray exists and the user wants it that way."""
        if self.quitting or self.tray is None:
            return False
        try:
            return self.service.settings().close_to_tray
        except Exception:
            return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.keeps_running():
            event.ignore()
            self.window.hide()
            return True
        return super().eventFilter(watched, event)

    # -- tray and notifications -----------------------------------------------------------------
    def _mirror(self) -> None:
        if self.tray is None:
            return
        indicator = self.mail.indicator
        state = TrayState(indicator.state)
        self.tray.update(state, indicator.active_threads, indicator.error_text)

    def _store_replaced(self) -> None:
        self.last_seen = self._newest_activity_id()
        self._mirror()

    def _newest_activity_id(self) -> int:
        try:
            items = self.service.activity(1)
        except Exception:
            return 0
        return items[0].id if items else 0

    def notify_new(self) -> list[Notice]:
        """Notify about activity newer than the last seen entry; the notices sent."""
        try:
            settings = self.service.settings()
            items = [i for i in self.service.activity(ACTIVITY_WINDOW) if i.id > self.last_seen]
        except Exception as exc:
            log.warning("could not read new activity: %s", describe_error(exc)[0])
            return []
        if not items:
            return []
        self.last_seen = max(i.id for i in items)
        if not settings.notifications_enabled:
            return []
        notices = [
            n
            for n in (
                notice_for(i, show_content=settings.notifications_show_content)
                for i in sorted(items, key=lambda i: i.id)
            )
            if n is not None
        ]
        if len(notices) > MAX_NOTICES:
            notices = [Notice(APP_NAME, f"{len(notices)} updates to your applications.", None)]
        for notice in notices:
            self.notifier.notify(notice)
        self.sent.extend(notices)
        return notices

    def _balloon(self, notice: Notice) -> None:
        # Called on the notifier's thread when no notification service answered: hand over.
        self._balloon_requested.emit(notice)

    def _show_balloon(self, notice: Notice) -> None:
        if self.tray is not None:
            self.tray.icon.showMessage(
                notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information
            )
