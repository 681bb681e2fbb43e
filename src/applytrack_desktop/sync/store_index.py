"""The matcher's lookups (``MatchIndex``) answered by indexed queries on one connection."""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from applytrack_desktop.store import applications
from applytrack_desktop.sync.matcher import Candidate


class StoreIndex:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn

    def application_for_thread(self, account_id: int | None, thread_key: str) -> int | None:
        return applications.for_thread(self._conn, account_id, thread_key)

    def application_for_message_ids(self, message_ids: Sequence[str]) -> int | None:
        return applications.for_message_ids(self._conn, message_ids)

    def applications_for_ats_ids(self, ats_ids: Sequence[str]) -> list[int]:
        return applications.for_ats_ids(self._conn, ats_ids)

    def applications_for_company(self, company_norm: str) -> list[Candidate]:
        found = applications.match_rows(self._conn, company_norm)
        if not found:
            # "harborbiosciences" (a domain stem) is "Harbor Biosciences": equal without spaces.
            found = applications.match_rows_compact(self._conn, company_norm)
        return [Candidate(i, company_norm, title, status, at) for i, title, status, at in found]

    def candidate(self, application_id: int) -> Candidate | None:
        row = applications.match_row(self._conn, application_id)
        if row is None:
            return None
        app_id, title, status, created_at = row
        return Candidate(app_id, "", title, status, created_at)
