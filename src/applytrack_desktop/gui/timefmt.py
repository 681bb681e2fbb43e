"""Human time for the views: "2h ago" for recent updates, short dates for the rest.

Kept apart from the widgets so it is plain, testable Python. Stored times are UTC; a naive
datetime is taken as UTC too, and dates are shown in the local time zone.
"""

from __future__ import annotations

from datetime import UTC, datetime


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def ago(moment: datetime, now: datetime | None = None) -> str:
    """A compact relative time: "just now", "5m ago", "2h ago", "3d ago", then a date."""
    now = _aware(now) if now is not None else datetime.now(UTC)
    seconds = (now - _aware(moment)).total_seconds()
    if seconds < 0:
        return short_date(moment, now)
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)}m ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)}h ago"
    if seconds < 7 * 86400:
        return f"{int(seconds // 86400)}d ago"
    return short_date(moment, now)


def short_date(moment: datetime, now: datetime | None = None) -> str:
    """ "Mar 4" within the current year, "Mar 4, 2025" otherwise (local time)."""
    now = _aware(now) if now is not None else datetime.now(UTC)
    local = _aware(moment).astimezone()
    text = f"{local:%b} {local.day}"
    if local.year != now.astimezone().year:
        text += f", {local.year}"
    return text


def when(moment: datetime, now: datetime | None = None) -> str:
    """A short upcoming time for interviews and deadlines: "Today 14:00", "Tue 09:30", "Mar 4"."""
    now = _aware(now) if now is not None else datetime.now(UTC)
    local = _aware(moment).astimezone()
    local_now = now.astimezone()
    days = (local.date() - local_now.date()).days
    clock = f"{local:%H:%M}"
    if days == 0:
        return f"Today {clock}"
    if days == 1:
        return f"Tomorrow {clock}"
    if 1 < days < 7:
        return f"{local:%a} {clock}"
    return short_date(moment, now)


def full(moment: datetime) -> str:
    """The complete local date and time, for tooltips and the email list."""
    local = _aware(moment).astimezone()
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"


def upcoming(moment: datetime, now: datetime | None = None) -> bool:
    """Whether ``moment`` is today or later (local time): past interviews get no marker."""
    now = _aware(now) if now is not None else datetime.now(UTC)
    return _aware(moment).astimezone().date() >= now.astimezone().date()
