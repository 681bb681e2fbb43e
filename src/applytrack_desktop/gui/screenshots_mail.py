"""The mail side's screenshots: the review list, the welcome page, import and integrations.

Called by ``screenshots.main`` under the same X display. The review list needs mail the
pipeline was unsure about, so it shows the demo store (the bundled mailbox run through the
real pipeline); the welcome page shows a brand-new empty store, as a first run does.
"""

from __future__ import annotations

import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from applytrack_desktop.gui.integrations import IntegrationsPage

WINDOW_SIZE = (1440, 900)


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def _save(widget: QWidget, path: Path, written: list[Path]) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    written.append(path)


def _wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("timed out waiting for the window")
        _settle(0.05)


def _save_disconnect(page: IntegrationsPage, path: Path, written: list[Path]) -> None:
    """The Disconnect confirmation (a modal box): grabbed from inside its own loop."""
    account = page.current_account()
    if account is None:
        return

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, grab)
            return
        _save(box, path, written)
        box.close()

    QTimer.singleShot(50, grab)
    page.confirm_disconnect(account)


def capture_mail_views(out_dir: Path) -> list[Path]:
    """Write demo-board, demo-emails, review, welcome, import, integrations and disconnect
    PNGs."""
    import keyring.backends.fail

    from applytrack_desktop.gui.header import REVIEW
    from applytrack_desktop.gui.main_window import MainWindow
    from applytrack_desktop.paths import resources_dir
    from applytrack_desktop.service import Service
    from applytrack_desktop.service_demo import open_demo

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    demo = open_demo()
    try:
        window = MainWindow(demo)
        window.resize(*WINDOW_SIZE)
        window.show()
        _save(window, out_dir / "demo-board.png", written)
        apps = demo.list_applications()
        focus = max(apps, key=lambda a: (a.next_event_at is not None, a.email_count))
        window.open_application(focus.id)
        window.detail.tabs.setCurrentIndex(2)
        window.detail.email_list.setCurrentRow(0)
        _save(window, out_dir / "demo-emails.png", written)
        window.detail.close_panel()
        window.show_view(REVIEW)
        page = window.mail.review
        rows = page.model.rows
        # Show a row with a suggestion: it is the interesting case (Accept is possible).
        suggested = next((i for i, r in enumerate(rows) if r.application is not None), 0)
        page.table.selectRow(suggested)
        _save(window, out_dir / "review.png", written)
        window.close()
    finally:
        demo.close()

    with tempfile.TemporaryDirectory(prefix="applytrack-shots-") as tmp:
        service = Service.open(
            Path(tmp),
            passphrase=secrets.token_urlsafe(16),
            keyring_backend=keyring.backends.fail.Keyring(),
        )
        try:
            window = MainWindow(service)
            window.resize(*WINDOW_SIZE)
            window.show()
            _save(window, out_dir / "welcome.png", written)
            dialog = window.mail.open_import([resources_dir() / "demo" / "demo.mbox"])
            dialog.start()
            _wait(lambda: not dialog.running and dialog.counts is not None)
            _save(dialog, out_dir / "import.png", written)
            dialog.hide()
            service.connect_files([resources_dir() / "demo" / "demo.mbox"])
            integrations = window.mail.open_integrations()
            integrations.resize(620, 600)
            _save(integrations, out_dir / "integrations.png", written)
            _save_disconnect(integrations.page, out_dir / "disconnect.png", written)
            integrations.reject()
            window.close()
            _settle(0.1)
        finally:
            service.close()
    return written
