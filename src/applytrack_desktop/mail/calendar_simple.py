"""The plainest invites read without icalendar, which spends ~0.8 ms on even a ten-line one.

Schedulers send most interview invites as one or a few events of plain lines: start and end
in UTC, a summary, an organizer, maybe a location. ``read_simple`` reads exactly that shape
and gives back what icalendar would have (the same values, the same time zone object);
anything else (a folded line, an escape, a time zone, a parameter it does not know, a
repeated or unknown property, an impossible date) gives None, and icalendar reads the part.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from applytrack_desktop.mail.limits import MAX_CALENDAR_EVENTS

_NEWLINE = re.compile(r"\r?\n")  # icalendar's own line split
# NAME, parameters (unquoted, no escapes), value (no escapes, no control character but tab).
_LINE = re.compile(
    r"([A-Z][A-Z-]*)((?:;[A-Z][A-Z-]*=[^;:\",\\\x00-\x1f\x7f]*)*)"
    r":([^\\\x00-\x08\x0a-\x1f\x7f]*)"
)
_UTC_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z")
_CALENDAR_FIELDS = frozenset({"VERSION", "CALSCALE", "PRODID", "METHOD"})
_EVENT_FIELDS = frozenset({"DTSTART", "DTEND", "SUMMARY", "LOCATION", "ORGANIZER", "DESCRIPTION"})
_TIMES = frozenset({"DTSTART", "DTEND"})
# icalendar's UTC, the time zone of the times it reads: zoneinfo's UTC, which zoneinfo caches,
# so this is the very object icalendar gives (tested), without importing icalendar here.
_UTC = ZoneInfo("UTC")


class Moment(NamedTuple):
    """A date property as icalendar gives it: the value in ``dt``."""

    dt: datetime


Event = dict[str, Any]  # property name -> text, or ``Moment`` for a time


def read_simple(text: str) -> tuple[str | None, list[Event]] | None:
    """The calendar's METHOD (None when absent) and its events, or None if not this shape."""
    method: str | None = None
    events: list[Event] = []
    event: Event | None = None
    state = "before"
    for line in _NEWLINE.split(text):
        if not line:
            continue  # icalendar skips empty lines too
        found = _LINE.fullmatch(line)
        if found is None:
            return None
        name, params, value = found.groups()
        if params and name != "ORGANIZER":  # only its CN=... is known to change nothing
            return None
        if state == "before" and (name, value) == ("BEGIN", "VCALENDAR"):
            state = "calendar"
        elif state == "calendar" and (name, value) == ("BEGIN", "VEVENT"):
            state, event = "event", {}
        elif state == "calendar" and (name, value) == ("END", "VCALENDAR"):
            state = "done"
        elif state == "calendar" and name in _CALENDAR_FIELDS:
            if name == "METHOD":
                if method is not None:
                    return None
                method = value
        elif state == "event" and event is not None and (name, value) == ("END", "VEVENT"):
            events.append(event)
            state, event = "calendar", None
        elif state == "event" and event is not None and name in _EVENT_FIELDS:
            if name in event:
                return None  # a repeated property: icalendar's list handling applies
            if name in _TIMES:
                moment = _utc_time(value)
                if moment is None:
                    return None
                event[name] = moment
            else:
                event[name] = value
        else:
            return None
    if state != "done" or len(events) > MAX_CALENDAR_EVENTS:  # icalendar keeps the first ones
        return None
    return method, events


def _utc_time(value: str) -> Moment | None:
    found = _UTC_TIME.fullmatch(value)
    if found is None:
        return None
    year, month, day, hour, minute, second = map(int, found.groups())
    try:
        return Moment(datetime(year, month, day, hour, minute, second, tzinfo=_UTC))
    except ValueError:  # month 13, second 61...: icalendar's own error path reads it
        return None
