"""The one interface every mail provider implements, and what it hands to the sync engine.

A provider walks its mailbox from an opaque cursor and yields ``Page``s. Each page carries
the raw messages it fetched, the ids the server says are gone, and the cursor that is
valid once that page is stored. The engine commits a page's messages and its cursor in one
transaction, so a crash resumes from the last committed page: nothing lost, nothing twice.

Fetch little: before downloading a full message the provider asks ``wanted(header)``
(cheap metadata: sender, subject, list headers) and ``known(provider_id)`` (already stored
or already dropped), and skips what is not wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class HeaderInfo:
    """Metadata a provider can get cheaply, before the full message."""

    provider_id: str
    sender: str = ""  # raw From header
    subject: str = ""
    date: datetime | None = None
    list_id: str = ""
    list_unsubscribe: str = ""
    precedence: str = ""


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    provider_id: str  # stable: Gmail id, Graph ImmutableId, "UIDVALIDITY:UID", file path#n
    raw: bytes  # RFC 5322 bytes
    thread_id: str | None = None  # the provider's own thread id, when it has one
    folder: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    messages: tuple[FetchedMessage, ...]
    cursor: str  # opaque; valid once this page is stored
    deleted: tuple[str, ...] = ()  # provider ids the server reports gone or moved away
    skipped: tuple[str, ...] = ()  # ids looked at and not wanted (remember them as seen)
    done: int = 0  # messages handled so far in this sync
    total: int | None = None  # best estimate of messages in this sync, when known


WantedFn = Callable[[HeaderInfo], bool]
KnownFn = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class SyncRequest:
    cursor: str | None  # None: first sync
    since: datetime  # how far back a first (or forced full) sync reaches
    wanted: WantedFn = field(default=lambda _h: True)
    known: KnownFn = field(default=lambda _id: False)


class MailProvider(Protocol):
    """What the sync engine needs from a mailbox."""

    kind: str

    def address(self) -> str:
        """The account's address, as the provider reports it."""
        ...

    def pages(self, request: SyncRequest) -> Iterator[Page]:
        """Walk new mail since ``request.cursor``.

        Raises ``StaleCursorError`` when the cursor is no longer valid (the engine then
        retries with ``cursor=None``), ``AuthError`` when the grant is gone,
        ``RateLimitedError`` / ``NetworkError`` for failures worth retrying later.
        """
        ...

    def close(self) -> None: ...
