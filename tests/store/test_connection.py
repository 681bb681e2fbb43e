"""The database file is encrypted, and a wrong key or passphrase changes nothing in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from applytrack_desktop.core.errors import WrongKeyError
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store.connection import BUSY_TIMEOUT_ENV, connect
from applytrack_desktop.store.db import DB_NAME, Store
from applytrack_desktop.store.keys import StoreKey, new_raw_key
from tests.conftest import MemoryKeyring
from tests.store.helpers import sha256


def _filled_store(data_dir: Path, **kwargs: object) -> Path:
    store = Store.open(data_dir, **kwargs)  # type: ignore[arg-type]
    try:
        store.write(lambda c: apps_q.insert(c, company="Plaintext Corp", job_title="Needle"))
    finally:
        store.close()
    return data_dir / DB_NAME


def test_file_is_not_plain_sqlite(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    path = _filled_store(data_dir)
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Plaintext Corp" not in raw
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        plain.close()


def test_wrong_raw_key_leaves_file_untouched(
    data_dir: Path, memory_keyring: MemoryKeyring, capfd: pytest.CaptureFixture[str]
) -> None:
    path = _filled_store(data_dir)
    before = sha256(path)
    with pytest.raises(WrongKeyError):
        connect(path, new_raw_key())
    assert sha256(path) == before
    # SQLCipher's own log lines are silenced (they would reach the user's terminal).
    assert "ERROR" not in capfd.readouterr().err


def test_wrong_passphrase_leaves_file_untouched(data_dir: Path, no_keyring: object) -> None:
    path = _filled_store(data_dir, passphrase="right horse battery staple")
    before = sha256(path)
    with pytest.raises(WrongKeyError):
        Store.open(data_dir, passphrase="wrong horse")
    assert sha256(path) == before
    store = Store.open(data_dir, passphrase="right horse battery staple")
    try:
        with store.read() as conn:
            assert [a.company for a in apps_q.list_(conn)] == ["Plaintext Corp"]
    finally:
        store.close()


def test_connection_pragmas(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    store = Store.open(data_dir)
    try:
        with store.read() as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
            assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        store.close()


def _busy_timeout_ms(path: Path, key: StoreKey) -> int:
    conn = connect(path, key)
    try:
        return int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    finally:
        conn.close()


def test_busy_timeout_is_ten_seconds_unless_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = tmp_path / "fresh.db", new_raw_key()
    monkeypatch.delenv(BUSY_TIMEOUT_ENV, raising=False)
    assert _busy_timeout_ms(path, key) == 10_000  # the product's wait for another process's lock
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "1.5")  # what a test holding the lock sets
    assert _busy_timeout_ms(path, key) == 1_500
    for nonsense in ("", "soon", "0", "-1", "nan", "inf", "86400"):
        monkeypatch.setenv(BUSY_TIMEOUT_ENV, nonsense)
        assert _busy_timeout_ms(path, key) == 10_000, nonsense


def test_passphrase_with_quotes_round_trips(data_dir: Path, no_keyring: object) -> None:
    tricky = "it's \"quoted\" x'00'"
    _filled_store(data_dir, passphrase=tricky)
    conn = connect(data_dir / DB_NAME, StoreKey.passphrase(tricky))
    try:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 1
    finally:
        conn.close()


def test_passphrase_readers_use_the_derived_key(data_dir: Path, no_keyring: object) -> None:
    _filled_store(data_dir, passphrase="slow to derive")
    salt = (data_dir / DB_NAME).read_bytes()[:16]
    derived = StoreKey.passphrase("slow to derive").derived(salt)
    assert derived.is_raw and len(derived.secret) == 96  # key + salt, in hex
    conn = connect(data_dir / DB_NAME, derived)  # opens without the KDF
    conn.close()
    with pytest.raises(WrongKeyError):
        connect(data_dir / DB_NAME, StoreKey.passphrase("other").derived(salt))
    store = Store.open(data_dir, passphrase="slow to derive")
    try:
        with store.read() as conn:
            assert apps_q.count(conn) == 1
        assert store._reader_key == derived
    finally:
        store.close()
