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

from datetime import datetime

import sqlcipher3

from applytrack_desktop.core.enums import Category
from applytrack_desktop.store import emails
from applytrack_desktop.sync.matcher import CREATED_SLACK
from applytrack_desktop.sync.second_choice import rereads_as_second


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
