"""Calendar parts: times with zones, organizer, meeting links, broken input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from applytrack_desktop.mail.calendar import read_calendar


def _ics(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR", ""]
    return "\r\n".join(body).encode()


def _event(*lines: str) -> bytes:
    return _ics("METHOD:REQUEST", "BEGIN:VEVENT", *lines, "END:VEVENT")


def test_olson_tzid_gives_an_aware_start() -> None:
    events, defects = read_calendar(
        _event(
            "SUMMARY:Phone screen",
            "DTSTART;TZID=Europe/Berlin:20250312T100000",
            "DTEND;TZID=Europe/Berlin:20250312T103000",
            "ORGANIZER;CN=Ann:MAILTO:Ann.Smith@Acme.com",
        ),
        "utf-8",
    )
    assert defects == []
    (event,) = events
    assert event.summary == "Phone screen"
    assert event.start == datetime(2025, 3, 12, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event.end is not None
    assert event.end - event.start == timedelta(minutes=30)
    assert event.organizer == "ann.smith@acme.com"
    assert event.method == "REQUEST"


def test_utc_times_duration_and_method_hint() -> None:
    events, _ = read_calendar(
        _ics("BEGIN:VEVENT", "DTSTART:20250312T150000Z", "DURATION:PT45M", "END:VEVENT"),
        None,
        method_hint="cancel",
    )
    (event,) = events
    assert event.start == datetime(2025, 3, 12, 15, 0, tzinfo=UTC)
    assert event.end == datetime(2025, 3, 12, 15, 45, tzinfo=UTC)
    assert event.method == "CANCEL"


def test_floating_and_unknown_tzid_use_the_default_zone() -> None:
    tz = timezone(timedelta(hours=-5))
    events, _ = read_calendar(
        _event("DTSTART;TZID=Nowhere/Land:20250312T100000", "DTEND:20250312T110000"),
        "utf-8",
        default_tz=tz,
    )
    (event,) = events
    assert event.start == datetime(2025, 3, 12, 10, 0, tzinfo=tz)
    assert event.end == datetime(2025, 3, 12, 11, 0, tzinfo=tz)


def test_all_day_event_starts_at_midnight() -> None:
    events, _ = read_calendar(_event("DTSTART;VALUE=DATE:20250401"), None)
    assert events[0].start == datetime(2025, 4, 1, 0, 0, tzinfo=UTC)


def test_meeting_url_fields_in_order_of_trust() -> None:
    google = _event(
        "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
        "DESCRIPTION:Learn more at https://support.google.com/x",
    )
    assert read_calendar(google, None)[0][0].meeting_url == "https://meet.google.com/abc-defg-hij"
    location = _event("LOCATION:Zoom https://us02web.zoom.us/j/123?pwd=x\\, room 4")
    assert read_calendar(location, None)[0][0].meeting_url == "https://us02web.zoom.us/j/123?pwd=x"
    described = _event(
        "LOCATION:Building 4",
        "DESCRIPTION:Agenda: https://docs.example.com/a\\nJoin: https://acme.webex.com/meet/ann",
    )
    assert read_calendar(described, None)[0][0].meeting_url == "https://acme.webex.com/meet/ann"
    none = _event("LOCATION:Room 101", "DESCRIPTION:See https://docs.example.com/agenda")
    assert read_calendar(none, None)[0][0].meeting_url == ""


def test_garbage_is_a_defect_not_an_exception() -> None:
    assert read_calendar(b"garbage", "utf-8") == ([], ["unreadable calendar part"])
    assert read_calendar(b"\xff\xfegarbage", "utf-8") == (
        [],
        ["wrong charset utf-8", "unreadable calendar part"],
    )
    events, _ = read_calendar(_event("DTSTART:garbage", "SUMMARY:x"), None)
    assert events[0].start is None
    assert events[0].summary == "x"


def test_oversized_part_is_skipped() -> None:
    assert read_calendar(b"x" * (2 * 1024 * 1024), None) == ([], ["calendar part too large"])


def test_properties_no_field_reads_are_cut_out_with_their_folded_lines() -> None:
    # An Outlook-style invite: guests, the body again as HTML (folded), a broken ATTENDEE
    # parameter; none of it may cost the event or leak into its fields.
    events, defects = read_calendar(
        _event(
            "UID:040000008200E00074C5B7101A82E008",
            "DTSTAMP:20250301T090000Z",
            'ATTENDEE;CN="Broken;ROLE=REQ-PARTICIPANT:mailto:guest@example.com',
            "ATTENDEE;CN=Ann:mailto:ann@acme.com",
            "X-ALT-DESC;FMTTYPE=text/html:<html><body>LOCATION:fake https://evil.example",
            " /x</body></html>",
            "x-microsoft-cdo-busystatus:BUSY",
            "SUMMARY:Onsite interview",
            "DTSTART:20250312T150000Z",
            "DTEND:20250312T160000Z",
            "LOCATION:Room 4",
        ),
        "utf-8",
    )
    assert defects == []
    (event,) = events
    assert event.summary == "Onsite interview"
    assert event.start == datetime(2025, 3, 12, 15, 0, tzinfo=UTC)
    assert event.location == "Room 4"
    assert event.meeting_url == ""
