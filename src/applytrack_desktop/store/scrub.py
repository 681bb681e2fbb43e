"""Making deleted content leave the database FILE, not just the tables.

A ``DELETE`` or ``UPDATE ... = NULL`` removes rows from view, but the words can outlive
them in three places: in FTS5 segments (a 'delete' only adds a tombstone; the old terms
stay in the older segments until they are merged), in free pages, and in old page
versions in the ``-wal`` file. ``scrub`` closes all three: an FTS5 'optimize' merges every
segment into one (dropping deleted terms), ``secure_delete`` zeroes what is freed, a
``TRUNCATE`` checkpoint empties the WAL, ``VACUUM`` rebuilds the file without free pages,
and a second checkpoint empties the WAL that ``VACUUM`` itself wrote.

A purge or disconnect records ``scrub_needed`` in the same transaction as the deletion, so
a crash between the deletion and the scrub is finished by the next daily job.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import sqlcipher3

from applytrack_desktop.store import settings as settings_q
from applytrack_desktop.store.db import Store

log = logging.getLogger(__name__)

SCRUB_NEEDED = "privacy.scrub_needed"
FTS_TABLES = ("emails_fts", "applications_fts")
_CHECKPOINT_TRIES = 20


@dataclass(frozen=True, slots=True)
class ScrubResult:
    seconds: float  # the whole scrub
    vacuum_seconds: float
    wal_emptied: bool  # False if a reader kept the WAL from being truncated
    size_bytes: int  # the database file after VACUUM


def mark_needed(conn: sqlcipher3.Connection) -> None:
    """Record (inside the caller's deleting transaction) that a scrub must follow."""
    settings_q.set_(conn, SCRUB_NEEDED, "1")


def is_needed(store: Store) -> bool:
    with store.read() as conn:
        return settings_q.get(conn, SCRUB_NEEDED) == "1"


def _checkpoint(conn: sqlcipher3.Connection) -> bool:
    """Checkpoint and truncate the WAL; True once it is empty (readers can hold it back)."""
    for attempt in range(_CHECKPOINT_TRIES):
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy == 0:
            return True
        time.sleep(0.05 * (attempt + 1))
    return False


def scrub_connection(conn: sqlcipher3.Connection) -> ScrubResult:
    """Scrub through ``conn``, which must not be inside a transaction (VACUUM needs that)."""
    started = time.perf_counter()
    conn.execute("PRAGMA secure_delete = ON").fetchall()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in FTS_TABLES:
            # Merges all segments into one, leaving out what 'delete' tombstoned.
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    _checkpoint(conn)
    vacuum_started = time.perf_counter()
    conn.execute("VACUUM")
    vacuum_seconds = time.perf_counter() - vacuum_started
    conn.execute("BEGIN IMMEDIATE")
    settings_q.delete(conn, SCRUB_NEEDED)
    conn.execute("COMMIT")
    emptied = _checkpoint(conn)
    if not emptied:
        log.warning("the WAL could not be emptied after a scrub (a reader held it); retried later")
        conn.execute("BEGIN IMMEDIATE")
        mark_needed(conn)
        conn.execute("COMMIT")
    pages, page_size = (
        conn.execute("PRAGMA page_count").fetchone()[0],
        conn.execute("PRAGMA page_size").fetchone()[0],
    )
    return ScrubResult(
        seconds=time.perf_counter() - started,
        vacuum_seconds=vacuum_seconds,
        wal_emptied=emptied,
        size_bytes=int(pages) * int(page_size),
    )


def scrub(store: Store) -> ScrubResult:
    """Scrub the store's file on its writer thread; queued writes wait until it is done."""
    result = store.maintain(scrub_connection)
    log.info(
        "scrubbed the store in %.2f s (VACUUM %.2f s), WAL emptied: %s",
        result.seconds,
        result.vacuum_seconds,
        result.wal_emptied,
    )
    return result
