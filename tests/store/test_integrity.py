"""A damaged file is reported and kept aside; a wrong or missing key is never a new store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backends import fail

from applytrack_desktop import service_privacy
from applytrack_desktop.core.errors import KeyMissingError, StoreCorruptError, WrongKeyError
from applytrack_desktop.service import Service
from applytrack_desktop.store import keys
from applytrack_desktop.store.db import DB_NAME, Store
from tests.conftest import MemoryKeyring
from tests.store.helpers import sha256
from tests.support.canaries import add_mail

PAGE = 4096


def make_store(data_dir: Path, **kw: object) -> None:
    with Store.open(data_dir, **kw) as store:  # type: ignore[arg-type]
        add_mail(store, 40, days_old=1, label="integ")
        store.maintain(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())


def flip(path: Path, page: int, offset: int) -> None:
    with path.open("r+b") as fh:
        fh.seek((page - 1) * PAGE + offset)
        byte = fh.read(1)
        fh.seek((page - 1) * PAGE + offset)
        fh.write(bytes([byte[0] ^ 0x01]))


def aside_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob(DB_NAME + ".damaged-*"))


def test_one_flipped_byte_is_found_on_demand_and_the_file_kept(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    make_store(data_dir)
    path = data_dir / DB_NAME
    pages = path.stat().st_size // PAGE
    flip(path, pages - 2, 1000)
    damaged_hash = sha256(path)
    service = Service(service_privacy.open_store(data_dir))  # page 1 is fine: it opens

    with pytest.raises(StoreCorruptError) as caught:
        service_privacy.check_integrity(service)

    [aside] = aside_files(data_dir)
    assert sha256(aside) == damaged_hash  # kept byte for byte
    assert str(aside) in caught.value.message
    assert not path.exists()  # never silently replaced: nothing was written in its place


def test_a_damaged_first_page_is_corruption_not_a_wrong_key(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    make_store(data_dir)
    path = data_dir / DB_NAME
    flip(path, 1, 200)
    damaged_hash = sha256(path)
    with pytest.raises(StoreCorruptError):
        service_privacy.open_store(data_dir)
    [aside] = aside_files(data_dir)
    assert sha256(aside) == damaged_hash


def test_a_healthy_store_passes_the_check(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    make_store(data_dir)
    with Service(service_privacy.open_store(data_dir)) as service:
        service_privacy.check_integrity(service)
    assert aside_files(data_dir) == []


def test_a_wrong_passphrase_is_not_taken_for_damage(data_dir: Path, no_keyring: object) -> None:
    make_store(data_dir, passphrase="right one")
    before = sha256(data_dir / DB_NAME)
    with pytest.raises(WrongKeyError):
        service_privacy.open_store(data_dir, passphrase="wrong one")
    assert aside_files(data_dir) == []
    assert sha256(data_dir / DB_NAME) == before


def test_a_missing_keyring_entry_never_makes_a_new_store(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    make_store(data_dir)
    before = sha256(data_dir / DB_NAME)
    memory_keyring.delete_password(keys.SERVICE, keys.keyring_entry_name(data_dir))
    with pytest.raises(KeyMissingError):
        service_privacy.open_store(data_dir)
    with pytest.raises(KeyMissingError):  # another backend now (e.g. the keyring went away)
        service_privacy.open_store(data_dir, keyring_backend=fail.Keyring())
    assert sha256(data_dir / DB_NAME) == before
    assert sorted(os.listdir(data_dir)) == [DB_NAME, keys.MARKER_NAME]
    assert memory_keyring.values == {}  # no new key was made for a new store
