"""In-memory provider and target for engine and scheduler tests (no store, no network)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from applytrack_desktop.core.errors import StaleCursorError, UserFacingError
from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.providers.base import FetchedMessage, Page, SyncRequest
from applytrack_desktop.sync.engine import PageOutcome
from applytrack_desktop.sync.events import SyncCounts


@dataclass
class ListProvider:
    """A mailbox of numbered messages; the cursor is the count already delivered."""

    messages: list[str]
    page_size: int = 2
    fail_with: UserFacingError | None = None
    fail_after_pages: int = 0
    stale_cursors: set[str] = field(default_factory=set)
    kind: str = "memory"
    closed: bool = False

    def address(self) -> str:
        return "me@example.com"

    def pages(self, request: SyncRequest) -> Iterator[Page]:
        if request.cursor in self.stale_cursors:
            raise StaleCursorError("history too old")
        start = int(request.cursor or 0)
        for n, offset in enumerate(range(start, len(self.messages), self.page_size)):
            if self.fail_with is not None and n >= self.fail_after_pages:
                raise self.fail_with
            chunk = self.messages[offset : offset + self.page_size]
            fetched = tuple(
                FetchedMessage(pid, pid.encode()) for pid in chunk if not request.known(pid)
            )
            end = offset + len(chunk)
            yield Page(fetched, cursor=str(end), done=end, total=len(self.messages))

    def close(self) -> None:
        self.closed = True


@dataclass
class MemoryTarget:
    accounts: dict[int, Account] = field(default_factory=dict)
    stored: dict[int, list[str]] = field(default_factory=dict)
    states: list[tuple[int, AccountState, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_account(self, account_id: int) -> None:
        self.accounts[account_id] = Account(account_id, AccountKind.FILES, "me@example.com")

    def load_account(self, account_id: int) -> Account:
        return self.accounts[account_id]

    def is_known(self, account_id: int, provider_id: str) -> bool:
        return provider_id in self.stored.get(account_id, [])

    def apply_page(self, account_id: int, page: Page) -> PageOutcome:
        with self.lock:
            box = self.stored.setdefault(account_id, [])
            box.extend(m.provider_id for m in page.messages if m.provider_id not in box)
            account = self.accounts[account_id]
            self.accounts[account_id] = Account(
                account.id, account.kind, account.address, cursor=page.cursor
            )
        return PageOutcome(SyncCounts(fetched=len(page.messages), stored=len(page.messages)))

    def record_state(
        self, account_id: int, state: AccountState, *, error: str = "", synced: bool = False
    ) -> None:
        self.states.append((account_id, state, error))
