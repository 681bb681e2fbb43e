"""Reading ``text/calendar`` parts (interview invites) into ``CalendarEvent`` values.

A calendar part is the most reliable source of an interview's time, so it is read with
``icalendar`` rather than guessed from prose. Invites come from Outlook (Windows time zone
names, Teams links in ``X-MICROSOFT-*`` fields), Google (``X-GOOGLE-CONFERENCE``) and ATS
schedulers; any of them may be malformed, so nothing here raises: an unreadable part becomes a
defect string and no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from applytrack_desktop.mail.calendar_simple import read_simple
from applytrack_desktop.mail.charsets import decode_bytes
from applytrack_desktop.mail.limits import MAX_CALENDAR_BYTES, MAX_CALENDAR_EVENTS
from applytrack_desktop.mail.message import CalendarEvent

_MAX_FIELD_CHARS = 2_000

# Fields that hold the join link directly, most specific first.
_LINK_FIELDS = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "URL",
)
_URL = re.compile(r"https?://[^\s<>\"'\\,;)\]]+", re.IGNORECASE)
# Properties that no ``CalendarEvent`` field reads, with their folded lines. icalendar parses
# every line with its parameters; an Outlook invite repeats the whole body as HTML
# (X-ALT-DESC) and carries an ATTENDEE line per guest, so they are cut out first.
_UNREAD = re.compile(
    r"^(?:ATTENDEE|X-ALT-DESC|DTSTAMP|UID|PRODID|STATUS|SEQUENCE|CLASS|TRANSP|PRIORITY|CREATED"
    r"|LAST-MODIFIED|X-MICROSOFT-CDO-[A-Z-]+)[;:][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*(?:\r?\n|$)",
    re.MULTILINE | re.IGNORECASE,
)
_MEETING_HOSTS = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|"
    r"meet\.google\.com|webex\.com|whereby\.com|chime\.aws|gotomeeting\.com|goto\.com|"
    r"bluejeans\.com|meet\.jit\.si|ringcentral\.com|skype\.com)\b[^\s<>\"'\\,;)\]]*",
    re.IGNORECASE,
)


def read_calendar(
    data: bytes, charset: str | None, *, method_hint: str = "", default_tz: tzinfo = UTC
) -> tuple[list[CalendarEvent], list[str]]:
    """Events of one calendar part and the defects met; floating times use ``default_tz``."""
    if len(data) > MAX_CALENDAR_BYTES:
        return [], ["calendar part too large"]
    text, defect = decode_bytes(data, charset or "utf-8")
    defects = [defect] if defect else []
    text = _UNREAD.sub("", text)
    simple = read_simple(text)  # the plainest invites, without icalendar's cost
    if simple is not None:
        method = _text(simple[0]).upper() or method_hint.upper()
        components: list[Any] = list(simple[1])
    else:
        # Imported here, on the first calendar part that needs it: icalendar's import is
        # ~0.2 s of every command's start-up, and most mail carries no such part.
        import icalendar

        try:
            calendar = icalendar.Calendar.from_ical(text)
            method = _text(calendar.get("METHOD")).upper() or method_hint.upper()
            components = _first(calendar.walk("VEVENT"), MAX_CALENDAR_EVENTS)
        except Exception:  # icalendar raises many kinds (ValueError, KeyError...) on bad input
            return [], [*defects, "unreadable calendar part"]
    events = []
    for component in components:
        try:
            events.append(_event(component, method, default_tz))
        except Exception:  # one broken event must not cost the others
            defects.append("unreadable calendar event")
    return events, defects


def _first(items: Iterable[Any], count: int) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if len(out) >= count:
            break
        out.append(item)
    return out


def _event(component: Any, method: str, default_tz: tzinfo) -> CalendarEvent:
    start = _when(component.get("DTSTART"), default_tz)
    end = _when(component.get("DTEND"), default_tz)
    if end is None and start is not None:
        delta = _dt(_prop(component.get("DURATION")))
        if isinstance(delta, timedelta):
            end = start + delta
    location = _text(component.get("LOCATION"))
    return CalendarEvent(
        summary=_text(component.get("SUMMARY")),
        start=start,
        end=end,
        organizer=_organizer(component.get("ORGANIZER")),
        location=location,
        meeting_url=_meeting_url(component, location),
        method=method,
    )


def _prop(value: Any) -> Any:
    """One property value; a repeated property gives a list, whose first readable item wins."""
    if isinstance(value, list):
        return next((v for v in value if _dt(v) is not None or isinstance(v, str)), None)
    return value


def _dt(value: Any) -> Any:
    """The ``.dt`` of a date property, or None (icalendar raises on broken ones)."""
    try:
        return getattr(value, "dt", None)
    except Exception:  # BrokenCalendarProperty and friends
        return None


def _text(value: Any) -> str:
    value = _prop(value)
    if value is None:
        return ""
    return " ".join(str(value).split())[:_MAX_FIELD_CHARS]


def _when(value: Any, default_tz: tzinfo) -> datetime | None:
    moment = _dt(_prop(value))
    if isinstance(moment, datetime):
        if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
            return moment.replace(tzinfo=default_tz)  # a floating or unknown-TZID time
        return moment
    if isinstance(moment, date):  # an all-day event
        return datetime.combine(moment, time(0, 0), tzinfo=default_tz)
    return None


def _organizer(value: Any) -> str:
    address = _text(value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    return address.strip().lower()


def _meeting_url(component: Any, location: str) -> str:
    for name in _LINK_FIELDS:
        found = _URL.search(_text(component.get(name)))
        if found:
            return found.group(0)
    description = str(_prop(component.get("DESCRIPTION")) or "")[:20_000]
    for source in (location, description):
        found = _MEETING_HOSTS.search(source)
        if found:
            return found.group(0)
    found = _URL.search(location)
    return found.group(0) if found else ""
