"""The demo mailbox, made fresh: its dates moved so the newest mail is less than a day old.

``resources/demo/demo.mbox`` is fixed text; opened months later, "Applied 84 days ago"
would make the demo look abandoned. Every Date header and every calendar time in it is
shifted by one offset, so the stories keep their shape and their interviews stay ahead.
The offset is a whole number of days, so an interview written for 14:00 still starts on
the hour instead of at a time like 14:12 that no recruiter would pick. Dates written in
the bodies ("sign by September 25", "Friday, September 18") move by the same offset, with
their weekday recomputed, or an offer would expire two months before it was sent.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from applytrack_desktop import paths
from applytrack_desktop.mail.sources import RawSource, iter_sources

DAY = timedelta(days=1)
_ICS_TIME = re.compile(r"^(DTSTART|DTEND|DTSTAMP)(;[^:]*)?:(\d{8}T\d{6}Z)$", re.M)
_ICS_FORMAT = "%Y%m%dT%H%M%SZ"
# English whatever the locale (Qt sets LC_ALL from the environment; calendar.month_name follows it).
_MONTH_NAMES = (
    "January February March April May June July August September October November December".split()  # noqa: SIM905
)
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# "September 25", "Friday, September 18": the forms the demo's writing uses. The day
# must not run on into more digits ("September 2026" is a month, not a date).
_BODY_DATE = re.compile(
    rf"\b(?:(?P<weekday>{'|'.join(_WEEKDAYS)})(?P<separator>,?\s+))?"
    rf"(?P<month>{'|'.join(_MONTH_NAMES)})\s+(?P<day>[0-3]?\d)\b(?![\d,]*\d{{4}})"
)


def demo_mailbox() -> Path:
    return paths.resources_dir() / "demo" / "demo.mbox"


def demo_sources(now: datetime | None = None) -> list[RawSource]:
    """The demo messages with their dates shifted relative to ``now``."""
    messages = [
        (s.label, message_from_bytes(s.raw, policy=policy.default))
        for s in iter_sources([demo_mailbox()])
    ]
    dates = [parsedate_to_datetime(str(m["Date"])) for _, m in messages]
    offset = ((now or datetime.now(UTC)) - max(dates)) // DAY * DAY
    shifted = []
    for (label, message), date in zip(messages, dates, strict=True):
        assert isinstance(message, EmailMessage)
        del message["Date"]
        message["Date"] = format_datetime(date + offset)
        for part in message.walk():
            if part.get_content_type() == "text/calendar":
                _shift_calendar(part, offset)
            elif part.get_content_type() in ("text/plain", "text/html"):
                _shift_body(part, date, offset)
        shifted.append(RawSource(label, message.as_bytes()))
    return shifted


def _shift_calendar(part: EmailMessage, offset: timedelta) -> None:
    text = part.get_content()
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")

    def move(match: re.Match[str]) -> str:
        when = datetime.strptime(match.group(3), _ICS_FORMAT).replace(tzinfo=UTC) + offset
        return f"{match.group(1)}{match.group(2) or ''}:{when.strftime(_ICS_FORMAT)}"

    text = _ICS_TIME.sub(move, text.replace("\r\n", "\n"))
    filename = part.get_filename()
    part.set_content(text.replace("\n", "\r\n").encode(), maintype="text", subtype="calendar")
    if filename:
        part.add_header("Content-Disposition", "attachment", filename=filename)


def shift_body_dates(text: str, written: datetime, offset: timedelta) -> str:
    """``text`` with each "Month day" moved by ``offset``; the year is the one nearest to
    ``written`` (the mail's own date), as a reader would take it."""

    def move(match: re.Match[str]) -> str:
        month = _MONTH_NAMES.index(match.group("month")) + 1
        try:
            candidates = [
                datetime(year, month, int(match.group("day")), tzinfo=UTC)
                for year in (written.year - 1, written.year, written.year + 1)
            ]
        except ValueError:  # "February 30" is not a date: leave the words alone
            return match.group(0)
        meant = min(candidates, key=lambda day: abs(day - written)) + offset
        moved = f"{_MONTH_NAMES[meant.month - 1]} {meant.day}"
        if match.group("weekday"):
            return f"{_WEEKDAYS[meant.weekday()]}{match.group('separator')}{moved}"
        return moved

    return _BODY_DATE.sub(move, text)


def _shift_body(part: EmailMessage, written: datetime, offset: timedelta) -> None:
    if part.get_content_disposition() == "attachment":
        return
    text = part.get_content()
    if not isinstance(text, str):
        return
    moved = shift_body_dates(text, written, offset)
    if moved != text:
        part.set_content(moved, subtype=part.get_content_subtype())
