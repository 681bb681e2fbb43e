"""The pipeline's re-readings of the classifier's second choice, one rule at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.sync.second_choice import (
    first_news_receipt,
    late_confirmation,
    reply_in_job_thread,
    unmatched_receipt,
)

CREATED = datetime(2026, 3, 1, 9, tzinfo=UTC)
SLACK = timedelta(days=1)


def receipt(confidence: float, second: Category | None, second_confidence: float) -> Analysis:
    return Analysis(
        Category.CONFIRMATION,
        confidence,
        0.99,
        runner_up=second,
        runner_up_confidence=second_confidence,
    )


def test_a_receipt_weeks_into_an_application_is_its_second_choice() -> None:
    got = late_confirmation(
        receipt(0.6, Category.REJECTION, 0.8), CREATED, CREATED + timedelta(days=20), SLACK
    )
    assert (got.category, got.confidence) == (Category.REJECTION, 0.8)


@pytest.mark.parametrize(
    ("analysis", "created", "days"),
    [
        (receipt(0.6, Category.REJECTION, 0.8), CREATED, 0.5),  # the same day: a duplicate
        (receipt(0.6, Category.REJECTION, 0.8), None, 20),  # no creation date known
        (receipt(0.6, Category.OTHER_JOB, 0.8), CREATED, 20),  # moves nothing
        (receipt(0.6, None, 0.0), CREATED, 20),  # no second choice
        (receipt(0.98, Category.REJECTION, 0.8), CREATED, 20),  # 0.016 outright: a sure receipt
    ],
)
def test_a_receipt_stays_a_receipt(
    analysis: Analysis, created: datetime | None, days: float
) -> None:
    assert late_confirmation(analysis, created, CREATED + timedelta(days=days), SLACK) is analysis


def test_only_a_confirmation_is_re_read() -> None:
    interview = Analysis(
        Category.INTERVIEW, 0.6, 0.99, runner_up=Category.OFFER, runner_up_confidence=0.9
    )
    assert late_confirmation(interview, CREATED, CREATED + timedelta(days=20), SLACK) is interview


def test_a_reply_in_a_job_thread_takes_the_best_job_category() -> None:
    dropped = Analysis(
        Category.NOT_JOB, 0.7, 0.3, runner_up=Category.INTERVIEW, runner_up_confidence=0.55
    )
    got = reply_in_job_thread(dropped)
    assert (got.category, got.confidence) == (Category.INTERVIEW, 0.55)


def test_a_reply_with_no_second_choice_is_other_job_mail() -> None:
    got = reply_in_job_thread(Analysis(Category.NOT_JOB, 0.7, 0.3))
    assert (got.category, got.confidence) == (Category.OTHER_JOB, 0.3)


def test_unmatched_other_job_mail_whose_second_choice_is_a_receipt_is_that_receipt() -> None:
    portal = Analysis(
        Category.OTHER_JOB, 0.7, 0.95, runner_up=Category.CONFIRMATION, runner_up_confidence=0.6
    )
    got = unmatched_receipt(portal)
    assert (got.category, got.confidence) == (Category.CONFIRMATION, 0.6)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (Category.OTHER_JOB, Category.REJECTION),  # the second choice is no receipt
        (Category.OTHER_JOB, None),
        (Category.RECRUITER_OUTREACH, Category.CONFIRMATION),  # comes before applications
        (Category.INTERVIEW, Category.CONFIRMATION),  # an answer waits for its receipt
        (Category.REJECTION, Category.CONFIRMATION),
    ],
)
def test_only_other_job_mail_is_read_as_its_receipt(
    first: Category, second: Category | None
) -> None:
    analysis = Analysis(first, 0.7, 0.95, runner_up=second, runner_up_confidence=0.9)
    assert unmatched_receipt(analysis) is analysis


def test_first_news_read_as_a_receipt_keeps_its_first_choice_as_the_second() -> None:
    news = Analysis(
        Category.REJECTION, 0.9, 0.99, runner_up=Category.CONFIRMATION, runner_up_confidence=0.7
    )
    got = first_news_receipt(news)
    assert (got.category, got.confidence) == (Category.CONFIRMATION, 0.7)
    assert (got.runner_up, got.runner_up_confidence) == (Category.REJECTION, 0.9)


@pytest.mark.parametrize(
    ("category", "confidence", "second", "second_confidence"),
    [
        (Category.REJECTION, 0.99, Category.CONFIRMATION, 0.5),  # 0.005: almost nothing
        (Category.REJECTION, 0.9, Category.OTHER_JOB, 0.7),  # no receipt
        (Category.OTHER_JOB, 0.6, Category.CONFIRMATION, 0.7),  # moves nothing
    ],
)
def test_first_news_stays_what_it_is_otherwise(
    category: Category, confidence: float, second: Category, second_confidence: float
) -> None:
    news = Analysis(
        category, confidence, 0.99, runner_up=second, runner_up_confidence=second_confidence
    )
    assert first_news_receipt(news) == news
