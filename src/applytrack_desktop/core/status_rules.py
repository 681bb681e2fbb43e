"""The status rules of CONTRACTS.md as one pure function.

Automatic moves go forward only (Applied < Interviewing < Technical Round < Offer Extended);
a rejection moves to Rejected from anywhere; a confirmation never moves an application
(except a Wishlist entry, which becomes Applied). Below the confidence threshold a move is
proposed, not applied. What the user set by hand wins over mail that is not newer than it,
and terminal statuses (Rejected, Withdrawn, Accepted) are never left automatically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from applytrack_desktop.core.enums import CATEGORY_TARGET, PROGRESSION, Category, Status

# Chosen on story mailboxes of TRAINING families read out of fold (eval_status.py --split train
# --oof; models/STATUS-EVAL.md): final status right 0.753/0.767/0.807 at 0.65 -> 0.780/0.772/
# 0.817 at 0.50 (150/400/300 stories); nothing above 0.50 did better, for any one category.
# Not lower: below 0.50 a calibrated guess is more often wrong than right.
DEFAULT_CONFIDENCE_THRESHOLD = 0.50


class Verdict(StrEnum):
    APPLY = "apply"  # change the status now
    PROPOSE = "propose"  # show it to the user in the review list


@dataclass(frozen=True, slots=True)
class ManualLock:
    """The user's last hand-set status and when they set it."""

    status: Status
    set_at: datetime


@dataclass(frozen=True, slots=True)
class StatusDecision:
    new_status: Status
    verdict: Verdict
    reason: str

    @property
    def applies(self) -> bool:
        return self.verdict is Verdict.APPLY


def _rank(status: Status) -> int | None:
    return PROGRESSION.index(status) if status in PROGRESSION else None


def decide_status(
    current: Status,
    category: Category,
    confidence: float,
    *,
    manual_lock: ManualLock | None = None,
    email_date: datetime | None = None,
    threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
) -> StatusDecision | None:
    """Return what an email of ``category`` does to an application in ``current``.

    ``None`` means the email leaves the status alone. Otherwise the decision says the new
    status and whether to apply it or only propose it.
    """
    if not 0.0 <= confidence <= 1.0:
        raise ValueError(f"confidence must be in [0, 1], got {confidence!r}")
    target = CATEGORY_TARGET[category]
    if target is None or target is current:
        return None

    if category is Category.CONFIRMATION and current is not Status.WISHLIST:
        return None

    if current.is_terminal:
        # Never left automatically; a later mail that disagrees (say, an interview after a
        # rejection that may have been misread) is put to the user instead.
        return StatusDecision(target, Verdict.PROPOSE, f"the application is {current}")

    if target is not Status.REJECTED:
        cur_rank, new_rank = _rank(current), _rank(target)
        if cur_rank is None or new_rank is None or new_rank <= cur_rank:
            return None  # automatic moves never go backwards

    if manual_lock is not None and (email_date is None or email_date <= manual_lock.set_at):
        return StatusDecision(target, Verdict.PROPOSE, "the status was set by hand after this mail")

    if confidence < threshold:
        return StatusDecision(target, Verdict.PROPOSE, "the classifier is not sure enough")

    return StatusDecision(target, Verdict.APPLY, f"{category} mail")


def tracking_start(category: Category) -> Status:
    """Where an application the user starts from one of its emails begins ("Track as New"):
    a recruiter's approach is a job one may still apply for; anything else is under way."""
    return Status.WISHLIST if category is Category.RECRUITER_OUTREACH else Status.APPLIED
