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
from typing import Final
from zoneinfo import ZoneInfo

from applytrack_desktop.intel.vocab import words
from applytrack_desktop.mail.message import CalendarEvent

_MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jänner enero ene",
        "february feb février fevrier févr fevr februar febrero",
        "march mar mars märz maerz marzo",
        "april apr avril abril",
        "may mai mayo",
        "june jun juin juni junio",
        "july jul juillet juil juli julio",
        "august aug août aout agosto",
        "september sep sept septembre septiembre setiembre",
        "october oct octobre oktober octubre",
        "november nov novembre noviembre",
        "december dec décembre decembre dezember dez diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "monday mon lundi montag lunes",
        "tuesday tue tues mardi dienstag martes",
        "wednesday wed mercredi mittwoch miércoles miercoles",
        "thursday thu thur thurs jeudi donnerstag jueves",
        "friday fri vendredi freitag viernes",
        "saturday sat samedi samstag sábado sabado",
        "sunday sun dimanche sonntag domingo",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number

_FULL_WEEKDAYS = [w for w in _WEEKDAYS if len(w) > 4]
_NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "ten": 10, "fourteen": 14, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "cinq": 5, "sept": 7, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "fünf": 5,
    "sieben": 7, "dos": 2, "tres": 3, "cinco": 5, "siete": 7,
}  # fmt: skip

# Zones by the names people write; generic ones follow daylight saving through zoneinfo.
_ZONES: Final[dict[str, str]] = {
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York", "eastern time": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central": "America/Chicago", "central time": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "mountain": "America/Denver", "mountain time": "America/Denver",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin", "bst": "Europe/London", "ist": "Asia/Kolkata",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "jst": "Asia/Tokyo",
    "sgt": "Asia/Singapore",
}  # fmt: skip


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = _alt(list(_MONTHS))
_WD = _alt(list(_WEEKDAYS))
_FWD = _alt(_FULL_WEEKDAYS)
_NUM = _alt(list(_NUMBER_WORDS))
_UNIT = (
    r"business days?|working days?|days?|hours?|hrs?|weeks?|jours?(?: ouvrés)?|heures?|"
    r"semaines?|tagen?|werktagen?|stunden|wochen|d[ií]as?(?: h[aá]biles)?|horas?|semanas?"
)
_TZ = (
    r"(?P<tz>(?:UTC|GMT)[ \t]?[+-][ \t]?\d{1,2}(?::?\d\d)?|(?-i:UTC|GMT|"
    + _alt([z.upper() for z in _ZONES if " " not in z and len(z) <= 4])
    + r")|(?:pacific|eastern|central|mountain)(?: time)?)"
)
_TIME = (
    r"(?:(?P<hh>[01]?\d|2[0-3])(?::|h|\.)(?P<mm>[0-5]\d)[ \t]*(?P<ap>[ap]\.?m\.?)?"
    r"|(?P<hh2>1[0-2]|0?[1-9])[ \t]*(?P<ap2>[ap]\.?m\.?)"
    r"|(?P<hh3>[01]?\d|2[0-3])[ \t]*(?:h|uhr)\b"
    r"|(?P<noon>noon|midday|midi|mittag))"
    r"(?:[ \t]*uhr)?(?:[ \t]*[-–][ \t]*\d{1,2}(?:[:.h]\d\d)?[ \t]*(?:[ap]\.?m\.?)?)?"
    rf"(?:[ \t]*\(?(?:{_TZ})\b\)?)?"
)
_DATE = re.compile(
    r"(?<![\w/.-])(?:"
    rf"(?:(?:{_WD})\.?,?[ \t]+)?(?:the[ \t]+)?(?P<mon_a>{_MON})\.?[ \t]+(?P<day_a>[0-3]?\d)"
    r"(?:st|nd|rd|th)?\b(?:,?[ \t]+(?P<y_a>20\d\d))?"
    rf"|(?:(?:{_WD})\.?,?[ \t]+)?(?:(?:the|le|el|am|den)[ \t]+)?(?P<day_b>[0-3]?\d)"
    rf"(?:st|nd|rd|th|er|\.|º)?[ \t]+(?:of[ \t]+|de[ \t]+)?(?P<mon_b>{_MON})\b\.?"
    r"(?:,?[ \t]+(?:de[ \t]+)?(?P<y_b>20\d\d))?"
    r"|(?P<iso>20\d\d-[01]\d-[0-3]\d)(?:[T ](?P<ihh>[0-2]\d):(?P<imm>[0-5]\d)(?::[0-5]\d)?"
    r"(?P<iz>Z|[+-][01]\d:?[0-5]\d)?)?"
    r"|(?P<n1>[0-3]?\d)[./](?P<n2>[0-3]?\d)[./](?P<n3>20\d\d)"
    r"|(?P<rel>tomorrow|today|tonight|demain|aujourd'hui|morgen|heute|mañana|hoy"
    r"|end of (?:the )?(?:day|week)|eod|cob|close of business)\b"
    rf"|(?P<wd>(?:(?:this|next|coming|ce|prochain)[ \t]+)?(?:{_FWD}))\b"
    r"|(?P<dur>(?:within|in|inside|under|the next|sous|dans|d'ici|innerhalb(?: von)?|binnen"
    rf"|dentro de|en)[ \t]+(?:the[ \t]+(?:next[ \t]+)?)?(?P<n>\d{{1,3}}|{_NUM})[ \t]*"
    rf"(?P<unit>{_UNIT}))\b"
    r")"
    rf"(?:,?[ \t]*(?:at|@|from|à|a las|um|by|,)?[ \t]*{_TIME})?",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    rf"(?:at|@|à|um)?[ \t]*{_TIME}[ \t,]*(?:on|le|am|el)?[ \t]*$", re.IGNORECASE
)
_DEADLINE_CUE = re.compile(
    r"(?:\bby|\bbefore|no later than|\buntil|\btill|deadline(?: is)?|\bdue(?: by| on)?|"
    r"expires?(?: on)?|expiring|closes?(?: on)?|\bavant(?: le)?|d'ici(?: le)?|au plus tard(?: le)?|"
    r"jusqu'au|\bbis(?: zum| spätestens)?|spätestens(?: am| bis)?|antes del?|hasta el|"
    r"a más tardar(?: el)?|fecha l[ií]mite)\W{0,3}(?:(?:the|end of|eod|on|am|le|el)\W{1,3})?$",
    re.IGNORECASE,
)


