"""Typed queries on the activity feed (notifications shown in the app, read or unread)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from applytrack_desktop.core.models import ActivityItem
from applytrack_desktop.store.timeutil import from_db, now_utc, to_db

_COLUMNS = "id, kind, title, at, body, application_id, email_id, read"


def _row(r: Sequence[Any]) -> ActivityItem:
    return ActivityItem(r[0], r[1], r[2], from_db(r[3]), r[4], r[5], r[6], bool(r[7]))


def insert(
    conn: sqlcipher3.Connection,
    kind: str,
    title: str,
    *,
    body: str = "",
    application_id: int | None = None,
    email_id: int | None = None,
    at: datetime | None = None,
) -> int:
    cur = conn.execute(
        "INSERT INTO activity (kind, title, body, application_id, email_id, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (kind, title, body, application_id, email_id, to_db(at or now_utc())),
    )
    return int(cur.lastrowid)


def recent(conn: sqlcipher3.Connection, limit: int = 50) -> list[ActivityItem]:
    """Newest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM activity ORDER BY at DESC, id DESC LIMIT ?", (limit,)
    )
    return [_row(r) for r in rows]


def unread_count(conn: sqlcipher3.Connection) -> int:
    result: int = conn.execute("SELECT count(*) FROM activity WHERE read = 0").fetchone()[0]
    return result


def mark_all_read(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("UPDATE activity SET read = 1 WHERE read = 0").rowcount)


def mark_read(conn: sqlcipher3.Connection, activity_id: int) -> None:
    conn.execute("UPDATE activity SET read = 1 WHERE id = ?", (activity_id,))
