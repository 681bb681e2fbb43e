"""When an application turns out to be older, its stored "confirmations" are read again.

An application is confirmed once: a "confirmation" well into an application is read as the
classifier's second choice when that moves a status (``second_choice.late_confirmation``, an
offer or a rejection that thanks the candidate for applying). That needs the application's
start when the mail is stored. A backfill reads the newest mail first (Gmail's first sync),
so the late one comes first: it matches nothing and starts the application itself, and the
receipt that shows how late it came arrives in a later batch. When that older mail moves
the application's start back (``pipeline._Run._started_by``), the confirmations now more
than the slack after the start are read by the same rule, from the second choice stored
with them, so the backfill ends where one pass in date order does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlcipher3

from applytrack_desktop.core.enums import Category
from applytrack_desktop.store import emails
from applytrack_desktop.sync.matcher import CREATED_SLACK, Candidate, titles_conflict
from applytrack_desktop.sync.second_choice import rereads_as_second

_INSTANT = timedelta(microseconds=1)  # the store keeps dates to the microsecond


def reread_late_confirmations(conn: sqlcipher3.Connection, app_id: int, start: datetime) -> int:
    """Read the confirmations of ``app_id`` sent more than the slack after ``start`` as their
    second choice where ``late_confirmation`` would have; returns how many changed. The
    caller recomputes the status."""
    changed = 0
    for stored in emails.confirmations_after(conn, app_id, start + CREATED_SLACK):
        second = stored.runner_up
        if rereads_as_second(
            Category.CONFIRMATION, stored.confidence, second, stored.runner_up_confidence
        ):
            emails.set_category(conn, stored.id, second, stored.runner_up_confidence)
            changed += 1
    return changed


def started_by_first_news(conn: sqlcipher3.Connection, candidate: Candidate) -> bool:
    """Whether ``candidate`` was started by status-moving mail read as its receipt
    (``second_choice.first_news_receipt``): its first mail is a confirmation that would be
    read as its second choice if it came late. A backfill reads that answer before the
    receipt weeks older, which is the same application's start, not a second one."""
    if candidate.created_at is None:
        return False
    first = emails.confirmations_after(conn, candidate.id, candidate.created_at - _INSTANT)
    return bool(first) and (
        first[0].date == candidate.created_at
        and rereads_as_second(
            Category.CONFIRMATION,
            first[0].confidence,
            first[0].runner_up,
            first[0].runner_up_confidence,
        )
    )


def older_receipt_of(
    conn: sqlcipher3.Connection, candidates: Sequence[Candidate], title: str, when: datetime
) -> int | None:
    """The application a receipt that matched none belongs to when it is older than the
    application, by more than the slack, and that application was started by an answer read
    as its receipt: the only such one at the employer whose role does not conflict."""
    fit = {
        c.id
        for c in candidates
        if c.created_at is not None
        and c.created_at - when > CREATED_SLACK
        and not titles_conflict(title, c.job_title)
        and started_by_first_news(conn, c)
    }
    return fit.pop() if len(fit) == 1 else None
