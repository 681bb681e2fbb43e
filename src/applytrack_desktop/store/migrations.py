"""Numbered schema migrations, the schema version in ``PRAGMA user_version``, and backups.

Each ``schema/NNNN_name.sql`` file moves the schema from version NNNN-1 to NNNN in one
transaction together with the version bump, so a crash mid-migration leaves the old
version intact. Before an existing store is migrated it is copied, encrypted with the same
key, with ``sqlcipher_export`` (``VACUUM INTO`` has produced broken, partly plaintext copies).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import sqlcipher3

from applytrack_desktop.core.errors import StoreError
from applytrack_desktop.store.keys import StoreKey

log = logging.getLogger(__name__)

_NAME = re.compile(r"(\d{4})_(\w+)\.sql")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> tuple[Migration, ...]:
    found: list[Migration] = []
    for entry in resources.files("applytrack_desktop.store.schema").iterdir():
        match = _NAME.fullmatch(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations must be numbered 1, 2, 3 ... without gaps")
    return tuple(found)


MIGRATIONS = load_migrations()
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(conn: sqlcipher3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlcipher3.Connection, *, target: int = LATEST_VERSION) -> int:
    """Apply the migrations after the current version up to ``target``; return the version."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise StoreError(
            "This store was written by a newer version of ApplyTrack; please update the app."
        )
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            _apply(conn, migration)
            current = migration.version
    return current


def _apply(conn: sqlcipher3.Connection, migration: Migration) -> None:
    log.info("migrating the store to schema %d (%s)", migration.version, migration.name)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # executescript would COMMIT first; run statement by statement inside our transaction.
        for statement in _statements(migration.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {migration.version:d}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (``sqlite3.complete_statement`` rules)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            if pending.strip() and not _only_comments(pending):
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not _only_comments(pending):
        raise RuntimeError("a migration ends with an incomplete statement")
    return statements


def _only_comments(text: str) -> bool:
    return all(not ln.strip() or ln.strip().startswith("--") for ln in text.splitlines())


def backup(conn: sqlcipher3.Connection, key: StoreKey, folder: Path) -> Path:
    """An encrypted copy of the open store (same key) in ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    version = schema_version(conn)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"applytrack-v{version}-{stamp}.db"
    conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(path), key.key_text()))
    try:
        conn.execute("SELECT sqlcipher_export('backup')").fetchall()
        conn.execute(f"PRAGMA backup.user_version = {version:d}")
    finally:
        conn.execute("DETACH DATABASE backup")
    log.info("backed up the store (schema %d) before migrating", version)
    return path
