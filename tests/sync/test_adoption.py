"""Orphan adoption on a real encrypted store: waiting mail finds its new application."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.store import applications, emails
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.sync.adoption import adopt_orphans
from applytrack_desktop.sync.store_index import StoreIndex
from tests.support.keyrings import MemoryKeyring

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data", keyring_backend=MemoryKeyring())
    yield opened
    opened.close()


def waiting(n: int, company: str, title: str, category: Category, days: float) -> NewEmail:
    """Unattached mail stored before its application existed."""
    return NewEmail(
        account_id=None,
        provider_id=f"p{n}",
        message_id=f"<m{n}@example.com>",
        thread_key=f"t{n}",
        date=T0 + timedelta(days=days),
        subject=f"message {n}",
        category=category,
        confidence=0.95,
        company=company,
        job_title=title,
    )


def adopt(conn: sqlcipher3.Connection, app_id: int, title: str) -> bool:
    return adopt_orphans(conn, StoreIndex(conn), app_id, 0, "acme", "t-receipt", title)


def test_mail_of_the_employer_joins_the_new_application(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[bool, list[int | None]]:
        ids = [
            emails.insert(conn, waiting(1, "Acme", "Data Engineer", Category.INTERVIEW, 3)),
            emails.insert(conn, waiting(2, "Globex", "Data Engineer", Category.REJECTION, 4)),
        ]
        app_id = applications.insert(
            conn, company="Acme", job_title="Data Engineer", created_at=T0, source="email"
        )
        adopted = adopt(conn, app_id, "Data Engineer")
        attached = [e.application_id for i in ids if (e := emails.get(conn, i)) is not None]
        return adopted, [None if a is None else int(a == app_id) for a in attached]

    adopted, attached = store.write(run)
    assert adopted
    assert attached == [1, None]  # Acme's interview joins; Globex's rejection keeps waiting


def test_mail_naming_another_role_keeps_waiting(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[bool, int | None]:
        email_id = emails.insert(conn, waiting(1, "Acme", "Head of Sales", Category.REJECTION, 3))
        app_id = applications.insert(
            conn, company="Acme", job_title="Data Engineer", created_at=T0, source="email"
        )
        adopted = adopt(conn, app_id, "Data Engineer")
        email = emails.get(conn, email_id)
        return adopted, None if email is None else email.application_id

    assert store.write(run) == (False, None)


def test_older_mail_moves_the_applications_start_back(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> datetime | None:
        emails.insert(conn, waiting(1, "Acme", "Data Engineer", Category.INTERVIEW, -5))
        app_id = applications.insert(
            conn,
            company="Acme",
            job_title="Data Engineer",
            status=Status.APPLIED,
            created_at=T0,
            source="email",
        )
        assert adopt(conn, app_id, "Data Engineer")
        app = applications.get(conn, app_id)
        return None if app is None else app.created_at

    assert store.write(run) == T0 - timedelta(days=5)
