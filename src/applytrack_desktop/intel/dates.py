"""Deadlines and interview times, read relative to the email's Date header.

``dateparser`` costs 0.3 s to start and ~13 ms per search (FIELD-NOTES), which alone would
blow the 1,000 messages/s budget, so the common written forms are read here with
precompiled regexes instead: "March 14 at 5pm PT", "14 mars à 17h", "14. März um 17:00 Uhr",
"14/03/2026", ISO dates, weekdays ("by Friday"), "tomorrow", "end of day", and durations
("within 3 days", "in 48 hours"). A calendar part, when present, is the best source of an
interview time and wins over the text.

A date counts as a deadline when a cue precedes it ("by", "before", "no later than",
"deadline", "avant le", "bis", "antes del"...) or when it is a duration. Other dates with a
time are candidate event times; exactly one of them is taken as the interview time (several
are offered slots, not an appointment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from applytrack_desktop.intel.cjk import has_cjk
from applytrack_desktop.intel.date_cjk import find_cjk_dates
from applytrack_desktop.intel.date_math import add_working_days, infer_year
from applytrack_desktop.intel.date_patterns import (
    DEADLINE_CUE,
    MONTHS,
    NUMBER_WORDS,
    TIME_BEFORE,
    WEEKDAYS,
    ZONES,
    date_matches,
)
from applytrack_desktop.mail.message import CalendarEvent

_PROMISE = re.compile(
    r"(?:\bwe(?:'ll|’ll| will| aim| try| expect| hope| plan| should)|\byou(?:'ll|’ll| will| should)"
    r" (?:hear|receive|get)|hear (?:back|from us)|get back to you|be in touch|reach out|"
    r"\breview|respond to (?:you|all)|nous (?:reviendrons|vous recontacterons|vous répondrons)|"
    r"wir (?:melden|werden|antworten)|nos pondremos|te responderemos)[^.!?\n]*$",
    re.IGNORECASE,
)


# What the text just before a date must hold for a cue or a time to end there, lower case:
# each alternative of ``DEADLINE_CUE`` holds one of these words (those with "ä" or "á" cannot
# match ASCII text), and ``TIME_BEFORE`` a digit or one of the noon words. In ASCII text,
# case-insensitive matching is lower-case matching, so most windows skip both searches
# (each tries a long case-insensitive alternation at every position).
_CUE_WORDS = ("by", "before", "no later than", "until", "till", "deadline", "due", "expir",
              "close", "avant", "d'ici", "au plus tard", "jusqu'au", "bis", "antes de",
              "hasta el", "fecha l")  # fmt: skip
_NOON_WORDS = ("noon", "midday", "midi", "mittag")
_DIGIT = re.compile(r"\d")


def _cue_before(before: str) -> bool:
    """``DEADLINE_CUE.search(before)``, as a truth value."""
    if before.isascii() and not any(word in before.lower() for word in _CUE_WORDS):
        return False
    return DEADLINE_CUE.search(before) is not None


def _time_before(before: str) -> re.Match[str] | None:
    """``TIME_BEFORE.search(before)``."""
    if (
        before.isascii()
        and _DIGIT.search(before) is None
        and not any(word in before.lower() for word in _NOON_WORDS)
    ):
        return None
    return TIME_BEFORE.search(before)


@dataclass(frozen=True, slots=True)
class FoundDate:
    when: datetime  # aware
    deadline: bool  # a cue ("by", "before"...) or a duration
    has_time: bool
    start: int


@dataclass(frozen=True, slots=True)
class DateFacts:
    deadlines: tuple[datetime, ...] = ()
    interview_at: datetime | None = None


def _zone(name: str | None, fallback: tzinfo) -> tzinfo:
    if not name:
        return fallback
    key = " ".join(name.lower().split())
    if key in ZONES:
        return ZoneInfo(ZONES[key])
    offset = re.search(r"([+-])\s?(\d{1,2})(?::?(\d\d))?", key)
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        delta = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        return timezone(sign * delta)
    return UTC


def _time_of(match: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) from the _TIME groups of ``match``, or None."""
    if match.group("noon"):
        return 12, 0
    for hh_name, mm_name, ap_name in (
        ("hh", "mm", "ap"),
        ("hh2", None, "ap2"),
        ("hh3", None, None),
    ):
        hh = match.group(hh_name)
        if hh is None:
            continue
        hour = int(hh)
        minute = int(match.group(mm_name)) if mm_name else 0
        ap = (match.group(ap_name) or "").lower()[:1] if ap_name else ""
        if ap == "p" and hour < 12:
            hour += 12
        elif ap == "a" and hour == 12:
            hour = 0
        return (hour, minute) if hour < 24 else None
    return None


def _day_first(ref: datetime) -> bool:
    """Whether "04/05/2026" means 4 May: yes, unless the sender's clock is in the Americas."""
    offset = ref.utcoffset() or timedelta()
    return not (timedelta(hours=-10) <= offset <= timedelta(hours=-3))


