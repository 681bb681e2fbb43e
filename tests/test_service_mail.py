"""The service's mail side: review actions, unmatch/move, background sync and imports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import InvalidInputError, NotFoundError
from applytrack_desktop.core.models import ChangeCause
from applytrack_desktop.service import Service
from applytrack_desktop.store import review as review_q
from applytrack_desktop.store import search
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.scrub import SCRUB_NEEDED
from applytrack_desktop.sync.events import SyncEvent, SyncFinished
from applytrack_desktop.sync.importer import import_sources
from tests.support.keyrings import MemoryKeyring
from tests.sync.test_pipeline import SubjectAnalyzer, mail

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "demo.mbox"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    svc = Service(Store.open(tmp_path / "data", keyring_backend=MemoryKeyring()))
    yield svc
    svc.close()


def load(service: Service, *labels: str, first: int = 1) -> None:
    sources = [mail(n, float(n), label) for n, label in enumerate(labels, start=first)]
    import_sources(service.store, sources, analyzer=SubjectAnalyzer())


def test_accepting_a_proposal_sets_the_status_as_the_users(service: Service) -> None:
    load(service, "[confirmation 0.95] Acme / Data Engineer", "[offer 0.4] Acme / ")
    [item] = service.review_items()
    assert item.suggested_status is Status.OFFER_EXTENDED
    service.accept_review(item.id)
    [app] = service.list_applications()
    assert app.status is Status.OFFER_EXTENDED
    assert service.history(app.id)[-1].cause is ChangeCause.USER
    assert service.review_items() == []
    with pytest.raises(NotFoundError):
        service.accept_review(item.id)


def test_assigning_unmatched_mail_attaches_and_moves_the_status(service: Service) -> None:
    load(
        service,
        "[confirmation 0.95] Acme / Data Engineer",
        "[confirmation 0.95] Acme / Designer",
        "[interview 0.95] Acme / ",
    )
    [item] = service.review_items()
    designer = next(a for a in service.list_applications() if a.job_title == "Designer")
    service.assign_review(item.id, designer.id)
    assert service.get_application(designer.id).status is Status.INTERVIEWING
    assert len(service.emails_for(designer.id)) == 2


def test_tracking_unmatched_mail_starts_an_application_with_its_thread(service: Service) -> None:
    outreach = mail(1, 1.0, "[recruiter_outreach 0.95] - / ")
    answer = mail(2, 2.0, "[interview 0.95] - / ", reply_to=1)
    import_sources(service.store, [outreach, answer], analyzer=SubjectAnalyzer())
    items = service.review_items()
    assert len(items) == 2 and service.list_applications() == []
    first = min(items, key=lambda i: service.get_email(i.email_id).date)

    app_id = service.track_review(first.id, " Massive Dynamic ", "Platform Engineer")

    app = service.get_application(app_id)
    assert (app.company, app.job_title) == ("Massive Dynamic", "Platform Engineer")
    assert app.status is Status.INTERVIEWING  # from Applied, by the answer in its thread
    assert app.created_at == service.get_email(first.email_id).date
    assert [e.id for e in service.emails_for(app_id)] == sorted(i.email_id for i in items)
    assert service.review_items() == []
    [started, moved] = service.history(app_id)
    assert (started.from_status, started.to_status, started.cause) == (
        None,
        Status.APPLIED,
        ChangeCause.USER,
    )
    assert (moved.to_status, moved.cause) == (Status.INTERVIEWING, ChangeCause.EMAIL)
    # Later mail of the conversation follows without asking.
    later = mail(3, 3.0, "[technical_round 0.95] - / ", reply_to=2)
    import_sources(service.store, [later], analyzer=SubjectAnalyzer())
    assert service.get_application(app_id).status is Status.TECHNICAL_ROUND
    assert service.review_items() == []


def test_tracking_an_outreach_brings_the_employers_later_mail(service: Service) -> None:
    # An agency's outreach, then its news in threads of their own naming the client shortly:
    # tracking the outreach makes the application that news was waiting for.
    load(
        service,
        "[recruiter_outreach 0.95] Brookfield Sterile Products / CQV Engineer",
        "[interview 0.95] Brookfield / ",
        "[offer 0.95] Brookfield / ",
        "[interview 0.95] Tolka / ",
    )
    items = sorted(service.review_items(), key=lambda i: i.email_id)
    assert len(items) == 4 and service.list_applications() == []
    app_id = service.track_review(items[0].id, "Brookfield Sterile Products", "CQV Engineer")
    assert service.get_application(app_id).status is Status.OFFER_EXTENDED
    assert len(service.emails_for(app_id)) == 3
    assert [i.email_id for i in service.review_items()] == [items[3].email_id]  # Tolka waits


def test_tracking_keeps_the_chosen_start_and_the_users_unmatched_mail(service: Service) -> None:
    load(service, "[recruiter_outreach 0.95] - / ", "[other_job 0.95] - / ")
    [first, second] = sorted(service.review_items(), key=lambda i: i.email_id)
    service.unmatch_email(second.email_id)  # said not to belong anywhere: stays out
    app_id = service.track_review(first.id, "Globex", "", Status.WISHLIST)
    assert service.get_application(app_id).status is Status.WISHLIST
    assert [e.id for e in service.emails_for(app_id)] == [first.email_id]


def test_tracking_mail_of_another_application_recomputes_that_one(service: Service) -> None:
    load(
        service, "[confirmation 0.95] Acme / Data Engineer", "[interview 0.95] Acme / Data Engineer"
    )
    [acme] = service.list_applications()
    assert acme.status is Status.INTERVIEWING
    interview = service.emails_for(acme.id)[-1]
    # An item on mail an application already holds (as "the application is already ...").
    item_id = service.store.write(
        lambda conn: review_q.insert(
            conn, interview.id, "unmatched", suggested_application_id=acme.id
        )
    )
    app_id = service.track_review(item_id, "Acme", "Designer")
    assert service.get_email(interview.id).application_id == app_id
    assert service.get_application(app_id).status is Status.INTERVIEWING
    assert service.get_application(acme.id).status is Status.APPLIED  # without that mail


def test_tracking_needs_a_company_and_an_open_item(service: Service) -> None:
    load(service, "[interview 0.95] - / ")
    [item] = service.review_items()
    with pytest.raises(InvalidInputError):
        service.track_review(item.id, "  ", "Analyst")
    assert service.list_applications() == [] and service.review_count() == 1
    service.dismiss_review(item.id)
    with pytest.raises(NotFoundError):
        service.track_review(item.id, "Acme", "Analyst")
    assert service.list_applications() == []


def test_dismissed_mail_is_never_adopted_later(service: Service) -> None:
    load(service, "[interview 0.95] Acme / Data Engineer")
    [item] = service.review_items()
    service.dismiss_review(item.id)
    load(service, "[confirmation 0.95] Acme / Data Engineer", first=0)
    [app] = service.list_applications()
    assert app.status is Status.APPLIED
    assert len(service.emails_for(app.id)) == 1


def test_dismissed_mail_keeps_no_content_and_never_comes_back(service: Service) -> None:
    outreach = mail(1, 1.0, "[recruiter_outreach 0.95] Initech / Platform Engineer")
    import_sources(service.store, [outreach], analyzer=SubjectAnalyzer())
    [item] = service.review_items()
    with service.store.read() as conn:
        assert search.email_ids(conn, "Initech") == [item.email_id]
    service.dismiss_review(item.id)

    email = service.get_email(item.email_id)
    assert (email.subject, email.sender_name, email.sender_address) == ("", "", "")
    assert (email.body_text, email.body_html, email.company, email.job_title) == (
        None,
        None,
        "",
        "",
    )
    assert email.user_unmatched
    with service.store.read() as conn:
        assert search.email_ids(conn, "Initech") == []
        assert search.email_ids(conn, "Body") == []
        [subject] = conn.execute("SELECT subject FROM threads").fetchone()
        assert subject == ""
        assert conn.execute("SELECT value FROM settings WHERE key = ?", (SCRUB_NEEDED,)).fetchone()
    # The empty record keeps a second import from reading it again.
    import_sources(service.store, [outreach], analyzer=SubjectAnalyzer())
    assert service.review_items() == [] and service.list_applications() == []


def test_dismissing_a_proposal_keeps_the_applications_mail(service: Service) -> None:
    load(service, "[confirmation 0.95] Acme / Data Engineer", "[offer 0.4] Acme / Data Engineer")
    [item] = service.review_items()
    service.dismiss_review(item.id)
    [app] = service.list_applications()
    assert app.status is Status.APPLIED
    kept = service.get_email(item.email_id)
    assert kept.application_id == app.id and kept.subject.startswith("[offer")
    assert kept.body_text


def test_unmatch_and_move_recompute_statuses(service: Service) -> None:
    load(
        service,
        "[confirmation 0.95] Acme / Data Engineer",
        "[confirmation 0.95] Globex / Analyst",
        "[rejection 0.95] Acme / Data Engineer",
    )
    acme = next(a for a in service.list_applications() if a.company == "Acme")
    globex = next(a for a in service.list_applications() if a.company == "Globex")
    assert acme.status is Status.REJECTED
    rejection = service.emails_for(acme.id)[-1]
    service.move_email(rejection.id, globex.id)
    assert service.get_application(acme.id).status is Status.APPLIED
    assert service.get_application(globex.id).status is Status.REJECTED
    service.unmatch_email(rejection.id)
    # It waits in the review list, saying why; dismissing it there keeps nothing of it.
    [item] = service.review_items()
    assert item.email_id == rejection.id and item.reason == "you unmatched it from Globex"
    assert item.suggested_application_id is None
    assert service.get_application(globex.id).status is Status.APPLIED
    assert service.get_email(rejection.id).user_unmatched
    service.dismiss_review(item.id)
    assert service.get_email(rejection.id).subject == "" and service.review_items() == []


def test_background_sync_and_import(service: Service, tmp_path: Path) -> None:
    box = tmp_path / "box.mbox"
    box.write_bytes(DEMO.read_bytes())
    done = threading.Event()
    finished: list[SyncFinished] = []

    def listen(event: SyncEvent) -> None:
        if isinstance(event, SyncFinished):
            finished.append(event)
            done.set()

    service.sync_events.subscribe(listen)
    service.start_background_sync()
    account = service.connect_files([box])
    assert done.wait(60), "the new account was not synced at once"
    assert finished[0].account_id == account.id
    assert finished[0].counts.stored > 20
    assert finished[0].changed_application_ids
    assert service.active_thread_count() >= 0

    again = service.import_mailbox([box]).result(timeout=60)
    assert again.stored == 0
    assert again.duplicates > 0
    service.stop_background_sync()


def test_active_threads_leave_out_closed_applications(service: Service) -> None:
    load(
        service,
        "[confirmation 0.95] Acme / Data Engineer",
        "[confirmation 0.95] Globex / Analyst",
        "[rejection 0.95] Globex / Analyst",
    )
    service.save_settings(service.settings().replace(active_thread_days=100_000))
    assert service.active_thread_count() == 1
