"""The pipeline on a real encrypted store: create, match, move, drop, review, dedupe."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.models import ChangeCause
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.sources import RawSource
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts, emails, review, search, seen
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.importer import import_sources
from applytrack_desktop.sync.pipeline import Incoming, PipelineSettings, apply, prepare
from tests.support.keyrings import MemoryKeyring

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


class SubjectAnalyzer:
    """Reads the label from the subject: "[category conf] Company / Title", or with the
    classifier's second choice: "[category conf second conf2] Company / Title"."""

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        out = []
        for m in messages:
            head, _, rest = m.subject.partition("] ")
            category, confidence, *second = head.lstrip("[").split()
            company, _, title = rest.partition(" / ")
            company = "" if company == "-" else company  # "- / Title": a role, no employer
            cat = Category(category)
            p = float(confidence)
            out.append(
                Analysis(
                    cat,
                    p,
                    p if cat.job_related else 1 - p,
                    company=company or None,
                    job_title=title or None,
                    runner_up=Category(second[0]) if second else None,
                    runner_up_confidence=float(second[1]) if second else 0.0,
                )
            )
        return out


def mail(n: int, days: float, label: str, *, reply_to: int | None = None) -> RawSource:
    msg = EmailMessage()
    msg["From"] = "Recruiting <jobs@example.com>"
    msg["To"] = "me@example.net"
    msg["Subject"] = label
    msg["Date"] = format_datetime(T0 + timedelta(days=days))
    msg["Message-ID"] = f"<m{n}@example.com>"
    if reply_to is not None:
        msg["In-Reply-To"] = f"<m{reply_to}@example.com>"
        msg["References"] = f"<m{reply_to}@example.com>"
    msg.set_content(f"Body of message {n}.")
    return RawSource(f"m{n}.eml", msg.as_bytes())


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    svc = Service(Store.open(tmp_path / "data", keyring_backend=MemoryKeyring()))
    yield svc
    svc.close()


def run(service: Service, *sources: RawSource, **settings: object) -> None:
    import_sources(
        service.store,
        list(sources),
        analyzer=SubjectAnalyzer(),
        settings=PipelineSettings(**settings),  # type: ignore[arg-type]
    )


def only_app(service: Service):  # type: ignore[no-untyped-def]
    apps = service.list_applications()
    assert len(apps) == 1
    return apps[0]


def test_a_confirmation_creates_the_application(service: Service) -> None:
    run(service, mail(1, 0, "[confirmation 0.95] Acme Inc. / Data Engineer"))
    app = only_app(service)
    assert (app.company, app.job_title, app.status) == (
        "Acme Inc",
        "Data Engineer",
        Status.APPLIED,
    )
    history = service.history(app.id)
    assert [(h.from_status, h.to_status, h.cause) for h in history] == [
        (None, Status.APPLIED, ChangeCause.EMAIL)
    ]
    assert history[0].email_id is not None
    assert "Acme" in service.activity()[0].title


def test_the_story_moves_forward_and_ends_rejected(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 3, "[interview 0.9] Acme / Data Engineer", reply_to=1),
        mail(3, 6, "[technical_round 0.9] Acme / "),
        mail(4, 9, "[rejection 0.9] Acme / "),
    )
    app = only_app(service)
    assert app.status is Status.REJECTED
    assert [h.to_status for h in service.history(app.id)] == [
        Status.APPLIED,
        Status.INTERVIEWING,
        Status.TECHNICAL_ROUND,
        Status.REJECTED,
    ]
    assert len(service.emails_for(app.id)) == 4


def test_later_mail_naming_the_employer_a_word_shorter_moves_its_application(
    service: Service,
) -> None:
    # The receipt says "Alpenglas Digital"; the invitation, from its own domain, "Alpenglas".
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Alpenglas Digital / Product Owner"),
        mail(2, 5, "[interview 0.9] Alpenglas / "),
        mail(3, 9, "[technical_round 0.9] Alpenglas Digital Ltd / "),
    )
    app = only_app(service)
    assert (app.company, app.status) == ("Alpenglas Digital", Status.TECHNICAL_ROUND)
    assert len(service.emails_for(app.id)) == 3


