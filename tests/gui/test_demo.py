"""The demo opens off the GUI thread, shows applications, and cleans up when closed."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui import demo
from applytrack_desktop.gui.demo import DEMO_TITLE, DemoLauncher, PreparingDemo, run_demo
from applytrack_desktop.service_demo import DemoService


def test_try_the_demo_opens_a_window_with_applications(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    launcher = DemoLauncher(parent)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    assert launcher.start()
    assert launcher.preparing is not None and launcher.preparing.isVisible()
    assert not launcher.start()  # one at a time
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=60_000)
    timer.stop()
    window = launcher.window
    assert window is not None
    assert window.windowTitle() == DEMO_TITLE
    service = window.service
    apps = service.list_applications()
    assert len(apps) >= 10
    assert len({a.status for a in apps}) >= 4  # the demo walks through the whole pipeline
    assert service.review_count() > 0
    assert len(ticks) > 3  # the event loop ran while the demo store filled
    assert launcher.preparing is None
    folder = Path(service.data_dir).parent
    assert folder.exists()
    window.close()
    # Closing the demo window closes its store and removes its temporary folder.
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)


def test_run_demo_hands_a_filled_store_to_the_app_and_closes_it(qapp: QApplication) -> None:
    seen: dict[str, object] = {}

    def show(service: DemoService) -> int:
        seen["apps"] = service.count_applications()
        seen["folder"] = Path(service.data_dir).parent
        return 7

    assert run_demo(qapp, show) == 7
    assert isinstance(seen["apps"], int) and seen["apps"] >= 10
    assert isinstance(seen["folder"], Path) and not seen["folder"].exists()


def test_closing_the_splash_early_opens_nothing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo is held back until the splash is closed: "early" must not depend on how fast
    # this machine (or a warm second run in one process) prepares it.
    closed = threading.Event()
    opened: list[DemoService] = []
    real_open = demo._open

    def slow_open() -> DemoService:
        closed.wait(30)
        opened.append(real_open())
        return opened[-1]

    monkeypatch.setattr(demo, "_open", slow_open)

    def close_splash() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PreparingDemo) and widget.isVisible():
                widget.close()
        closed.set()

    QTimer.singleShot(100, close_splash)
    shown: list[object] = []
    assert run_demo(qapp, lambda service: shown.append(service) or 0) == 0
    assert shown == []
    assert len(opened) == 1  # prepared after all, and closed, not left behind
    assert not Path(opened[0].data_dir).parent.exists()
