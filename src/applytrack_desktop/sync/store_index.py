"""The matcher's lookups (``MatchIndex``) answered by indexed queries on one connection.

Matching asks for the same few companies' applications mail after mail, so the answers are
remembered for the life of one index: one ``apply`` call, inside one write transaction,
where nothing but the pipeline itself writes. The pipeline calls ``forget(app_id)`` whenever
it creates an application or changes one's status, title or start, the only changes that
alter a ``Candidate``. The open applications with a title (read whole: a rescan costs
milliseconds in a store of years) are then brought up to date by reading that one row
again, when next asked for, instead of being read again whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.store import applications, emails, match_rows
from applytrack_desktop.store.emails import Orphan
from applytrack_desktop.sync.matcher import Candidate


class StoreIndex:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._by_company: dict[str, list[Candidate]] = {}
        self._by_id: dict[int, Candidate | None] = {}
        self._active: dict[int, Candidate | None] | None = None
        self._stale: set[int] = set()  # applications changed since ``_active`` was read
        self._listed: list[Candidate] = []  # ``_active``'s open ones, by id
        # The titles of the receipts naming no employer (a superset: one attached since
        # stays, which only costs a look that finds nothing more).
        self._receipt_titles: set[str] | None = None

    def forget(self, application_id: int) -> None:
        """An application was created or changed: drop what was remembered of it."""
        self._by_company.clear()
        self._by_id.clear()
        if self._active is not None:
            self._stale.add(application_id)

    def application_for_thread(self, account_id: int | None, thread_key: str) -> int | None:
        return applications.for_thread(self._conn, account_id, thread_key)

    def application_for_message_ids(self, message_ids: Sequence[str]) -> int | None:
        return applications.for_message_ids(self._conn, message_ids)

    def applications_for_ats_ids(self, ats_ids: Sequence[str]) -> list[int]:
        return applications.for_ats_ids(self._conn, ats_ids)

    def applications_for_company(self, company_norm: str) -> list[Candidate]:
        found = self._by_company.get(company_norm)
        if found is None:
            found = self._load_company(company_norm)
            self._by_company[company_norm] = found
        return list(found)

    def _load_company(self, company_norm: str) -> list[Candidate]:
        rows = match_rows.exact(self._conn, company_norm)
        if not rows:
            # "harborbiosciences" (a domain stem) is "Harbor Biosciences": equal without spaces.
            rows = match_rows.compact(self._conn, company_norm)
        if not rows:
            # "Alpenglas" in an interview invitation, "Alpenglas Digital" on its receipt.
            rows = match_rows.word_prefix(self._conn, company_norm)
        if not rows:
            # "Bluebonnet Valley ISD" on the receipt, "... Independent School District" later.
            rows = match_rows.acronym(self._conn, company_norm)
        if not rows:
            # "Kestrelpay" (kestrelpay.com, naming nothing else) is "Kestrel Payments".
            rows = match_rows.clipped(self._conn, company_norm)
        if not rows:
            # "Almar" in a later mail, "Grupo Hotelero Almar" on the receipt.
            rows = match_rows.with_head(self._conn, company_norm)
        return [Candidate(i, company_norm, title, status, at) for i, title, status, at in rows]

    def applications_with_sender(self, address: str, among: Sequence[int]) -> list[int]:
        return emails.applications_with_sender(self._conn, address, among)

    def applications_with_host(self, host: str) -> list[int]:
        return emails.applications_with_host(self._conn, host)

    def last_mail_before(self, among: Sequence[int], when: datetime) -> dict[int, datetime]:
        return emails.last_mail_before(self._conn, among, when)

    def active_candidates(self) -> list[Candidate]:
        """Every open application that has a title, by id."""
        if self._active is None:
            rows = match_rows.titled(self._conn)
            self._active = {i: _active_candidate(i, t, s, at) for i, t, s, at in rows}
        elif self._stale:
            for app_id in self._stale:
                row = match_rows.by_id(self._conn, app_id)
                self._active[app_id] = None if row is None else _active_candidate(*row)
        else:
            return list(self._listed)
        self._stale.clear()
        self._listed = sorted((c for c in self._active.values() if c is not None), key=_by_id)
        return list(self._listed)

    def receipts_without_employer(self, title_fits: Callable[[str], bool]) -> list[Orphan]:
        """``emails.receipts_without_employer(conn, title_fits)``: the rows are read only when
        one of the remembered titles fits (most mail asking fits none)."""
        if self._receipt_titles is None:
            self._receipt_titles = emails.receipt_titles_without_employer(self._conn)
        fitting = {title for title in self._receipt_titles if title_fits(title)}
        if not fitting:
            return []
        return emails.receipts_without_employer(self._conn, fitting.__contains__)

    def receipt_stored(self) -> None:
        """An unattached confirmation was stored: its title may be new to the receipts."""
        self._receipt_titles = None

    def candidate(self, application_id: int) -> Candidate | None:
        if application_id in self._by_id:
            return self._by_id[application_id]
        row = match_rows.by_id(self._conn, application_id)
        found = None if row is None else Candidate(row[0], "", row[1], row[2], row[3])
        self._by_id[application_id] = found
        return found


def _active_candidate(
    app_id: int, title: str, status: Status, created_at: datetime | None
) -> Candidate | None:
    """The row as ``active_candidates`` holds it; None if it is closed or has no title."""
    return Candidate(app_id, "", title, status, created_at) if title and status.is_active else None


def _by_id(candidate: Candidate) -> int:
    return candidate.id
