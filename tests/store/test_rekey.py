"""Key rotation and passphrase change: old key out, new key in, nothing lost, crash-safe."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from applytrack_desktop.core.errors import InvalidInputError, WrongKeyError
from applytrack_desktop.store import keys, rekey
from applytrack_desktop.store.connection import connect
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.keys import StoreKey
from tests.conftest import MemoryKeyring, SecretService
from tests.support.canaries import add_mail

ROOT = Path(__file__).resolve().parents[2]
KILL_ROUNDS = 6


def current_key(backend: MemoryKeyring | SecretService, data_dir: Path) -> str | None:
    if isinstance(backend, SecretService):
        return backend.get(keys.SERVICE, keys.keyring_entry_name(data_dir))
    return backend.get_password(keys.SERVICE, keys.keyring_entry_name(data_dir))


def count_emails(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute("SELECT count(*) FROM emails").fetchone()[0])


def test_rotation_replaces_the_key_and_keeps_the_data(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    with Store.open(data_dir) as store:
        add_mail(store, 50, days_old=1, label="rot")
    old = current_key(memory_keyring, data_dir)
    assert old is not None

    rekey.rotate_raw_key(data_dir, memory_keyring)

    new = current_key(memory_keyring, data_dir)
    assert new is not None and new != old
    assert memory_keyring.get_password(keys.SERVICE, rekey.pending_entry_name(data_dir)) is None
    with pytest.raises(WrongKeyError):
        connect(data_dir / "applytrack.db", StoreKey.raw(old)).close()
    with Store.open(data_dir) as store:
        assert count_emails(store) == 50
        with store.read() as conn:
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []


def test_an_interrupted_rotation_is_finished_or_undone_on_open(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    with Store.open(data_dir) as store:
        add_mail(store, 5, days_old=1, label="pend")
    old = current_key(memory_keyring, data_dir)
    assert old is not None
    pending = keys.new_raw_key()
    name, pending_name = keys.keyring_entry_name(data_dir), rekey.pending_entry_name(data_dir)

    # Crash after the pending key was saved, before the file changed: the old key stays.
    memory_keyring.set_password(keys.SERVICE, pending_name, pending.secret)
    rekey.resolve_pending(data_dir, memory_keyring)
    assert current_key(memory_keyring, data_dir) == old
    assert memory_keyring.get_password(keys.SERVICE, pending_name) is None

    # Crash after the rekey committed, before the keyring swap: the pending key is promoted.
    memory_keyring.set_password(keys.SERVICE, pending_name, pending.secret)
    rekey.rekey_file(data_dir / "applytrack.db", StoreKey.raw(old), pending)
    rekey.resolve_pending(data_dir, memory_keyring)
    assert memory_keyring.get_password(keys.SERVICE, name) == pending.secret
    assert memory_keyring.get_password(keys.SERVICE, pending_name) is None
    with Store.open(data_dir) as store:
        assert count_emails(store) == 5


def test_passphrase_change(data_dir: Path, no_keyring: object) -> None:
    with Store.open(data_dir, passphrase="first secret") as store:
        add_mail(store, 3, days_old=1, label="pass")
    with pytest.raises(WrongKeyError):
        rekey.change_passphrase(data_dir, "not it", "second secret")
    rekey.change_passphrase(data_dir, "first secret", "second secret")
    with pytest.raises(WrongKeyError):
        Store.open(data_dir, passphrase="first secret")
    with Store.open(data_dir, passphrase="second secret") as store:
        assert count_emails(store) == 3
    with pytest.raises(InvalidInputError):
        rekey.rotate_raw_key(data_dir, MemoryKeyring())  # a passphrase store has no raw key


@pytest.mark.slow
def test_rotation_killed_part_way_opens_with_the_old_or_new_key(
    data_dir: Path, secret_service: SecretService
) -> None:
    backend = secret_service.backend
    with Store.open(data_dir, keyring_backend=backend) as store:
        for batch in range(20):  # ~4 MB: a rekey takes long enough to be cut in the middle
            add_mail(store, 200, days_old=1, label=f"k{batch}")
    rng = random.Random(20261126)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rotations = 0
    for _ in range(KILL_ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.store.rekey_child", str(data_dir)],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.8))
        child.send_signal(signal.SIGKILL)
        rotations += child.stdout.read().count(b"rotated")
        child.stdout.close()
        child.wait()
        assert child.returncode == -signal.SIGKILL

        rekey.resolve_pending(data_dir, backend)
        with Store.open(data_dir, keyring_backend=backend) as store:
            assert count_emails(store) == 4000
            with store.read() as conn:
                assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert backend.get_password(keys.SERVICE, rekey.pending_entry_name(data_dir)) is None
    assert rotations > 0  # the child did rotate between the kills
