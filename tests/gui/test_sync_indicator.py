"""The header's sync indicator: thread count, spinner and progress, the reconnect state."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from applytrack_desktop.core.models import AccountKind, AccountState
from applytrack_desktop.gui.sync_bridge import SyncBridge
from applytrack_desktop.gui.sync_indicator import (
    ERROR,
    IDLE,
    SYNCING,
    SyncIndicator,
    progress_text,
    threads_text,
)
from applytrack_desktop.sync.events import (
    EventStream,
    SyncEvent,
    SyncFailed,
    SyncFinished,
    SyncProgress,
    SyncStarted,
)
from tests.gui.mail_helpers import add_account, import_demo


def publish_from_thread(events: EventStream, *items: SyncEvent) -> None:
    """Deliver events the way the scheduler does: from another thread."""

    def run() -> None:
        for event in items:
            events.publish(event)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def make(qtbot: QtBot, service: Any) -> tuple[SyncIndicator, EventStream]:
    events = EventStream()
    bridge = SyncBridge(events)
    indicator = SyncIndicator(service, bridge)
    qtbot.addWidget(indicator)
    indicator.show()
    return indicator, events


def test_texts() -> None:
    assert threads_text(1) == "1 active thread"
    assert threads_text(24) == "24 active threads"
    assert progress_text(12, 40) == "12 of 40"
    assert progress_text(3, -1) == "3 messages"


def test_idle_shows_the_live_thread_count(qtbot: QtBot, service: Any) -> None:
    indicator, events = make(qtbot, service)
    assert indicator.label.text() == "No mail account connected yet"
    import_demo(service)
    expected = service.active_thread_count()
    assert expected > 0
    account = add_account(service, AccountKind.FILES, "/tmp/demo.mbox")
    # A finished sync re-reads the count: no restart, no manual refresh.
    publish_from_thread(events, SyncStarted(account.id), SyncFinished(account.id))
    qtbot.waitUntil(lambda: indicator.label.text() == f"Syncing {expected} active threads")
    assert indicator.state == IDLE
    assert not indicator.spinner.running


def test_spinner_and_progress_while_a_sync_runs(qtbot: QtBot, service: Any) -> None:
    indicator, events = make(qtbot, service)
    account = add_account(service, AccountKind.IMAP, "me@example.com")
    publish_from_thread(events, SyncStarted(account.id), SyncProgress(account.id, 12, 40))
    qtbot.waitUntil(lambda: indicator.label.text() == "Syncing… 12 of 40")
    assert indicator.spinner.running and indicator.spinner.isVisible()
    assert indicator.state == SYNCING
    angle = indicator.spinner.angle
    qtbot.waitUntil(lambda: indicator.spinner.angle != angle)
    publish_from_thread(events, SyncFinished(account.id))
    qtbot.waitUntil(lambda: not indicator.spinner.running)
    assert indicator.label.text() == "Syncing 0 active threads"


def test_reconnect_state_offers_a_button_that_asks_for_integrations(
    qtbot: QtBot, service: Any
) -> None:
    indicator, events = make(qtbot, service)
    account = add_account(service, AccountKind.GMAIL, "me@gmail.com")
    publish_from_thread(
        events,
        SyncStarted(account.id),
        SyncFailed(account.id, "Google no longer accepts the sign-in.", reconnect=True),
    )
    qtbot.waitUntil(lambda: indicator.reconnect_button.isVisible())
    assert indicator.state == ERROR
    assert indicator.label.text() == "Gmail needs reconnecting"
    assert indicator.reconnect_button.text() == "Reconnect Gmail"
    assert "no longer accepts" in indicator.error_text
    with qtbot.waitSignal(indicator.reconnect_requested, timeout=1000) as asked:
        qtbot.mouseClick(indicator.reconnect_button, _left())
    assert asked.args == [account.id]
    # The next good sync of that account clears the error.
    publish_from_thread(events, SyncStarted(account.id), SyncFinished(account.id))
    qtbot.waitUntil(lambda: indicator.state == IDLE)
    assert not indicator.reconnect_button.isVisible()


def test_an_account_left_needing_reconnect_shows_at_start(qtbot: QtBot, service: Any) -> None:
    add_account(service, AccountKind.OUTLOOK, "me@outlook.com", AccountState.RECONNECT_NEEDED)
    indicator, _events = make(qtbot, service)
    assert indicator.state == ERROR
    assert indicator.reconnect_button.text() == "Reconnect Outlook"


def test_a_plain_failure_is_one_sentence_without_a_reconnect_button(
    qtbot: QtBot, service: Any
) -> None:
    indicator, events = make(qtbot, service)
    account = add_account(service, AccountKind.IMAP, "me@example.com")
    publish_from_thread(events, SyncFailed(account.id, "The network is unreachable."))
    qtbot.waitUntil(lambda: indicator.state == ERROR)
    assert indicator.label.text() == "Sync failed"
    assert indicator.label.toolTip() == "The network is unreachable."
    assert not indicator.reconnect_button.isVisible()


def test_paused(qtbot: QtBot, service: Any) -> None:
    indicator, _events = make(qtbot, service)
    indicator.set_paused(True)
    assert indicator.label.text() == "Sync paused · 0 active threads"


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
