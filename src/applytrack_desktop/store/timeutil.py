"""How datetimes are stored: ISO-8601 in UTC with a fixed width, so text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache


# Cached: the pipeline stores each mail's date in several rows (the email, its thread, its
# application, history), ~6 conversions per kept mail. Equal datetimes are the same instant
# (aware ones compare in UTC; naive never equal aware), so they give the same text.
@lru_cache(maxsize=1024)
def to_db(value: datetime) -> str:
    """An aware (or naive, taken as UTC) datetime as fixed-width ISO-8601 UTC text."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def to_db_opt(value: datetime | None) -> str | None:
    return None if value is None else to_db(value)


def from_db(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def from_db_opt(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


def now_utc() -> datetime:
    return datetime.now(UTC)


def now_db() -> str:
    # Not through the cache of ``to_db``: every "now" is new (and already UTC).
    return now_utc().isoformat(timespec="microseconds")
