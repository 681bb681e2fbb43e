"""Replaying an application's mail gives the same status whatever order it arrived in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.sync.replay import MailEvent, replay_status

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def ev(email_id: int, days: int, category: Category, confidence: float = 0.95) -> MailEvent:
    return MailEvent(email_id, T0 + timedelta(days=days), category, confidence)


def test_date_order_not_arrival_order() -> None:
    events = [
        ev(3, 20, Category.REJECTION),
        ev(1, 1, Category.CONFIRMATION),
        ev(2, 7, Category.INTERVIEW),
    ]
    result = replay_status(Status.APPLIED, events)
    assert result.status is Status.REJECTED
    assert result.caused_by == 3
    assert result.proposals == ()


def test_an_interview_after_a_rejection_is_proposed() -> None:
    result = replay_status(
        Status.APPLIED, [ev(1, 1, Category.REJECTION), ev(2, 9, Category.INTERVIEW)]
    )
    assert result.status is Status.REJECTED
    assert [(i, d.new_status) for i, d in result.proposals] == [(2, Status.INTERVIEWING)]


def test_low_confidence_mail_is_proposed() -> None:
    result = replay_status(Status.APPLIED, [ev(1, 1, Category.OFFER, 0.4)])
    assert result.status is Status.APPLIED
    assert result.caused_by is None
    assert len(result.proposals) == 1


def test_mail_older_than_a_manual_status_is_ignored() -> None:
    events = [ev(1, 1, Category.REJECTION), ev(2, 30, Category.OFFER)]
    result = replay_status(Status.INTERVIEWING, events, manual_at=T0 + timedelta(days=10))
    assert result.status is Status.OFFER_EXTENDED
    assert result.caused_by == 2


@given(st.permutations(range(6)))
def test_arrival_order_never_matters(order: list[int]) -> None:
    base = [
        ev(0, 0, Category.CONFIRMATION),
        ev(1, 3, Category.INTERVIEW),
        ev(2, 3, Category.OTHER_JOB),
        ev(3, 9, Category.TECHNICAL_ROUND),
        ev(4, 12, Category.INTERVIEW),
        ev(5, 15, Category.OFFER, 0.4),  # below the threshold: proposed
    ]
    shuffled = [base[i] for i in order]
    assert replay_status(Status.APPLIED, shuffled) == replay_status(Status.APPLIED, base)
    assert replay_status(Status.APPLIED, base).status is Status.TECHNICAL_ROUND
