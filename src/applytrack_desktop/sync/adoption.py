"""Mail stored before its application existed finds that application once it is made.

Mail is applied in date order, but a story does not always start with the receipt: a
recruiter's note, a job board's copy or a rejection read in a backfill (newest first) can
come before the confirmation that creates the application. Such mail matched nothing and
waits, unattached, in the review list. When an application is created (or its start moves
back) the waiting mail of the same employer is offered to the full matcher again, and what
it places there is attached, its review item resolved.
"""

from __future__ import annotations

import sqlcipher3

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.models import ReviewState
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.store import applications, emails, review
from applytrack_desktop.sync.hindsight import reread_late_confirmations
from applytrack_desktop.sync.matcher import EmailFacts, match_email, titles_conflict
from applytrack_desktop.sync.store_index import StoreIndex

# Mail that shows an application existed when it was sent (unlike an outreach, which may come
# before the application it leads to, or portal mail about the candidate's profile).
STARTS_BY = frozenset(
    {
        Category.CONFIRMATION,
        Category.INTERVIEW,
        Category.TECHNICAL_ROUND,
        Category.OFFER,
        Category.REJECTION,
    }
)


def adopt_orphans(
    conn: sqlcipher3.Connection,
    index: StoreIndex,
    app_id: int,
    email_id: int,
    company_norm: str,
    key: str,
    title: str,
) -> bool:
    """Attach earlier-stored unmatched mail that belongs to the just-created ``app_id``
    (``email_id``: the mail that created it; ``key``: its thread). True when any was."""
    adopted = False
    waiting = emails.orphans(conn, company_norm, (key,))
    compact = company_norm.replace(" ", "")
    if compact != company_norm:  # mail that named it by its domain stem: "harborbiosciences"
        known = {o.id for o in waiting}
        waiting += [o for o in emails.orphans(conn, compact) if o.id not in known]
    for orphan in sorted(waiting, key=lambda o: (o.date, o.id)):
        if orphan.id == email_id:
            continue
        other_role = titles_conflict(orphan.job_title, title)
        if not orphan.ats_ids and orphan.thread_key != key and other_role:
            continue  # names another role: the full matcher could not pick this one
        norm = normalize_company(orphan.company) if orphan.company else ""
        facts = EmailFacts(
            account_id=orphan.account_id,
            thread_key=orphan.thread_key,
            related_message_ids=(),
            category=orphan.category,
            company_norms=(norm,) if norm else (),
            job_title=orphan.job_title,
            ats_ids=orphan.ats_ids,
            date=orphan.date,
        )
        found = match_email(facts, index)
        if found is None or found.application_id != app_id:
            continue
        emails.set_application(conn, orphan.id, app_id)
        review.resolve_for_email(conn, orphan.id, ReviewState.ACCEPTED)
        applications.note_email(conn, app_id, orphan.date, next_event_at=orphan.interview_at)
        if orphan.category in STARTS_BY and applications.started_by(conn, app_id, orphan.date):
            index.forget(app_id)
            reread_late_confirmations(conn, app_id, orphan.date)
        adopted = True
    return adopted
