"""A receipt that looks like everyday mail goes to the review list, not onto the board."""

from __future__ import annotations

from collections.abc import Sequence

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.models import ReviewItem
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.sources import RawSource
from applytrack_desktop.service import Service
from applytrack_desktop.store import review
from applytrack_desktop.sync.importer import import_sources
from applytrack_desktop.sync.pipeline import PipelineSettings
from applytrack_desktop.sync.receipt_gate import ROLELESS_JOB_FLOOR, creates_application
from tests.sync.test_pipeline import mail, only_app, service

__all__ = ["service"]  # the fixture, used by name


def receipt(
    company: str = "Acme", title: str = "", *, job: float = 0.7, ats: str | None = None
) -> Analysis:
    """A confirmation as the classifier read it: sure of the category, ``job`` of P(job)."""
    return Analysis(
        Category.CONFIRMATION,
        0.9,
        job,
        company=company,
        job_title=title or None,
        ats=ats,
        runner_up=Category.NOT_JOB,
        runner_up_confidence=0.8,
    )


class ByMessageId:
    """What the classifier concluded, given per message: mail n gets ``analyses[n]``."""

    def __init__(self, analyses: dict[int, Analysis]) -> None:
        self.analyses = analyses

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        return [self.analyses[int(m.message_id.strip("<>").split("@")[0][1:])] for m in messages]


def replay(service: Service, analyses: dict[int, Analysis], *sources: RawSource) -> None:
    import_sources(
        service.store, list(sources), analyzer=ByMessageId(analyses), settings=PipelineSettings()
    )


def open_review(service: Service) -> list[ReviewItem]:
    with service.store.read() as conn:
        return review.open_items(conn)


def test_a_roleless_receipt_from_no_platform_that_the_classifier_doubted_creates_nothing() -> None:
    assert not creates_application(receipt(job=ROLELESS_JOB_FLOOR - 0.01))


def test_a_role_a_platform_or_a_sure_classifier_lets_a_receipt_create_its_application() -> None:
    assert creates_application(receipt(title="Data Engineer"))
    assert creates_application(receipt(ats="greenhouse"))
    assert creates_application(receipt(job=ROLELESS_JOB_FLOOR))


def test_a_not_job_looking_receipt_goes_to_the_review_list(service: Service) -> None:
    # A visa centre's "we received your application": no role, no hiring platform, and the
    # classifier gave it a fair chance of not being about a job at all.
    replay(service, {1: receipt("VFS Global", job=0.66)}, mail(1, 0, "Application received"))
    assert service.list_applications() == []
    items = open_review(service)
    assert len(items) == 1
    assert items[0].reason == "unmatched"
    # The review list offers no application to put it on: "Track as New…" or "Dismiss".
    assert items[0].suggested_application_id is None
    assert items[0].suggested_status is Status.APPLIED
    email = service.get_email(items[0].email_id)
    assert email.category is Category.CONFIRMATION


def test_a_real_receipt_still_creates_its_application(service: Service) -> None:
    replay(
        service,
        {
            1: receipt("Acme", "Data Engineer", job=0.66),
            2: receipt("Globex", job=0.66, ats="greenhouse"),
            3: receipt("Initech", job=0.95),
        },
        mail(1, 0, "Thank you for applying"),
        mail(2, 1, "We received your application"),
        mail(3, 2, "Thanks for your application"),
    )
    apps = sorted((a.company, a.job_title, a.status) for a in service.list_applications())
    assert apps == [
        ("Acme", "Data Engineer", Status.APPLIED),
        ("Globex", "", Status.APPLIED),
        ("Initech", "", Status.APPLIED),
    ]
    assert open_review(service) == []


def test_a_later_receipt_naming_the_role_takes_the_doubted_one(service: Service) -> None:
    # The doubted receipt waited in the review list; the employer's next receipt names the
    # role and creates the application, which adopts it.
    replay(
        service,
        {1: receipt("Acme", job=0.66), 2: receipt("Acme", "Data Engineer", job=0.99)},
        mail(1, 0, "Application received"),
        mail(2, 1, "Your application for Data Engineer"),
    )
    app = only_app(service)
    assert (app.company, app.job_title) == ("Acme", "Data Engineer")
    assert len(service.emails_for(app.id)) == 2
    assert open_review(service) == []
