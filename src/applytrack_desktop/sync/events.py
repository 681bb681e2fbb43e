"""A thread-safe stream of sync events for whoever listens (the GUI, the CLI's progress line).

Sync runs on scheduler threads; listeners are called on that thread and must hand over to
their own (the GUI forwards into Qt signals with queued connections). A listener that
raises is logged and dropped from nothing else: one bad listener never stops a sync.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncCounts:
    """What one sync (or one page of it) did."""

    fetched: int = 0  # messages handed to the pipeline
    stored: int = 0  # job-related messages kept
    dropped: int = 0  # not job-related: only an opaque id kept
    duplicates: int = 0  # already stored (same provider id or Message-ID)
    unreadable: int = 0  # set aside with a reason
    matched: int = 0
    created: int = 0  # applications created from confirmations
    status_changes: int = 0
    review: int = 0  # sent to the review list
    deleted: int = 0  # reported gone at the provider; kept here as the user's record
    skipped: int = 0  # never read: a Takeout export's sent mail, drafts, spam, trash, chats

    def __add__(self, other: SyncCounts) -> SyncCounts:
        return SyncCounts(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))


def _values(counts: SyncCounts) -> tuple[int, ...]:
    return tuple(getattr(counts, name) for name in SyncCounts.__slots__)


@dataclass(frozen=True, slots=True)
class SyncStarted:
    account_id: int


@dataclass(frozen=True, slots=True)
class SyncProgress:
    account_id: int
    done: int
    total: int | None


@dataclass(frozen=True, slots=True)
class SyncFinished:
    account_id: int
    counts: SyncCounts = field(default_factory=SyncCounts)
    changed_application_ids: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class SyncFailed:
    account_id: int
    message: str  # one user-facing sentence, never mail content
    reconnect: bool = False  # the account must be reconnected
    retry_in: float | None = None  # seconds until the next automatic try, if any


SyncEvent = SyncStarted | SyncProgress | SyncFinished | SyncFailed
Listener = Callable[[SyncEvent], None]


class EventStream:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, event: SyncEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("sync event listener failed on %s", type(event).__name__)
