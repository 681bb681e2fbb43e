"""Typed queries on mail accounts: their sync cursor, state and settings.

The cursor is written by the pipeline in the SAME transaction as the mail it covers, so a
crash never leaves a cursor ahead of the stored mail. Removing an account deletes, by
cascade, its mail, threads and "seen" set; applications stay.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.store.timeutil import from_db_opt, now_db, to_db

_COLUMNS = "id, kind, address, state, cursor, last_sync_at, last_error, settings"


def _row(r: Sequence[Any]) -> Account:
    return Account(
        id=r[0],
        kind=AccountKind(r[1]),
        address=r[2],
        state=AccountState(r[3]),
        cursor=r[4],
        last_sync_at=from_db_opt(r[5]),
        last_error=r[6],
        settings={str(k): str(v) for k, v in json.loads(r[7]).items()},
    )


def insert(
    conn: sqlcipher3.Connection,
    kind: AccountKind,
    address: str,
    *,
    settings: Mapping[str, str] | None = None,
) -> int:
    """Add an account; ``settings`` holds e.g. ``since`` (ISO date) and provider options."""
    cur = conn.execute(
        "INSERT INTO accounts (kind, address, settings, created_at) VALUES (?, ?, ?, ?)",
        (AccountKind(kind).value, address, json.dumps(dict(settings or {})), now_db()),
    )
    return int(cur.lastrowid)


def get(conn: sqlcipher3.Connection, account_id: int) -> Account | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return None if row is None else _row(row)


def find(conn: sqlcipher3.Connection, kind: AccountKind, address: str) -> Account | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM accounts WHERE kind = ? AND address = ? COLLATE NOCASE",
        (AccountKind(kind).value, address),
    ).fetchone()
    return None if row is None else _row(row)


def list_(conn: sqlcipher3.Connection) -> list[Account]:
    return [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY id")]


def set_cursor(conn: sqlcipher3.Connection, account_id: int, cursor: str | None) -> None:
    conn.execute("UPDATE accounts SET cursor = ? WHERE id = ?", (cursor, account_id))


def set_state(
    conn: sqlcipher3.Connection,
    account_id: int,
    state: AccountState,
    *,
    error: str = "",
    synced_at: datetime | None = None,
) -> None:
    """Record the account's state; ``synced_at`` marks a finished sync."""
    if synced_at is None:
        conn.execute(
            "UPDATE accounts SET state = ?, last_error = ? WHERE id = ?",
            (AccountState(state).value, error, account_id),
        )
    else:
        conn.execute(
            "UPDATE accounts SET state = ?, last_error = ?, last_sync_at = ? WHERE id = ?",
            (AccountState(state).value, error, to_db(synced_at), account_id),
        )


def update_settings(
    conn: sqlcipher3.Connection, account_id: int, changes: Mapping[str, str | None]
) -> None:
    """Merge ``changes`` into the account's settings; a None value removes the key."""
    row = conn.execute("SELECT settings FROM accounts WHERE id = ?", (account_id,)).fetchone()
    if row is None:
        return
    settings: dict[str, str] = json.loads(row[0])
    for key, value in changes.items():
        if value is None:
            settings.pop(key, None)
        else:
            settings[key] = value
    conn.execute(
        "UPDATE accounts SET settings = ? WHERE id = ?", (json.dumps(settings), account_id)
    )


def delete(conn: sqlcipher3.Connection, account_id: int) -> bool:
    """Remove the account and, by cascade, all its mail, threads and seen ids."""
    return int(conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,)).rowcount) > 0
