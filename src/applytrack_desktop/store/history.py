"""Typed queries on status changes: every change, with its cause, so any can be undone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import ChangeCause, StatusChange
from applytrack_desktop.store.timeutil import from_db, now_utc, to_db

_COLUMNS = "id, application_id, from_status, to_status, cause, at, email_id, undone"


def _row(r: Sequence[Any]) -> StatusChange:
    return StatusChange(
        id=r[0],
        application_id=r[1],
        from_status=None if r[2] is None else Status(r[2]),
        to_status=Status(r[3]),
        cause=ChangeCause(r[4]),
        at=from_db(r[5]),
        email_id=r[6],
        undone=bool(r[7]),
    )


def insert(
    conn: sqlcipher3.Connection,
    app_id: int,
    from_status: Status | None,
    to_status: Status,
    cause: ChangeCause,
    *,
    at: datetime | None = None,
    email_id: int | None = None,
    undone: bool = False,
    reverts_id: int | None = None,
) -> StatusChange:
    """Record a change; ``reverts_id`` marks it as the undo of that change."""
    when = at or now_utc()
    cur = conn.execute(
        "INSERT INTO status_changes (application_id, from_status, to_status, cause, email_id,"
        " at, undone, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            app_id,
            None if from_status is None else Status(from_status).value,
            Status(to_status).value,
            ChangeCause(cause).value,
            email_id,
            to_db(when),
            int(undone),
            reverts_id,
        ),
    )
    return StatusChange(
        int(cur.lastrowid), app_id, from_status, to_status, cause, from_db(to_db(when)),
        email_id, undone,
    )  # fmt: skip


def for_application(conn: sqlcipher3.Connection, app_id: int) -> list[StatusChange]:
    """Oldest first, undone ones included (marked)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM status_changes WHERE application_id = ? ORDER BY id", (app_id,)
    )
    return [_row(r) for r in rows]


def last_effective(conn: sqlcipher3.Connection, app_id: int) -> StatusChange | None:
    """The newest change that is not undone and is not itself an undo record.

    Undo records are skipped so that repeated undos step further back in time.
    """
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM status_changes WHERE application_id = ? AND undone = 0"
        " AND reverts_id IS NULL ORDER BY id DESC LIMIT 1",
        (app_id,),
    ).fetchone()
    return None if row is None else _row(row)


def mark_undone(conn: sqlcipher3.Connection, change_id: int) -> None:
    conn.execute("UPDATE status_changes SET undone = 1 WHERE id = ?", (change_id,))
