"""The keyring path against a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from applytrack_desktop.core.errors import KeyMissingError
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store.db import DB_NAME, Store
from applytrack_desktop.store.keys import SERVICE, KeySource, keyring_entry_name
from tests.conftest import SecretService
from tests.store.helpers import sha256


def test_store_key_lives_in_the_secret_service(
    data_dir: Path, secret_service: SecretService
) -> None:
    backend = secret_service.backend
    store = Store.open(data_dir, keyring_backend=backend)
    assert store.key_source is KeySource.KEYRING
    store.write(lambda c: apps_q.insert(c, company="Initech", job_title="TPS Reports"))
    store.close()

    entry = secret_service.get(SERVICE, keyring_entry_name(data_dir))
    assert entry is not None and len(entry) == 64

    store = Store.open(data_dir, keyring_backend=backend)
    try:
        with store.read() as conn:
            assert [a.company for a in apps_q.list_(conn)] == ["Initech"]
    finally:
        store.close()

    before = sha256(data_dir / DB_NAME)
    backend.delete_password(SERVICE, keyring_entry_name(data_dir))
    with pytest.raises(KeyMissingError):
        Store.open(data_dir, keyring_backend=backend)
    assert sha256(data_dir / DB_NAME) == before