def test_arrival_order_does_not_matter(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(4, 9, "[rejection 0.9] Acme / "),
    )
    run(service, mail(2, 3, "[interview 0.9] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.REJECTED
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_not_job_mail_is_dropped_and_only_a_hash_kept(service: Service) -> None:
    account_id = service.store.write(lambda c: accounts.insert(c, kind="files", address="me@x"))
    prepared = prepare(
        [Incoming("p1", mail(1, 0, "[not_job 0.99] Bank / ").raw)], SubjectAnalyzer()
    )
    result = service.store.write(lambda c: apply(c, account_id, prepared))
    assert result.counts.dropped == 1
    with service.store.read() as conn:
        assert emails.count(conn) == 0
        assert seen.contains(conn, account_id, "p1")
    assert service.list_applications() == []


def test_importing_twice_adds_nothing(service: Service) -> None:
    sources = [
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 2, "[interview 0.9] Acme / "),
    ]
    run(service, *sources)
    counts, _ = import_sources(service.store, sources, analyzer=SubjectAnalyzer())
    assert counts.duplicates == 2
    assert counts.stored == 0
    assert len(service.emails_for(only_app(service).id)) == 2


def test_low_confidence_is_proposed_for_review(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 2, "[offer 0.4] Acme / "),
    )
    app = only_app(service)
    assert app.status is Status.APPLIED
    with service.store.read() as conn:
        items = review.open_items(conn)
    assert [(i.suggested_application_id, i.suggested_status) for i in items] == [
        (app.id, Status.OFFER_EXTENDED)
    ]


def test_what_the_user_set_wins_over_older_mail(service: Service) -> None:
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    service.set_status(app.id, Status.INTERVIEWING)  # set "now", after every mail below
    run(service, mail(2, 5, "[rejection 0.95] Acme / "))
    assert service.get_application(app.id).status is Status.INTERVIEWING


def test_unmatched_mail_goes_to_review_with_a_suggestion(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 1, "[confirmation 0.95] Acme / Product Designer"),
        mail(3, 4, "[interview 0.95] Acme / "),
    )
    assert len(service.list_applications()) == 2
    with service.store.read() as conn:
        items = review.open_items(conn)
    assert len(items) == 1
    assert items[0].suggested_status is Status.INTERVIEWING
    assert items[0].suggested_application_id is not None


def test_creating_from_confirmations_can_be_turned_off(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        create_from_confirmations=False,
    )
    assert service.list_applications() == []
    with service.store.read() as conn:
        assert review.open_count(conn) == 1


def test_two_roles_in_one_thread_stay_two_applications(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 0.1, "[confirmation 0.95] Acme / Account Executive", reply_to=1),
    )
    assert sorted(a.job_title for a in service.list_applications()) == [
        "Account Executive",
        "Data Engineer",
    ]


def test_unreadable_input_is_counted_not_raised(service: Service) -> None:
    counts, _ = import_sources(
        service.store, [RawSource("bad.eml", b"")], analyzer=SubjectAnalyzer()
    )
    assert counts.unreadable + counts.dropped + counts.stored == 1


def test_newest_first_backfill_ends_like_a_date_ordered_import(service: Service) -> None:
    run(service, mail(2, 5, "[interview 0.9] Acme / Data Engineer"))
    assert service.list_applications() == []
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.INTERVIEWING
    assert len(service.emails_for(app.id)) == 2
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_creating_an_application_by_hand_is_not_a_status_lock(service: Service) -> None:
    app = service.create_application("Acme", "Data Engineer")
    run(service, mail(2, 5, "[interview 0.9] Acme / Data Engineer"))
    assert service.get_application(app.id).status is Status.INTERVIEWING


def test_a_backfill_gives_old_mail_to_the_role_it_was_about(service: Service) -> None:
    run(service, mail(5, 30, "[confirmation 0.95] Quill Systems / Mobile QA Analyst"))
    run(service, mail(2, 10, "[rejection 0.9] Quill Systems / "))  # names no role
    run(service, mail(1, 0, "[confirmation 0.95] Quill Systems / Talent Sourcer"))
    statuses = {a.job_title: a.status for a in service.list_applications()}
    assert statuses == {"Mobile QA Analyst": Status.APPLIED, "Talent Sourcer": Status.REJECTED}
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_a_backfill_adopts_mail_naming_the_employer_by_its_domain_stem(service: Service) -> None:
    run(service, mail(2, 10, "[rejection 0.9] Northgatefreight / "))
    run(service, mail(1, 0, "[confirmation 0.95] Northgate Freight / Driver"))
    app = only_app(service)
    assert (app.company, app.status) == ("Northgate Freight", Status.REJECTED)
    assert len(service.emails_for(app.id)) == 2
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_mail_driven_changes_carry_the_mails_date(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 4, "[interview 0.9] Acme / Data Engineer"),
    )
    app = only_app(service)
    assert app.updated_at == T0 + timedelta(days=4)
    assert service.history(app.id)[-1].at == T0 + timedelta(days=4)


def test_stored_mail_is_searchable_and_the_index_consistent(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 2, "[interview 0.9] Initech / Tester"),
    )
    with service.store.read() as conn:
        found = set(search.email_ids(conn, "body message"))
        assert len(found) == 2
        assert found == {int(r[0]) for r in conn.execute("SELECT id FROM emails")}
    # FTS5's own check of the index against the emails table raises when they differ.
    service.store.write(
        lambda c: c.execute(
            "INSERT INTO emails_fts (emails_fts, rank) VALUES ('integrity-check', 1)"
        )
    )


