"""The demo in the window: a throwaway store filled from the bundled mailbox, off the GUI thread.

``applytrack --demo`` and the welcome page's "Try the Demo" both end here. Filling the
store runs the real pipeline (a few seconds), so it runs on a worker thread while a small
"Preparing the demo…" window keeps painting; the demo window closes its store (and with it
the temporary folder and the in-memory key) when it is closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from applytrack_desktop.gui import theme
from applytrack_desktop.gui.background import Task, describe_error, run_in_background
from applytrack_desktop.gui.sync_indicator import Spinner

if TYPE_CHECKING:
    from applytrack_desktop.gui.main_window import MainWindow
    from applytrack_desktop.service_demo import DemoService

log = logging.getLogger(__name__)

DEMO_TITLE = "ApplyTrack — Demo"


def _open() -> DemoService:
    from applytrack_desktop.service_demo import open_demo

    return open_demo()


def load_demo(
    parent: QObject,
    on_ready: Callable[[DemoService], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Open the demo store on a worker thread; ``on_ready`` gets it on the GUI thread."""
    return run_in_background(_open, parent, on_ready, on_error)


class PreparingDemo(QWidget):
    """A small window that says what is happening while the demo store fills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(DEMO_TITLE)
        self.setWindowIcon(theme.app_icon())
        self.setFixedSize(380, 170)
        self.spinner = Spinner(28)
        title = QLabel("Preparing the demo…")
        title.setObjectName("EmptyTitle")
        text = QLabel(
            "Reading about 60 sample emails on this computer, exactly as your own mail "
            "would be read."
        )
        text.setObjectName("Muted")
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        self.spinner.start()


def demo_window(
    service: DemoService, build: Callable[[Any], MainWindow] | None = None
) -> MainWindow:
    """A main window on the demo store that closes the store when the window goes away."""
    if build is None:
        from applytrack_desktop.gui.main_window import MainWindow

        build = MainWindow
    window = build(service)
    window.setWindowTitle(DEMO_TITLE)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda _obj=None: service.close())
    return window


class DemoLauncher(QObject):
    """Opens a demo window next to the current one (the welcome page's button)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.task: Task | None = None
        self.window: MainWindow | None = None
        self.preparing: PreparingDemo | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self) -> bool:
        if self.busy:
            return False
        self.preparing = PreparingDemo(self._parent)
        self.preparing.show()
        self.task = load_demo(self, self._ready, self._failed)
        return True

    def _done(self) -> None:
        self.task = None
        if self.preparing is not None:
            self.preparing.close()
            self.preparing.deleteLater()
            self.preparing = None

    def _ready(self, service: DemoService) -> None:
        self._done()
        self.window = demo_window(service)
        self.window.resize(1360, 820)
        self.window.show()
        self.window.raise_()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        title, message = describe_error(exc)
        QMessageBox.warning(self._parent, title, f"The demo could not be opened. {message}")


def run_demo(app: QApplication, show: Callable[[DemoService], int]) -> int:
    """``applytrack --demo``: prepare the store with a window up, then hand it to ``show``.

    ``show`` runs the real app on the demo service (the same as on a real store) and
    returns the exit code; the service is closed afterwards in every case.
    """
    preparing = PreparingDemo()
    preparing.show()
    result: dict[str, Any] = {}

    def work() -> DemoService:
        service = _open()
        result["service"] = service  # kept here too: closing the splash early must not leak it
        return service

    def settle(_outcome: object) -> None:
        if "waited" in result:  # arrived after the user closed the splash: too late
            return
        result["settled"] = True
        preparing.close()
        app.exit(0)

    def failed(exc: BaseException) -> None:
        result.setdefault("error", exc)
        settle(exc)

    task = run_in_background(work, app, settle, failed)
    app.exec()
    result["waited"] = True
    task.finished.wait()
    if "settled" not in result:
        # The user closed "Preparing the demo…": they changed their mind; leave nothing behind.
        if "service" in result:
            result["service"].close()
        return 0
    if "error" in result:
        title, message = describe_error(result["error"])
        QMessageBox.critical(None, title, f"The demo could not be opened. {message}")
        return 1
    service: DemoService = result["service"]
    try:
        return show(service)
    finally:
        service.close()
