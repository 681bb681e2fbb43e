"""The plain-invite reader: icalendar's answers on the shape it reads, None on any other."""

from __future__ import annotations

import subprocess
import sys

import pytest

from applytrack_desktop.mail import calendar
from applytrack_desktop.mail.calendar import read_calendar
from applytrack_desktop.mail.calendar_simple import read_simple
from applytrack_desktop.mail.message import CalendarEvent

PLAIN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "DTSTART:20251005T103000Z\r\nDTEND:20251005T110000Z\r\n"
    "ORGANIZER;CN=Yuki Patel:mailto:HR@Tidal.example\r\n"
    "SUMMARY:Entretien /  Interview: Tidal\r\nLOCATION:Room 4\r\n"
    "DESCRIPTION:join at https://meet.google.com/abc-defg-hij today\r\n"
    "END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20251006T080000Z\r\nSUMMARY:Second\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def with_icalendar_only(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> tuple[list[CalendarEvent], list[str]]:
    with monkeypatch.context() as patch:
        patch.setattr(calendar, "read_simple", lambda _text: None)
        return read_calendar(text.encode(), "utf-8", method_hint="publish")


def test_a_plain_invite_reads_as_icalendar_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_simple(PLAIN) is not None
    events, defects = read_calendar(PLAIN.encode(), "utf-8", method_hint="publish")
    assert (events, defects) == with_icalendar_only(monkeypatch, PLAIN)
    first = events[0]
    assert (first.summary, first.organizer, first.method) == (
        "Entretien / Interview: Tidal",
        "hr@tidal.example",
        "REQUEST",
    )
    assert first.meeting_url == "https://meet.google.com/abc-defg-hij"
    assert events[1].end is None
    # The very time zone object icalendar gives (callers may compare them by identity).
    slow, _ = with_icalendar_only(monkeypatch, PLAIN)
    assert first.start is not None and slow[0].start is not None
    assert first.start.tzinfo is slow[0].start.tzinfo


def test_no_method_takes_the_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    text = PLAIN.replace("METHOD:REQUEST\r\n", "")
    events, _ = read_calendar(text.encode(), "utf-8", method_hint="publish")
    assert events[0].method == "PUBLISH"
    assert (events, []) == with_icalendar_only(monkeypatch, text)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("SUMMARY:Second", "SUMMARY:Second\\, again"),  # an escape
        ("SUMMARY:Second", "SUMMARY:Sec\r\n ond"),  # a folded line
        ("DTSTART:20251006T080000Z", "DTSTART;TZID=Europe/Paris:20251006T080000"),
        ("DTSTART:20251006T080000Z", "DTSTART;VALUE=DATE:20251006"),
        ("DTSTART:20251006T080000Z", "DTSTART:20251006T080000"),  # floating
        ("DTSTART:20251006T080000Z", "DTSTART:20251306T080000Z"),  # month 13
        ("SUMMARY:Second", "SUMMARY:Second\r\nSUMMARY:Again"),  # repeated
        ("SUMMARY:Second", "SUMMARY;LANGUAGE=fr:Second"),  # a parameter
        ("SUMMARY:Second", "summary:Second"),  # lower case
        ("SUMMARY:Second", "URL:https://zoom.us/j/1"),  # a field read another way
        (
            "END:VEVENT\r\nEND:VCALENDAR",
            "BEGIN:VALARM\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR",
        ),
        ("ORGANIZER;CN=Yuki Patel:", 'ORGANIZER;CN="Patel: Yuki":'),  # a quoted parameter
        ("END:VCALENDAR\r\n", "END:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
        ("BEGIN:VCALENDAR\r\n", ""),
    ],
)
def test_any_other_shape_is_left_to_icalendar(
    monkeypatch: pytest.MonkeyPatch, old: str, new: str
) -> None:
    text = PLAIN.replace(old, new)
    assert text != PLAIN and read_simple(text) is None
    assert read_calendar(text.encode(), "utf-8", method_hint="publish") == with_icalendar_only(
        monkeypatch, text
    )


def test_more_events_than_kept_are_left_to_icalendar() -> None:
    event = "BEGIN:VEVENT\r\nDTSTART:20251006T080000Z\r\nEND:VEVENT\r\n"
    head, tail = "BEGIN:VCALENDAR\r\n", "END:VCALENDAR\r\n"
    assert read_simple(head + event * 10 + tail) is not None
    assert read_simple(head + event * 11 + tail) is None
    events, _ = read_calendar((head + event * 11 + tail).encode(), "utf-8")
    assert len(events) == 10


def test_reading_mail_imports_icalendar_only_for_a_part_that_needs_it() -> None:
    # icalendar's import is a large share of every command's start-up; the plain invites
    # and mail without a calendar part never need it.
    code = (
        "import sys\n"
        "from applytrack_desktop.mail.calendar import read_calendar\n"
        "from applytrack_desktop.mail.parse import parse_message\n"
        "parse_message(b'Subject: hi\\r\\n\\r\\nbody')\n"
        f"read_calendar({PLAIN!r}.encode(), 'utf-8')\n"
        "print('icalendar' in sys.modules)\n"
        "read_calendar(b'BEGIN:VCALENDAR\\r\\nX-ODD;A=1:2\\r\\nEND:VCALENDAR', 'utf-8')\n"
        "print('icalendar' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
