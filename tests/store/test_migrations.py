"""Migrations: schema 1 to schema 2 keeps every row, and an encrypted backup comes first."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import StoreError
from applytrack_desktop.core.models import AccountKind, ChangeCause
from applytrack_desktop.store import (
    accounts,
    activity,
    emails,
    history,
    match_rows,
    migrations,
    review,
    search,
    seen,
)
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import settings as settings_q
from applytrack_desktop.store.connection import connect
from applytrack_desktop.store.db import BACKUP_DIR, Store
from applytrack_desktop.store.keys import SERVICE, StoreKey, keyring_entry_name
from applytrack_desktop.store.migrations import LATEST_VERSION, MIGRATIONS
from tests.conftest import MemoryKeyring

V1_TABLES = (
    "accounts", "applications", "application_ats_ids", "threads", "emails", "status_changes",
    "activity", "review_items", "seen", "settings", "secrets",
)  # fmt: skip


def _fill_v1(conn: sqlcipher3.Connection) -> None:
    account = accounts.insert(conn, AccountKind.IMAP, "me@example.org", settings={"since": "x"})
    accounts.set_cursor(conn, account, "uidvalidity=7;uidnext=42")
    for i in range(30):
        app = apps_q.insert(
            conn,
            company=f"Company {i}",
            job_title=f"Zygomorphic Engineer {i}",
            notes="remember the quokka" if i == 7 else "",
            ats_ids=[f"REQ-{i}"],
        )
        # Raw SQL with schema 1's columns: the query modules follow the latest schema.
        email = conn.execute(
            "INSERT INTO emails (account_id, provider_id, message_id, thread_key, date, subject,"
            " category, confidence, application_id, body_text, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'interview', 0.9, ?, ?, ?)",
            (account, f"7:{i}", f"<m{i}@example.org>", f"t{i}",
             f"2026-01-{1 + i % 28:02d}T00:00:00.000000+00:00", f"Your application {i}", app,
             "let us schedule a xylophone call" if i == 3 else "hello",
             "2026-01-01T00:00:00.000000+00:00"),
        ).lastrowid  # fmt: skip
        history.insert(conn, app, Status.APPLIED, Status.INTERVIEWING, ChangeCause.EMAIL,
                       email_id=email)  # fmt: skip
        activity.insert(conn, "status_changed", f"Moved {i}", application_id=app)
        review.insert(conn, email, "low confidence", suggested_status=Status.INTERVIEWING)
        seen.add(conn, account, f"dropped-{i}")
    settings_q.set_(conn, "retention_days", "30")
    conn.execute("INSERT INTO secrets (name, value) VALUES ('token', 'abc')")


def _columns(conn: sqlcipher3.Connection) -> dict[str, str]:
    return {t: ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in V1_TABLES}


def _dump(
    conn: sqlcipher3.Connection, columns: dict[str, str]
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of schema 1's tables, in schema 1's columns (later schemas may add some)."""
    return {
        t: conn.execute(f"SELECT {columns[t]} FROM {t} ORDER BY 1, 2").fetchall() for t in V1_TABLES
    }


def test_migrations_are_numbered_from_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert LATEST_VERSION >= 2


def test_schema_1_to_2_keeps_all_data(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    store = Store.open(data_dir, schema_target=1)
    store.write(_fill_v1)
    with store.read() as conn:
        assert migrations.schema_version(conn) == 1
        v1_columns = _columns(conn)
        before = _dump(conn, v1_columns)
    store.close()
    assert sum(len(rows) for rows in before.values()) > 150

    store = Store.open(data_dir)  # migrates to the latest schema
    try:
        with store.read() as conn:
            assert migrations.schema_version(conn) == LATEST_VERSION
            assert _dump(conn, v1_columns) == before
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            # Schema 2's search covers the rows stored under schema 1.
            found = apps_q.list_(conn, apps_q.Filter(text="quokka"))
            assert [a.company for a in found] == ["Company 7"]
            by_mail = apps_q.list_(conn, apps_q.Filter(text="xylophone"))
            assert [a.company for a in by_mail] == ["Company 3"]
    finally:
        store.close()

    # An encrypted copy of schema 1 was taken first, with the same key.
    backups = list((data_dir / BACKUP_DIR).iterdir())
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    key = StoreKey.raw(memory_keyring.values[(SERVICE, keyring_entry_name(data_dir))])
    copy = connect(backups[0], key)
    try:
        assert migrations.schema_version(copy) == 1
        assert _dump(copy, v1_columns) == before
    finally:
        copy.close()


def test_no_backup_for_a_new_store(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    Store.open(data_dir).close()
    assert not (data_dir / BACKUP_DIR).exists()


def test_store_from_a_newer_version_is_refused(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir)
    store.write(lambda c: apps_q.insert(c, company="Acme", job_title="x"))
    store._writer.call(lambda c: c.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}"))
    store.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(data_dir)


def test_a_failing_migration_changes_nothing(
    data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(data_dir, schema_target=1)
    store.write(lambda c: apps_q.insert(c, company="Acme", job_title="x"))
    broken = migrations.Migration(2, "broken", "CREATE TABLE extra (x);\nSELECT * FROM nowhere;")
    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], broken))
    with pytest.raises(sqlcipher3.OperationalError):
        store.migrate(2)
    with store.read() as conn:
        assert migrations.schema_version(conn) == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables
        assert apps_q.count(conn) == 1
    store.close()


