"""Calendar arithmetic shared by the date readers (``dates`` and ``date_cjk``).

Both read days written without a year and durations in working days; the rules must be the
same for every language, and ``dates`` imports ``date_cjk``, so they live here, below both.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def infer_year(month: int, day: int, ref: datetime) -> int:
    """The year of a day written without one: this year, or next when that is months past."""
    try:
        candidate = ref.replace(month=month, day=day)
    except ValueError:
        return ref.year
    return ref.year + 1 if candidate < ref - timedelta(days=180) else ref.year


def add_working_days(ref: datetime, count: int) -> datetime:
    """``ref`` moved ``count`` days forward, Saturdays and Sundays not counted."""
    day, left = ref, count
    while left:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    return day