def test_news_in_the_feed_carries_the_mails_date_not_the_import_time(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 4, "[interview 0.9] Acme / Data Engineer"),
        mail(3, 6, "[interview 0.9] Acme / Data Engineer"),  # no move: news only
    )
    news = [a for a in service.activity() if a.kind == "mail_received"]
    assert [a.at for a in news] == [T0 + timedelta(days=6)]


def test_an_application_learns_its_title_from_later_mail(service: Service) -> None:
    # "thanks, got it" names no role; the invite names it; a second role there stays apart.
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Beacon Energy / "),
        mail(2, 10, "[interview 0.9] Beacon Energy / Field Service Technician"),
        mail(3, 80, "[confirmation 0.95] Beacon Energy / Senior Frontend Engineer"),
        mail(4, 90, "[offer 0.9] Beacon Energy / Senior Frontend Engineer"),
    )
    statuses = {a.job_title: a.status for a in service.list_applications()}
    assert statuses == {
        "Field Service Technician": Status.INTERVIEWING,
        "Senior Frontend Engineer": Status.OFFER_EXTENDED,
    }
    # Learning the role is not news: "Last update" stays the date of the newest mail.
    updated = {a.job_title: a.updated_at for a in service.list_applications()}
    assert updated["Field Service Technician"] == T0 + timedelta(days=10)


def test_a_backfill_adopts_unmatched_mail_once_every_role_of_the_batch_exists(
    service: Service,
) -> None:
    run(service, mail(3, 30, "[interview 0.9] Heron Health / "))  # the newest part first
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Heron Health / Developer Advocate"),
        mail(2, 25, "[confirmation 0.95] Heron Health / Product Marketing Manager"),
    )
    statuses = {a.job_title: a.status for a in service.list_applications()}
    assert statuses == {
        "Developer Advocate": Status.APPLIED,  # not the first role created, quiet for a month
        "Product Marketing Manager": Status.INTERVIEWING,
    }


def test_a_reply_in_an_applications_thread_is_kept_whatever_the_classifier_says(
    service: Service,
) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 3, "[not_job 0.8] / ", reply_to=1),
        mail(3, 4, "[not_job 0.8] / "),
        mail(4, 5, "[not_job 0.8] / ", reply_to=99),
    )
    app = only_app(service)
    kept = service.emails_for(app.id)
    assert [(e.message_id, e.category) for e in kept] == [
        ("<m1@example.com>", Category.CONFIRMATION),
        ("<m2@example.com>", Category.OTHER_JOB),
    ]
    assert app.status is Status.APPLIED
    with service.store.read() as conn:
        assert emails.count(conn) == 2


def test_a_less_certain_confirmation_a_week_later_is_news_not_a_second_application(
    service: Service,
) -> None:
    # The demo's LinkedIn "Your application was viewed by Hooli" (classified a confirmation at
    # 0.74) a week after "Your application was sent to Hooli": one application, which learns
    # the title the notice names.
    run(
        service,
        mail(1, 0, "[confirmation 0.99] Hooli / "),
        mail(2, 6, "[confirmation 0.74] Hooli / Product Analyst"),
    )
    app = only_app(service)
    assert (app.job_title, app.status) == ("Product Analyst", Status.APPLIED)
    assert len(service.emails_for(app.id)) == 2
    # A receipt the classifier is certain of, weeks later, is a second role there.
    run(service, mail(3, 30, "[confirmation 0.98] Hooli / "))
    assert len(service.list_applications()) == 2


def test_a_backfill_that_finds_an_applications_older_receipt_adopts_its_set_aside_mail(
    service: Service,
) -> None:
    # The newest part: an offer with no application yet, then a later receipt that makes one.
    run(
        service,
        mail(3, 20, "[offer 0.9] Acme / "),
        mail(4, 25, "[confirmation 0.95] Acme / Data Engineer"),
    )
    assert only_app(service).status is Status.APPLIED  # the offer predates it: set aside
    # The older part brings the first receipt: the application existed since then.
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.OFFER_EXTENDED
    assert app.created_at == T0
    assert len(service.emails_for(app.id)) == 3


def test_an_agency_receipt_naming_no_employer_becomes_the_employers_application(
    service: Service,
) -> None:
    # "Thanks for applying for the Supply Planner role I advertised" names no client; the
    # employer's own mail about that role says whose it was. A receipt for another role
    # stays in the review list.
    run(
        service,
        mail(1, 0, "[confirmation 0.95] - / Supply Planner"),
        mail(2, 1, "[confirmation 0.95] - / Hydrogeologist"),
        mail(3, 12, "[rejection 0.9] Orchard Systems / Supply Planner (Remote)"),
    )
    apps = service.list_applications()
    assert [(a.company, a.job_title, a.status) for a in apps] == [
        ("Orchard Systems", "Supply Planner", Status.REJECTED)
    ]
    assert apps[0].created_at == T0
    with service.store.read() as conn:
        assert review.open_count(conn) == 1  # the Hydrogeologist receipt


