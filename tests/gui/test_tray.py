"""The tray indicator: states, tooltip, menu; and a real tray host under Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui.screenshots import start_xvfb
from applytrack_desktop.gui.tray import Tray, TrayState, tooltip_for


def test_tooltip_says_how_many_threads_are_active() -> None:
    assert tooltip_for(TrayState.IDLE, 24) == "Syncing 24 active threads"
    assert tooltip_for(TrayState.SYNCING, 1) == "Syncing 1 active thread"
    assert (
        tooltip_for(TrayState.IDLE, 3, paused=True)
        == "ApplyTrack: syncing paused (3 active threads)"
    )
    assert tooltip_for(TrayState.ERROR, 3, "Reconnect your Gmail account.") == (
        "ApplyTrack: Reconnect your Gmail account."
    )


def test_menu_actions_emit_signals(qtbot: QtBot) -> None:
    tray = Tray()
    with qtbot.waitSignal(tray.sync_requested, timeout=1000):
        tray.sync_action.trigger()
    with qtbot.waitSignal(tray.pause_toggled, timeout=1000) as paused:
        tray.pause_action.trigger()
    assert paused.args == [True]
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "Open ApplyTrack",
        "Sync now",
        "Pause syncing",
        "Quit",
    ]


def test_states_change_icon_tooltip_and_sync_action(qtbot: QtBot) -> None:
    tray = Tray()
    idle = tray.icon.icon().pixmap(32, 32).toImage()
    tray.update(TrayState.SYNCING, 5)
    assert not tray.sync_action.isEnabled()
    assert tray.icon.toolTip() == "Syncing 5 active threads"
    assert tray.icon.icon().pixmap(32, 32).toImage() != idle
    tray.update(TrayState.ERROR, 5, "Reconnect your Outlook account.")
    assert tray.sync_action.isEnabled()
    assert "Reconnect" in tray.icon.toolTip()


SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from applytrack_desktop.gui.tray import Tray, TrayState
    app = QApplication(sys.argv)
    tray = Tray()
    available = Tray.available()
    tray.update(TrayState.IDLE, 7)
    tray.show()
    for _ in range(50):
        app.processEvents()
    geometry = tray.icon.geometry()
    print(available, tray.icon.isVisible(), geometry.width() > 0, tray.icon.toolTip())
    """
)


@pytest.mark.slow
def test_icon_appears_in_a_real_tray_host() -> None:
    for tool in ("Xvfb", "trayer"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: apt-get install xvfb trayer)")
    # A display number Xvfb claims itself: test runs side by side never share one.
    xvfb, number = start_xvfb(shutil.which("Xvfb") or "Xvfb", 800, 600)
    env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    host = None
    try:
        host = subprocess.Popen(["trayer", "--edge", "top", "--height", "32"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(1.0)
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip().split(maxsplit=3) == [
            "True",
            "True",
            "True",
            "Syncing 7 active threads",
        ]
    finally:
        if host is not None:
            host.terminate()
            host.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)
