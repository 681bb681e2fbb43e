"""Rotating the raw key and changing the passphrase with ``PRAGMA rekey``, crash-safely.

``PRAGMA rekey`` re-encrypts every page in ONE transaction (in WAL mode the new pages
commit together in the WAL), so a crash leaves the file entirely under the old key or
entirely under the new one. The danger is the keyring: if the new key were written only
after the rekey, a crash in between would leave a file nobody has the key to. So:

1. the new key goes into the keyring under a *pending* name first;
2. the file is rekeyed (one transaction) and the WAL checkpointed;
3. the current entry is replaced by the new key, then the pending entry deleted.

``resolve_pending`` runs before every open: with a pending entry present it tries the
current key and, if that no longer opens the file, the pending one (and promotes it).
Every function here needs the store CLOSED: no other connection may hold the old key.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from applytrack_desktop.core.errors import InvalidInputError, KeyMissingError, WrongKeyError
from applytrack_desktop.store.connection import connect
from applytrack_desktop.store.db import DB_NAME
from applytrack_desktop.store.keys import (
    SERVICE,
    KeySource,
    StoreKey,
    keyring_entry_name,
    new_raw_key,
    read_marker,
)

log = logging.getLogger(__name__)

PENDING_SUFFIX = ":pending"


def pending_entry_name(data_dir: Path) -> str:
    return keyring_entry_name(data_dir) + PENDING_SUFFIX


def _get(backend: KeyringBackend, name: str) -> str | None:
    try:
        value: str | None = backend.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyMissingError("The OS keyring could not be read (is it locked?).") from exc
    return value


def _opens(path: Path, key: StoreKey) -> bool:
    try:
        connect(path, key).close()
    except WrongKeyError:
        return False
    return True


def rekey_file(path: Path, old: StoreKey, new: StoreKey) -> None:
    """Re-encrypt the database at ``path`` from ``old`` to ``new`` (one transaction)."""
    conn = connect(path, old)
    try:
        conn.execute(f"PRAGMA rekey = {new.pragma_literal()}").fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def rotate_raw_key(data_dir: Path, backend: KeyringBackend | None = None) -> None:
    """Give a keyring-keyed store a new random key (store closed; see the module doc)."""
    backend = backend or keyring.get_keyring()
    if read_marker(data_dir) is not KeySource.KEYRING:
        raise InvalidInputError("This store is protected by a passphrase; change that instead.")
    resolve_pending(data_dir, backend)  # finish an earlier, interrupted rotation first
    name = keyring_entry_name(data_dir)
    current = _get(backend, name)
    if current is None:
        raise KeyMissingError("This store's key is missing from the OS keyring.")
    old, new = StoreKey.raw(current), new_raw_key()
    backend.set_password(SERVICE, pending_entry_name(data_dir), new.secret)
    rekey_file(data_dir / DB_NAME, old, new)
    backend.set_password(SERVICE, name, new.secret)
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, pending_entry_name(data_dir))
    log.info("the store key was rotated")


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    """Re-encrypt a passphrase store under ``new`` (store closed). Raises WrongKeyError."""
    if read_marker(data_dir) is not KeySource.PASSPHRASE:
        raise InvalidInputError("This store is keyed from the OS keyring, not a passphrase.")
    if not new:
        raise InvalidInputError("The new passphrase cannot be empty.")
    rekey_file(data_dir / DB_NAME, StoreKey.passphrase(old), StoreKey.passphrase(new))
    log.info("the store passphrase was changed")


def resolve_pending(data_dir: Path, backend: KeyringBackend | None = None) -> None:
    """Finish or undo a rotation a crash interrupted; a no-op without a pending entry."""
    backend = backend or keyring.get_keyring()
    pending = _get(backend, pending_entry_name(data_dir))
    path = data_dir / DB_NAME
    if pending is None or not path.exists():
        return
    name = keyring_entry_name(data_dir)
    current = _get(backend, name)
    if current is not None and _opens(path, StoreKey.raw(current)):
        log.info("an interrupted key rotation had not changed the file; the old key stays")
    elif _opens(path, StoreKey.raw(pending)):
        backend.set_password(SERVICE, name, pending)
        log.info("an interrupted key rotation had changed the file; its new key is now kept")
    else:
        return  # neither opens it: leave both entries for the open to report
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, pending_entry_name(data_dir))
