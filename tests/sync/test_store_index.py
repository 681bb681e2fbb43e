"""The matcher's store lookups: exact company keys first, then the space-free form, then one
employer whose name is a word longer or shorter."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Category, Status
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


def test_a_name_a_word_short_of_one_employers_finds_it(store: Store) -> None:
    # "Alpenglas" in an interview invitation, "Alpenglas Digital" on the receipt; and back.
    found = lookup(store, ("Alpenglas Digital", "Product Owner"), ("Acme", "QA"), query="alpenglas")
    assert found == [("Alpenglas Digital", "Product Owner")]
    found = lookup(store, ("Kaskade", "Product Manager"), query="kaskade health")
    assert found == [("Kaskade", "Product Manager")]


def test_a_short_name_that_begins_two_employers_finds_neither(store: Store) -> None:
    assert lookup(store, ("Acme Bank", "Teller"), ("Acme Labs", "Chemist"), query="acme") == []
    assert lookup(store, ("Ai Labs", "Engineer"), query="ai") == []
    assert lookup(store, ("Orbit", "Engineer"), query="orbital systems") == []


def test_a_name_with_its_last_words_as_initials_finds_the_spelled_out_one(store: Store) -> None:
    # "Bluebonnet Valley ISD" on the receipt, "Independent School District" in the invitation
    long = ("Bluebonnet Valley Independent School District", "Science Specialist")
    found = lookup(store, long, ("Acme", "QA"), query="bluebonnet valley isd")
    assert found == [long]
    found = lookup(
        store, ("Balcones CC", "Instructional Designer"), query="balcones community college"
    )
    assert found == [("Balcones CC", "Instructional Designer")]


def test_initials_that_fit_two_employers_or_words_that_differ_find_none(store: Store) -> None:
    two = (("Acme Health Resources", "Nurse"), ("Acme Human Relations", "Advisor"))
    assert lookup(store, *two, query="acme hr") == []
    assert lookup(store, ("Bluebonnet Hills ISD", "Teacher"), query="bluebonnet valley isd") == []
    assert lookup(store, ("Acme Labs", "QA"), query="acme la") == []  # one word is no initials


def test_a_domains_clipped_spelling_finds_the_one_employer(store: Store) -> None:
    # "Kestrelpay" from kestrelpay.com, "Kestrel Payments" on the Ashby receipt
    want = ("Kestrel Payments", "Product Marketing Manager")
    assert lookup(store, want, ("Acme", "QA"), query="kestrelpay") == [want]
    assert lookup(store, ("Harbor Biosciences", "Analyst"), query="harborbio") == [
        ("Harbor Biosciences", "Analyst")
    ]
    lakeside = ("Lakeside Dialysis Partners", "Clinic Operations Manager")
    assert lookup(store, lakeside, query="lakesidedialysis") == [lakeside]
    assert lookup(store, query="lakesidedialysispa") == [lakeside]  # (already stored)


def test_a_clipped_spelling_that_fits_two_or_none_finds_none(store: Store) -> None:
    two = (("Kestrel Payments", "PMM"), ("Kestrel Paytech", "Engineer"))
    assert lookup(store, *two, query="kestrelpay") == []
    assert lookup(store, ("Kestrel Logistics", "Driver"), query="kestrelpay") == []
    assert lookup(store, ("Kes Payments", "PMM"), query="kespay") == []  # "kes": too short
    assert lookup(store, ("Lakeside Dialysis", "PM"), query="lakesidedialysisx") == []
    assert lookup(store, ("Lakeside Dialysis Partners", "PM"), query="lakesidep") == []


def test_answers_are_remembered_until_forget(store: Store) -> None:
    def work(conn: sqlcipher3.Connection) -> tuple[int, int, int, int]:
        first = applications.insert(conn, company="Acme", job_title="QA", status=Status.APPLIED)
        index = StoreIndex(conn)
        before = len(index.applications_for_company("acme"))
        second = applications.insert(conn, company="Acme", job_title="SRE", status=Status.APPLIED)
        remembered = len(index.applications_for_company("acme"))
        index.forget(second)  # what the pipeline does after creating an application
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
        index.forget(app)
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
        index.forget(a)
        after = [c.job_title for c in index.active_candidates()]
        return mei, other, before, after

    mei, other, before, after = store.write(work)
    assert (len(mei), other) == (1, [])
    assert (before, after) == (["QA"], [])  # titled, active applications only


def test_the_applications_a_host_wrote_about_come_from_the_index(store: Store) -> None:
    from datetime import UTC, datetime

    from applytrack_desktop.store import emails
    from applytrack_desktop.store.emails import NewEmail

    def work(conn: sqlcipher3.Connection) -> tuple[list[int], list[int], list[int], str, int]:
        a = applications.insert(conn, company="Clear Creek Valley Schools", job_title="Lead",
                                status=Status.INTERVIEWING)  # fmt: skip
        when = datetime(2026, 3, 1, tzinfo=UTC)
        for n, (address, app) in enumerate(
            [("Bill.H@CCVSchools.org", a), ("noreply@ccvschools.org", None), ("x@other.org", a)]
        ):
            emails.insert(
                conn,
                NewEmail(None, f"p{n}", f"<{n}@x>", f"t{n}", when, "s", Category.INTERVIEW, 0.9,
                         sender_address=address, application_id=app),
            )  # fmt: skip
        index = StoreIndex(conn)
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT DISTINCT application_id FROM emails"
                " WHERE lower(substr(sender_address, instr(sender_address, '@') + 1)) = ?"
                " AND application_id IS NOT NULL",
                ("ccvschools.org",),
            )
        )
        return (
            index.applications_with_host("ccvschools.org"),
            index.applications_with_host("CCVSCHOOLS.ORG"),
            index.applications_with_host("schools.org"),
            plan,
            a,
        )

    found, upper, suffix, plan, a = store.write(work)
    assert (found, upper, suffix) == ([a], [a], [])  # the whole host, any case; unattached mail no
    assert "emails_sender_host" in plan  # answered from the index


# One change to the applications the pipeline may make in a batch: create one (with a title
# or not), set one's status, give one a title, move one's start back. Each is followed by
# ``forget`` of that application, as the pipeline does, and sometimes by a look.
_CHANGES = st.one_of(
    st.tuples(st.just("create"), st.booleans(), st.sampled_from(Status)),
    st.tuples(st.just("status"), st.integers(0, 9), st.sampled_from(Status)),
    st.tuples(st.just("title"), st.integers(0, 9), st.just(Status.APPLIED)),
    st.tuples(st.just("start"), st.integers(0, 9), st.just(Status.APPLIED)),
)


def _change(
    conn: sqlcipher3.Connection, ids: list[int], op: str, arg: object, status: Status
) -> int:
    from datetime import UTC, datetime

    if op == "create" or not ids:
        title = "QA" if arg else ""
        ids.append(applications.insert(conn, company="Acme", job_title=title, status=status))
        return ids[-1]
    app_id = ids[int(str(arg)) % len(ids)]
    if op == "status":
        applications.set_status(conn, app_id, status)
    elif op == "title":
        applications.update_fields(conn, app_id, job_title=f"Role {app_id}")
    else:
        applications.started_by(conn, app_id, datetime(2020, 1, app_id % 28 + 1, tzinfo=UTC))
    return app_id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    initial=st.lists(st.tuples(st.booleans(), st.sampled_from(Status)), max_size=4),
    changes=st.lists(st.tuples(_CHANGES, st.booleans()), min_size=1, max_size=12),
)
def test_open_titled_applications_follow_every_change(
    initial: list[tuple[bool, Status]], changes: list[tuple[tuple[str, object, Status], bool]]
) -> None:
    """The remembered open applications are, after each change and ``forget``, what reading
    them all again finds: one created, closed, reopened, titled or started earlier in the
    batch is seen (or no longer seen) by the next look, however many changes came between."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", keyring_backend=MemoryKeyring())
        try:

            def work(conn: sqlcipher3.Connection) -> None:
                ids = [
                    applications.insert(
                        conn, company="Acme", job_title="QA" if titled else "", status=status
                    )
                    for titled, status in initial
                ]
                index = StoreIndex(conn)
                index.active_candidates()
                for (op, arg, status), look in changes:
                    index.forget(_change(conn, ids, op, arg, status))
                    if look:
                        assert index.active_candidates() == StoreIndex(conn).active_candidates()
                assert index.active_candidates() == StoreIndex(conn).active_candidates()

            store.write(work)
        finally:
            store.close()


