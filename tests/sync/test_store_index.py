"""The matcher's store lookups: exact company keys first, the space-free form as a fallback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.store import applications
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.store_index import StoreIndex
from tests.support.keyrings import MemoryKeyring


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data", keyring_backend=MemoryKeyring())
    yield s
    s.close()


def lookup(store: Store, *companies: tuple[str, str], query: str) -> list[tuple[str, str]]:
    def work(conn: sqlcipher3.Connection) -> list[tuple[str, str]]:
        for company, title in companies:
            applications.insert(conn, company=company, job_title=title, status=Status.APPLIED)
        found = StoreIndex(conn).applications_for_company(query)
        titles = {a.id: (a.company, a.job_title) for a in applications.list_(conn)}
        return [titles[c.id] for c in found]

    return store.write(work)


def test_a_domain_stem_finds_the_spaced_name(store: Store) -> None:
    found = lookup(
        store, ("Harbor Biosciences", "Analyst"), ("Acme", "QA"), query="harborbiosciences"
    )
    assert found == [("Harbor Biosciences", "Analyst")]


def test_a_spaced_name_finds_an_application_made_from_a_domain_stem(store: Store) -> None:
    found = lookup(store, ("Northgatefreight", "Driver"), query="northgate freight")
    assert found == [("Northgatefreight", "Driver")]


def test_an_exact_match_wins_over_the_space_free_form(store: Store) -> None:
    found = lookup(store, ("Pied Piper", "Engineer"), ("Piedpiper", "Designer"), query="pied piper")
    assert found == [("Pied Piper", "Engineer")]


def test_the_fallback_never_matches_a_longer_name(store: Store) -> None:
    assert lookup(store, ("Metaverse Labs", "Engineer"), query="meta") == []