def _base_date(m: re.Match[str], ref: datetime) -> tuple[datetime | None, bool] | None:
    """The day a match names (at midnight in ref's zone) and whether it is a duration."""
    local = ref
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if (mon := m.group("mon_a") or m.group("mon_b")) is not None:
        month = MONTHS[mon.lower().rstrip(".")]
        day = int(m.group("day_a") or m.group("day_b"))
        year_text = m.group("y_a") or m.group("y_b")
        year = int(year_text) if year_text else infer_year(month, day, midnight)
        return _safe(midnight, year, month, day), False
    if (iso := m.group("iso")) is not None:
        year, month, day = (int(p) for p in iso.split("-"))
        return _safe(midnight, year, month, day), False
    if m.group("n1") is not None:
        first, second, year = int(m.group("n1")), int(m.group("n2")), int(m.group("n3"))
        if first > 12 or (second <= 12 and _day_first(ref)):
            day, month = first, second
        else:
            month, day = first, second
        return _safe(midnight, year, month, day), False
    if (rel := m.group("rel")) is not None:
        return _relative(rel.lower(), midnight), False
    if (wd := m.group("wd")) is not None:
        target = WEEKDAYS[wd.lower().split()[-1]]
        ahead = (target - midnight.weekday()) % 7 or 7
        return midnight + timedelta(days=ahead), False
    if m.group("dur") is not None:
        return _duration(m.group("n").lower(), m.group("unit").lower(), ref), True
    return None


def _safe(midnight: datetime, year: int, month: int, day: int) -> datetime | None:
    try:
        return midnight.replace(year=year, month=month, day=day)
    except ValueError:
        return None


def _relative(word: str, midnight: datetime) -> datetime:
    if word in {"tomorrow", "demain", "morgen", "mañana"}:
        return midnight + timedelta(days=1)
    if word.startswith("end of") and word.endswith("week"):
        return midnight + timedelta(days=max(0, 4 - midnight.weekday()))
    return midnight


def _duration(number: str, unit: str, ref: datetime) -> datetime:
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number, 1)
    if unit.startswith(("h", "st")):
        return ref + timedelta(hours=count)
    if unit.startswith(("w", "sem")):
        return ref + timedelta(weeks=count)
    if (
        "business" in unit
        or "working" in unit
        or "ouvr" in unit
        or "werk" in unit
        or "hábil" in unit
    ):
        return add_working_days(ref, count)
    return ref + timedelta(days=count)


def find_dates(text: str, ref: datetime) -> list[FoundDate]:
    """Every date expression in ``text`` as an aware datetime (``ref`` = the Date header)."""
    if ref.tzinfo is None:
        ref = ref.replace(tzinfo=UTC)
    found: list[FoundDate] = []
    for m in date_matches(text):
        based = _base_date(m, ref)
        if based is None or based[0] is None:
            continue
        when, is_duration = based[0], based[1]
        if is_duration:
            # "We will be in touch within two weeks" is the employer's promise, not a deadline.
            if not _PROMISE.search(text, max(0, m.start() - 120), m.start()):
                found.append(FoundDate(when, True, True, m.start()))
            continue
        clock = _time_of(m)
        zone_name = m.group("tz")
        if m.group("ihh") is not None:
            clock = (int(m.group("ihh")), int(m.group("imm")))
            zone_name = m.group("iz")
            if zone_name == "Z":
                zone_name = "UTC"
        before = text[max(0, m.start() - 40) : m.start()]
        if clock is None and (tm := _time_before(before)):
            clock, zone_name = _time_of(tm), tm.group("tz")
            before = before[: tm.start()]
        rel = (m.group("rel") or "").lower()
        deadline = _cue_before(before) or rel in {"eod", "cob", "close of business"}
        deadline = deadline or rel.startswith("end of")
        has_time = clock is not None
        hour, minute = clock if clock else (23, 59)
        zone = _zone(zone_name, when.tzinfo or UTC)
        local = datetime(when.year, when.month, when.day, hour, minute, tzinfo=zone)
        found.append(FoundDate(local, deadline, has_time, m.start()))
    # Japanese, Chinese and Korean forms (date_cjk), only for text that can hold them.
    if has_cjk(text):
        found.extend(FoundDate(*item) for item in find_cjk_dates(text, ref))
        found.sort(key=lambda item: item.start)
    return found


def extract_dates(
    subject: str,
    body: str,
    ref: datetime,
    calendar: tuple[CalendarEvent, ...] = (),
    *,
    want_interview: bool = True,
) -> DateFacts:
    """Future deadlines (sorted, unique) and the interview time, if one is clear."""
    if ref.tzinfo is None:
        ref = ref.replace(tzinfo=UTC)
    floor, ceiling = ref - timedelta(hours=1), ref + timedelta(days=400)
    deadlines: list[datetime] = []
    events: list[datetime] = []
    for text in (subject, body):
        for item in find_dates(text, ref):
            if not floor <= item.when <= ceiling:
                continue
            if item.deadline:
                deadlines.append(item.when)
            elif item.has_time:
                events.append(item.when)
    interview: datetime | None = None
    for event in calendar:
        if event.start is not None and event.method.upper() != "CANCEL":
            start = event.start if event.start.tzinfo else event.start.replace(tzinfo=UTC)
            interview = start
            break
    if interview is None and want_interview and len(set(events)) == 1:
        interview = events[0]
    return DateFacts(tuple(sorted(set(deadlines))), interview)
