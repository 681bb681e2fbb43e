"""Choosing the key: the keyring when there is one, a passphrase otherwise, never a new
empty store over an old one whose key has gone missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backends import fail

from applytrack_desktop.core.errors import KeyMissingError, PassphraseRequiredError
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store.db import DB_NAME, Store
from applytrack_desktop.store.keys import (
    MARKER_NAME,
    SERVICE,
    KeySource,
    keyring_entry_name,
    keyring_usable,
)
from tests.conftest import MemoryKeyring
from tests.store.helpers import sha256


def test_new_store_keeps_a_random_raw_key_in_the_keyring(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir)
    store.close()
    secret = memory_keyring.values[(SERVICE, keyring_entry_name(data_dir))]
    assert len(secret) == 64 and int(secret, 16) >= 0
    marker = json.loads((data_dir / MARKER_NAME).read_text())
    assert marker == {"key_source": "keyring", "format": 1}
    # The key is in no file of the data folder, in hex or as bytes.
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert secret.encode() not in content
            assert bytes.fromhex(secret) not in content


def test_two_folders_get_two_keys(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    for name in ("a", "b"):
        Store.open(tmp_path / name).close()
    keys = {v for (service, _), v in memory_keyring.values.items() if service == SERVICE}
    assert len(keys) == 2


def test_missing_keyring_entry_is_reported_not_replaced(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir)
    store.write(lambda c: apps_q.insert(c, company="Acme", job_title="Engineer"))
    store.close()
    before = sha256(data_dir / DB_NAME)
    memory_keyring.values.clear()
    with pytest.raises(KeyMissingError):
        Store.open(data_dir)
    assert sha256(data_dir / DB_NAME) == before
    assert memory_keyring.values == {}  # no new key was made


def test_keyring_store_without_a_keyring_now(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    Store.open(data_dir).close()
    with pytest.raises(KeyMissingError):
        Store.open(data_dir, passphrase="anything", keyring_backend=fail.Keyring())


def test_no_keyring_and_no_passphrase(data_dir: Path, no_keyring: object) -> None:
    with pytest.raises(PassphraseRequiredError):
        Store.open(data_dir)
    assert not (data_dir / DB_NAME).exists()


def test_passphrase_from_the_environment(
    data_dir: Path, no_keyring: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPLYTRACK_PASSPHRASE", "from env")
    store = Store.open(data_dir)
    assert store.key_source is KeySource.PASSPHRASE
    store.close()
    marker = json.loads((data_dir / MARKER_NAME).read_text())
    assert marker["key_source"] == "passphrase"
    monkeypatch.delenv("APPLYTRACK_PASSPHRASE")
    with pytest.raises(PassphraseRequiredError):
        Store.open(data_dir)
    Store.open(data_dir, passphrase="from env").close()


def test_passphrase_store_stays_passphrase_when_a_keyring_appears(
    data_dir: Path, no_keyring: object
) -> None:
    Store.open(data_dir, passphrase="pw").close()
    backend = MemoryKeyring()
    with pytest.raises(PassphraseRequiredError):
        Store.open(data_dir, keyring_backend=backend)
    store = Store.open(data_dir, passphrase="pw", keyring_backend=backend)
    assert store.key_source is KeySource.PASSPHRASE
    store.close()
    assert backend.values == {}


def test_keyring_usable() -> None:
    assert not keyring_usable(fail.Keyring())
    assert keyring_usable(MemoryKeyring())


def test_a_deleted_database_starts_afresh(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    Store.open(data_dir).close()
    for name in ("", "-wal", "-shm"):
        (data_dir / f"{DB_NAME}{name}").unlink(missing_ok=True)
    memory_keyring.values.clear()
    store = Store.open(data_dir)  # the marker alone does not block a new store
    try:
        assert store.key_source is KeySource.KEYRING
        assert len(memory_keyring.values) == 1
    finally:
        store.close()
