"""What one batch changes is seen by the batch's next message (``StoreIndex`` remembers the
open applications and the receipts' titles for one ``apply`` call): an application created,
closed or given a title mid-batch is offered, or no longer offered, for the next mail that
names only its role; a receipt naming no employer stored mid-batch is found by the next
employer's mail about its role."""

from __future__ import annotations

from datetime import timedelta

from applytrack_desktop.core.enums import Status
from applytrack_desktop.service import Service
from applytrack_desktop.store import emails, review
from tests.sync.test_pipeline import T0, mail, run, service

__all__ = ["service"]  # the fixture, used by name


def suggestions(service: Service) -> dict[str, int | None]:
    """The suggested application of each mail in the review list, by its subject's tag."""
    with service.store.read() as conn:
        items = review.open_items(conn)
        subjects = {i.email_id: emails.get(conn, i.email_id) for i in items}
    out = {}
    for item in items:
        email = subjects[item.email_id]
        assert email is not None
        out[email.subject.rsplit(" ", 1)[-1]] = item.suggested_application_id
    return out


def app_id(service: Service, company: str) -> int:
    # "Beta / " is read as the company "Beta /": its normalized name is "beta".
    return next(a.id for a in service.list_applications() if a.company.startswith(company))


def test_an_application_created_then_rejected_mid_batch(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[interview 0.95] - / Data Analyst #before"),  # no application yet
        mail(2, 1, "[confirmation 0.95] Acme / Data Analyst"),
        mail(3, 2, "[interview 0.95] - / Data Analyst #created"),
        mail(4, 3, "[rejection 0.95] Acme / Data Analyst"),
        mail(5, 4, "[interview 0.95] - / Data Analyst #rejected"),
    )
    acme = app_id(service, "Acme")
    assert suggestions(service) == {"#before": None, "#created": acme, "#rejected": None}


def test_an_application_given_its_title_mid_batch(service: Service) -> None:
    run(
        service,
        mail(1, 0, "[confirmation 0.95] Beta / "),  # made with no title
        mail(2, 1, "[interview 0.95] - / Data Engineer #untitled"),
        mail(3, 2, "[interview 0.95] Beta / Data Engineer"),  # its first title
        mail(4, 3, "[interview 0.95] - / Data Engineer #titled"),
    )
    beta = app_id(service, "Beta")
    assert suggestions(service) == {"#untitled": None, "#titled": beta}


def test_a_receipt_naming_no_employer_stored_mid_batch(service: Service) -> None:
    # The first employer's mail has the receipts' titles read (none fits); the agency's
    # receipt stored after it must be found by the next employer's mail about its role.
    run(
        service,
        mail(1, 0, "[interview 0.9] Cobalt Labs / Welder"),
        mail(2, 1, "[confirmation 0.95] - / Supply Planner"),
        mail(3, 12, "[rejection 0.9] Orchard Systems / Supply Planner"),
        mail(4, 13, "[interview 0.9] Pine Freight / Supply Planner"),  # the receipt is taken
    )
    apps = service.list_applications()
    assert [(a.company, a.job_title, a.status) for a in apps] == [
        ("Orchard Systems", "Supply Planner", Status.REJECTED)
    ]
    assert apps[0].created_at == T0 + timedelta(days=1)
