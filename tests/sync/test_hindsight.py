"""A late "confirmation" stored before the receipt that shows how late it is, read again."""

from __future__ import annotations

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.service import Service
from tests.sync.test_pipeline import mail, only_app, run, service

__all__ = ["service"]  # the fixture, used by name


def _categories(service: Service, app_id: int) -> list[Category]:
    return [e.category for e in service.emails_for(app_id)]


def test_a_backfill_reads_a_late_confirmation_as_its_second_choice(service: Service) -> None:
    # Newest first: the offer read as a "confirmation" starts the application; the receipt
    # a month older, in the next batch, shows it came well into the application.
    run(service, mail(2, 30, "[confirmation 0.7 offer 0.8] Acme / Data Engineer"))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.OFFER_EXTENDED
    assert _categories(service, app.id) == [Category.CONFIRMATION, Category.OFFER]


def test_it_ends_as_one_pass_in_date_order_does(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"),
        mail(2, 30, "[confirmation 0.7 offer 0.8] Acme / Data Engineer"),
    )
    app = only_app(service)
    assert app.status is Status.OFFER_EXTENDED
    assert _categories(service, app.id) == [Category.CONFIRMATION, Category.OFFER]


def test_a_receipt_within_the_slack_leaves_it_a_confirmation(service: Service) -> None:
    # The ATS's receipt and a recruiter's "got it" the same day: both are receipts.
    run(service, mail(2, 0.5, "[confirmation 0.7 offer 0.8] Acme / Data Engineer"))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.APPLIED
    assert _categories(service, app.id) == [Category.CONFIRMATION, Category.CONFIRMATION]


def test_a_second_choice_given_almost_nothing_is_not_read(service: Service) -> None:
    # 0.5 of the 0.01 left by a sure confirmation: under the floor, a receipt sent twice.
    run(service, mail(2, 30, "[confirmation 0.99 rejection 0.5] Acme / Data Engineer"))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert app.status is Status.APPLIED


def test_a_second_choice_that_moves_nothing_is_not_read(service: Service) -> None:
    run(service, mail(2, 30, "[confirmation 0.6 other_job 0.9] Acme / Data Engineer"))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    app = only_app(service)
    assert _categories(service, app.id) == [Category.CONFIRMATION, Category.CONFIRMATION]


def test_a_hand_set_status_still_wins(service: Service) -> None:
    run(service, mail(2, 30, "[confirmation 0.7 rejection 0.8] Acme / Data Engineer"))
    app = only_app(service)
    service.set_status(app.id, Status.INTERVIEWING)
    run(service, mail(1, 0, "[confirmation 0.95] Acme / Data Engineer"))
    assert only_app(service).status is Status.INTERVIEWING


def test_a_receipt_older_than_an_application_its_answer_started_joins_it(
    service: Service,
) -> None:
    # Newest first, naming no role: the rejection, read as a receipt, starts the application;
    # the sure receipt a month older is that application's start, not a second role.
    run(service, mail(2, 30, "[rejection 0.97 confirmation 0.7] Acme / "))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / "))
    app = only_app(service)
    assert app.status is Status.REJECTED
    assert _categories(service, app.id) == [Category.CONFIRMATION, Category.REJECTION]


def test_a_receipt_older_than_an_application_its_own_receipt_started_is_another_role(
    service: Service,
) -> None:
    run(service, mail(2, 30, "[confirmation 0.95] Acme / "))
    run(service, mail(1, 0, "[confirmation 0.95] Acme / "))
    assert len(service.list_applications()) == 2
