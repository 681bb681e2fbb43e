"""Sync events from a worker thread arrive as Qt signals on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui.sync_bridge import SyncBridge
from applytrack_desktop.sync.events import (
    EventStream,
    SyncCounts,
    SyncFailed,
    SyncFinished,
    SyncProgress,
    SyncStarted,
)


def test_events_cross_to_the_gui_thread(qtbot: QtBot) -> None:
    events = EventStream()
    bridge = SyncBridge(events)
    gui_thread = QThread.currentThread()
    seen_on: list[bool] = []
    bridge.progress.connect(lambda *_a: seen_on.append(QThread.currentThread() is gui_thread))
    busy: list[bool] = []
    bridge.busy_changed.connect(busy.append)

    def work() -> None:
        events.publish(SyncStarted(3))
        events.publish(SyncProgress(3, 10, None))
        events.publish(SyncFinished(3, SyncCounts(stored=2)))

    with qtbot.waitSignal(bridge.finished, timeout=3000) as done:
        threading.Thread(target=work).start()
    assert done.args[0] == 3
    assert done.args[1].counts.stored == 2
    assert seen_on == [True]
    assert busy == [True, False]
    assert not bridge.busy


def test_failure_carries_the_sentence_and_reconnect_flag(qtbot: QtBot) -> None:
    events = EventStream()
    bridge = SyncBridge(events)
    with qtbot.waitSignal(bridge.failed, timeout=3000) as failed:
        threading.Thread(
            target=events.publish, args=(SyncFailed(1, "Reconnect Gmail.", True),)
        ).start()
    assert failed.args == [1, "Reconnect Gmail.", True]
    bridge.detach()
