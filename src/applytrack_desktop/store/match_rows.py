"""What matching reads of applications: by company name and its fallbacks, lean rows.

Matching asks for nearly every stored email which applications an employer's name fits:
the exact name, then the same name without spaces, a word shorter or longer, with its
last words as initials, a domain's clipped spelling, or with or without a kind of business
before it ("Grupo", "Hotel"). Each lookup is an index query on
``company_norm`` (never a scan of the table) that returns only what matching reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.names import BUSINESS_KINDS, word_prefixes
from applytrack_desktop.store.timeutil import from_db

MatchRow = tuple[int, str, Status, datetime]  # (id, job_title, status, created_at)
# Status by stored value: a dict look-up, not an enum call (matching reads many rows).
_STATUSES = {status.value: status for status in Status}
_MATCH_COLUMNS = "id, job_title, status, created_at"


def _match_row(r: Sequence[Any]) -> MatchRow:
    return (int(r[0]), r[1], _STATUSES[r[2]], from_db(r[3]))


def _candidates(
    conn: sqlcipher3.Connection, where: list[str], params: list[str]
) -> list[Sequence[Any]]:
    """Rows (matching's columns, then ``company_norm``) that fit any of the ``where`` terms."""
    if not where:
        return []
    sql = f"SELECT {_MATCH_COLUMNS}, company_norm FROM applications WHERE {' OR '.join(where)}"
    return list(conn.execute(sql + " ORDER BY id", params).fetchall())


def _one_employer(rows: Sequence[Sequence[Any]]) -> list[MatchRow]:
    """The rows when they are all one employer's; none when several employers fit (the name
    does not tell which)."""
    if len({r[4] for r in rows}) != 1:
        return []
    return [_match_row(r) for r in rows]


def exact(conn: sqlcipher3.Connection, company_norm: str) -> list[MatchRow]:
    """``applications.for_company(..., active_only=False)`` with only what matching reads, by id.

    Matching asks this for nearly every stored email: without the ATS-id and mail-count
    subqueries of a full ``Application`` row it costs a fraction.
    """
    rows = conn.execute(
        f"SELECT {_MATCH_COLUMNS} FROM applications WHERE company_norm = ? ORDER BY id",
        (company_norm,),
    )
    return [_match_row(r) for r in rows]


def compact(conn: sqlcipher3.Connection, company_norm: str) -> list[MatchRow]:
    """``applications.for_company_compact`` with only what matching reads (an expression
    index serves it)."""
    rows = conn.execute(
        f"SELECT {_MATCH_COLUMNS} FROM applications WHERE replace(company_norm, ' ', '') = ?"
        " ORDER BY id",
        (company_norm.replace(" ", ""),),
    )
    return [_match_row(r) for r in rows]


def word_prefix(conn: sqlcipher3.Connection, company_norm: str) -> list[MatchRow]:
    """Applications of the one employer whose name this one begins or ends short of, a word
    apart: "alpenglas" for "alpenglas digital" and the other way round. Several employers
    that fit ("acme bank", "acme labs" for "acme") are none: the name does not tell which.
    The shorter name needs four letters ("ai" begins too many).

    Both directions are index lookups on ``company_norm``: a range for the longer names
    (every name starting "alpenglas "), equality for the shorter ones (the query's own
    word prefixes), so a store of thousands of applications is never scanned.
    """
    shorter = word_prefixes(company_norm)
    params: list[str] = []
    where: list[str] = []
    if len(company_norm) >= 4:
        # "alpenglas " <= name < "alpenglas!": "!" is the character after the blank.
        where.append("(company_norm >= ? AND company_norm < ?)")
        params += [company_norm + " ", company_norm + "!"]
    if shorter:
        where.append(f"company_norm IN ({', '.join('?' for _ in shorter)})")
        params += shorter
    return _one_employer(_candidates(conn, where, params))


# The kinds of business before a name (``core.names.BUSINESS_KINDS``), and the longer ones
# a hotel group writes: "Almar" for "Grupo Hotelero Almar".
_HEADS = (
    *sorted(BUSINESS_KINDS),
    "grupo hotelero", "grupo empresarial", "grupo industrial",
)  # fmt: skip


def with_head(conn: sqlcipher3.Connection, company_norm: str) -> list[MatchRow]:
    """Applications of the one employer that is this name with a business kind before it, or
    without the one it has: "almar" for "grupo hotelero almar", "hotel corte dei tigli" for
    "corte dei tigli". Exact index lookups on a short list of names; never a scan."""
    if len(company_norm) < 4:
        return []
    names = [f"{head} {company_norm}" for head in _HEADS]
    for head in _HEADS:
        if company_norm.startswith(head + " ") and len(rest := company_norm[len(head) + 1 :]) >= 4:
            names.append(rest)
    where = [f"company_norm IN ({', '.join('?' for _ in names)})"]
    return _one_employer(_candidates(conn, where, names))


def acronym(conn: sqlcipher3.Connection, company_norm: str) -> list[MatchRow]:
    """Applications of the one employer whose name is this one with its last words written
    as their initials, or the other way round: "bluebonnet valley isd" for "bluebonnet
    valley independent school district", "balcones cc" for "balcones community college".
    The words before must match whole (four letters at least), the initials be two to
    five letters and stand for two words or more; or the whole name of three words or more
    is written as its initials ("hvm").

    Index lookups as in ``word_prefix``: equality for the acronym forms of the
    query, a range for the longer names that start with the query's words before its
    acronym (their initials are then checked here).
    """
    words = company_norm.split(" ")
    acronyms = [
        " ".join(words[:k]) + " " + "".join(w[0] for w in words[k:])
        for k in range(1, len(words) - 1)
        if len(" ".join(words[:k])) >= 4 and len(words) - k <= 5
    ]
    params: list[str] = []
    where: list[str] = []
    # The whole name as its initials: "hvm" (a portal's "HVM e-Recruitment") for the later
    # "helderberg vallei municipality" (three words or more: two initials fit too much).
    if 3 <= len(words) <= 6 and all(w[:1].isalpha() for w in words):
        acronyms.append("".join(w[0] for w in words))
    if acronyms:
        where.append(f"company_norm IN ({', '.join('?' for _ in acronyms)})")
        params += acronyms
    head, last = " ".join(words[:-1]), words[-1]
    spelled_out = len(words) >= 2 and len(head) >= 4 and 2 <= len(last) <= 5 and last.isalpha()
    if spelled_out:
        where.append("(company_norm >= ? AND company_norm < ?)")
        params += [head + " ", head + "!"]
    rows = _candidates(conn, where, params)
    fitting = [
        r
        for r in rows
        if r[4] in acronyms
        or (
            spelled_out
            and len(tail := r[4][len(head) + 1 :].split(" ")) >= 2
            and "".join(w[0] for w in tail) == last
        )
    ]
    return _one_employer(fitting)


def clipped(conn: sqlcipher3.Connection, company_norm: str) -> list[MatchRow]:
    """Applications of the one employer whose name, its blanks removed, this one-word name
    begins and then stops inside a later word or between two: a domain's clipped spelling
    ("kestrelpay" for "kestrel payments", "lakesidedialysis" for "lakeside dialysis
    partners"). The first word needs four letters, a clipped word keeps two, and the name
    must not be the whole of the employer's (that is ``compact``). One range lookup on the
    index (names starting with the query's first four letters), the rest checked here.
    """
    if " " in company_norm or len(company_norm) < 6:
        return []
    where = ["(company_norm >= ? AND company_norm < ?)"]
    rows = _candidates(conn, where, [company_norm[:4], company_norm[:4] + "\uffff"])

    def fits(name: str) -> bool:
        words = name.split(" ")
        if len(words) < 2 or len(words[0]) < 4:
            return False
        rest = company_norm
        for index, word in enumerate(words):
            if rest.startswith(word):
                rest = rest[len(word) :]
                if not rest:  # ends between two words: not the last one, not the first
                    return 0 < index < len(words) - 1
                continue
            return index > 0 and len(rest) >= 2 and word.startswith(rest)
        return False

    fitting = [r for r in rows if fits(r[4])]
    return _one_employer(fitting)


def titled(conn: sqlcipher3.Connection) -> list[MatchRow]:
    """Every application that has a job title, as matching reads it (few: read whole)."""
    rows = conn.execute(f"SELECT {_MATCH_COLUMNS} FROM applications WHERE job_title != ''")
    return [_match_row(r) for r in rows]


def by_id(conn: sqlcipher3.Connection, app_id: int) -> MatchRow | None:
    row = conn.execute(
        f"SELECT {_MATCH_COLUMNS} FROM applications WHERE id = ?", (app_id,)
    ).fetchone()
    return None if row is None else _match_row(row)
