"""The detail panel: editing fields in place, the status history with causes, and undo."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.models import Application, ChangeCause, Email, StatusChange
from applytrack_desktop.gui import timefmt
from applytrack_desktop.gui.detail import (
    describe_change,
    describe_email,
    next_event_text,
    next_steps_text,
)
from applytrack_desktop.gui.list_delegate import SubtitleRole


def test_describe_change_names_the_cause() -> None:
    at = datetime.now(UTC)
    by_user = StatusChange(1, 7, Status.APPLIED, Status.INTERVIEWING, ChangeCause.USER, at)
    from_mail = StatusChange(2, 7, Status.INTERVIEWING, Status.REJECTED, ChangeCause.EMAIL, at)
    first = StatusChange(3, 7, None, Status.APPLIED, ChangeCause.USER, at, undone=True)
    assert describe_change(by_user) == ("Applied → Interviewing", "by you · just now")
    assert describe_change(from_mail)[1].startswith("from email")
    assert describe_change(first)[0] == "Added as Applied"
    assert describe_change(first)[1].endswith("undone")


def test_describe_email_shows_category_and_confidence() -> None:
    email = Email(
        1,
        None,
        "p1",
        "<m1@x>",
        "t1",
        7,
        "Dana Kim",
        "dana@acme.example",
        datetime(2026, 3, 4, 9, 30, tzinfo=UTC),
        "Your interview",
        Category.INTERVIEW,
        0.934,
    )
    subject, rest = describe_email(email)
    assert subject == "Your interview"
    meta, verdict = rest.split("\n")
    assert meta.startswith("Dana Kim · ")
    assert verdict == "Interview · 93% sure"


def test_open_shows_fields_history_and_no_emails(qtbot: Any, window: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer", location="Berlin")
    service.set_status(app.id, Status.INTERVIEWING)
    window.reload()
    window.open_application(app.id)
    panel = window.detail
    assert panel.isVisible()
    assert panel.title.text() == "Acme"
    assert panel.company.text() == "Acme"
    assert panel.location.text() == "Berlin"
    assert panel.status_chip.text() == "Interviewing"
    newest = panel.timeline.item(0)
    assert newest.text() == "Applied → Interviewing"
    assert newest.data(SubtitleRole).startswith("by you")
    assert panel.timeline.item(panel.timeline.count() - 1).text() == "Added as Applied"
    assert panel.undo_button.isEnabled()
    assert panel.email_list.count() == len(service.emails_for(app.id)) == 0
    QTest.keyClick(panel.company, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_edit_in_the_panel(qtbot: Any, window: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()
    window.open_application(app.id)
    panel = window.detail
    assert not panel.save_button.isEnabled()
    QTest.keyClicks(panel.notes, "Call back Tuesday")
    panel.url.setFocus()
    QTest.keyClicks(panel.url, "ftp://nope")
    assert not panel.save_button.isEnabled()
    assert "http" in panel.form_error.text()
    panel.url.clear()
    QTest.keyClicks(panel.url, "https://acme.example/jobs/1")
    assert panel.save_button.isEnabled()
    QTest.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = service.get_application(app.id)
    assert saved.notes == "Call back Tuesday"
    assert saved.url == "https://acme.example/jobs/1"
    assert not panel.save_button.isEnabled()


def test_undo_reverts_the_last_change(qtbot: Any, window: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()
    window.open_application(app.id)
    window.app_actions.set_status([app.id], Status.TECHNICAL_ROUND)
    panel = window.detail
    qtbot.waitUntil(lambda: panel.status_chip.text() == "Technical Round")
    QTest.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert service.get_application(app.id).status is Status.APPLIED
    qtbot.waitUntil(lambda: panel.status_chip.text() == "Applied")
    qtbot.waitUntil(lambda: window.board.columns[Status.APPLIED].model.rowCount() == 1)
    assert window.board.columns[Status.TECHNICAL_ROUND].model.rowCount() == 0


def test_deleting_the_open_application_closes_the_panel(
    qtbot: Any, window: Any, service: Any
) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()
    window.open_application(app.id)
    service.delete_application(app.id)
    window.app_actions.deleted.emit(app.id)
    assert not window.detail.isVisible()


def test_next_steps_come_from_the_mail() -> None:
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)

    def mail(day: int, steps: tuple[str, ...], deadlines: tuple[datetime, ...]) -> Email:
        return Email(
            day,
            None,
            f"p{day}",
            f"<m{day}@x>",
            "t",
            7,
            "Dana",
            "dana@acme.example",
            datetime(2026, 3, day, 9, tzinfo=UTC),
            "Next steps",
            Category.INTERVIEW,
            0.9,
            next_steps=steps,
            deadlines=deadlines,
        )

    past = datetime(2026, 3, 1, tzinfo=UTC)
    ahead = datetime(2026, 3, 14, 17, tzinfo=UTC)
    text = next_steps_text(
        [mail(2, ("Send your portfolio",), (past,)), mail(8, ("Pick a slot",), (ahead,))], now
    )
    lines = text.split("\n")
    assert lines[0] == "• Pick a slot"
    assert lines[1] == "• Send your portfolio"
    assert lines[2].startswith("• Deadline: ")
    assert len(lines) == 3  # the deadline already past is left out
    assert next_steps_text([], now) == ""


def test_next_names_only_an_interview_still_to_come() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    app = Application(1, "Acme", "Engineer", Status.INTERVIEWING, now, now)
    assert next_event_text(app, now) == "Nothing scheduled"
    soon = dataclasses.replace(app, next_event_at=now + timedelta(days=2))
    assert next_event_text(soon, now) == timefmt.full(now + timedelta(days=2))
    gone = dataclasses.replace(app, next_event_at=now - timedelta(days=5))
    text = next_event_text(gone, now)
    assert text.startswith("Nothing coming up") and timefmt.full(now - timedelta(days=5)) in text
