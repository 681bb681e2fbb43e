"""Typed queries on applications: listing, filtering, paging, editing and what matching needs.

Listing is split in two for the GUI's lazy table: the ids of every matching row in the
requested order (cheap: an index scan), then full rows for the page actually painted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from applytrack_desktop.core.enums import PROGRESSION, Status
from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.core.models import Application
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.store.search import APPLICATION_MATCH_SQL, fts_query
from applytrack_desktop.store.timeutil import from_db, from_db_opt, now_db, to_db, to_db_opt

_SEP = "\x1f"  # joins ATS ids inside one row (a character no id contains)

_STATUS_RANK = (
    "CASE a.status "
    + " ".join(
        f"WHEN '{s.value}' THEN {i}"
        for i, s in enumerate((*PROGRESSION, Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN))
    )
    + " END"
)

SORT_KEYS: dict[str, str] = {
    "updated_at": "a.updated_at",
    "created_at": "a.created_at",
    "company": "a.company COLLATE NOCASE",
    "job_title": "a.job_title COLLATE NOCASE",
    "status": _STATUS_RANK,
    "location": "a.location COLLATE NOCASE",
    "last_email_at": "a.last_email_at",
    "next_event_at": "a.next_event_at",
    "id": "a.id",
}

# Statuses a company-only match may pick (matching never attaches mail to a closed one).
CLOSED = (Status.REJECTED.value, Status.WITHDRAWN.value, Status.ACCEPTED.value)

_COLUMNS = (
    "a.id, a.company, a.job_title, a.status, a.created_at, a.updated_at, a.location, a.url,"
    " a.notes, a.source, a.last_email_at, a.next_event_at,"
    " (SELECT group_concat(t.ats_id, char(31)) FROM application_ats_ids t"
    "  WHERE t.application_id = a.id) AS ats_ids,"
    " (SELECT count(*) FROM emails e WHERE e.application_id = a.id) AS email_count"
)


@dataclass(frozen=True, slots=True)
class Filter:
    status: Status | None = None
    company: str | None = None  # case-insensitive substring of the company name
    text: str | None = None  # full-text search over applications and their mail
    # Last update in [updated_from, updated_to): the table's date filter (indexed on
    # updated_at). Appended last so positional Filter(status, company, text) still works.
    updated_from: datetime | None = None
    updated_to: datetime | None = None


def _row(row: Sequence[Any]) -> Application:
    return Application(
        id=row[0],
        company=row[1],
        job_title=row[2],
        status=Status(row[3]),
        created_at=from_db(row[4]),
        updated_at=from_db(row[5]),
        location=row[6],
        url=row[7],
        notes=row[8],
        source=row[9],
        last_email_at=from_db_opt(row[10]),
        next_event_at=from_db_opt(row[11]),
        ats_ids=tuple(sorted(row[12].split(_SEP))) if row[12] else (),
        email_count=row[13],
    )


def _where(flt: Filter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if flt.status is not None:
        clauses.append("a.status = :status")
        params["status"] = flt.status.value
    if flt.company:
        escaped = flt.company.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("a.company LIKE :company ESCAPE '\\'")
        params["company"] = f"%{escaped}%"
    if flt.text is not None and flt.text.strip():
        query = fts_query(flt.text)
        if query is None:
            clauses.append("0")  # only punctuation: nothing can match
        else:
            clauses.append(APPLICATION_MATCH_SQL)
            params["fts"] = query
    if flt.updated_from is not None:
        clauses.append("a.updated_at >= :updated_from")
        params["updated_from"] = to_db(flt.updated_from)
    if flt.updated_to is not None:
        clauses.append("a.updated_at < :updated_to")
        params["updated_to"] = to_db(flt.updated_to)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(sort: str, descending: bool) -> str:
    try:
        expr = SORT_KEYS[sort]
    except KeyError:
        raise InvalidInputError(
            f"Cannot sort by {sort!r}; use one of: {', '.join(SORT_KEYS)}."
        ) from None
    direction = "DESC" if descending else "ASC"
    return f" ORDER BY {expr} {direction}, a.id {direction}"


def ids(
    conn: sqlcipher3.Connection,
    flt: Filter = Filter(),
    *,
    sort: str = "updated_at",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    where, params = _where(flt)
    sql = "SELECT a.id FROM applications a" + where + _order(sort, descending)
    sql += " LIMIT :limit OFFSET :offset"
    params |= {"limit": -1 if limit is None else limit, "offset": offset}
    return [r[0] for r in conn.execute(sql, params)]


def list_(
    conn: sqlcipher3.Connection,
    flt: Filter = Filter(),
    *,
    sort: str = "updated_at",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[Application]:
    where, params = _where(flt)
    sql = f"SELECT {_COLUMNS} FROM applications a" + where + _order(sort, descending)
    sql += " LIMIT :limit OFFSET :offset"
    params |= {"limit": -1 if limit is None else limit, "offset": offset}
    return [_row(r) for r in conn.execute(sql, params)]


def count(conn: sqlcipher3.Connection, flt: Filter = Filter()) -> int:
    where, params = _where(flt)
    result: int = conn.execute("SELECT count(*) FROM applications a" + where, params).fetchone()[0]
    return result


def get_many(conn: sqlcipher3.Connection, app_ids: Sequence[int]) -> list[Application]:
    """The applications with these ids, in the same order; ids that do not exist are skipped."""
    found: dict[int, Application] = {}
    for start in range(0, len(app_ids), 500):  # stay well under SQLite's variable limit
        chunk = list(app_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM applications a WHERE a.id IN ({marks})", chunk
        ):
            found[row[0]] = _row(row)
    return [found[i] for i in app_ids if i in found]


def get(conn: sqlcipher3.Connection, app_id: int) -> Application | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM applications a WHERE a.id = ?", (app_id,))
    first = row.fetchone()
    return None if first is None else _row(first)


def status_counts(conn: sqlcipher3.Connection) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for status, n in conn.execute("SELECT status, count(*) FROM applications GROUP BY status"):
        counts[Status(status)] = n
    return counts


# -- writing ------------------------------------------------------------------------------


def insert(
    conn: sqlcipher3.Connection,
    *,
    company: str,
    job_title: str,
    status: Status = Status.APPLIED,
    location: str = "",
    url: str = "",
    notes: str = "",
    source: str = "manual",
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    last_email_at: datetime | None = None,
    next_event_at: datetime | None = None,
    created_from_account_id: int | None = None,
    ats_ids: Iterable[str] = (),
    app_id: int | None = None,
) -> int:
    """Insert an application (with ``app_id`` when given and free) and return its id."""
    created = to_db(created_at) if created_at else now_db()
    cur = conn.execute(
        "INSERT INTO applications (id, company, company_norm, job_title, status, location,"
        " url, notes, source, created_at, updated_at, last_email_at, next_event_at,"
        " created_from_account_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            app_id,
            company,
            normalize_company(company),
            job_title,
            Status(status).value,
            location,
            url,
            notes,
            source,
            created,
            to_db(updated_at) if updated_at else created,
            to_db_opt(last_email_at),
            to_db_opt(next_event_at),
            created_from_account_id,
        ),
    )
    new_id = int(cur.lastrowid)
    add_ats_ids(conn, new_id, ats_ids)
    return new_id


def exists(conn: sqlcipher3.Connection, app_id: int) -> bool:
    return conn.execute("SELECT 1 FROM applications WHERE id = ?", (app_id,)).fetchone() is not None


_EDITABLE = ("company", "job_title", "location", "url", "notes", "source")


def update_fields(conn: sqlcipher3.Connection, app_id: int, **fields: str) -> bool:
    """Set text fields (company, job_title, location, url, notes, source); True if found.

    A user's edit is news, so "Last update" moves to now (``fill_in_title`` does not).
    """
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    values: dict[str, Any] = dict(fields)
    if "company" in values:
        values["company_norm"] = normalize_company(values["company"])
    values["updated_at"] = now_db()
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    cur = conn.execute(
        f"UPDATE applications SET {assignments} WHERE id = :id", {**values, "id": app_id}
    )
    return int(cur.rowcount) > 0


def fill_in_title(conn: sqlcipher3.Connection, app_id: int, title: str) -> None:
    """The pipeline giving an application the role its mail names. Unlike a user's edit
    this is no news: "Last update" stays the date of its newest mail (were it moved to now,
    an import would put every such application at the top, dated the day of the import)."""
    conn.execute("UPDATE applications SET job_title = ? WHERE id = ?", (title, app_id))


def set_status(
    conn: sqlcipher3.Connection,
    app_id: int,
    status: Status,
    *,
    manual_at: datetime | None = None,
    at: datetime | None = None,
) -> None:
    """Set the status; ``manual_at`` records a hand-set status (which mail then cannot undo).

    ``at`` is when the change happened (the date of the mail that caused it); default now.
    """
    if manual_at is None:
        conn.execute(
            "UPDATE applications SET status = ?, updated_at = max(updated_at, ?) WHERE id = ?",
            (status.value, to_db(at) if at else now_db(), app_id),
        )
    else:
        conn.execute(
            "UPDATE applications SET status = ?, updated_at = ?, manual_status_at = ? WHERE id = ?",
            (status.value, now_db(), to_db(manual_at), app_id),
        )


def manual_status_at(conn: sqlcipher3.Connection, app_id: int) -> datetime | None:
    row = conn.execute("SELECT manual_status_at FROM applications WHERE id = ?", (app_id,))
    first = row.fetchone()
    return None if first is None else from_db_opt(first[0])


def note_email(
    conn: sqlcipher3.Connection,
    app_id: int,
    email_date: datetime,
    *,
    next_event_at: datetime | None = None,
) -> None:
    """An email was attached: move ``last_email_at`` forward, maybe set the next event."""
    # "Last update" is when something happened to the application: the mail's date, not
    # the moment an import or a sync happened to read it.
    conn.execute(
        "UPDATE applications SET updated_at = max(updated_at, :d),"
        " last_email_at = CASE WHEN last_email_at IS NULL OR last_email_at < :d THEN :d"
        "  ELSE last_email_at END,"
        " next_event_at = coalesce(:next, next_event_at) WHERE id = :id",
        {"now": now_db(), "d": to_db(email_date), "next": to_db_opt(next_event_at), "id": app_id},
    )


def started_by(conn: sqlcipher3.Connection, app_id: int, when: datetime) -> bool:
    """Move ``created_at`` back to ``when`` if it is later: the application's own older mail
    shows it existed then (a backfill reads the newest mail first). True if it moved."""
    cur = conn.execute(
        "UPDATE applications SET created_at = :d WHERE id = :id AND created_at > :d",
        {"d": to_db(when), "id": app_id},
    )
    return int(cur.rowcount) > 0


def delete(conn: sqlcipher3.Connection, app_id: int) -> bool:
    # Its mail stays, detached and marked so it is never attached again automatically.
    conn.execute(
        "UPDATE emails SET application_id = NULL, user_unmatched = 1 WHERE application_id = ?",
        (app_id,),
    )
    return int(conn.execute("DELETE FROM applications WHERE id = ?", (app_id,)).rowcount) > 0


def add_ats_ids(conn: sqlcipher3.Connection, app_id: int, ats_ids: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO application_ats_ids (application_id, ats_id) VALUES (?, ?)",
        [(app_id, a) for a in dict.fromkeys(ats_ids) if a],
    )


# -- what matching needs ------------------------------------------------------------------


# One statement, two indexed look-ups: this runs for every stored email (and again for its
# review suggestion). The emails index holds the date and the application (schema 6), so
# the newest attached email of the thread is found without reading any email row.
FOR_THREAD = (
    "SELECT coalesce((SELECT application_id FROM threads"
    "  WHERE ifnull(account_id, 0) = ifnull(?1, 0) AND thread_key = ?2"
    "  AND application_id IS NOT NULL),"
    " (SELECT application_id FROM emails WHERE ifnull(account_id, 0) = ifnull(?1, 0)"
    "  AND thread_key = ?2 AND application_id IS NOT NULL ORDER BY date DESC LIMIT 1))"
)


def for_thread(conn: sqlcipher3.Connection, account_id: int | None, thread_key: str) -> int | None:
    """The application a thread belongs to: the thread row, else mail of that thread."""
    if not thread_key:
        return None
    row = conn.execute(FOR_THREAD, (account_id, thread_key)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def for_message_ids(conn: sqlcipher3.Connection, message_ids: Sequence[str]) -> int | None:
    """The application of the newest attached email among these Message-IDs (a reply's refs)."""
    wanted = [m for m in message_ids if m]
    if not wanted:
        return None
    marks = ",".join("?" * len(wanted))
    row = conn.execute(
        f"SELECT application_id FROM emails WHERE message_id IN ({marks})"
        " AND application_id IS NOT NULL ORDER BY date DESC LIMIT 1",
        wanted,
    ).fetchone()
    return None if row is None else int(row[0])


def for_ats_ids(conn: sqlcipher3.Connection, ats_ids: Sequence[str]) -> list[int]:
    wanted = [a for a in ats_ids if a]
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = conn.execute(
        f"SELECT DISTINCT application_id FROM application_ats_ids WHERE ats_id IN ({marks})"
        " ORDER BY application_id",
        wanted,
    )
    return [int(r[0]) for r in rows]


def for_company(
    conn: sqlcipher3.Connection, company_norm: str, *, active_only: bool = True
) -> list[Application]:
    """Applications at this (normalized) company; by default only the active ones."""
    sql = f"SELECT {_COLUMNS} FROM applications a WHERE a.company_norm = ?"
    params: list[Any] = [company_norm]
    if active_only:
        sql += " AND a.status NOT IN (?, ?, ?)"
        params.extend(CLOSED)
    return [_row(r) for r in conn.execute(sql + " ORDER BY a.id", params)]


def for_company_compact(conn: sqlcipher3.Connection, company_norm: str) -> list[Application]:
    """Applications whose normalized company equals ``company_norm`` once spaces are dropped.

    Mail often names an employer only by its domain stem ("harborbiosciences") while the
    application says "Harbor Biosciences". No index serves this, so callers use it only as
    a fallback when the exact ``for_company`` lookup found nothing (an expression index on
    the space-free form, schema 4, keeps it from reading every application).
    """
    compact = company_norm.replace(" ", "")
    sql = f"SELECT {_COLUMNS} FROM applications a WHERE replace(a.company_norm, ' ', '') = ?"
    return [_row(r) for r in conn.execute(sql + " ORDER BY a.id", (compact,))]
