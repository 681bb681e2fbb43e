"""Typed queries on the review list: mail the pipeline would not decide about on its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import ReviewItem, ReviewState
from applytrack_desktop.store.timeutil import from_db, now_db

_COLUMNS = "id, email_id, reason, created_at, suggested_application_id, suggested_status, state"


def _row(r: Sequence[Any]) -> ReviewItem:
    return ReviewItem(
        id=r[0],
        email_id=r[1],
        reason=r[2],
        created_at=from_db(r[3]),
        suggested_application_id=r[4],
        suggested_status=None if r[5] is None else Status(r[5]),
        state=ReviewState(r[6]),
    )


def insert(
    conn: sqlcipher3.Connection,
    email_id: int,
    reason: str,
    *,
    suggested_application_id: int | None = None,
    suggested_status: Status | None = None,
    new_email: bool = False,
) -> int:
    """Add an open item, unless this email already has one open (re-delivered mail).

    ``new_email``: the caller has just inserted the email, so it cannot have one yet.
    """
    if not new_email:
        row = conn.execute(
            "SELECT id FROM review_items WHERE email_id = ? AND state = 'open'", (email_id,)
        ).fetchone()
        if row is not None:
            return int(row[0])
    cur = conn.execute(
        "INSERT INTO review_items (email_id, reason, suggested_application_id, suggested_status,"
        " created_at) VALUES (?, ?, ?, ?, ?)",
        (
            email_id,
            reason,
            suggested_application_id,
            None if suggested_status is None else Status(suggested_status).value,
            now_db(),
        ),
    )
    return int(cur.lastrowid)


def open_items(conn: sqlcipher3.Connection, limit: int = 500) -> list[ReviewItem]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM review_items WHERE state = 'open'"
        " ORDER BY created_at DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [_row(r) for r in rows]


def get(conn: sqlcipher3.Connection, item_id: int) -> ReviewItem | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM review_items WHERE id = ?", (item_id,))
    first = row.fetchone()
    return None if first is None else _row(first)


def open_count(conn: sqlcipher3.Connection) -> int:
    result: int = conn.execute("SELECT count(*) FROM review_items WHERE state = 'open'").fetchone()[
        0
    ]
    return result


def resolve(conn: sqlcipher3.Connection, item_id: int, state: ReviewState) -> None:
    if state is ReviewState.OPEN:
        raise ValueError("resolve to accepted or dismissed")
    conn.execute(
        "UPDATE review_items SET state = ?, resolved_at = ? WHERE id = ?",
        (ReviewState(state).value, now_db(), item_id),
    )


def resolve_for_email(conn: sqlcipher3.Connection, email_id: int, state: ReviewState) -> int:
    """Close every open item of one email (it was matched after all); returns how many."""
    cur = conn.execute(
        "UPDATE review_items SET state = ?, resolved_at = ? WHERE email_id = ? AND state = 'open'",
        (ReviewState(state).value, now_db(), email_id),
    )
    return int(cur.rowcount)
