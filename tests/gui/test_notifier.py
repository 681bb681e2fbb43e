"""OS notifications reach a real D-Bus notification server; hidden content stays hidden."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.models import ActivityItem
from applytrack_desktop.gui.notifier import Notice, Notifier, notice_for
from tests.fakes.notifications import NotificationServer

NOW = datetime(2026, 11, 26, tzinfo=UTC)


def item(kind: str, title: str, app_id: int | None = 7) -> ActivityItem:
    return ActivityItem(1, kind, title, NOW, application_id=app_id)


def test_status_change_notice_names_company_and_status() -> None:
    notice = notice_for(item("status_changed", "Acme: Applied → Interviewing"), show_content=True)
    assert notice == Notice("Acme — Interviewing", "Applied → Interviewing", 7)


def test_hidden_content_names_no_company() -> None:
    for kind in ("status_changed", "application_created", "mail_received"):
        notice = notice_for(item(kind, "Acme: Applied → Interviewing"), show_content=False)
        assert notice is not None
        assert "Acme" not in notice.title + notice.body
        assert "Interviewing" not in notice.title + notice.body


def test_other_activity_is_not_a_popup() -> None:
    assert notice_for(item("settings_changed", "x"), show_content=True) is None


def test_notice_reaches_the_dbus_server_and_a_click_opens_it(
    server: NotificationServer, qtbot: QtBot
) -> None:
    notifier = Notifier()
    notification_id = notifier.send_now(Notice("Acme — Interviewing", "Applied → Interviewing", 42))
    assert notification_id == 1
    [sent] = server.sent
    assert (sent.app_name, sent.summary, sent.body) == (
        "ApplyTrack",
        "Acme — Interviewing",
        "Applied → Interviewing",
    )
    assert "default" in sent.actions
    with qtbot.waitSignal(notifier.activated, timeout=5000) as blocker:
        server.click(notification_id)
    assert blocker.args == [42]


def test_background_notify_does_not_block_and_arrives(server: NotificationServer) -> None:
    Notifier().notify(Notice("ApplyTrack", "An application changed status.", None))
    assert server.arrived.wait(5)
    assert server.sent[0].body == "An application changed status."


def test_without_a_notification_service_the_fallback_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    shown: list[Notice] = []
    notice = Notice("Acme — Offer Extended", "Interviewing → Offer Extended", 3)
    assert Notifier(fallback=shown.append).send_now(notice) is None
    assert shown == [notice]