def test_backup_of_a_passphrase_store(data_dir: Path, no_keyring: object) -> None:
    store = Store.open(data_dir, passphrase="pw")
    try:
        store.write(lambda c: apps_q.insert(c, company="Acme", job_title="x"))
        copy_path = store.backup()
    finally:
        store.close()
    assert copy_path.parent == data_dir / BACKUP_DIR
    copy = connect(copy_path, StoreKey.passphrase("pw"))
    try:
        assert migrations.schema_version(copy) == LATEST_VERSION
        assert [a.company for a in apps_q.list_(copy)] == ["Acme"]  # FTS tables copied too
        assert apps_q.count(copy, apps_q.Filter(text="acme")) == 1
    finally:
        copy.close()


def test_schema_3_to_4_indexes_matching_lookups(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir, schema_target=3)
    store.write(_fill_v1)
    with store.read() as conn:
        v3_columns = _columns(conn)
        before = _dump(conn, v3_columns)
    store.close()

    store = Store.open(data_dir, schema_target=4)
    try:
        with store.read() as conn:
            assert migrations.schema_version(conn) == 4
            assert _dump(conn, v3_columns) == before
            plan = conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM emails INDEXED BY emails_orphan_threads"
                " WHERE application_id IS NULL AND user_unmatched = 0 AND thread_key = ?",
                ("t1",),
            ).fetchall()
            assert "emails_orphan_threads" in str(plan)
            plan = conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM applications"
                " WHERE replace(company_norm, ' ', '') = ?",
                ("company7",),
            ).fetchall()
            assert "applications_company_compact" in str(plan)
            found = match_rows.compact(conn, "company 7")
            assert [(title, status) for _id, title, status, _at in found] == [
                ("Zygomorphic Engineer 7", Status.APPLIED)
            ]
    finally:
        store.close()


def test_schema_4_to_5_keeps_indexing_single_inserts(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir, schema_target=4)
    store.write(_fill_v1)
    store.close()
    store = Store.open(data_dir, schema_target=5)
    try:
        store.write(lambda c: c.execute(
            "INSERT INTO emails (provider_id, date, subject, category, confidence, body_text,"
            " created_at) VALUES ('x', '2026-02-01T00:00:00.000000+00:00', 'Hi',"
            " 'interview', 0.9, 'a marsupial mole', '2026-02-01T00:00:00.000000+00:00')"
        ))  # fmt: skip
        with store.read() as conn:
            assert migrations.schema_version(conn) == 5
            assert len(search.email_ids(conn, "marsupial")) == 1
            assert len(search.email_ids(conn, "xylophone")) == 1  # indexed under schema 1
    finally:
        store.close()


def _fill_matching(conn: sqlcipher3.Connection) -> None:
    """Mail matching looks up: unattached mail of two companies, attached mail from senders
    in mixed case, several emails of one application on one date (read in id order)."""
    apps = [apps_q.insert(conn, company=f"Acme {i}", job_title="Data Engineer") for i in range(3)]
    for i in range(24):
        attached = i % 3 != 0
        conn.execute(
            "INSERT INTO emails (provider_id, message_id, thread_key, application_id, date,"
            " subject, category, confidence, company, company_norm, job_title, ats_ids,"
            " sender_address, interview_at, body_text, created_at)"
            " VALUES (?, ?, ?, ?, ?, 's', ?, ?, ?, ?, 'Data Engineer', ?, ?, ?, 'b', ?)",
            (f"p{i}", f"<p{i}@example.org>", f"t{i % 5}", apps[i % 3] if attached else None,
             f"2026-02-{1 + i % 4:02d}T00:00:00.000000+00:00",
             ("interview", "rejection", "confirmation")[i % 3], 0.5 + i / 100,
             "Acme" if i % 2 else "Initech", "acme" if i % 2 else "initech",
             '["R-1"]' if i % 4 == 0 else "[]", ("Ann@Acme.com", "bob@acme.com")[i % 2],
             "2026-03-01T10:00:00.000000+00:00" if i % 6 == 0 else None,
             "2026-02-01T00:00:00.000000+00:00"),
        )  # fmt: skip


