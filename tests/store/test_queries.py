"""The typed queries the sync pipeline and the service build on."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.models import AccountKind, AccountState, ReviewState
from applytrack_desktop.store import (
    accounts,
    activity,
    emails,
    match_rows,
    review,
    search,
    seen,
    threads,
)
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import settings as settings_q
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.secrets import StoreSecrets
from applytrack_desktop.store.timeutil import from_db, to_db

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _mail(account: int | None, pid: str, **kw: object) -> NewEmail:
    base: dict[str, object] = {
        "account_id": account,
        "provider_id": pid,
        "message_id": f"<{pid}@example.org>",
        "thread_key": f"thread-{pid}",
        "date": T0,
        "subject": f"Subject {pid}",
        "category": Category.CONFIRMATION,
        "confidence": 0.95,
    }
    return NewEmail(**(base | kw))  # type: ignore[arg-type]


def test_email_round_trips_every_field(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> int:
        acc = accounts.insert(conn, AccountKind.GMAIL, "me@gmail.com")
        app = apps_q.insert(conn, company="Acme", job_title="Data Engineer")
        new = _mail(
            acc, "g1", application_id=app, sender_name="Ann", sender_address="ann@acme.com",
            company="Acme", job_title="Data Engineer", ats="greenhouse", ats_ids=("R-1", "R-2"),
            sentiment="positive", urgent=True, deadlines=(T0 + timedelta(days=2),),
            next_steps=("Pick a slot",), interview_at=T0 + timedelta(days=3),
            body_text="Hi", body_html="<p>Hi</p>", category=Category.INTERVIEW,
        )  # fmt: skip
        return emails.insert(conn, new)

    email_id = store.write(run)
    with store.read() as conn:
        e = emails.get(conn, email_id)
    assert e is not None
    assert (e.sender_name, e.sender_address, e.category) == ("Ann", "ann@acme.com", "interview")
    assert (e.ats, e.ats_ids, e.sentiment, e.urgent) == (
        "greenhouse",
        ("R-1", "R-2"),
        "positive",
        True,
    )
    assert e.deadlines == (T0 + timedelta(days=2),)
    assert e.next_steps == ("Pick a slot",)
    assert e.interview_at == T0 + timedelta(days=3)
    assert (e.body_text, e.body_html) == ("Hi", "<p>Hi</p>")


def test_upsert_by_provider_id_keeps_matching_decisions(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[tuple[int, bool], tuple[int, bool]]:
        acc = accounts.insert(conn, AccountKind.IMAP, "me@example.org")
        app = apps_q.insert(conn, company="Acme", job_title="")
        first = emails.upsert(conn, _mail(acc, "1:5", application_id=app))
        again = emails.upsert(conn, _mail(acc, "1:5", subject="Updated", application_id=None))
        return first, again

    (first_id, inserted), (again_id, inserted_again) = store.write(run)
    assert inserted and not inserted_again and first_id == again_id
    with store.read() as conn:
        e = emails.get(conn, first_id)
        assert e is not None and e.subject == "Updated" and e.application_id is not None
        assert emails.exists(conn, e.account_id, "1:5")
        assert not emails.exists(conn, None, "1:5")  # same provider id, other account
        assert emails.exists_message_id(conn, "<1:5@example.org>")
        assert not emails.exists_message_id(conn, "<nope@example.org>")
        assert emails.known(conn, e.account_id, "1:5", "<nope@example.org>")
        assert emails.known(conn, None, "other", "<1:5@example.org>")
        assert not emails.known(conn, None, "1:5", "<nope@example.org>")
        assert not emails.known(conn, None, "other", "")


def test_not_job_mail_is_never_stored(store: Store) -> None:
    with pytest.raises(ValueError, match="never stored"):
        store.write(lambda c: emails.insert(c, _mail(None, "x", category=Category.NOT_JOB)))


def test_matching_lookups(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> dict[str, int]:
        acc = accounts.insert(conn, AccountKind.GMAIL, "me@gmail.com")
        meta = apps_q.insert(conn, company="Meta Platforms, Inc.", job_title="SWE", ats_ids=["JR1"])
        metaverse = apps_q.insert(conn, company="Metaverse Inc", job_title="SWE")
        closed = apps_q.insert(conn, company="Meta", job_title="PM", status=Status.REJECTED)
        e = emails.insert(conn, _mail(acc, "m1", application_id=meta, thread_key="T1"))
        threads.upsert(conn, acc, "T1", application_id=meta, subject="s", date=T0)
        return {"acc": acc, "meta": meta, "metaverse": metaverse, "closed": closed, "e": e}

    ids = store.write(run)
    with store.read() as conn:
        assert apps_q.for_thread(conn, ids["acc"], "T1") == ids["meta"]
        assert apps_q.for_thread(conn, None, "T1") is None  # threads are per account
        assert apps_q.for_message_ids(conn, ["<zz>", "<m1@example.org>"]) == ids["meta"]
        assert apps_q.for_ats_ids(conn, ["JR1", "other"]) == [ids["meta"]]
        active = [a.id for a in apps_q.for_company(conn, "meta platforms")]
        assert active == [ids["meta"]]
        every = {a.id for a in apps_q.for_company(conn, "meta", active_only=False)}
        assert every == {ids["closed"]}  # "Meta" is not "Metaverse"


def test_an_application_starts_no_later_than_its_oldest_mail(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[bool, bool]:
        app = apps_q.insert(conn, company="Acme", job_title="SWE", created_at=T0)
        later = apps_q.started_by(conn, app, T0 + timedelta(days=3))  # never moves forward
        earlier = apps_q.started_by(conn, app, T0 - timedelta(days=9))
        return later, earlier

    assert store.write(run) == (False, True)
    with store.read() as conn:
        assert match_rows.exact(conn, "acme")[0][3] == T0 - timedelta(days=9)


def test_thread_fallback_to_attached_mail(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[int, int]:
        app = apps_q.insert(conn, company="Acme", job_title="")
        emails.insert(conn, _mail(None, "f1", thread_key="TT", application_id=app))
        return app, 0

    app, _ = store.write(run)
    with store.read() as conn:
        assert apps_q.for_thread(conn, None, "TT") == app


def test_thread_lookup_takes_the_newest_attached_mail_from_the_index_alone(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[int, int]:
        old = apps_q.insert(conn, company="Acme", job_title="")
        new = apps_q.insert(conn, company="Acme", job_title="")
        emails.insert(conn, _mail(None, "g1", thread_key="TN", application_id=old))
        later = T0 + timedelta(days=2)
        emails.insert(conn, _mail(None, "g2", thread_key="TN", application_id=new, date=later))
        newest = T0 + timedelta(days=3)
        emails.insert(conn, _mail(None, "g3", thread_key="TN", date=newest))  # unattached
        return old, new

    _old, new = store.write(run)
    with store.read() as conn:
        assert apps_q.for_thread(conn, None, "TN") == new
        plan = " ".join(
            str(row[-1])
            for row in conn.execute("EXPLAIN QUERY PLAN " + apps_q.FOR_THREAD, (None, "TN"))
        )
    assert "COVERING INDEX emails_thread" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_thread_upsert_keeps_the_attached_application_and_the_newest_date(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[int, int, int]:
        app = apps_q.insert(conn, company="Acme", job_title="")
        first = threads.upsert(conn, None, "TU", application_id=app, subject="s", date=T0)
        later = T0 + timedelta(days=1)
        again = threads.upsert(conn, None, "TU", application_id=None, subject="s", date=later)
        older = threads.upsert(conn, None, "TU", application_id=None, subject="s", date=T0)
        assert first == again == older
        other = threads.upsert(conn, None, "TV", application_id=None, subject="t", date=T0)
        return app, first, other

    app, first, other = store.write(run)
    assert other != first
    with store.read() as conn:
        found = threads.get(conn, None, "TU")
    assert found is not None
    assert (found.id, found.application_id, found.last_date) == (first, app, T0 + timedelta(days=1))


def test_account_cursor_state_and_cascade(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[int, int]:
        acc = accounts.insert(conn, AccountKind.OUTLOOK, "me@outlook.com", settings={"a": "1"})
        accounts.set_cursor(conn, acc, "https://graph/delta?token=1")
        accounts.set_state(conn, acc, AccountState.ERROR, error="Network down", synced_at=T0)
        accounts.update_settings(conn, acc, {"b": "2", "a": None})
        app = apps_q.insert(conn, company="Acme", job_title="")
        emails.insert(conn, _mail(acc, "o1", application_id=app))
        seen.add(conn, acc, "dropped")
        return acc, app

    acc, app = store.write(run)
    with store.read() as conn:
        account = accounts.get(conn, acc)
        assert account is not None
        assert account.cursor == "https://graph/delta?token=1"
        assert (account.state, account.last_error) == (AccountState.ERROR, "Network down")
        assert account.last_sync_at == T0 and account.settings == {"b": "2"}
        assert accounts.find(conn, AccountKind.OUTLOOK, "ME@outlook.com") == account
    store.write(lambda c: accounts.delete(c, acc))
    with store.read() as conn:
        assert emails.count(conn) == 0
        assert seen.count(conn, acc) == 0
        assert apps_q.get(conn, app) is not None  # applications stay


def test_review_item_for_a_just_stored_email(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[int, int]:
        e = emails.insert(conn, _mail(None, "r2"))
        return e, review.insert(conn, e, "unmatched", new_email=True)

    email_id, item = store.write(run)
    with store.read() as conn:
        found = review.get(conn, item)
    assert found is not None and (found.email_id, found.reason) == (email_id, "unmatched")


def test_seen_is_opaque(store: Store) -> None:
    acc = store.write(lambda c: accounts.insert(c, AccountKind.IMAP, "x@y.z"))
    store.write(lambda c: seen.add_many(c, acc, ["a", "b", "a"]))
    with store.read() as conn:
        assert seen.contains(conn, acc, "a") and not seen.contains(conn, acc, "c")
        assert seen.count(conn, acc) == 2
        stored = {r[0] for r in conn.execute("SELECT id_hash FROM seen")}
    assert stored == {seen.id_hash(acc, "a"), seen.id_hash(acc, "b")}
    assert all(isinstance(h, bytes) and len(h) == 32 for h in stored)


def test_review_activity_settings(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> int:
        e = emails.insert(conn, _mail(None, "r1"))
        first = review.insert(conn, e, "unmatched", suggested_status=Status.INTERVIEWING)
        assert review.insert(conn, e, "unmatched") == first  # one open item per email
        activity.insert(conn, "status_changed", "Acme: Interviewing", at=T0)
        activity.insert(conn, "application_created", "Globex", at=T0 + timedelta(1))
        settings_q.set_(conn, "k", "v1")
        settings_q.set_(conn, "k", "v2")
        return first

    item = store.write(run)
    with store.read() as conn:
        assert [i.id for i in review.open_items(conn)] == [item]
        assert review.open_items(conn)[0].suggested_status is Status.INTERVIEWING
        assert [a.title for a in activity.recent(conn)] == ["Globex", "Acme: Interviewing"]
        assert activity.unread_count(conn) == 2
        assert settings_q.get(conn, "k") == "v2" and settings_q.get(conn, "nope") is None
    store.write(lambda c: review.resolve(c, item, ReviewState.DISMISSED))
    assert store.write(activity.mark_all_read) == 2
    with store.read() as conn:
        assert review.open_count(conn) == 0
        assert activity.unread_count(conn) == 0


def test_store_secrets(store: Store) -> None:
    secrets = StoreSecrets(store)
    assert secrets.get("token") is None
    secrets.set("token", "t" * 5000)
    secrets.set("token", "second")
    assert secrets.get("token") == "second"
    secrets.delete("token")
    secrets.delete("token")
    assert secrets.get("token") is None


def test_purge_bodies_keeps_metadata(store: Store) -> None:
    store.write(lambda c: emails.insert(c, _mail(None, "old", body_text="old body")))
    store.write(lambda c: emails.insert(c, _mail(None, "new", date=T0 + timedelta(100),
                                                   body_text="new body")))  # fmt: skip
    assert store.write(lambda c: emails.purge_bodies(c, T0 + timedelta(days=1))) == 1
    with store.read() as conn:
        assert search.email_ids(conn, "old body") == []
        assert len(search.email_ids(conn, "new body")) == 1
        old = emails.get(conn, emails.find(conn, None, "old") or 0)
        assert old is not None and old.body_text is None and old.subject == "Subject old"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_search_text_is_safe(text: str) -> None:
    query = search.fts_query(text)
    assert query is None or query.count('"') % 2 == 0


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1900, 1, 2),
        max_value=datetime(9998, 12, 30),
        timezones=st.builds(
            timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
        ),
    )
)
def test_datetimes_round_trip_and_sort(value: datetime) -> None:
    stored = to_db(value)
    assert from_db(stored) == value
    later = to_db(value + timedelta(microseconds=1))
    assert stored < later


def test_filter_by_last_update_range_uses_an_index(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> list[int]:
        stamps = {days: T0 - timedelta(days=days) for days in (0, 5, 20, 60, 200)}
        return [
            apps_q.insert(conn, company=f"Co {days}", job_title="Dev", updated_at=stamp)
            for days, stamp in stamps.items()
        ]

    made = store.write(run)
    with store.read() as conn:
        since_week = apps_q.Filter(updated_from=T0 - timedelta(days=7))
        assert apps_q.ids(conn, since_week) == made[:2]
        assert apps_q.count(conn, since_week) == 2
        window = apps_q.Filter(
            updated_from=T0 - timedelta(days=90), updated_to=T0 - timedelta(days=5)
        )
        assert apps_q.ids(conn, window) == made[2:4]  # from inclusive, to exclusive
        assert apps_q.ids(conn, apps_q.Filter(updated_to=T0 - timedelta(days=60))) == [made[4]]
        # Combined with the other filters; positional Filter(status, company, text) still works.
        assert apps_q.count(conn, apps_q.Filter(None, "Co 2", None, T0 - timedelta(days=30))) == 1
        where, params = apps_q._where(since_week)
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT a.id FROM applications a" + where, params
            )
        )
    assert "applications_updated" in plan, plan


def test_orphans_of_a_company_or_thread_oldest_first(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> list[emails.Orphan]:
        app = apps_q.insert(conn, company="Other", job_title="x")
        emails.insert(conn, _mail(None, "late", company="Acme Inc", date=T0 + timedelta(days=2)))
        emails.insert(conn, _mail(None, "early", company="ACME", date=T0))
        emails.insert(conn, _mail(None, "thread", company="", thread_key="t-9", date=T0))
        emails.insert(conn, _mail(None, "both", company="Acme", thread_key="t-9", date=T0))
        emails.insert(conn, _mail(None, "attached", company="Acme", application_id=app))
        emails.insert(conn, _mail(None, "detached", company="Acme", user_unmatched=True))
        emails.insert(conn, _mail(None, "elsewhere", company="Initech", date=T0))
        return emails.orphans(conn, "acme", ("t-9", ""))

    found = store.write(run)
    assert [o.thread_key for o in found] == ["thread-early", "t-9", "t-9", "thread-late"]
    assert [o.date for o in found] == sorted(o.date for o in found)
    ids = [o.id for o in found]
    assert ids[:3] == sorted(ids[:3])  # same date: by id
    assert len(set(ids)) == 4  # "both" matches the company and the thread: listed once


def test_orphans_of_a_company_include_mail_naming_its_first_words(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> list[str]:
        for key, company in [
            ("short", "Brookfield"),
            ("two", "Brookfield Sterile"),
            ("full", "Brookfield Sterile Products"),
            ("other", "Brookfield Foods"),
            ("tiny", "Bro"),
        ]:
            emails.insert(conn, _mail(None, key, company=company, date=T0))
        return [o.thread_key for o in emails.orphans(conn, "brookfield sterile products")]

    assert sorted(store.write(run)) == ["thread-full", "thread-short", "thread-two"]


def test_receipts_that_name_a_role_but_no_employer(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> tuple[list[emails.Orphan], list[emails.Orphan]]:
        app = apps_q.insert(conn, company="Other", job_title="x")
        later = T0 + timedelta(days=3)
        emails.insert(
            conn, _mail(None, "late", company="", job_title="Pricing Analyst", date=later)
        )
        emails.insert(conn, _mail(None, "early", company="", job_title="Supply Planner"))
        emails.insert(conn, _mail(None, "no-role", company=""))
        emails.insert(conn, _mail(None, "named", company="Acme", job_title="Supply Planner"))
        emails.insert(
            conn,
            _mail(
                None, "invite", company="", job_title="Supply Planner", category=Category.INTERVIEW
            ),
        )
        emails.insert(
            conn, _mail(None, "attached", company="", job_title="Designer", application_id=app)
        )
        emails.insert(
            conn, _mail(None, "detached", company="", job_title="Designer", user_unmatched=True)
        )
        titles.update(emails.receipt_titles_without_employer(conn))
        return emails.receipts_without_employer(conn), emails.receipts_without_employer(
            conn, lambda title: title.startswith("Pricing")
        )

    titles: set[str] = set()
    found, fitting = store.write(run)
    assert [(o.job_title, o.thread_key) for o in found] == [
        ("Supply Planner", "thread-early"),
        ("Pricing Analyst", "thread-late"),
    ]
    assert [o.thread_key for o in fitting] == ["thread-late"]
    assert titles == {o.job_title for o in found}


def _fts_consistent(conn: sqlcipher3.Connection) -> bool:
    """FTS5's own check of the index against the emails table (raises when they differ)."""
    conn.execute("INSERT INTO emails_fts (emails_fts, rank) VALUES ('integrity-check', 1)")
    return True


