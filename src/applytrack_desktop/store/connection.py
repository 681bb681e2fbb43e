"""Opening one SQLCipher connection: key first, verify at once, then the pragmas.

A wrong key only shows at the first read, so ``sqlite_master`` is read right after keying;
nothing is written before that, so a wrong key or passphrase leaves the file untouched.
SQLCipher's own log lines (which would go straight to stderr) are turned off first.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import sqlcipher3

from applytrack_desktop.core.errors import WrongKeyError
from applytrack_desktop.store.keys import StoreKey

log = logging.getLogger(__name__)


# How long a connection waits for another process's lock before "database is locked".
BUSY_TIMEOUT_S = 10.0
# A setting for tests that hold the lock on purpose and would otherwise wait out all 10 s
# (the locked-store contract test sets 1 s); nothing else sets it.
BUSY_TIMEOUT_ENV = "APPLYTRACK_BUSY_TIMEOUT_S"


def busy_timeout_s() -> float:
    """``BUSY_TIMEOUT_S``, unless ``APPLYTRACK_BUSY_TIMEOUT_S`` gives seconds in (0, 3600]."""
    try:
        value = float(os.environ.get(BUSY_TIMEOUT_ENV, ""))
    except ValueError:
        return BUSY_TIMEOUT_S
    return value if 0 < value <= 3600 else BUSY_TIMEOUT_S  # also turns nan and inf away


def _null(value: None) -> None:
    return value


# Binding None costs the driver a failed adapter look-up (two attribute searches) per
# parameter: ~2 µs, a third of a short statement, and the pipeline binds a dozen NULLs per
# stored email (no account for an import, no application yet, no interview time). With an
# adapter registered for None the look-up hits at once; NULL is still what gets bound.
sqlcipher3.register_adapter(type(None), _null)

# WAL lets readers run beside the one writer. synchronous=NORMAL in WAL never corrupts and
# never loses a commit when the process dies (only an OS crash or power loss can drop the
# last commits). secure_delete overwrites freed content; temp_store keeps temporary
# b-trees (sorts, FTS merges) in memory instead of plain temp files.
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    # 16 MB of page cache (default 2 MB): fewer pages decrypted again within big transactions.
    "PRAGMA cache_size = -16384",
)


def connect(path: Path, key: StoreKey) -> sqlcipher3.Connection:
    """A keyed, verified connection in autocommit mode (callers BEGIN/COMMIT themselves)."""
    conn: sqlcipher3.Connection = sqlcipher3.connect(
        str(path), timeout=busy_timeout_s(), isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            what = "key" if key.is_raw else "passphrase"
            raise WrongKeyError(
                f"The {what} does not open the database at {path}; the file was left untouched."
            ) from None
        for pragma in _PRAGMAS:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn
