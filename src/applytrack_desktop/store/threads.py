"""Typed queries on threads: which application a provider thread belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from applytrack_desktop.core.models import Thread
from applytrack_desktop.store.timeutil import from_db, to_db

_COLUMNS = "id, account_id, thread_key, application_id, subject, last_date"


def _row(r: Sequence[Any]) -> Thread:
    return Thread(r[0], r[1], r[2], r[3], r[4], from_db(r[5]))


def get(conn: sqlcipher3.Connection, account_id: int | None, thread_key: str) -> Thread | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM threads WHERE ifnull(account_id, 0) = ifnull(?, 0)"
        " AND thread_key = ?",
        (account_id, thread_key),
    ).fetchone()
    return None if row is None else _row(row)


def upsert(
    conn: sqlcipher3.Connection,
    account_id: int | None,
    thread_key: str,
    *,
    application_id: int | None,
    subject: str,
    date: datetime,
) -> int:
    """Record a thread (or a newer message in it); an attached application is kept."""
    row = conn.execute(
        "INSERT INTO threads (account_id, thread_key, application_id, subject, last_date)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (ifnull(account_id, 0), thread_key) DO UPDATE"
        " SET application_id = coalesce(application_id, excluded.application_id),"
        " last_date = max(last_date, excluded.last_date) RETURNING id",
        (account_id, thread_key, application_id, subject, to_db(date)),
    ).fetchone()
    return int(row[0])


def set_application(conn: sqlcipher3.Connection, thread_id: int, app_id: int | None) -> None:
    conn.execute("UPDATE threads SET application_id = ? WHERE id = ?", (app_id, thread_id))


def active_count(conn: sqlcipher3.Connection, since: datetime) -> int:
    """Threads of still-open applications with mail since ``since`` (the tray's "N active")."""
    result: int = conn.execute(
        "SELECT count(*) FROM threads t JOIN applications a ON a.id = t.application_id"
        " WHERE t.last_date >= ? AND a.status NOT IN ('Rejected', 'Withdrawn', 'Accepted')",
        (to_db(since),),
    ).fetchone()[0]
    return result
