"""Start-up: what the first frame does not need waits until the window has painted.

The figures are in benchmarks/bench_gui.py; these tests pin the order of things (nothing
heavy is imported or started before the first paint), which is what the figures rest on.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui.desktop import DesktopShell
from applytrack_desktop.gui.main_window import MainWindow

HEAVY = (
    "applytrack_desktop.sync.importer",
    "applytrack_desktop.sync.runtime",
    "applytrack_desktop.intel.analyze",
    "apscheduler",
)


def test_the_window_modules_do_not_import_the_sync_stack() -> None:
    code = (
        "import sys\n"
        "import applytrack_desktop.gui.app, applytrack_desktop.gui.main_window\n"
        "import applytrack_desktop.gui.desktop, applytrack_desktop.service\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_listening_to_sync_events_starts_no_runtime(service: Any) -> None:
    events = service.sync_events
    assert service.sync_events is events
    assert not service.background_sync_running
    assert service._runtime is None  # nothing was built just to subscribe


def test_table_and_sync_wait_for_the_first_paint(
    qtbot: QtBot, qapp: QApplication, service: Any
) -> None:
    service.create_application("Acme", "Analyst")
    window = MainWindow(service)
    qtbot.addWidget(window)
    shell = DesktopShell(qapp, window, use_tray=False)
    ran: list[str] = []
    window.when_painted(lambda: ran.append("painted"))
    shell.start()
    assert not window.painted and window._table is None
    assert not service.background_sync_running and ran == []
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.painted, timeout=5000)
    assert ran == ["painted"] and window._table is not None
    assert window._table.model.rowCount() == 1
    qtbot.waitUntil(lambda: service.background_sync_running, timeout=30_000)
    window.when_painted(lambda: ran.append("later"))  # already painted: runs at once
    assert ran == ["painted", "later"]
    shell.stop()
    assert not service.background_sync_running
