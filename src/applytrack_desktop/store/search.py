"""Full-text search (FTS5) over applications (company, title, notes) and mail (subject, body).

User text becomes a safe FTS5 query: each word is quoted (so ``AND``, ``-`` or ``"`` typed by
the user are plain text) and prefix-matched, and all words must match.
"""

from __future__ import annotations

import re

import sqlcipher3

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """An FTS5 query for ``text``, or None when it holds no searchable word."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


# Applications whose own text matches, or that have an attached email that matches.
APPLICATION_MATCH_SQL = (
    "a.id IN (SELECT rowid FROM applications_fts WHERE applications_fts MATCH :fts"
    " UNION SELECT e.application_id FROM emails e"
    " WHERE e.application_id IS NOT NULL"
    " AND e.id IN (SELECT rowid FROM emails_fts WHERE emails_fts MATCH :fts))"
)


def email_ids(conn: sqlcipher3.Connection, text: str, *, limit: int = 200) -> list[int]:
    """Ids of emails whose subject or body matches ``text``, best match first."""
    query = fts_query(text)
    if query is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM emails_fts WHERE emails_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    ).fetchall()
    return [int(r[0]) for r in rows]
