"""Deadlines and interview times relative to the Date header, in four languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from applytrack_desktop.intel import dates
from applytrack_desktop.intel.date_patterns import date_matches
from applytrack_desktop.intel.dates import extract_dates, find_dates
from applytrack_desktop.mail.message import CalendarEvent
from tests.intel.corpus_sample import prepared_sample

PACIFIC = timezone(timedelta(hours=-7))
REF = datetime(2026, 3, 10, 9, 0, tzinfo=PACIFIC)  # Tuesday


def _deadlines(text: str, ref: datetime = REF) -> list[str]:
    return [d.isoformat() for d in extract_dates("", text, ref).deadlines]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please pick a slot by March 14 at 5pm PT.", "2026-03-14T17:00:00-07:00"),
        ("Complete it by Mar 14th, 2026 at 5:00 PM EST.", "2026-03-14T17:00:00-04:00"),
        ("Submit before 14/03/2026.", "2026-03-14T23:59:00-07:00"),
        ("Deadline: 2026-03-20", "2026-03-20T23:59:00-07:00"),
        ("Deadline: 2026-03-20T17:00Z", "2026-03-20T17:00:00+00:00"),
        ("Please respond by Friday.", "2026-03-13T23:59:00-07:00"),
        ("Reply by tomorrow at noon.", "2026-03-11T12:00:00-07:00"),
        ("Let us know by end of day.", "2026-03-10T23:59:00-07:00"),
        ("Complete the test within 3 days.", "2026-03-13T09:00:00-07:00"),
        ("The link expires in 48 hours.", "2026-03-12T09:00:00-07:00"),
        ("Finish it within 2 business days.", "2026-03-12T09:00:00-07:00"),
        ("by 5pm on March 14", "2026-03-14T17:00:00-07:00"),
        ("no later than 9:30 a.m. CET on 16 March", "2026-03-16T09:30:00+01:00"),
        ("Merci de répondre avant le 20 mars à 17h.", "2026-03-20T17:00:00-07:00"),
        ("Bitte bis zum 20. März 2026 um 17:00 Uhr bestätigen.", "2026-03-20T17:00:00-07:00"),
        ("Por favor responde antes del 20 de marzo.", "2026-03-20T23:59:00-07:00"),
    ],
)
def test_deadline_forms(text: str, expected: str) -> None:
    assert _deadlines(text) == [expected]


def test_year_rolls_over_at_new_year() -> None:
    ref = datetime(2026, 12, 28, 10, 0, tzinfo=UTC)
    assert _deadlines("Please reply by January 5.", ref) == ["2027-01-05T23:59:00+00:00"]


def test_past_dates_are_not_deadlines() -> None:
    assert _deadlines("You applied on March 2. We will respond by March 1.") == []


def test_us_and_european_numeric_dates() -> None:
    assert _deadlines("by 04/05/2026", REF) == ["2026-04-05T23:59:00-07:00"]
    berlin = datetime(2026, 3, 10, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert _deadlines("by 04/05/2026", berlin) == ["2026-05-04T23:59:00+01:00"]


def test_zone_names_follow_daylight_saving() -> None:
    winter = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert _deadlines("by January 9 at 5pm PT", winter) == ["2026-01-09T17:00:00-08:00"]


def test_plain_dates_without_cue_are_not_deadlines() -> None:
    found = find_dates("We met on March 12 and talked.", REF)
    assert [(f.deadline, f.has_time) for f in found] == [(False, False)]


def test_one_text_time_is_the_interview() -> None:
    facts = extract_dates("", "Your interview is on Thursday, March 12 at 2:00 PM ET.", REF)
    assert facts.interview_at == datetime(2026, 3, 12, 14, 0, tzinfo=facts.interview_at.tzinfo)
    assert facts.interview_at.utcoffset() == timedelta(hours=-4)
    assert facts.deadlines == ()


def test_offered_slots_are_not_an_interview() -> None:
    text = "Options: Thursday, March 12 at 2pm PT or Friday, March 13 at 10am PT."
    assert extract_dates("", text, REF).interview_at is None


def test_calendar_part_wins_over_text() -> None:
    start = datetime(2026, 3, 16, 16, 0, tzinfo=UTC)
    event = CalendarEvent(summary="Interview", start=start, method="REQUEST")
    facts = extract_dates("", "See you March 12 at 2pm PT", REF, (event,))
    assert facts.interview_at == start
    cancelled = CalendarEvent(summary="Interview", start=start, method="CANCEL")
    assert extract_dates("", "", REF, (cancelled,)).interview_at is None


def test_interview_only_when_asked() -> None:
    facts = extract_dates("", "Submitted on March 10 at 9:14 AM.", REF, want_interview=False)
    assert facts.interview_at is None


def test_naive_reference_is_read_as_utc() -> None:
    naive = datetime(2026, 3, 10, 9, 0)
    assert extract_dates("", "within 1 day", naive).deadlines == (
        datetime(2026, 3, 11, 9, 0, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    "text",
    [
        "We will be in touch within the next two weeks regarding next steps.",
        "You'll hear back from us within 5 business days.",
        "Our team will review your application within 3 days.",
        "Wir melden uns innerhalb von 2 Wochen bei Ihnen.",
    ],
)
def test_employer_promises_are_not_deadlines(text: str) -> None:
    assert _deadlines(text) == []


def test_the_word_pre_tests_agree_with_their_regexes_before_corpus_dates() -> None:
    # The 40 characters before each date, as find_dates cuts them. _CUE_WORDS and _NOON_WORDS
    # are kept by hand beside DEADLINE_CUE and TIME_BEFORE.
    windows = [
        text[max(0, m.start() - 40) : m.start()]
        for p in prepared_sample(5)  # dates are rarer than sentences
        for text in (p.subject, p.body)
        for m in date_matches(text)
    ]
    assert len(windows) > 1_000
    cues = [w for w in windows if dates.DEADLINE_CUE.search(w)]
    times = [w for w in windows if dates.TIME_BEFORE.search(w)]
    assert cues and times  # the sample does exercise both
    assert [w for w in windows if dates._cue_before(w)] == cues
    assert [w for w in windows if dates._time_before(w)] == times