# One step of a batch as the receipts naming no employer see it: mail stored (a receipt with
# or without employer, or other mail, each with a role or none), one attached to an
# application, or an employer's mail asking which receipts fit its role.
_RECEIPT_STEPS = st.one_of(
    st.tuples(
        st.just("store"),
        st.sampled_from([Category.CONFIRMATION, Category.INTERVIEW]),
        st.sampled_from(["", "Acme"]),
        st.sampled_from(["", "Supply Planner", "Welder", "Data Analyst"]),
    ),
    st.tuples(st.just("attach"), st.integers(0, 9), st.just(""), st.just("")),
    st.tuples(
        st.just("ask"),
        st.just(Category.INTERVIEW),
        st.just(""),
        st.sampled_from(["Supply Planner (Remote)", "Welder", "Chef"]),
    ),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(_RECEIPT_STEPS, min_size=1, max_size=14))
def test_receipts_without_employer_follow_what_the_batch_stores_and_attaches(
    steps: list[tuple[str, object, str, str]],
) -> None:
    """The receipts an employer's mail finds are, at every step, what the store's own query
    finds: a receipt stored or attached earlier in the batch is (no longer) found, as the
    pipeline tells the index (``receipt_stored`` after storing unattached mail)."""
    from datetime import UTC, datetime, timedelta

    from applytrack_desktop.store import emails
    from applytrack_desktop.store.emails import NewEmail
    from applytrack_desktop.sync.matcher import TITLE_ALONE_MATCH, title_similarity

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", keyring_backend=MemoryKeyring())
        try:

            def work(conn: sqlcipher3.Connection) -> None:
                app = applications.insert(conn, company="Acme", job_title="", status=Status.APPLIED)
                index = StoreIndex(conn)
                index.receipts_without_employer(bool)  # the titles are read before the batch
                stored: list[int] = []
                for n, (op, arg, company, title) in enumerate(steps):
                    if op == "store":
                        category = Category(str(arg))
                        when = datetime(2026, 5, 1, tzinfo=UTC) + timedelta(days=n)
                        new = NewEmail(None, f"p{n}", f"<{n}@x>", f"t{n}", when, "s", category,
                                       0.9, company=company, job_title=title)  # fmt: skip
                        stored.append(emails.insert(conn, new))
                        if category is Category.CONFIRMATION:
                            index.receipt_stored()
                    elif op == "attach" and stored:
                        emails.set_application(conn, stored[int(str(arg)) % len(stored)], app)
                    if op == "ask" or n == len(steps) - 1:
                        for role in (title,) if op == "ask" else ("Supply Planner", "Welder"):

                            def fits(other: str, role: str = role) -> bool:
                                return title_similarity(other, role) >= TITLE_ALONE_MATCH

                            found = index.receipts_without_employer(fits)
                            assert found == emails.receipts_without_employer(conn, fits)

            store.write(work)
        finally:
            store.close()


