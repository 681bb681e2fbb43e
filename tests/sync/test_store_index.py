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


def test_answers_are_remembered_until_forget(store: Store) -> None:
    def work(conn: sqlcipher3.Connection) -> tuple[int, int, int, int]:
        first = applications.insert(conn, company="Acme", job_title="QA", status=Status.APPLIED)
        index = StoreIndex(conn)
        before = len(index.applications_for_company("acme"))
        second = applications.insert(conn, company="Acme", job_title="SRE", status=Status.APPLIED)
        remembered = len(index.applications_for_company("acme"))
        index.forget()  # what the pipeline does after creating an application
        after = [c.id for c in index.applications_for_company("acme")]
        assert after == [first, second]
        return before, remembered, len(after), second

    before, remembered, after, _ = store.write(work)
    assert (before, remembered, after) == (1, 1, 2)


def test_candidate_by_id_follows_a_status_change_after_forget(store: Store) -> None:
    def work(conn: sqlcipher3.Connection) -> tuple[Status, Status, None]:
        app = applications.insert(conn, company="Acme", job_title="QA", status=Status.APPLIED)
        index = StoreIndex(conn)
        first = index.candidate(app)
        applications.set_status(conn, app, Status.INTERVIEWING)
        index.forget()
        second = index.candidate(app)
        assert first is not None and second is not None
        return first.status, second.status, index.candidate(app + 1000)

    assert store.write(work) == (Status.APPLIED, Status.INTERVIEWING, None)


def test_senders_and_active_titles(store: Store) -> None:
    from datetime import UTC, datetime

    from applytrack_desktop.core.enums import Category
    from applytrack_desktop.store import emails
    from applytrack_desktop.store.emails import NewEmail

    def work(conn: sqlcipher3.Connection) -> tuple[list[int], list[int], list[str], list[str]]:
        a = applications.insert(conn, company="Acme", job_title="QA", status=Status.APPLIED)
        b = applications.insert(conn, company="Acme", job_title="", status=Status.APPLIED)
        applications.insert(conn, company="Acme", job_title="SRE", status=Status.REJECTED)
        when = datetime(2026, 5, 1, tzinfo=UTC)
        emails.insert(
            conn,
            NewEmail(None, "p1", "<1@x>", "t1", when, "s", Category.INTERVIEW, 0.9,
                     sender_address="Mei@Acme.com", application_id=a),
        )  # fmt: skip
        index = StoreIndex(conn)
        mei = index.applications_with_sender("mei@acme.com", [a, b])
        other = index.applications_with_sender("mei@acme.com", [b])
        last = index.last_mail_before([a, b], when)
        none_yet = index.last_mail_before([a], datetime(2026, 4, 30, tzinfo=UTC))
        assert (last, none_yet) == ({a: when}, {})
        before = [c.job_title for c in index.active_candidates()]
        applications.set_status(conn, a, Status.REJECTED)
        index.forget()
        after = [c.job_title for c in index.active_candidates()]
        return mei, other, before, after

    mei, other, before, after = store.write(work)
    assert (len(mei), other) == (1, [])
    assert (before, after) == (["QA"], [])  # titled, active applications only
