"""One sync of one account: walk the provider's pages, store each with its cursor.

Each page goes to ``SyncTarget.apply_page``, which stores the page's messages and the
page's cursor in ONE transaction. A crash between pages therefore resumes from the last
stored cursor: nothing lost, nothing twice (messages are also upserted by a stable id).
A stale cursor means one bounded full resync from the account's window; an auth failure
marks the account "reconnect needed" and stops; throttling and network trouble are
reported with when to try again, for the scheduler's backoff.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from applytrack_desktop.core.errors import (
    AuthError,
    NetworkError,
    ProviderError,
    RateLimitedError,
    StaleCursorError,
    UserFacingError,
)
from applytrack_desktop.core.models import Account, AccountState
from applytrack_desktop.providers.base import HeaderInfo, MailProvider, Page, SyncRequest
from applytrack_desktop.sync.events import (
    EventStream,
    SyncCounts,
    SyncFailed,
    SyncFinished,
    SyncProgress,
    SyncStarted,
)

log = logging.getLogger(__name__)

DEFAULT_WINDOW_DAYS = 180


@dataclass(frozen=True, slots=True)
class PageOutcome:
    counts: SyncCounts
    changed_application_ids: frozenset[int] = frozenset()


class SyncTarget(Protocol):
    """Where synced mail goes; the store-backed pipeline implements it."""

    def load_account(self, account_id: int) -> Account: ...

    def is_known(self, account_id: int, provider_id: str) -> bool: ...

    def apply_page(self, account_id: int, page: Page) -> PageOutcome: ...

    def record_state(
        self, account_id: int, state: AccountState, *, error: str = "", synced: bool = False
    ) -> None: ...


ProviderFactory = Callable[[Account], MailProvider]
WantedFactory = Callable[[Account], Callable[[HeaderInfo], bool]]


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    account_id: int
    counts: SyncCounts = field(default_factory=SyncCounts)
    error: UserFacingError | None = None
    reconnect: bool = False
    retry_after: float | None = None  # what the provider asked for, in seconds

    @property
    def ok(self) -> bool:
        return self.error is None


def account_window_start(account: Account, now: datetime | None = None) -> datetime:
    """How far back a first (or forced full) sync reaches: ``since`` or 180 days."""
    since = account.settings.get("since")
    if since:
        parsed = datetime.fromisoformat(since)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - timedelta(days=DEFAULT_WINDOW_DAYS)


class SyncEngine:
    def __init__(
        self,
        target: SyncTarget,
        provider_factory: ProviderFactory,
        events: EventStream,
        *,
        wanted: Callable[[HeaderInfo], bool] = lambda _h: True,
        close_providers: bool = True,
    ) -> None:
        """``close_providers=False`` when the factory keeps providers between syncs."""
        self._close_providers = close_providers
        self._target = target
        self._provider_factory = provider_factory
        self._events = events
        self._wanted = wanted

    def sync_account(self, account_id: int) -> SyncOutcome:
        """Run one sync; never raises for provider trouble (it is in the outcome)."""
        self._events.publish(SyncStarted(account_id))
        self._target.record_state(account_id, AccountState.SYNCING)
        counts = SyncCounts()
        changed: set[int] = set()
        try:
            account = self._target.load_account(account_id)
            provider = self._provider_factory(account)
            try:
                try:
                    counts = self._walk(provider, account, account.cursor, changed)
                except StaleCursorError:
                    log.info("account %s: stale cursor, running a bounded full resync", account_id)
                    counts = self._walk(provider, account, None, changed)
            finally:
                if self._close_providers:
                    provider.close()
        except AuthError as exc:
            return self._fail(
                account_id, counts, exc, AccountState.RECONNECT_NEEDED, reconnect=True
            )
        except RateLimitedError as exc:
            return self._fail(account_id, counts, exc, AccountState.ERROR, retry=exc.retry_after)
        except (NetworkError, ProviderError) as exc:
            return self._fail(account_id, counts, exc, AccountState.ERROR)
        except UserFacingError as exc:
            return self._fail(account_id, counts, exc, AccountState.ERROR)
        except Exception:
            log.exception("sync of account %s failed unexpectedly", account_id)
            error = ProviderError("Sync stopped because of an unexpected error; it will retry.")
            return self._fail(account_id, counts, error, AccountState.ERROR)
        self._target.record_state(account_id, AccountState.OK, synced=True)
        self._events.publish(SyncFinished(account_id, counts, frozenset(changed)))
        return SyncOutcome(account_id, counts)

    def _walk(
        self, provider: MailProvider, account: Account, cursor: str | None, changed: set[int]
    ) -> SyncCounts:
        request = SyncRequest(
            cursor=cursor,
            since=account_window_start(account),
            wanted=self._wanted,
            known=lambda provider_id: self._target.is_known(account.id, provider_id),
        )
        counts = SyncCounts()
        for page in provider.pages(request):
            outcome = self._target.apply_page(account.id, page)
            counts = counts + outcome.counts
            changed.update(outcome.changed_application_ids)
            self._events.publish(SyncProgress(account.id, page.done, page.total))
        return counts

    def _fail(
        self,
        account_id: int,
        counts: SyncCounts,
        error: UserFacingError,
        state: AccountState,
        *,
        reconnect: bool = False,
        retry: float | None = None,
    ) -> SyncOutcome:
        log.warning("sync of account %s failed: %s", account_id, type(error).__name__)
        self._target.record_state(account_id, state, error=error.message)
        self._events.publish(SyncFailed(account_id, error.message, reconnect, retry))
        return SyncOutcome(account_id, counts, error, reconnect, retry)
