"""An application's automatic status, recomputed by replaying its mail in date order.

Mail does not arrive in date order: a backfill runs newest first, a resync re-delivers, a
user attaches an old message by hand. Folding ``decide_status`` over the application's
mail sorted by date makes the result independent of arrival order, which is what "statuses
as if synced once" means. Mail not newer than the user's last hand-set status is skipped:
what the user set by hand wins over it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.status_rules import (
    DEFAULT_CONFIDENCE_THRESHOLD,
    StatusDecision,
    decide_status,
)


@dataclass(frozen=True, slots=True)
class MailEvent:
    """What replay needs of one attached email."""

    email_id: int
    date: datetime
    category: Category
    confidence: float


@dataclass(frozen=True, slots=True)
class ReplayResult:
    status: Status
    caused_by: int | None  # the email whose decision set ``status``; None if nothing moved it
    proposals: tuple[tuple[int, StatusDecision], ...]  # (email id, proposed decision)


def replay_status(
    base_status: Status,
    events: Iterable[MailEvent],
    *,
    manual_at: datetime | None = None,
    threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
) -> ReplayResult:
    """Fold the status rules over ``events`` in (date, id) order, starting at ``base_status``.

    ``base_status`` is the status at creation, or the last hand-set status when
    ``manual_at`` says when the user set it.
    """
    status, caused_by = base_status, None
    proposals: list[tuple[int, StatusDecision]] = []
    for event in sorted(events, key=lambda e: (e.date, e.email_id)):
        if manual_at is not None and event.date <= manual_at:
            continue
        decision = decide_status(status, event.category, event.confidence, threshold=threshold)
        if decision is None:
            continue
        if decision.applies:
            status, caused_by = decision.new_status, event.email_id
        else:
            proposals.append((event.email_id, decision))
    return ReplayResult(status, caused_by, tuple(proposals))