def test_batched_search_index_indexes_what_the_batch_inserted(store: Store) -> None:
    def run(conn: sqlcipher3.Connection) -> None:
        emails.insert(conn, _mail(None, "b0", body_text="an earlier quokka"))
        with emails.batched_search_index(conn):
            emails.insert(conn, _mail(None, "b1", body_text="the wombat interview"))
            with emails.batched_search_index(conn):  # nested: left to the outer one
                emails.insert(conn, _mail(None, "b2", body_text="a numbat offer"))
            # Not in the index yet: the trigger left it to the end of the batch.
            assert conn.execute(
                "SELECT count(*) FROM emails_fts WHERE emails_fts MATCH 'wombat'"
            ).fetchone() == (0,)
        emails.insert(conn, _mail(None, "b3", body_text="a later bilby"))

    store.write(run)
    with store.read() as conn:
        for word in ("quokka", "wombat", "numbat", "bilby"):
            assert search.email_ids(conn, word) != [], word
        assert conn.execute("SELECT count(*) FROM emails_fts_deferred").fetchone() == (0,)
    store.write(_fts_consistent)


def test_batched_search_index_cleans_up_after_an_error(store: Store) -> None:
    class BoomError(Exception):
        pass

    def fail_inside(conn: sqlcipher3.Connection) -> None:
        with emails.batched_search_index(conn):
            emails.insert(conn, _mail(None, "e1", body_text="a platypus"))
            raise BoomError

    def run(conn: sqlcipher3.Connection) -> None:
        with pytest.raises(BoomError):
            fail_inside(conn)

    store.write(run)  # a caller that commits anyway still gets a consistent index
    with store.read() as conn:
        assert conn.execute("SELECT count(*) FROM emails_fts_deferred").fetchone() == (0,)
        assert search.email_ids(conn, "platypus") != []
    store.write(_fts_consistent)


def test_last_mail_before_is_each_applications_newest_mail_up_to_then(store: Store) -> None:
    rng = random.Random(7)
    dated: list[tuple[int | None, datetime]] = []

    def run(conn: sqlcipher3.Connection) -> list[int]:
        apps = [apps_q.insert(conn, company=f"Acme {i}", job_title="") for i in range(6)]
        for i in range(240):
            app = rng.choice([None, *apps[:5]])  # the sixth has no mail
            when = T0 + timedelta(hours=rng.randrange(2000))
            dated.append((app, when))
            emails.insert(conn, _mail(None, f"lm{i}", application_id=app, date=when))
        return apps

    apps = store.write(run)
    with store.read() as conn:
        for _ in range(60):
            among = rng.sample(apps, rng.randrange(1, len(apps) + 1))
            when = T0 + timedelta(hours=rng.randrange(-50, 2050), minutes=rng.randrange(60))
            expected: dict[int, datetime] = {}
            for app, at in dated:
                if app in among and at <= when and (app not in expected or at > expected[app]):
                    expected[app] = at
            assert emails.last_mail_before(conn, among, when) == expected
        assert emails.last_mail_before(conn, [], T0) == {}
