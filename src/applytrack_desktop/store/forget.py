"""Deleting what the store holds of mail the user no longer wants kept.

``dismissed_mail``: the user dismissed an unmatched email from the review list, saying it is
about none of their applications. Like mail the classifier drops, it then keeps no content:
its subject, sender, text and what was read from it go (and its thread's subject, when no
other mail of the thread is left to show); what stays is the empty record that keeps an
import or a sync from reading it again (its ids, date and category).

``account_rows``: deleting every row that holds something of one mail account (the disconnect).

Most of it cascades from the account row (emails, threads, seen ids; the cursor is on the
row itself), and review items cascade from their email. Activity entries only lose their
email link on delete, so those about the account's mail are deleted first: their titles
were written from that mail. Applications stay (the user's own record) unless asked,
and then only those created from this account that no other account's mail supports.
The caller scrubs the file afterwards (``store.scrub``); ``mark_needed`` makes sure a crash
in between is scrubbed later.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from applytrack_desktop.store import scrub

_OF_ACCOUNT = "SELECT id FROM emails WHERE account_id = :account"


@dataclass(frozen=True, slots=True)
class Forgotten:
    emails: int
    applications: int  # deleted with it (``delete_applications``)
    activity: int
    review_items: int


def _count(conn: sqlcipher3.Connection, sql: str, account_id: int) -> int:
    return int(conn.execute(sql, {"account": account_id}).fetchone()[0])


def preview(
    conn: sqlcipher3.Connection, account_id: int, *, delete_applications: bool = False
) -> Forgotten:
    """What ``account_rows`` would delete, counted (for the confirmation the user sees)."""
    params = {"account": account_id}
    apps = 0
    if delete_applications:
        apps = conn.execute(
            "SELECT count(*) FROM applications WHERE created_from_account_id = :account AND NOT"
            " EXISTS (SELECT 1 FROM emails e WHERE e.application_id = applications.id"
            "  AND ifnull(e.account_id, 0) != :account)",
            params,
        ).fetchone()[0]
    return Forgotten(
        emails=_count(conn, "SELECT count(*) FROM emails WHERE account_id = :account", account_id),
        applications=int(apps),
        activity=_count(
            conn, f"SELECT count(*) FROM activity WHERE email_id IN ({_OF_ACCOUNT})", account_id
        ),
        review_items=_count(
            conn, f"SELECT count(*) FROM review_items WHERE email_id IN ({_OF_ACCOUNT})", account_id
        ),
    )


def account_rows(
    conn: sqlcipher3.Connection, account_id: int, *, delete_applications: bool = False
) -> Forgotten:
    """Delete the account and everything of it, inside the caller's transaction."""
    params = {"account": account_id}
    apps = 0
    if delete_applications:
        apps = conn.execute(
            "DELETE FROM applications WHERE created_from_account_id = :account AND NOT EXISTS"
            " (SELECT 1 FROM emails e WHERE e.application_id = applications.id"
            "  AND ifnull(e.account_id, 0) != :account)",
            params,
        ).rowcount
    mail = _count(conn, "SELECT count(*) FROM emails WHERE account_id = :account", account_id)
    activity = conn.execute(f"DELETE FROM activity WHERE email_id IN ({_OF_ACCOUNT})", params)
    review = conn.execute(f"DELETE FROM review_items WHERE email_id IN ({_OF_ACCOUNT})", params)
    n_activity, n_review = int(activity.rowcount), int(review.rowcount)
    # Explicit, though the cascade would do it: the FTS delete triggers run per row here.
    conn.execute("DELETE FROM emails WHERE account_id = :account", params)
    conn.execute("DELETE FROM threads WHERE account_id = :account", params)
    conn.execute("DELETE FROM seen WHERE account_id = :account", params)
    conn.execute("DELETE FROM accounts WHERE id = :account", params)
    scrub.mark_needed(conn)
    return Forgotten(mail, int(apps), n_activity, n_review)


def dismissed_mail(conn: sqlcipher3.Connection, email_id: int) -> bool:
    """Empty an unattached email of its content, inside the caller's transaction.

    Returns False (and changes nothing) when the email is attached to an application: that
    mail is the application's record, and a dismissed proposal only leaves its status alone.
    """
    row = conn.execute(
        "SELECT account_id, thread_key FROM emails WHERE id = ? AND application_id IS NULL",
        (email_id,),
    ).fetchone()
    if row is None:
        return False
    account_id, thread_key = row
    # The FTS update trigger takes the old words out of the search index with the row.
    conn.execute(
        "UPDATE emails SET subject = '', sender_name = '', sender_address = '',"
        " body_text = NULL, body_html = NULL, company = '', company_norm = '',"
        " job_title = '', ats_ids = '[]', deadlines = '[]', next_steps = '[]',"
        " interview_at = NULL, sentiment = 'neutral', urgent = 0, user_unmatched = 1"
        " WHERE id = ?",
        (email_id,),
    )
    conn.execute("DELETE FROM activity WHERE email_id = ?", (email_id,))
    conn.execute(
        "UPDATE threads SET subject = '' WHERE ifnull(account_id, 0) = ifnull(?, 0)"
        " AND thread_key = ? AND application_id IS NULL AND NOT EXISTS (SELECT 1 FROM emails"
        "  WHERE ifnull(account_id, 0) = ifnull(?, 0) AND thread_key = ? AND subject != '')",
        (account_id, thread_key, account_id, thread_key),
    )
    scrub.mark_needed(conn)  # the words leave the file at the next scrub (the daily job)
    return True
