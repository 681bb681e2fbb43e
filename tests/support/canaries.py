"""Mail carrying unique canary strings, stored straight into a store (no classifier cost).

Each canary is a word no real text contains, so finding it anywhere (a decrypted page, a
log, a temp file, an export) proves the content it stands for leaked there.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from applytrack_desktop.core.enums import Category
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.timeutil import now_utc


def canary(label: str) -> str:
    """A fresh word, ``<16 random hex>zqcanary<label>``, that FTS5 indexes as one token.

    It STARTS with random hex on purpose: FTS5 stores each term as "shares N characters
    with the previous term" plus the rest, so canaries sharing a long prefix would not
    appear whole in the index. ``tests.support.pages.found`` looks for all but the first
    four characters, which two random canaries rarely share.
    """
    return f"{secrets.token_hex(8)}zqcanary{label}"


def add_mail(
    store: Store,
    count: int,
    *,
    days_old: int,
    label: str,
    account_id: int | None = None,
) -> list[str]:
    """Store ``count`` emails dated ``days_old`` days ago; returns their body canaries.

    Each email's body text and HTML carry its canary (twice, one of them in the HTML);
    subjects carry none, because subjects are metadata that a purge keeps.
    """
    canaries = [canary(label) for _ in range(count)]
    date = now_utc() - timedelta(days=days_old)
    rows = [
        NewEmail(
            account_id=account_id,
            provider_id=f"{label}-{i}",
            message_id=f"<{label}-{i}@example.com>",
            thread_key=f"{label}-thread-{i}",
            date=date,
            subject=f"Interview for role {i}",
            category=Category.INTERVIEW,
            confidence=0.9,
            sender_name="Recruiter",
            sender_address="jobs@example.com",
            company="Acme",
            body_text=f"Dear candidate, your code is {c}. Please reply.",
            body_html=f"<p>Dear candidate, your code is <b>{c}</b>.</p>",
        )
        for i, c in enumerate(canaries)
    ]
    store.write(lambda conn: emails_q.insert_many(conn, rows))
    return canaries
