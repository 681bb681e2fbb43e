"""The written forms of dates, times, zones and durations, as precompiled patterns.

English, French, German and Spanish month and weekday names, the zone names people write
("PT", "CET", "Eastern Time"), clock times ("5pm", "17h30", "17:00 Uhr") and durations
("within 3 business days"). ``date_matches`` finds expressions without scanning every position
of the text with the long alternation (which costs ~1 ms per email): it tries the pattern only
where a digit, an anchor word or a duration can start. ``dates`` turns matches into datetimes.
"""

from __future__ import annotations

import re
from typing import Final

import ahocorasick

from applytrack_desktop.intel.vocab import words

MONTHS: Final[dict[str, int]] = {}
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
        MONTHS[_name] = _number

WEEKDAYS: Final[dict[str, int]] = {}
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
        WEEKDAYS[_name] = _number

_FULL_WEEKDAYS = [w for w in WEEKDAYS if len(w) > 4]
NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "ten": 10, "fourteen": 14, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "cinq": 5, "sept": 7, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "fünf": 5,
    "sieben": 7, "dos": 2, "tres": 3, "cinco": 5, "siete": 7,
}  # fmt: skip

# Zones by the names people write; generic ones follow daylight saving through zoneinfo.
ZONES: Final[dict[str, str]] = {
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


_MON = _alt(list(MONTHS))
_WD = _alt(list(WEEKDAYS))
_FWD = _alt(_FULL_WEEKDAYS)
_NUM = _alt(list(NUMBER_WORDS))
_UNIT = (
    r"business days?|working days?|days?|hours?|hrs?|weeks?|jours?(?: ouvrés)?|heures?|"
    r"semaines?|tagen?|werktagen?|stunden|wochen|d[ií]as?(?: h[aá]biles)?|horas?|semanas?"
)
_TZ = (
    r"(?P<tz>(?:UTC|GMT)[ \t]?[+-][ \t]?\d{1,2}(?::?\d\d)?|(?-i:UTC|GMT|"
    + _alt([z.upper() for z in ZONES if " " not in z and len(z) <= 4])
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
DATE = re.compile(
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
TIME_BEFORE = re.compile(
    rf"(?:at|@|à|um)?[ \t]*{_TIME}[ \t,]*(?:on|le|am|el)?[ \t]*$", re.IGNORECASE
)
DEADLINE_CUE = re.compile(
    r"(?:\bby|\bbefore|no later than|\buntil|\btill|deadline(?: is)?|\bdue(?: by| on)?|"
    r"expires?(?: on)?|expiring|closes?(?: on)?|\bavant(?: le)?|d'ici(?: le)?|au plus tard(?: le)?|"
    r"jusqu'au|\bbis(?: zum| spätestens)?|spätestens(?: am| bis)?|antes del?|hasta el|"
    r"a más tardar(?: el)?|fecha l[ií]mite)\W{0,3}(?:(?:the|end of|eod|on|am|le|el)\W{1,3})?$",
    re.IGNORECASE,
)


# Words a date expression can start with (or, for durations, a unit word to look back from).
# Scanning the text with DATE at every position costs ~1 ms per email (a long alternation);
# trying it only where one of these words (or a digit) starts costs a few microseconds.
_UNIT_WORDS: Final[frozenset[str]] = words(
    "day days hour hours hr hrs h week weeks business working jour jours heure heures semaine "
    "semaines tag tage tagen werktag werktage werktagen stunde stunden woche wochen día días "
    "dia dias hora horas semana semanas"
)
_ANCHOR_WORDS: Final[frozenset[str]] = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | words("end eod cob close tomorrow today tonight demain aujourd morgen heute mañana hoy")
)
# The start of a duration, found by looking back from its unit word: "within 3 (business) ".
_DUR_START = re.compile(
    r"(?:\b(?:within|in|inside|under|the next|sous|dans|innerhalb(?: von)?|binnen|dentro de|en)"
    rf"|d'ici)[ \t]+(?:the[ \t]+(?:next[ \t]+)?)?(?:\d{{1,3}}|{_NUM})[ \t]*"
    r"(?:business[ \t]+|working[ \t]+)?$"
)
# A digit not glued to a word, path or number before it. The digit comes first so the
# regex engine skips to digits at C speed (a leading lookbehind is tried at every position).
_DIGIT_START = re.compile(r"\d(?<![\w/.-]\d)")


def _word_finder() -> ahocorasick.Automaton:
    """Every anchor and unit word, found in a text by one Aho-Corasick scan."""
    automaton = ahocorasick.Automaton()
    for word in _ANCHOR_WORDS:
        automaton.add_word(word, (word, False))
    for word in _UNIT_WORDS:
        automaton.add_word(word, (word, True))
    automaton.make_automaton()
    return automaton


_WORD_FINDER: Final = _word_finder()


def _starts(low: str) -> list[int]:
    """Where a date expression may start: digit runs, anchor words, durations' lead words."""
    starts = [m.start() for m in _DIGIT_START.finditer(low)]
    size = len(low)
    # Every occurrence of every anchor and unit word, kept where it stands as a whole word
    # (no letter or digit on either side).
    for end, (word, is_unit) in _WORD_FINDER.iter(low):
        at = end + 1 - len(word)
        if (at and low[at - 1].isalnum()) or (end + 1 < size and low[end + 1].isalnum()):
            continue
        if is_unit:
            lead = _DUR_START.search(low, max(0, at - 48), at)
            if lead is not None:
                starts.append(lead.start())
        else:
            starts.append(at)
    return sorted(set(starts))


def date_matches(text: str) -> list[re.Match[str]]:
    """DATE matches in ``text``, tried only where one can start (see ``_starts``)."""
    low = text.lower()
    if len(low) != len(text):  # lower-casing moved positions: scan the plain way
        return list(DATE.finditer(text))
    found: list[re.Match[str]] = []
    covered = 0
    for start in _starts(low):
        if start < covered:
            continue
        match = DATE.match(text, start)
        if match is not None and match.end() > start:
            found.append(match)
            covered = match.end()
    return found