def _matching_answers(conn: sqlcipher3.Connection) -> list[object]:
    app_ids = [r[0] for r in conn.execute("SELECT id FROM applications ORDER BY id")]
    when = datetime(2026, 2, 3, tzinfo=UTC)
    return [
        emails.orphans(conn, "acme"),
        emails.orphans(conn, "initech", ("t1", "t2")),
        [emails.status_events(conn, a) for a in app_ids],
        emails.applications_with_sender(conn, "ann@acme.com", app_ids),
        emails.applications_with_sender(conn, "BOB@acme.com", app_ids),
        emails.last_mail_before(conn, app_ids, when),
        [apps_q.get(conn, a) for a in app_ids],  # its mail count
    ]


def test_schema_7_to_8_answers_matching_from_indexes_alone(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir, schema_target=7)
    store.write(_fill_v1)
    store.write(_fill_matching)
    with store.read() as conn:
        v7_columns = _columns(conn)
        before = _dump(conn, v7_columns)
        answers = _matching_answers(conn)
    store.close()
    assert answers[0] and answers[3] and answers[5]  # the data exercises each look-up

    store = Store.open(data_dir, schema_target=8)
    try:
        with store.read() as conn:
            assert migrations.schema_version(conn) == 8
            assert _dump(conn, v7_columns) == before
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            traced: list[str] = []
            conn.set_trace_callback(traced.append)  # the statements, values bound in
            try:
                assert _matching_answers(conn) == answers
            finally:
                conn.set_trace_callback(None)
            plans = {
                sql: " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
                for sql in traced
                # One thread's unattached mail is a few rows: read from the table, as before.
                if "FROM emails" in sql and "emails_orphan_threads" not in sql
            }
    finally:
        store.close()
    assert len(plans) >= 5
    for sql, plan in plans.items():
        assert "COVERING INDEX" in plan and "SCAN emails" not in plan, (sql, plan)


def _fill_receipts(conn: sqlcipher3.Connection) -> None:
    """Receipts naming a role but no employer (two titles, many of each), and mail like them
    that is not one: with an employer, attached, or no receipt."""
    app = apps_q.insert(conn, company="Acme", job_title="Data Engineer")
    for i in range(40):
        conn.execute(
            "INSERT INTO emails (provider_id, date, subject, category, confidence, company,"
            " company_norm, job_title, application_id, created_at)"
            " VALUES (?, ?, 's', ?, 0.9, ?, ?, ?, ?, '2026-02-01T00:00:00.000000+00:00')",
            (f"r{i}", f"2026-02-{1 + i % 9:02d}T00:00:00.000000+00:00",
             "interview" if i % 10 == 9 else "confirmation",
             "Acme" if i % 10 == 8 else "", "acme" if i % 10 == 8 else "",
             ("Pricing Analyst", "Supply Planner")[i % 2], app if i % 10 == 7 else None),
        )  # fmt: skip


def test_schema_8_to_9_reads_receipts_by_title_from_the_index(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = Store.open(data_dir, schema_target=8)
    store.write(_fill_v1)
    store.write(_fill_receipts)

    def fits(title: str) -> bool:
        return title.startswith("Pricing")

    with store.read() as conn:
        v8_columns = _columns(conn)
        before = _dump(conn, v8_columns)
        everything = emails.receipts_without_employer(conn)
        fitting = emails.receipts_without_employer(conn, fits)
    store.close()
    assert len(everything) == 28 and len(fitting) == 16

    store = Store.open(data_dir, schema_target=9)
    asked: list[str] = []
    traced: list[str] = []
    try:
        with store.read() as conn:
            assert migrations.schema_version(conn) == 9
            assert _dump(conn, v8_columns) == before
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert emails.receipts_without_employer(conn) == everything
            conn.set_trace_callback(traced.append)
            try:
                again = emails.receipts_without_employer(conn, lambda t: asked.append(t) or fits(t))
            finally:
                conn.set_trace_callback(None)
            plans = [
                " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
                for sql in traced
            ]
    finally:
        store.close()
    assert again == fitting
    assert sorted(asked) == ["Pricing Analyst", "Supply Planner"]  # once per title
    titles, rows = plans
    assert "COVERING INDEX emails_receipts_without_employer" in titles, titles
    assert "TEMP B-TREE" not in titles, titles  # already in (date, id) order
    assert rows.startswith("SEARCH emails USING INTEGER PRIMARY KEY"), rows
    assert traced[1].partition(" IN (")[2].count(",") == len(fitting) - 1  # fitting rows only
