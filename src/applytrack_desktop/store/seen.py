"""The opaque "seen" set: mail that was dropped (not about a job) is never fetched again.

Only ``sha256(account id, provider id)`` is kept, never anything about the message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import sqlcipher3


def id_hash(account_id: int, provider_id: str) -> bytes:
    return hashlib.sha256(f"{account_id}\x00{provider_id}".encode()).digest()


def add(conn: sqlcipher3.Connection, account_id: int, provider_id: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO seen (account_id, id_hash) VALUES (?, ?)",
        (account_id, id_hash(account_id, provider_id)),
    )


def add_many(conn: sqlcipher3.Connection, account_id: int, provider_ids: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO seen (account_id, id_hash) VALUES (?, ?)",
        [(account_id, id_hash(account_id, p)) for p in provider_ids],
    )


def contains(conn: sqlcipher3.Connection, account_id: int, provider_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM seen WHERE account_id = ? AND id_hash = ?",
        (account_id, id_hash(account_id, provider_id)),
    ).fetchone()
    return row is not None


def count(conn: sqlcipher3.Connection, account_id: int) -> int:
    result: int = conn.execute(
        "SELECT count(*) FROM seen WHERE account_id = ?", (account_id,)
    ).fetchone()[0]
    return result
