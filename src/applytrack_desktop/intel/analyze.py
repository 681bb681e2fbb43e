"""From one ``MailMessage`` to one ``Analysis``: classify, then extract for job mail only.

Two thirds of a mailbox is not about jobs; extraction is skipped for it entirely, which is
where most of the pipeline's speed comes from. ``extract`` is separate from the classifier so
that tests, the GUI's "re-extract" and the benchmark can run it on a known category.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.intel.ats import detect_platform
from applytrack_desktop.intel.companies import extract_company
from applytrack_desktop.intel.dates import extract_dates
from applytrack_desktop.intel.ids import extract_ids
from applytrack_desktop.intel.next_steps import extract_next_steps
from applytrack_desktop.intel.reply_title import quoted_view, reply_title
from applytrack_desktop.intel.sentiment import sentiment
from applytrack_desktop.intel.text import prepare, unwrap_forward
from applytrack_desktop.intel.urgency import is_urgent
from applytrack_desktop.mail.message import MailMessage

if TYPE_CHECKING:
    from applytrack_desktop.intel.classifier import Classifier, Prediction

log = logging.getLogger(__name__)

# Categories whose dates with a time are appointments (an interview, a technical round).
_APPOINTMENT_CATEGORIES = frozenset({Category.INTERVIEW, Category.TECHNICAL_ROUND})


def extract(
    message: MailMessage,
    category: Category,
    confidence: float = 1.0,
    job_related_confidence: float = 1.0,
    runner_up: Category | None = None,
    runner_up_confidence: float = 0.0,
) -> Analysis:
    """The full ``Analysis`` of ``message`` for a known ``category`` (no classifier needed);
    ``runner_up``: the classifier's second choice, when there is one (``Analysis``)."""
    if category is Category.NOT_JOB:
        return Analysis(
            category,
            confidence,
            job_related_confidence,
            runner_up=runner_up,
            runner_up_confidence=runner_up_confidence,
        )
    message = unwrap_forward(message)  # a forwarded confirmation is read as the original
    prepared = prepare(message)
    platform = detect_platform(message, prepared.body)
    company = extract_company(message, prepared, category)
    quoted = None
    if company is None and (quoted := quoted_view(message)) is not None:
        # A recruiter's "Great, Thursday works" names the client only in the note it answers.
        company = extract_company(message, quoted, category)
    title = reply_title(message, prepared, company.name if company else None, quoted)
    facts = extract_dates(
        prepared.subject,
        prepared.body,
        message.date,
        message.calendar,
        want_interview=category in _APPOINTMENT_CATEGORIES,
    )
    dates = set(facts.deadlines)
    if facts.interview_at is not None:
        dates.add(facts.interview_at)
    deadlines = tuple(sorted(dates))
    return Analysis(
        category=category,
        confidence=confidence,
        job_related_confidence=job_related_confidence,
        company=company.name if company else None,
        company_aliases=company.aliases if company else (),
        job_title=title,
        ats=platform,
        ats_ids=extract_ids(prepared.subject, prepared.body, message.html),
        sentiment=sentiment(category, prepared.subject, prepared.body),
        urgent=is_urgent(message.date, deadlines, prepared.subject, prepared.body),
        deadlines=deadlines,
        interview_at=facts.interview_at,
        next_steps=extract_next_steps(prepared.sentences()),
        runner_up=runner_up,
        runner_up_confidence=runner_up_confidence,
    )


def from_prediction(message: MailMessage, prediction: Prediction) -> Analysis:
    """The ``Analysis`` of ``message`` given the classifier's ``prediction``.

    Extraction is best effort: should it fail on some odd message, the classification still
    stands and the run goes on (the error's type is logged, never the mail's content).
    """
    category = Category(prediction.category)
    confidence = float(prediction.confidence)
    job_confidence = float(prediction.job_related_confidence)
    second, second_confidence = _runner_up(prediction.probabilities, category)
    try:
        return extract(message, category, confidence, job_confidence, second, second_confidence)
    except Exception as exc:
        log.error("extraction failed on one message (%s); kept its category", type(exc).__name__)
        return Analysis(
            category,
            confidence,
            job_confidence,
            runner_up=second,
            runner_up_confidence=second_confidence,
        )


def _runner_up(
    probabilities: Mapping[Category, float], first: Category
) -> tuple[Category | None, float]:
    """The second choice and its probability given that ``first`` is wrong."""
    rest = {c: p for c, p in probabilities.items() if c is not first}
    total = sum(rest.values())
    if total <= 0.0:
        return None, 0.0
    second = max(rest, key=rest.__getitem__)
    return second, rest[second] / total


def _classifier(classifier: Classifier | None) -> Classifier:
    if classifier is not None:
        return classifier
    from applytrack_desktop.intel.classifier import get_classifier

    return get_classifier()


def analyze(message: MailMessage, *, classifier: Classifier | None = None) -> Analysis:
    """Classify ``message`` and, when it is about a job, extract what it says."""
    return from_prediction(message, _classifier(classifier).predict(message))


def analyze_many(
    messages: Sequence[MailMessage], *, classifier: Classifier | None = None
) -> list[Analysis]:
    """``analyze`` for a batch, with one classifier call (much faster per message)."""
    predictions = _classifier(classifier).predict_many(messages)
    return [from_prediction(m, p) for m, p in zip(messages, predictions, strict=True)]