def test_an_employers_mail_makes_no_application_from_an_ambiguous_or_later_receipt(
    service: Service,
) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] - / Supply Planner"),
        mail(2, 2, "[confirmation 0.95] - / Supply Planner"),  # two agencies, one title
        mail(3, 12, "[interview 0.9] Orchard Systems / Supply Planner"),
        mail(4, 20, "[interview 0.9] Cobalt Labs / Pricing Analyst"),
        mail(5, 30, "[confirmation 0.95] - / Pricing Analyst"),  # after the mail: not its receipt
    )
    assert service.list_applications() == []


def test_a_confirmation_weeks_into_an_application_is_read_as_the_second_choice(
    service: Service,
) -> None:
    # An application is confirmed once: a "confirmation" weeks later (a rejection that thanks
    # the candidate for applying) is the classifier's second choice, at its probability given
    # that the first is wrong. The same-day duplicate receipt stays a receipt.
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 0.2, "[confirmation 0.9 rejection 0.8] Acme / Data Engineer"),
        mail(3, 20, "[confirmation 0.7 rejection 0.8] Acme / Data Engineer", reply_to=1),
    )
    app = only_app(service)
    assert app.status is Status.REJECTED
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.CONFIRMATION,
        Category.REJECTION,
    ]


def test_a_confirmation_whose_second_choice_moves_nothing_stays_a_confirmation(
    service: Service,
) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 20, "[confirmation 0.7 other_job 0.8] Acme / Data Engineer", reply_to=1),
    )
    app = only_app(service)
    assert app.status is Status.APPLIED
    assert [e.category for e in service.emails_for(app.id)][-1] is Category.CONFIRMATION


def test_a_sure_receipt_weeks_later_stays_a_receipt(service: Service) -> None:
    # A second true receipt (the ATS's after the job board's): the classifier gives its second
    # choice 0.8 of the 0.02 left by the receipt, 0.016 in all, too little to re-read it.
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 20, "[confirmation 0.98 rejection 0.8] Acme / Data Engineer", reply_to=1),
    )
    app = only_app(service)
    assert app.status is Status.APPLIED
    assert [e.category for e in service.emails_for(app.id)][-1] is Category.CONFIRMATION


def test_a_not_job_reply_in_an_applications_thread_takes_the_best_job_category(
    service: Service,
) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 5, "[not_job 0.6 interview 0.7] / ", reply_to=1),
        mail(3, 6, "[not_job 0.6 interview 0.7] / "),  # not in a thread of ours: dropped
    )
    app = only_app(service)
    assert app.status is Status.INTERVIEWING
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.INTERVIEW,
    ]


def test_a_backfill_gives_an_agency_receipt_the_employer_that_answered_in_its_thread(
    service: Service,
) -> None:
    # Newest first: the employer's answer in the thread of an agency's receipt comes before
    # the receipt, which names no employer; the answer says whose application it was.
    run(service, mail(2, 14, "[interview 0.9] Granite Outfitters / Hydrogeologist", reply_to=1))
    assert service.list_applications() == []
    run(service, mail(1, 0, "[confirmation 0.95] - / Hydrogeologist"))
    app = only_app(service)
    assert (app.company, app.job_title, app.status) == (
        "Granite Outfitters",
        "Hydrogeologist",
        Status.INTERVIEWING,
    )
    assert app.created_at == T0
    assert len(service.emails_for(app.id)) == 2
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_a_receipt_naming_no_employer_takes_none_from_answers_about_another_role(
    service: Service,
) -> None:
    run(service, mail(2, 14, "[interview 0.9] Granite Outfitters / Data Engineer", reply_to=1))
    run(service, mail(1, 0, "[confirmation 0.95] - / Hydrogeologist"))
    assert service.list_applications() == []


@pytest.mark.parametrize(
    ("host", "company", "want"),
    [
        ("CCVSchools.org", "Ccvschools", "ccvschools.org"),  # the host's own reading
        ("ccvschools.org", "", "ccvschools.org"),  # nothing named at all
        ("ccvschools.org", "Clear Creek Valley Schools", ""),  # the mail names its employer
        ("myworkday.com", "", ""),  # a platform writes for many employers
        ("gmail.com", "", ""),  # so does free mail
    ],
)
def test_own_host_is_all_the_mail_says_of_its_employer(host: str, company: str, want: str) -> None:
    from applytrack_desktop.sync.pipeline import own_host

    assert own_host(host, company) == want
