"""The app around the window: tray menu, close to tray, notifications after each sync."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.gui import desktop
from applytrack_desktop.gui.desktop import DesktopShell
from applytrack_desktop.gui.tray import TrayState
from applytrack_desktop.sync.events import SyncFinished, SyncStarted
from tests.fakes.notifications import NotificationServer
from tests.gui.mail_helpers import DEMO_MBOX, add_account, import_demo


@pytest.fixture
def shell(qapp: QApplication, window: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    made = DesktopShell(qapp, window, use_tray=True)
    made.quits = quits  # type: ignore[attr-defined]
    made.start()
    yield made
    made.stop()


def finish_sync(service: Any, account_id: int) -> None:
    def run() -> None:
        service.sync_events.publish(SyncStarted(account_id))
        service.sync_events.publish(SyncFinished(account_id))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_tray_mirrors_the_indicator(qtbot: QtBot, shell: Any, service: Any) -> None:
    assert shell.tray is not None
    assert shell.tray.icon.toolTip() == "Syncing 0 active threads"
    account = add_account(service, AccountKind.FILES, str(DEMO_MBOX))
    import_demo(service)
    finish_sync(service, account.id)
    threads = service.active_thread_count()
    qtbot.waitUntil(lambda: shell.tray.icon.toolTip() == f"Syncing {threads} active threads")
    assert shell.tray.state is TrayState.IDLE


def test_tray_menu_pause_sync_open_and_quit(
    qtbot: QtBot, shell: Any, window: Any, service: Any
) -> None:
    tray = shell.tray
    tray.pause_action.trigger()
    assert service.sync_paused
    assert window.mail.indicator.label.text().startswith("Sync paused")
    tray.pause_action.trigger()
    assert not service.sync_paused
    service.connect_files([DEMO_MBOX])
    window.mail.refresh()
    calls: list[int | None] = []
    original = service.sync_now
    service.sync_now = lambda account_id=None: (calls.append(account_id), original(account_id))
    tray.sync_action.trigger()
    assert calls == [None]
    window.hide()
    tray.open_action.trigger()
    assert window.isVisible()
    tray.quit_action.trigger()
    assert shell.quitting and shell.quits == [True]
    assert not window.isVisible()


def test_closing_the_window_keeps_the_app_in_the_tray(
    qtbot: QtBot, shell: Any, window: Any, service: Any
) -> None:
    assert service.settings().close_to_tray
    window.close()
    assert not window.isVisible()
    assert shell.tray is not None and not shell.quitting
    shell.show_window()
    assert window.isVisible()
    service.save_settings(service.settings().replace(close_to_tray=False))
    assert not shell.keeps_running()


def test_without_a_tray_closing_closes(qapp: QApplication, window: Any) -> None:
    plain = DesktopShell(qapp, window, use_tray=False)
    assert plain.tray is None and not plain.keeps_running()
    plain.stop()


def test_new_activity_after_a_sync_is_notified_and_a_click_opens_it(
    qtbot: QtBot,
    shell: Any,
    window: Any,
    service: Any,
    server: NotificationServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop, "MAX_NOTICES", 1000)
    service.save_settings(service.settings().replace(notifications_show_content=True))
    account = add_account(service, AccountKind.FILES, str(DEMO_MBOX))
    import_demo(service)
    with qtbot.waitSignal(window.mail.bridge.finished, timeout=5000):
        finish_sync(service, account.id)
    sent = shell.sent
    assert sent, "the demo mail changes statuses and creates applications"
    qtbot.waitUntil(lambda: len(server.sent) == len(sent), timeout=10_000)
    assert {s.summary for s in server.sent} == {n.title for n in sent}
    companies = {a.company for a in service.list_applications()}
    assert any(c in s.summary for s in server.sent for c in companies)
    target = next(n for n in sent if n.application_id is not None)
    number = next(i + 1 for i, s in enumerate(server.sent) if s.summary == target.title)
    server.click(number)
    qtbot.waitUntil(lambda: window.detail.isVisible(), timeout=5000)
    assert window.detail.app is not None
    # Nothing new since: the next sync sends nothing.
    finish_sync(service, account.id)
    qtbot.wait(100)
    assert shell.notify_new() == []


def test_hidden_content_and_the_flood_guard(
    qtbot: QtBot, shell: Any, service: Any, server: NotificationServer
) -> None:
    account = add_account(service, AccountKind.FILES, str(DEMO_MBOX))
    import_demo(service)
    assert not service.settings().notifications_show_content
    finish_sync(service, account.id)
    qtbot.waitUntil(lambda: len(server.sent) == 1, timeout=10_000)
    [only] = server.sent
    assert only.summary == "ApplyTrack" and only.body.endswith("updates to your applications.")
    companies = {a.company for a in service.list_applications()}
    assert not any(c in only.summary + only.body for c in companies)


def test_notifications_off_sends_nothing(
    qtbot: QtBot, shell: Any, service: Any, server: NotificationServer
) -> None:
    service.save_settings(service.settings().replace(notifications_enabled=False))
    account = add_account(service, AccountKind.FILES, str(DEMO_MBOX))
    import_demo(service)
    finish_sync(service, account.id)
    qtbot.wait(200)
    assert shell.notify_new() == [] and server.sent == []