# Words a date expression can start with (or, for durations, a unit word to look back from).
# Scanning the text with _DATE at every position costs ~1 ms per email (a long alternation);
# trying it only where one of these words (or a digit) starts costs a few microseconds.
_UNIT_WORDS: Final[frozenset[str]] = words(
    "day days hour hours hr hrs h week weeks business working jour jours heure heures semaine "
    "semaines tag tage tagen werktag werktage werktagen stunde stunden woche wochen día días "
    "dia dias hora horas semana semanas"
)
_ANCHOR_WORDS: Final[frozenset[str]] = (
    frozenset(_MONTHS)
    | frozenset(_WEEKDAYS)
    | words("end eod cob close tomorrow today tonight demain aujourd morgen heute mañana hoy")
)
# The start of a duration, found by looking back from its unit word: "within 3 (business) ".
_DUR_START = re.compile(
    r"(?:\b(?:within|in|inside|under|the next|sous|dans|innerhalb(?: von)?|binnen|dentro de|en)"
    rf"|d'ici)[ \t]+(?:the[ \t]+(?:next[ \t]+)?)?(?:\d{{1,3}}|{_NUM})[ \t]*"
    r"(?:business[ \t]+|working[ \t]+)?$"
)
_DIGIT_START = re.compile(r"(?<![\w/.-])\d")
_LETTER_WORDS = re.compile(r"[^\W\d_]+")


def _starts(low: str) -> list[int]:
    """Where a date expression may start: digit runs, anchor words, durations' lead words."""
    starts = [m.start() for m in _DIGIT_START.finditer(low)]
    present = set(_LETTER_WORDS.findall(low))  # C-speed: no Python loop over every word
    for word in present & _ANCHOR_WORDS:
        for at in _occurrences(low, word):
            starts.append(at)
    for word in present & _UNIT_WORDS:
        for at in _occurrences(low, word):
            lead = _DUR_START.search(low, max(0, at - 48), at)
            if lead is not None:
                starts.append(lead.start())
    return sorted(set(starts))


