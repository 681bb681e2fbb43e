"""The matcher's lookups (``MatchIndex``) answered by indexed queries on one connection.

Matching asks for the same few companies' applications mail after mail, so the answers are
remembered for the life of one index: one ``apply`` call, inside one write transaction,
where nothing but the pipeline itself writes. The pipeline calls ``forget()`` whenever it
creates an application or moves one's status, the only changes that alter a ``Candidate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlcipher3

from applytrack_desktop.store import applications, emails
from applytrack_desktop.sync.matcher import Candidate


class StoreIndex:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._by_company: dict[str, list[Candidate]] = {}
        self._by_id: dict[int, Candidate | None] = {}
        self._active: list[Candidate] | None = None

    def forget(self) -> None:
        """Drop what was remembered: an application was created or changed status."""
        self._by_company.clear()
        self._by_id.clear()
        self._active = None

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
        rows = applications.match_rows(self._conn, company_norm)
        if not rows:
            # "harborbiosciences" (a domain stem) is "Harbor Biosciences": equal without spaces.
            rows = applications.match_rows_compact(self._conn, company_norm)
        return [Candidate(i, company_norm, title, status, at) for i, title, status, at in rows]

    def applications_with_sender(self, address: str, among: Sequence[int]) -> list[int]:
        return emails.applications_with_sender(self._conn, address, among)

    def last_mail_before(self, among: Sequence[int], when: datetime) -> dict[int, datetime]:
        return emails.last_mail_before(self._conn, among, when)

    def active_candidates(self) -> list[Candidate]:
        """Every open application that has a title (cached until ``forget``)."""
        if self._active is None:
            self._active = [
                Candidate(i, "", title, status, at)
                for i, title, status, at in applications.titled_match_rows(self._conn)
                if status.is_active
            ]
        return list(self._active)

    def candidate(self, application_id: int) -> Candidate | None:
        if application_id in self._by_id:
            return self._by_id[application_id]
        row = applications.match_row(self._conn, application_id)
        found = None if row is None else Candidate(row[0], "", row[1], row[2], row[3])
        self._by_id[application_id] = found
        return found