def test_a_name_without_its_kind_of_business_finds_the_one_employer(store: Store) -> None:
    found = lookup(store, ("Grupo Hotelero Almar", "Gerente"), ("Acme", "QA"), query="almar")
    assert found == [("Grupo Hotelero Almar", "Gerente")]
    found = lookup(store, ("Corte dei Tigli", "Addetto/a"), query="hotel corte dei tigli")
    assert found == [("Corte dei Tigli", "Addetto/a")]
    # two employers of that name, or a name too short to tell, find none
    two = (("Grupo Almar", "A"), ("Hotel Almar", "B"))
    assert lookup(store, *two, query="almar") == []
    assert lookup(store, ("Grupo Abc", "A"), query="abc") == []


def test_the_kind_of_business_lookup_uses_the_index(store: Store) -> None:
    from applytrack_desktop.store import match_rows

    def plan(conn: sqlcipher3.Connection) -> str:
        names = [f"{head} almar" for head in match_rows._HEADS]
        sql = (
            "EXPLAIN QUERY PLAN SELECT id FROM applications WHERE company_norm IN "
            f"({', '.join('?' for _ in names)})"
        )
        return " ".join(str(row[-1]) for row in conn.execute(sql, names))

    assert "USING" in store.write(plan) and "SCAN applications" not in store.write(plan)


def test_a_whole_name_finds_the_application_made_under_its_initials(store: Store) -> None:
    found = lookup(store, ("HVM", "Senior Engineer"), query="helderberg vallei municipality")
    assert found == [("HVM", "Senior Engineer")]
    # two words are too few to tell ("hv" fits too much)
    assert lookup(store, ("HV", "Engineer"), query="helderberg vallei") == []
