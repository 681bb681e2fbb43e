"""A fresh store per test (raw key in an in-memory keyring: no KDF wait)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from applytrack_desktop.store.db import Store
from tests.conftest import MemoryKeyring


@pytest.fixture
def store(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Store]:
    s = Store.open(data_dir)
    try:
        yield s
    finally:
        s.close()
