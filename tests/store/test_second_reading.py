"""Schema 10: each stored email keeps the classifier's second choice, for a later reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.core.enums import Category
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import emails, migrations
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from tests.conftest import MemoryKeyring

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _mail(pid: str, app: int | None, days: float, **kw: object) -> NewEmail:
    base: dict[str, object] = {
        "account_id": None,
        "provider_id": pid,
        "message_id": f"<{pid}@example.org>",
        "thread_key": f"thread-{pid}",
        "date": T0 + timedelta(days=days),
        "subject": f"Subject {pid}",
        "category": Category.CONFIRMATION,
        "confidence": 0.7,
        "application_id": app,
    }
    return NewEmail(**(base | kw))  # type: ignore[arg-type]


def test_confirmations_after_a_date_come_with_their_second_choice(store: Store) -> None:
    def fill(conn: sqlcipher3.Connection) -> tuple[int, ...]:
        app = apps_q.insert(conn, company="Acme", job_title="Data Engineer")
        other = apps_q.insert(conn, company="Initech", job_title="Data Engineer")
        second = {"runner_up": Category.OFFER, "runner_up_confidence": 0.8}
        return (
            emails.insert(conn, _mail("early", app, 0, **second)),
            emails.insert(conn, _mail("late", app, 30, **second)),
            emails.insert(conn, _mail("none", app, 31)),  # no second choice
            emails.insert(conn, _mail("answer", app, 32, category=Category.INTERVIEW, **second)),
            emails.insert(conn, _mail("elsewhere", other, 33, **second)),
            app,
        )

    _, late, _, _, _, app = store.write(fill)
    with store.read() as conn:
        found = emails.confirmations_after(conn, app, T0 + timedelta(days=1))
    assert [(r.id, r.date, r.confidence, r.runner_up, r.runner_up_confidence) for r in found] == [
        (late, T0 + timedelta(days=30), 0.7, Category.OFFER, 0.8)
    ]


def test_set_category_rereads_one_email_and_never_stores_not_job(store: Store) -> None:
    email_id = store.write(lambda conn: emails.insert(conn, _mail("m", None, 0)))
    store.write(lambda conn: emails.set_category(conn, email_id, Category.REJECTION, 0.6))
    with store.read() as conn:
        got = emails.get(conn, email_id)
    assert got is not None and (got.category, got.confidence) == (Category.REJECTION, 0.6)
    with pytest.raises(ValueError, match="never stored"):
        store.write(lambda conn: emails.set_category(conn, email_id, Category.NOT_JOB, 0.9))


def test_schema_9_to_10_keeps_the_mail_with_no_second_choice(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir, schema_target=9)
    store.write(
        lambda conn: conn.execute(
            "INSERT INTO emails (provider_id, date, subject, category, confidence, created_at)"
            " VALUES ('p', '2026-03-01T00:00:00.000000+00:00', 's', 'confirmation', 0.7,"
            " '2026-03-01T00:00:00.000000+00:00')"
        )
    )
    store.close()
    store = Store.open(data_dir, schema_target=10)
    try:
        with store.read() as conn:
            assert migrations.schema_version(conn) == 10
            row = conn.execute(
                "SELECT category, confidence, runner_up, runner_up_confidence FROM emails"
            ).fetchall()
        assert row == [("confirmation", 0.7, None, 0.0)]
    finally:
        store.close()
