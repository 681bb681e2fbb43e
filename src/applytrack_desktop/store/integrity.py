"""Telling a damaged database from a wrong key, and keeping a damaged file aside.

``PRAGMA cipher_integrity_check`` verifies every page's HMAC (and works even when page 1
is damaged and the normal open fails). When every page fails, the key is wrong (or the
salt in the header is gone); when only some fail, the file is damaged. A damaged file is
never replaced silently: it is renamed with a timestamp (with its ``-wal`` and ``-shm``),
the user is told where it is, and only then may a new store be made beside it.

Cost: the check decrypts every page (about 0.5-1.5 s for a 30 MB store here, see
``benchmarks/bench_privacy.py``), so it runs on demand (``Service.check_integrity``) and
after a failed open, not on every start.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from applytrack_desktop.core.errors import StoreCorruptError, WrongKeyError
from applytrack_desktop.store.db import DB_NAME
from applytrack_desktop.store.keys import StoreKey

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm")


def page_failures(path: Path, key: StoreKey) -> tuple[list[str], int]:
    """(problems reported by cipher_integrity_check, pages in the file) for ``path``."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    pages = max(1, path.stat().st_size // 4096)
    return problems, pages


def check_connection(conn: sqlcipher3.Connection) -> list[str]:
    """Problems found through an open connection: page HMACs, then SQLite's own check."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    if not problems:
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
        except sqlcipher3.DatabaseError as exc:
            rows = [f"quick_check failed: {exc}"]
        problems = [r for r in rows if r != "ok"]
    return problems


def is_damaged(path: Path, key: StoreKey) -> bool:
    """True when some (not all) pages fail their HMAC under ``key``: damage, not a wrong key."""
    problems, pages = page_failures(path, key)
    failed = sum(1 for p in problems if p.startswith("HMAC verification failed"))
    return bool(problems) and failed < pages


def set_aside(data_dir: Path) -> Path:
    """Rename the database (and its -wal/-shm) with a timestamp; returns the new path."""
    path = data_dir / DB_NAME
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = data_dir / f"{DB_NAME}.damaged-{stamp}"
    os.replace(path, aside)
    for suffix in _SIDE_FILES:
        side = data_dir / (DB_NAME + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    log.warning("a damaged store was kept aside as %s", aside.name)
    return aside


def corrupt_error(aside: Path) -> StoreCorruptError:
    return StoreCorruptError(
        f"The database file is damaged. It was kept, untouched, as {aside}; "
        "a new empty store will be made when you continue."
    )


def diagnose(data_dir: Path, key: StoreKey, error: Exception) -> StoreCorruptError | None:
    """After a failed open: a StoreCorruptError (file set aside) if the file is damaged."""
    path = data_dir / DB_NAME
    if not path.exists():
        return None
    try:
        damaged = is_damaged(path, key)
    except sqlcipher3.DatabaseError:
        damaged = not isinstance(error, WrongKeyError)
    if not damaged:
        return None
    return corrupt_error(set_aside(data_dir))