def _occurrences(low: str, word: str) -> list[int]:
    """Positions where ``word`` stands as a whole word in ``low``."""
    found: list[int] = []
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            found.append(at)
        at = low.find(word, end)
    return found


def _date_matches(text: str) -> list[re.Match[str]]:
    """_DATE matches in ``text``, tried only where one can start (see ``_starts``)."""
    low = text.lower()
    if len(low) != len(text):  # lower-casing moved positions: scan the plain way
        return list(_DATE.finditer(text))
    found: list[re.Match[str]] = []
    covered = 0
    for start in _starts(low):
        if start < covered:
            continue
        match = _DATE.match(text, start)
        if match is not None and match.end() > start:
            found.append(match)
            covered = match.end()
    return found


_PROMISE = re.compile(
    r"(?:\bwe(?:'ll|’ll| will| aim| try| expect| hope| plan| should)|\byou(?:'ll|’ll| will| should)"
    r" (?:hear|receive|get)|hear (?:back|from us)|get back to you|be in touch|reach out|"
    r"\breview|respond to (?:you|all)|nous (?:reviendrons|vous recontacterons|vous répondrons)|"
    r"wir (?:melden|werden|antworten)|nos pondremos|te responderemos)[^.!?\n]*$",
    re.IGNORECASE,
)


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
    if key in _ZONES:
        return ZoneInfo(_ZONES[key])
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


def _infer_year(month: int, day: int, ref: datetime) -> int:
    """The year of a day written without one: this year, or next when that is months past."""
    try:
        candidate = ref.replace(month=month, day=day)
    except ValueError:
        return ref.year
    return ref.year + 1 if candidate < ref - timedelta(days=180) else ref.year


def _day_first(ref: datetime) -> bool:
    """Whether "04/05/2026" means 4 May: yes, unless the sender's clock is in the Americas."""
    offset = ref.utcoffset() or timedelta()
    return not (timedelta(hours=-10) <= offset <= timedelta(hours=-3))


def _base_date(m: re.Match[str], ref: datetime) -> tuple[datetime | None, bool] | None:
    """The day a match names (at midnight in ref's zone) and whether it is a duration."""
    local = ref
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if (mon := m.group("mon_a") or m.group("mon_b")) is not None:
        month = _MONTHS[mon.lower().rstrip(".")]
        day = int(m.group("day_a") or m.group("day_b"))
        year_text = m.group("y_a") or m.group("y_b")
        year = int(year_text) if year_text else _infer_year(month, day, midnight)
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
        target = _WEEKDAYS[wd.lower().split()[-1]]
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
    count = int(number) if number.isdigit() else _NUMBER_WORDS.get(number, 1)
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
        day, left = ref, count
        while left:
            day += timedelta(days=1)
            left -= day.weekday() < 5
        return day
    return ref + timedelta(days=count)


def find_dates(text: str, ref: datetime) -> list[FoundDate]:
    """Every date expression in ``text`` as an aware datetime (``ref`` = the Date header)."""
    if ref.tzinfo is None:
        ref = ref.replace(tzinfo=UTC)
    found: list[FoundDate] = []
    for m in _date_matches(text):
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
        if clock is None and (tm := _TIME_BEFORE.search(before)):
            clock, zone_name = _time_of(tm), tm.group("tz")
            before = before[: tm.start()]
        rel = (m.group("rel") or "").lower()
        deadline = bool(_DEADLINE_CUE.search(before)) or rel in {"eod", "cob", "close of business"}
        deadline = deadline or rel.startswith("end of")
        has_time = clock is not None
        hour, minute = clock if clock else (23, 59)
        zone = _zone(zone_name, when.tzinfo or UTC)
        local = datetime(when.year, when.month, when.day, hour, minute, tzinfo=zone)
        found.append(FoundDate(local, deadline, has_time, m.start()))
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
