"""The engine's ``SyncTarget`` on the encrypted store: one transaction per page.

``apply_page`` parses and classifies the page on the calling (sync) thread, then hands one
function to the store's single writer that stores the job-related mail, remembers the
dropped and skipped ids, and moves the account's cursor, all in ONE transaction. Whatever
happens after that commit, the next sync starts from exactly what was stored.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlcipher3 import Connection

from applytrack_desktop.core.errors import NotFoundError
from applytrack_desktop.core.models import Account, AccountState
from applytrack_desktop.providers.base import Page
from applytrack_desktop.store import accounts, emails, seen
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.timeutil import now_utc
from applytrack_desktop.sync.engine import PageOutcome
from applytrack_desktop.sync.events import SyncCounts
from applytrack_desktop.sync.pipeline import Analyzer, Incoming, PipelineSettings, apply, prepare
from applytrack_desktop.sync.thread_rescue import rescue_in_batch


class StoreTarget:
    def __init__(
        self,
        store: Store,
        analyzer: Analyzer,
        settings: Callable[[], PipelineSettings] = PipelineSettings,
    ) -> None:
        self._store = store
        self._analyzer = analyzer
        self._settings = settings

    def load_account(self, account_id: int) -> Account:
        with self._store.read() as conn:
            account = accounts.get(conn, account_id)
        if account is None:
            raise NotFoundError(f"There is no account {account_id}.")
        return account

    def is_known(self, account_id: int, provider_id: str) -> bool:
        with self._store.read() as conn:
            return emails.exists(conn, account_id, provider_id) or seen.contains(
                conn, account_id, provider_id
            )

    def apply_page(self, account_id: int, page: Page) -> PageOutcome:
        incoming = [
            Incoming(m.provider_id, m.raw, thread_id=m.thread_id, source=m.folder)
            for m in page.messages
        ]
        # A page is read whole before it is stored: its threads' job mail is known in advance.
        prepared = rescue_in_batch(prepare(incoming, self._analyzer))
        settings = self._settings()

        def write(conn: Connection) -> PageOutcome:
            result = apply(conn, account_id, prepared, settings)
            seen.add_many(conn, account_id, page.skipped)
            accounts.set_cursor(conn, account_id, page.cursor)
            counts = result.counts + SyncCounts(deleted=len(page.deleted))
            return PageOutcome(counts, result.changed_application_ids)

        return self._store.write(write)

    def record_state(
        self, account_id: int, state: AccountState, *, error: str = "", synced: bool = False
    ) -> None:
        when = now_utc() if synced else None
        self._store.write(
            lambda conn: accounts.set_state(conn, account_id, state, error=error, synced_at=when)
        )
