"""Every (status x category x confidence) combination of the status rules, plus manual locks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.core.enums import PROGRESSION, Category, Status
from applytrack_desktop.core.status_rules import (
    DEFAULT_CONFIDENCE_THRESHOLD,
    ManualLock,
    Verdict,
    decide_status,
    tracking_start,
)

HIGH, LOW = 0.95, 0.30
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

MOVING = {
    Category.INTERVIEW: Status.INTERVIEWING,
    Category.TECHNICAL_ROUND: Status.TECHNICAL_ROUND,
    Category.OFFER: Status.OFFER_EXTENDED,
}


def expected(
    current: Status, category: Category, confidence: float
) -> tuple[Status, Verdict] | None:
    """The rules restated independently, as a table a reviewer can check against CONTRACTS."""
    sure = Verdict.APPLY if confidence >= DEFAULT_CONFIDENCE_THRESHOLD else Verdict.PROPOSE
    if category in {Category.RECRUITER_OUTREACH, Category.OTHER_JOB, Category.NOT_JOB}:
        return None
    if category is Category.CONFIRMATION:
        # Only a Wishlist entry becomes Applied; on a closed application a confirmation is
        # most likely a new application to the same employer, which the matcher handles.
        return (Status.APPLIED, sure) if current is Status.WISHLIST else None
    if category is Category.REJECTION:
        if current is Status.REJECTED:
            return None
        if current in {Status.WITHDRAWN, Status.ACCEPTED}:
            return (Status.REJECTED, Verdict.PROPOSE)
        return (Status.REJECTED, sure)
    target = MOVING[category]
    if current in {Status.REJECTED, Status.WITHDRAWN, Status.ACCEPTED}:
        return (target, Verdict.PROPOSE)
    if PROGRESSION.index(target) <= PROGRESSION.index(current):
        return None
    return (target, sure)


@pytest.mark.parametrize(
    ("current", "category", "confidence"),
    list(product(Status, Category, [0.0, LOW, DEFAULT_CONFIDENCE_THRESHOLD, HIGH, 1.0])),
)
def test_every_combination(current: Status, category: Category, confidence: float) -> None:
    decision = decide_status(current, category, confidence)
    want = expected(current, category, confidence)
    if want is None:
        assert decision is None
    else:
        assert decision is not None
        assert (decision.new_status, decision.verdict) == want


def test_forward_only_examples() -> None:
    moved = decide_status(Status.APPLIED, Category.INTERVIEW, HIGH)
    assert moved is not None and moved.applies and moved.new_status is Status.INTERVIEWING
    assert decide_status(Status.OFFER_EXTENDED, Category.INTERVIEW, HIGH) is None
    assert decide_status(Status.TECHNICAL_ROUND, Category.INTERVIEW, HIGH) is None
    rejected = decide_status(Status.OFFER_EXTENDED, Category.REJECTION, HIGH)
    assert rejected is not None and rejected.applies


def test_confirmation_never_moves_an_active_application() -> None:
    for status in (Status.APPLIED, Status.INTERVIEWING, Status.TECHNICAL_ROUND):
        assert decide_status(status, Category.CONFIRMATION, 1.0) is None


def test_low_confidence_is_proposed_not_applied() -> None:
    decision = decide_status(Status.APPLIED, Category.OFFER, LOW)
    assert decision is not None
    assert decision.verdict is Verdict.PROPOSE
    assert decision.new_status is Status.OFFER_EXTENDED


def test_threshold_is_a_parameter() -> None:
    assert decide_status(Status.APPLIED, Category.OFFER, 0.5, threshold=0.4).applies  # type: ignore[union-attr]
    decision = decide_status(Status.APPLIED, Category.OFFER, 0.5, threshold=0.9)
    assert decision is not None and not decision.applies


def test_manual_status_wins_over_older_mail() -> None:
    lock = ManualLock(Status.INTERVIEWING, set_at=T0)
    older = decide_status(
        Status.INTERVIEWING,
        Category.REJECTION,
        HIGH,
        manual_lock=lock,
        email_date=T0 - timedelta(days=1),
    )
    assert older is not None and older.verdict is Verdict.PROPOSE
    same_time = decide_status(
        Status.INTERVIEWING, Category.OFFER, HIGH, manual_lock=lock, email_date=T0
    )
    assert same_time is not None and same_time.verdict is Verdict.PROPOSE
    undated = decide_status(Status.INTERVIEWING, Category.OFFER, HIGH, manual_lock=lock)
    assert undated is not None and undated.verdict is Verdict.PROPOSE


def test_newer_mail_moves_a_manually_set_status_forward() -> None:
    lock = ManualLock(Status.INTERVIEWING, set_at=T0)
    newer = decide_status(
        Status.INTERVIEWING,
        Category.OFFER,
        HIGH,
        manual_lock=lock,
        email_date=T0 + timedelta(hours=1),
    )
    assert newer is not None and newer.applies and newer.new_status is Status.OFFER_EXTENDED


def test_manual_terminal_status_is_never_left_automatically() -> None:
    lock = ManualLock(Status.WITHDRAWN, set_at=T0)
    later = decide_status(
        Status.WITHDRAWN, Category.OFFER, 1.0, manual_lock=lock, email_date=T0 + timedelta(days=3)
    )
    assert later is not None and later.verdict is Verdict.PROPOSE


@pytest.mark.parametrize("bad", [-0.01, 1.01, float("nan")])
def test_confidence_out_of_range_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="confidence"):
        decide_status(Status.APPLIED, Category.OFFER, bad)


@given(
    current=st.sampled_from(list(Status)),
    category=st.sampled_from(list(Category)),
    confidence=st.floats(0, 1),
)
def test_automatic_moves_never_go_backwards(
    current: Status, category: Category, confidence: float
) -> None:
    decision = decide_status(current, category, confidence)
    if decision is None or not decision.applies:
        return
    assert not current.is_terminal
    if decision.new_status is not Status.REJECTED:
        assert PROGRESSION.index(decision.new_status) > PROGRESSION.index(current)


def test_tracking_starts_an_approach_on_the_wishlist_and_the_rest_as_applied() -> None:
    assert tracking_start(Category.RECRUITER_OUTREACH) is Status.WISHLIST
    for category in Category:
        if category is not Category.RECRUITER_OUTREACH:
            assert tracking_start(category) is Status.APPLIED
