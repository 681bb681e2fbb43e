"""``Store``: the open, keyed, migrated database, with its one writer and per-thread readers.

Layout of a data folder: ``applytrack.db`` (SQLCipher, with ``-wal``/``-shm`` beside it),
``store.json`` (plain: says whether the key is in the keyring or is a passphrase, never the
key) and ``backups/`` (encrypted copies made before migrations).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

import sqlcipher3
from keyring.backend import KeyringBackend

from applytrack_desktop.core.errors import StoreError, WrongKeyError
from applytrack_desktop.store import keys, migrations
from applytrack_desktop.store.connection import connect
from applytrack_desktop.store.keys import SALT_SIZE, KeySource, StoreKey
from applytrack_desktop.store.writer import WriteFn, Writer

log = logging.getLogger(__name__)

T = TypeVar("T")

DB_NAME = "applytrack.db"
BACKUP_DIR = "backups"


class Store:
    def __init__(self, data_dir: Path, key: StoreKey) -> None:
        """Open (and migrate) the store in ``data_dir`` with ``key``; see ``Store.open``."""
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self._key = key
        self._local = threading.local()
        self._readers: list[sqlcipher3.Connection] = []
        self._readers_lock = threading.Lock()
        self._reader_key: StoreKey | None = None  # the key every connection uses, once known
        self._key_lock = threading.Lock()
        self._closed = False
        self._writer = Writer(self._connect)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        passphrase: str | None = None,
        keyring_backend: KeyringBackend | None = None,
        schema_target: int = migrations.LATEST_VERSION,
    ) -> Store:
        """Open the store in ``data_dir``, creating it (and its key) on first use.

        Raises ``WrongKeyError``, ``KeyMissingError`` or ``PassphraseRequiredError``.
        """
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        exists = (data_dir / DB_NAME).exists()
        choice = keys.choose_key(
            data_dir, store_exists=exists, passphrase=passphrase, backend=keyring_backend
        )
        store = cls(data_dir, choice.key)
        try:
            store.migrate(schema_target)
            os.chmod(store.path, 0o600)  # encrypted anyway; still nobody else's business
            if keys.read_marker(data_dir) is not choice.key.source:
                keys.write_marker(data_dir, choice.key.source)
        except BaseException:
            store.close()
            raise
        return store

    @property
    def key_source(self) -> KeySource:
        return self._key.source

    def migrate(self, target: int = migrations.LATEST_VERSION) -> int:
        """Bring the schema to ``target``, backing an existing store up first."""

        def run(conn: sqlcipher3.Connection) -> int:
            current = migrations.schema_version(conn)
            if 0 < current < target:
                migrations.backup(conn, self._key, self.data_dir / BACKUP_DIR)
            return migrations.migrate(conn, target=target)

        return self._writer.call(run)

    def backup(self, folder: Path | None = None) -> Path:
        """An encrypted copy (same key) of the store; returns its path."""
        target = folder or self.data_dir / BACKUP_DIR
        return self._writer.call(lambda conn: migrations.backup(conn, self._key, target))

    # -- writing --------------------------------------------------------------------------
    def write(self, fn: WriteFn[T]) -> T:
        """Run ``fn(conn)`` in one transaction on the writer thread; wait for its result."""
        return self._writer.write(fn)

    def write_async(self, fn: WriteFn[T]) -> Future[T]:
        return self._writer.write_async(fn)

    def maintain(self, fn: WriteFn[T]) -> T:
        """Run ``fn(conn)`` on the writer thread OUTSIDE a transaction (VACUUM, checkpoints)."""
        return self._writer.call(fn)

    # -- reading --------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[sqlcipher3.Connection]:
        """This thread's read connection, inside one read transaction (one snapshot)."""
        conn: sqlcipher3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed and not self.path.exists():
                # Deleted after closing: connecting anew would make an empty database
                # under the old key.
                raise StoreError("The database is closed.")
            conn = self._connect()
            with self._readers_lock:
                self._readers.append(conn)
            self._local.conn = conn
            self._local.depth = 0
        if self._local.depth:
            self._local.depth += 1
            try:
                yield conn
            finally:
                self._local.depth -= 1
            return
        conn.execute("BEGIN")
        self._local.depth = 1
        try:
            yield conn
        finally:
            self._local.depth = 0
            if conn.in_transaction:
                conn.execute("COMMIT")

    def _connect(self) -> sqlcipher3.Connection:
        """A connection (the writer's or a reader's). A passphrase goes through the KDF once
        per store, here in Python, and every connection then uses the derived raw key: the
        writer and the first reader no longer pay a KDF run each (about 0.4 s apiece)."""
        with self._key_lock:
            known = self._reader_key
            if known is None:
                return self._connect_first()
        return connect(self.path, known)

    def _connect_first(self) -> sqlcipher3.Connection:
        if self._key.is_raw:
            self._reader_key = self._key
            return connect(self.path, self._key)
        salt = b""
        if self.path.exists():
            with self.path.open("rb") as f:
                salt = f.read(SALT_SIZE)
        if len(salt) == SALT_SIZE:
            derived = self._key.derived(salt)
            try:
                conn = connect(self.path, derived)
            except WrongKeyError:  # a wrong passphrase, or KDF settings not SQLCipher 4's
                log.debug("the derived store key did not open the store; trying the KDF")
            else:
                self._reader_key = derived
                return conn
            conn = connect(self.path, self._key)  # WrongKeyError for a wrong passphrase
            self._reader_key = self._key
            return conn
        # A new file: SQLCipher makes the salt; later connections derive from it.
        return connect(self.path, self._key)

    # -- closing --------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close every connection (SQLCipher has crashed at exit with connections left open)."""
        self._closed = True
        self._writer.close()
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn in readers:
            conn.close()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
