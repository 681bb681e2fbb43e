"""The pipeline's second-choice readings that start an application, on a real store."""

from __future__ import annotations

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.service import Service
from applytrack_desktop.store import review
from tests.sync.test_pipeline import mail, only_app, run, service

__all__ = ["service"]  # the fixture, used by name


def test_unmatched_other_job_mail_whose_second_choice_is_a_receipt_starts_the_application(
    service: Service,
) -> None:
    # "We received your application" read as portal mail: no application to be news of, so
    # it is the receipt that starts one, and the later rejection lands on it.
    run(
        service,
        mail(1, 0, "[other_job 0.6 confirmation 0.7] Acme / Data Engineer"),
        mail(2, 9, "[rejection 0.9] Acme / Data Engineer"),
    )
    app = only_app(service)
    assert (app.company, app.status) == ("Acme", Status.REJECTED)
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.REJECTION,
    ]


def test_the_same_in_a_backfill_newest_first(service: Service) -> None:
    run(service, mail(2, 9, "[rejection 0.9] Acme / Data Engineer"))
    run(service, mail(1, 0, "[other_job 0.6 confirmation 0.7] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.REJECTED
    assert len(service.emails_for(app.id)) == 2
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_other_job_mail_of_an_application_stays_other_job_mail(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 9, "[other_job 0.6 confirmation 0.7] Acme / Data Engineer"),
    )
    app = only_app(service)
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.OTHER_JOB,
    ]


def test_other_job_mail_whose_second_choice_is_no_receipt_starts_nothing(
    service: Service,
) -> None:
    run(service, mail(1, 0, "[other_job 0.6 interview 0.7] Acme / Data Engineer"))
    assert service.list_applications() == []


def test_first_news_from_an_employer_whose_second_choice_is_a_receipt_starts_it(
    service: Service,
) -> None:
    # "Thank you for applying" read as a rejection: no application at Acme to reject, so it
    # is the receipt that starts one, and the later invitation moves it.
    run(
        service,
        mail(1, 0, "[rejection 0.9 confirmation 0.7] Acme / Data Engineer"),
        mail(2, 9, "[interview 0.95] Acme / Data Engineer"),
    )
    app = only_app(service)
    assert app.status is Status.INTERVIEWING
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.INTERVIEW,
    ]


def test_in_a_backfill_the_older_receipt_reads_the_answer_back(service: Service) -> None:
    # Newest first: the rejection starts the application as a receipt; the real receipt a
    # month older shows it came well into the application, so it is a rejection after all.
    run(service, mail(2, 30, "[rejection 0.9 confirmation 0.7] Acme / Data Engineer"))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.REJECTED
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.REJECTION,
    ]


def test_news_from_an_employer_with_an_application_stays_news(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 9, "[rejection 0.9 confirmation 0.7] Acme / Pastry Chef"),
    )
    app = only_app(service)
    assert app.status is Status.APPLIED
    with service.store.read() as conn:
        assert review.open_count(conn) == 1


def test_a_receipt_the_classifier_gave_almost_nothing_starts_nothing(service: Service) -> None:
    run(service, mail(1, 0, "[rejection 0.99 confirmation 0.5] Acme / Data Engineer"))
    assert service.list_applications() == []


def test_adopted_older_mail_moves_the_start_back_and_rereads_the_answer(
    service: Service,
) -> None:
    # An agency's receipt naming no employer; the employer's rejection in its thread, naming
    # no role, read as a receipt, starts the application and adopts the agency's receipt: the
    # application started then, so the "receipt" weeks later is the rejection it first was.
    run(
        service,
        mail(1, 0, "[confirmation 0.99] - / Data Engineer"),
        mail(2, 30, "[rejection 0.96 confirmation 0.93] Acme / ", reply_to=1),
    )
    app = only_app(service)
    assert app.status is Status.REJECTED
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.REJECTION,
    ]


def test_without_applications_from_mail_first_news_stays_what_it_is(service: Service) -> None:
    # Nothing is started from mail then: the review list shows the classifier's own reading.
    run(
        service,
        mail(1, 0, "[rejection 0.9 confirmation 0.7] Acme / Data Engineer"),
        create_from_confirmations=False,
    )
    assert service.list_applications() == []
    with service.store.read() as conn:
        assert review.open_count(conn) == 1
        (category,) = conn.execute("SELECT category FROM emails").fetchone()
    assert category == "rejection"
