"""Typed queries on stored mail: upsert by the provider's stable id, look-ups, retention.

Only job-related mail is stored. Its full body is optional (purged after the retention
period); the metadata and the analysis outlive it. The store cannot see ``intel`` (layering),
so the pipeline hands over a ``NewEmail`` built from the message and its ``Analysis``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import sqlcipher3

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.models import Email
from applytrack_desktop.core.names import normalize_company, word_prefixes
from applytrack_desktop.store.timeutil import from_db, from_db_opt, now_db, to_db, to_db_opt

_normalize = lru_cache(maxsize=4096)(normalize_company)  # one company, mail after mail


@dataclass(frozen=True, slots=True)
class NewEmail:
    """Everything stored about one email (the row minus its id)."""

    account_id: int | None
    provider_id: str
    message_id: str
    thread_key: str
    date: datetime
    subject: str
    category: Category
    confidence: float
    sender_name: str = ""
    sender_address: str = ""
    application_id: int | None = None
    company: str = ""
    job_title: str = ""
    ats: str = ""
    ats_ids: tuple[str, ...] = ()
    sentiment: str = "neutral"
    urgent: bool = False
    deadlines: tuple[datetime, ...] = ()
    next_steps: tuple[str, ...] = ()
    interview_at: datetime | None = None
    body_text: str | None = None
    body_html: str | None = None
    user_unmatched: bool = False
    # The classifier's second choice and its probability given that the first is wrong.
    runner_up: Category | None = None
    runner_up_confidence: float = 0.0


_COLUMNS = (
    "id, account_id, provider_id, message_id, thread_key, application_id, sender_name,"
    " sender_address, date, subject, category, confidence, company, job_title, body_text,"
    " body_html, sentiment, urgent, deadlines, next_steps, user_unmatched, ats, ats_ids,"
    " interview_at"
)


def _row(r: Sequence[Any]) -> Email:
    return Email(
        id=r[0],
        account_id=r[1],
        provider_id=r[2],
        message_id=r[3],
        thread_key=r[4],
        application_id=r[5],
        sender_name=r[6],
        sender_address=r[7],
        date=from_db(r[8]),
        subject=r[9],
        category=Category(r[10]),
        confidence=r[11],
        company=r[12],
        job_title=r[13],
        body_text=r[14],
        body_html=r[15],
        sentiment=r[16],
        urgent=bool(r[17]),
        deadlines=tuple(from_db(d) for d in json.loads(r[18])),
        next_steps=tuple(json.loads(r[19])),
        user_unmatched=bool(r[20]),
        ats=r[21],
        ats_ids=tuple(json.loads(r[22])),
        interview_at=from_db_opt(r[23]),
    )


# The stored columns of a ``NewEmail``, in the order ``_row_values`` gives them.
_VALUE_COLUMNS = (
    "account_id", "provider_id", "message_id", "thread_key", "application_id", "sender_name",
    "sender_address", "date", "subject", "category", "confidence", "company", "company_norm",
    "job_title", "ats", "ats_ids", "sentiment", "urgent", "deadlines", "next_steps",
    "interview_at", "body_text", "body_html", "user_unmatched", "runner_up",
    "runner_up_confidence",
)  # fmt: skip
# Built once, with positional parameters: the pipeline inserts every email it keeps, and
# building the statement and binding a dict by name cost a fifth of each insert.
_INSERT = (
    f"INSERT INTO emails ({', '.join(_VALUE_COLUMNS)}, id, created_at)"
    f" VALUES ({', '.join('?' * (len(_VALUE_COLUMNS) + 2))})"
)


def _json_list(items: Sequence[str]) -> str:
    return json.dumps(list(items)) if items else "[]"  # most mail has no ids, dates, steps


def _row_values(e: NewEmail) -> tuple[Any, ...]:
    """The ``_VALUE_COLUMNS`` of ``e``; raises for mail that is not about a job."""
    if e.category is Category.NOT_JOB:
        raise ValueError("mail that is not about a job is never stored")
    return (
        e.account_id,
        e.provider_id,
        e.message_id,
        e.thread_key,
        e.application_id,
        e.sender_name,
        e.sender_address,
        to_db(e.date),
        e.subject,
        Category(e.category).value,
        float(e.confidence),
        e.company,
        _normalize(e.company) if e.company else "",
        e.job_title,
        e.ats,
        _json_list(e.ats_ids),
        e.sentiment,
        int(e.urgent),
        _json_list([to_db(d) for d in e.deadlines]),
        _json_list(e.next_steps),
        to_db_opt(e.interview_at),
        e.body_text,
        e.body_html,
        int(e.user_unmatched),
        None if e.runner_up is None else Category(e.runner_up).value,
        float(e.runner_up_confidence),
    )


def _values(e: NewEmail) -> dict[str, Any]:
    return dict(zip(_VALUE_COLUMNS, _row_values(e), strict=True))


def insert(conn: sqlcipher3.Connection, email: NewEmail, *, email_id: int | None = None) -> int:
    cur = conn.execute(_INSERT, (*_row_values(email), email_id, now_db()))
    return int(cur.lastrowid)


def insert_many(conn: sqlcipher3.Connection, emails: Sequence[NewEmail]) -> None:
    """Bulk insert (imports, benchmarks); the ids are not returned."""
    if not emails:
        return
    now = now_db()
    conn.executemany(_INSERT, ((*_row_values(e), None, now) for e in emails))


@contextlib.contextmanager
def batched_search_index(conn: sqlcipher3.Connection) -> Iterator[None]:
    """Mail inserted inside goes into the full-text index in one statement at the end.

    For use inside one write transaction that only inserts mail (it must not change the
    subject or body of, nor delete, mail it inserted: the update and delete triggers would
    unindex what is not indexed yet). Mail gets ids above every existing one, so "id above
    the largest id before" is exactly what was inserted. Nested uses leave it to the outer.
    """
    if conn.execute("SELECT 1 FROM emails_fts_deferred").fetchone() is not None:
        yield
        return
    before = int(conn.execute("SELECT ifnull(max(id), 0) FROM emails").fetchone()[0])
    conn.execute("INSERT INTO emails_fts_deferred (id) VALUES (1)")
    finished = False
    try:
        yield
        finished = True
    finally:
        # After an error the transaction is rolled back anyway; cleaning up still matters
        # should a caller commit regardless, but must not hide the original error.
        with contextlib.suppress(*(() if finished else (sqlcipher3.Error,))):
            conn.execute("DELETE FROM emails_fts_deferred")
            conn.execute(
                "INSERT INTO emails_fts (rowid, subject, body_text)"
                " SELECT id, subject, body_text FROM emails WHERE id > ?",
                (before,),
            )


def upsert(conn: sqlcipher3.Connection, email: NewEmail) -> tuple[int, bool]:
    """Insert, or refresh the stored row with the same (account, provider id).

    Returns ``(id, inserted)``. A refresh keeps the stored application and the user's
    "unmatched" mark: re-delivered mail must not undo what matching or the user decided.
    """
    existing = find(conn, email.account_id, email.provider_id)
    if existing is None:
        return insert(conn, email), True
    values = _values(email)
    for kept in ("account_id", "provider_id", "application_id", "user_unmatched"):
        values.pop(kept)
    assignments = ", ".join(f"{n} = :{n}" for n in values)
    conn.execute(f"UPDATE emails SET {assignments} WHERE id = :id", values | {"id": existing})
    return existing, False


def find(conn: sqlcipher3.Connection, account_id: int | None, provider_id: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM emails WHERE ifnull(account_id, 0) = ifnull(?, 0) AND provider_id = ?",
        (account_id, provider_id),
    ).fetchone()
    return None if row is None else int(row[0])


def exists(conn: sqlcipher3.Connection, account_id: int | None, provider_id: str) -> bool:
    return find(conn, account_id, provider_id) is not None


def exists_message_id(conn: sqlcipher3.Connection, message_id: str) -> bool:
    if not message_id:
        return False
    row = conn.execute("SELECT 1 FROM emails WHERE message_id = ? LIMIT 1", (message_id,))
    return row.fetchone() is not None


def known(
    conn: sqlcipher3.Connection, account_id: int | None, provider_id: str, message_id: str
) -> bool:
    """``exists(...) or exists_message_id(...)`` in one statement (asked of every message)."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM emails WHERE ifnull(account_id, 0) = ifnull(?, 0)"
        " AND provider_id = ?) OR (? != '' AND EXISTS (SELECT 1 FROM emails"
        " WHERE message_id = ?))",
        (account_id, provider_id, message_id, message_id),
    ).fetchone()
    return bool(row[0])


