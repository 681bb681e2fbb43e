"""Retention: old bodies leave the tables, the search index and every page of the file."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store import keys, scrub, search
from applytrack_desktop.store import settings as settings_q
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync import retention
from applytrack_desktop.sync.pipeline import PipelineSettings
from applytrack_desktop.sync.runtime import SyncRuntime
from tests.conftest import MemoryKeyring
from tests.support.canaries import add_mail
from tests.support.pages import found, plaintext_of_store


@pytest.fixture
def store(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Store]:
    s = Store.open(data_dir)
    try:
        yield s
    finally:
        s.close()


def raw_key(store: Store, keyring: MemoryKeyring) -> str:
    value = keyring.get_password(keys.SERVICE, keys.keyring_entry_name(store.data_dir))
    assert value is not None
    return value


def test_purge_removes_old_bodies_from_every_page(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    # Kept mail stored before AND after the old mail: the old terms then share FTS5
    # segments with live ones, which only an 'optimize' rewrites (checked: without it,
    # every old canary is still in the file after VACUUM).
    new = add_mail(store, 30, days_old=10, label="new")
    old = add_mail(store, 30, days_old=120, label="old")
    new += add_mail(store, 30, days_old=5, label="newer")
    key = raw_key(store, memory_keyring)
    store.maintain(lambda conn: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
    before = plaintext_of_store(store.path, key)
    assert found(before, old) == old  # the detector sees them while they are there

    result = retention.purge(store, 90)

    assert result.purged == 30
    assert result.scrub is not None and result.scrub.wal_emptied
    plain = plaintext_of_store(store.path, key)
    assert found(plain, old) == []
    assert found(plain, new) == new  # kept mail keeps its body
    with store.read() as conn:
        assert search.email_ids(conn, old[0]) == []
        assert len(search.email_ids(conn, new[0])) == 1
        rows = conn.execute(
            "SELECT subject, company, body_text, body_html FROM emails WHERE provider_id = 'old-3'"
        ).fetchall()
        assert rows == [("Interview for role 3", "Acme", None, None)]  # metadata stays
        assert emails_q.count(conn) == 90


def test_purge_uses_the_retention_setting_and_says_what_it_did(store: Store) -> None:
    add_mail(store, 3, days_old=40, label="forty")
    assert retention.purge(store).purged == 0  # default 90 days
    store.write(lambda conn: settings_q.set_(conn, "retention_days", "30"))
    result = retention.purge(store)
    assert result.purged == 3
    assert result.older_than_days == 30
    assert result.summary().startswith("Purged 3 email bodies older than 30 days")
    again = retention.purge(store)
    assert again.purged == 0 and again.scrub is None  # nothing new: no VACUUM
    assert "nothing to do" in again.summary()


def test_purge_rejects_a_negative_age(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        retention.purge(store, -1)


def test_an_interrupted_purge_is_scrubbed_by_the_next_run(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    old = add_mail(store, 5, days_old=200, label="crash")

    def purge_without_scrub(conn: sqlcipher3.Connection) -> int:
        count = emails_q.purge_bodies(conn, retention.now_utc())
        scrub.mark_needed(conn)
        return count

    store.write(purge_without_scrub)  # "crashed" right after the commit
    assert scrub.is_needed(store)
    result = retention.purge(store)
    assert result.purged == 0 and result.scrub is not None
    assert not scrub.is_needed(store)
    assert found(plaintext_of_store(store.path, raw_key(store, memory_keyring)), old) == []


def test_daily_retention_runs_the_purge_on_its_own_thread(store: Store) -> None:
    add_mail(store, 4, days_old=365, label="daily")
    daily = retention.DailyRetention(store, first_run_in=0.0)
    daily.start()
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with store.read() as conn:
                left = conn.execute(
                    "SELECT count(*) FROM emails WHERE body_text IS NOT NULL"
                ).fetchone()[0]
            if left == 0:
                break
            time.sleep(0.05)
        assert left == 0
        next_run = daily.next_run()
        assert next_run is not None
    finally:
        daily.shutdown()


def test_the_background_runtime_schedules_the_daily_purge(store: Store) -> None:
    runtime = SyncRuntime(store, PipelineSettings, interval_seconds=300)
    runtime.start()
    try:
        next_run = runtime.retention.next_run()
        assert next_run is not None
        wait = (next_run - datetime.now(UTC)).total_seconds()
        assert 0 < wait <= 600  # soon after start, never during it
    finally:
        runtime.shutdown()
