"""Fixtures for the GUI tests: offscreen Qt, a fresh encrypted store, the main window.

``QT_QPA_PLATFORM`` must be set before any QApplication exists, so it is set at import time
here. Most tests open the store with a raw key kept in a process-local keyring (the store's
normal keyring path, without PBKDF2's ~0.8 s per open); the passphrase path, with keyring's
"fail" backend as on a headless machine, is exercised by ``no_keyring`` in test_app.py.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from applytrack_desktop.gui import theme
from tests.fakes.notifications import NotificationServer, PrivateBus, dbus_missing_reason

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _themed(qapp: QApplication) -> None:
    theme.apply_theme(qapp)


@pytest.fixture(autouse=True)
def _delete_closed_widgets(qapp: QApplication) -> Iterator[None]:
    """Delete the widgets a test closed, once it is over.

    pytest-qt closes each test's widgets and calls ``deleteLater``, but only an event loop
    deletes them and ``processEvents`` never does: every window a test opened stayed alive,
    and each later ``apply_theme`` re-styled them all (thousands of widgets by the end of
    the GUI tests, seconds per test). This runs after pytest-qt has closed them.
    """
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


class ProcessKeyring(KeyringBackend):
    """An OS keyring that lives in this process: same API, no D-Bus, nothing left behind."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def service(data_dir: Path) -> Iterator[Any]:
    from applytrack_desktop.service import Service

    svc = Service.open(data_dir, keyring_backend=ProcessKeyring())
    try:
        yield svc
    finally:
        svc.close()


@pytest.fixture
def window(qtbot: Any, service: Any) -> Any:
    from applytrack_desktop.gui.main_window import MainWindow

    win = MainWindow(service)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def when_modal() -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """``when_modal(handle)``: run ``handle`` on the next modal dialog once it shows.

    Dialogs run ``exec()``, which blocks the test until they close; a polling timer reaches
    into the dialog's own event loop to fill it in and press its buttons.
    """
    timers: list[QTimer] = []

    def arm(handle: Callable[[QWidget], None]) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None and modal.isVisible():
                timer.stop()
                handle(modal)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[NotificationServer]:
    """A recording notification server on a private session bus (the desktop's is never used)."""
    reason = dbus_missing_reason()
    if reason:
        pytest.skip(reason)
    bus = PrivateBus()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    srv = NotificationServer(bus.address)
    srv.start()
    yield srv
    srv.stop()
    bus.stop()