def ids_for_message_id(conn: sqlcipher3.Connection, message_id: str) -> list[int]:
    rows = conn.execute("SELECT id FROM emails WHERE message_id = ? ORDER BY id", (message_id,))
    return [int(r[0]) for r in rows]


def get(conn: sqlcipher3.Connection, email_id: int) -> Email | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM emails WHERE id = ?", (email_id,)).fetchone()
    return None if row is None else _row(row)


def get_many(conn: sqlcipher3.Connection, email_ids: Sequence[int]) -> list[Email]:
    found: dict[int, Email] = {}
    for start in range(0, len(email_ids), 500):
        chunk = list(email_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT {_COLUMNS} FROM emails WHERE id IN ({marks})", chunk):
            found[row[0]] = _row(row)
    return [found[i] for i in email_ids if i in found]


def for_application(conn: sqlcipher3.Connection, app_id: int) -> list[Email]:
    """An application's mail, oldest first (the order a conversation reads)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM emails WHERE application_id = ? ORDER BY date, id", (app_id,)
    )
    return [_row(r) for r in rows]


def in_thread(conn: sqlcipher3.Connection, account_id: int | None, thread_key: str) -> list[Email]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM emails WHERE ifnull(account_id, 0) = ifnull(?, 0)"
        " AND thread_key = ? ORDER BY date, id",
        (account_id, thread_key),
    )
    return [_row(r) for r in rows]


def attach(conn: sqlcipher3.Connection, email_id: int, app_id: int) -> None:
    conn.execute(
        "UPDATE emails SET application_id = ?, user_unmatched = 0 WHERE id = ?", (app_id, email_id)
    )


def set_application(conn: sqlcipher3.Connection, email_id: int, app_id: int | None) -> None:
    """Attach automatically (matching); leaves the user's "unmatched" mark alone."""
    conn.execute("UPDATE emails SET application_id = ? WHERE id = ?", (app_id, email_id))


def detach(conn: sqlcipher3.Connection, email_id: int) -> None:
    """The user says this email is not about its application: never re-attach it."""
    conn.execute(
        "UPDATE emails SET application_id = NULL, user_unmatched = 1 WHERE id = ?", (email_id,)
    )


def purge_bodies(conn: sqlcipher3.Connection, older_than: datetime) -> int:
    """Drop full bodies of mail dated before ``older_than``; the metadata stays."""
    cur = conn.execute(
        "UPDATE emails SET body_text = NULL, body_html = NULL WHERE date < ?"
        " AND (body_text IS NOT NULL OR body_html IS NOT NULL)",
        (to_db(older_than),),
    )
    return int(cur.rowcount)


def count(conn: sqlcipher3.Connection) -> int:
    result: int = conn.execute("SELECT count(*) FROM emails").fetchone()[0]
    return result


_UNATTACHED = "application_id IS NULL AND user_unmatched = 0"
_CATEGORIES = {category.value: category for category in Category}
_ORPHAN_COLUMNS = (
    "id, account_id, thread_key, category, company, job_title, ats_ids, date, interview_at"
)


@dataclass(frozen=True, slots=True)
class Orphan:
    """What matching needs of an unattached email (no bodies: they can be large)."""

    id: int
    account_id: int | None
    thread_key: str
    category: Category
    company: str
    job_title: str
    ats_ids: tuple[str, ...]
    date: datetime
    interview_at: datetime | None


def orphans(
    conn: sqlcipher3.Connection, company_norm: str, thread_keys: Sequence[str] = ()
) -> list[Orphan]:
    """Unattached, not user-detached mail of one company (or of its first words) or of some
    threads, oldest first.

    Matching re-tries these when a new application appears (a backfill that runs newest
    first meets the interview before the confirmation that creates its application).
    Two indexed look-ups (one per partial index), not one ``OR``: SQLite answers the ``OR``
    by reading every unattached email, and after a big import that is the whole review list.
    """
    found: dict[int, Orphan] = {}
    # Mail may name the employer by its first words: "Brookfield - offer summary" waits for
    # "Brookfield Sterile Products" (the matcher then decides, as for any other).
    names = [company_norm, *word_prefixes(company_norm)]
    rows = conn.execute(
        f"SELECT {_ORPHAN_COLUMNS} FROM emails INDEXED BY emails_orphans"
        f" WHERE {_UNATTACHED} AND company_norm IN ({','.join('?' * len(names))})",
        names,
    ).fetchall()
    keys = list(dict.fromkeys(k for k in thread_keys if k))
    if keys:
        marks = ",".join("?" * len(keys))
        rows += conn.execute(
            f"SELECT {_ORPHAN_COLUMNS} FROM emails INDEXED BY emails_orphan_threads"
            f" WHERE {_UNATTACHED} AND thread_key IN ({marks})",
            keys,
        ).fetchall()
    for r in rows:
        if r[0] not in found:
            found[r[0]] = _orphan(r)
    # (date, id): the order ORDER BY date, id gave (stored dates sort as the times they are).
    return sorted(found.values(), key=lambda o: (o.date, o.id))


def receipts_without_employer(
    conn: sqlcipher3.Connection, title_fits: Callable[[str], bool] | None = None
) -> list[Orphan]:
    """Unattached confirmations that name a role but no employer, oldest first; with
    ``title_fits`` (a pure test, asked once per distinct title), only those whose role it
    accepts.

    An agency's "thanks for applying for the Data Analyst role I advertised" names no client;
    the employer's own mail about that role, later, says whose application it was.
    """
    titled = _titled_receipts(conn)
    if title_fits is not None:
        fits: dict[str, bool] = {}
        for _id, title in titled:
            if title not in fits:
                fits[title] = title_fits(title)
        titled = [row for row in titled if fits[row[1]]]
    found: dict[int, Orphan] = {}
    for start in range(0, len(titled), 500):  # stay well under SQLite's variable limit
        chunk = [row[0] for row in titled[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {_ORPHAN_COLUMNS} FROM emails WHERE id IN ({marks})", chunk):
            found[r[0]] = _orphan(r)
    return [found[row[0]] for row in titled]


def receipt_titles_without_employer(conn: sqlcipher3.Connection) -> set[str]:
    """The roles of ``receipts_without_employer``, from the index alone (no email row read)."""
    return {title for _id, title in _titled_receipts(conn)}


def _titled_receipts(conn: sqlcipher3.Connection) -> list[tuple[int, str]]:
    # The literal conditions are the partial index's own (SQLite uses it only when they
    # match). The index holds the titles (schema 9): the receipts pile up as the store grows,
    # and only the rows of the few whose role fits are read.
    rows = conn.execute(
        "SELECT id, job_title FROM emails INDEXED BY emails_receipts_without_employer"
        f" WHERE {_UNATTACHED} AND company_norm = '' AND category = 'confirmation'"
        " AND job_title != '' ORDER BY date, id"
    ).fetchall()
    return [(int(i), str(t)) for i, t in rows]


def _orphan(r: Sequence[Any]) -> Orphan:
    # After a big import a company has hundreds of unattached emails, read again for each of
    # its new applications: the cheap forms first (no ids is "[]", no interview is NULL).
    return Orphan(
        r[0],
        r[1],
        r[2],
        _CATEGORIES[r[3]],
        r[4],
        r[5],
        () if r[6] == "[]" else tuple(json.loads(r[6])),
        from_db(r[7]),
        None if r[8] is None else from_db(r[8]),
    )


def status_events(
    conn: sqlcipher3.Connection, app_id: int
) -> list[tuple[int, datetime, Category, float]]:
    """(id, date, category, confidence) of an application's mail: what status replay reads."""
    rows = conn.execute(
        "SELECT id, date, category, confidence FROM emails WHERE application_id = ?"
        " ORDER BY date, id",
        (app_id,),
    )
    return [(r[0], from_db(r[1]), _CATEGORIES[r[2]], float(r[3])) for r in rows]


def applications_with_sender(
    conn: sqlcipher3.Connection, address: str, among: Sequence[int]
) -> list[int]:
    """Which of the applications ``among`` hold mail from ``address`` (any case)."""
    if not among:
        return []
    marks = ", ".join("?" * len(among))
    rows = conn.execute(
        f"SELECT DISTINCT application_id FROM emails WHERE application_id IN ({marks})"
        " AND lower(sender_address) = ?",
        (*among, address.casefold()),
    )
    return [int(r[0]) for r in rows]


def applications_with_host(conn: sqlcipher3.Connection, host: str) -> list[int]:
    """Which applications hold mail sent from ``host`` (the part after the "@", any case)."""
    if not host:
        return []
    rows = conn.execute(
        "SELECT DISTINCT application_id FROM emails"
        " WHERE lower(substr(sender_address, instr(sender_address, '@') + 1)) = ?"
        " AND application_id IS NOT NULL",
        (host.casefold(),),
    )
    return [int(r[0]) for r in rows]


def last_mail_before(
    conn: sqlcipher3.Connection, among: Sequence[int], when: datetime
) -> dict[int, datetime]:
    """The date of the newest mail at or before ``when`` of each application ``among``."""
    if not among:
        return {}
    # One seek per application: max(date) of (application_id, date) at or before ``when`` is
    # the last index entry of that range (SQLite's min/max optimization). A GROUP BY over
    # "application_id IN (...)" read every email of each application up to ``when``, more
    # and more of them as the applications' mail grows.
    marks = ", ".join(f"(?{i})" for i in range(2, len(among) + 2))
    rows = conn.execute(
        "SELECT v.column1, (SELECT max(date) FROM emails"
        "  WHERE application_id = v.column1 AND date <= ?1)"
        f" FROM (VALUES {marks}) AS v",
        (to_db(when), *among),
    )
    return {int(i): from_db(at) for i, at in rows if at is not None}


@dataclass(frozen=True, slots=True)
class SecondReading:
    """A stored confirmation and the classifier's second choice for it."""

    id: int
    date: datetime
    confidence: float
    runner_up: Category
    runner_up_confidence: float


def confirmations_after(
    conn: sqlcipher3.Connection, app_id: int, after: datetime
) -> list[SecondReading]:
    """An application's confirmations sent after ``after`` that have a second choice."""
    rows = conn.execute(
        "SELECT id, date, confidence, runner_up, runner_up_confidence FROM emails"
        " WHERE application_id = ? AND date > ? AND category = 'confirmation'"
        " AND runner_up IS NOT NULL ORDER BY date, id",
        (app_id, to_db(after)),
    )
    return [
        SecondReading(r[0], from_db(r[1]), float(r[2]), _CATEGORIES[r[3]], float(r[4]))
        for r in rows
    ]


def set_category(
    conn: sqlcipher3.Connection, email_id: int, category: Category, confidence: float
) -> None:
    """What the pipeline reads an email as, once later mail showed what it is."""
    if category is Category.NOT_JOB:
        raise ValueError("mail that is not about a job is never stored")
    conn.execute(
        "UPDATE emails SET category = ?, confidence = ? WHERE id = ?",
        (category.value, float(confidence), email_id),
    )
