"""The Gmail provider: a bounded first sync, then incremental sync from the history log.

First sync (no cursor): note the mailbox ``historyId`` first (so mail arriving meanwhile
is caught by the next incremental sync), then ``messages.list`` newest first over the
window with a server-side query — ``after:<epoch seconds>`` (a date would be read as
Pacific time) and ``-in:sent -in:drafts -in:spam -in:trash``. No job-word filter on the
server: recall matters more than the few units saved, so every message in the window is
looked at through its metadata (``format=metadata``: From, Subject, Date, List-Id,
List-Unsubscribe, Precedence) and only the ones ``wanted`` are downloaded in full
(``format=raw``). ``known`` ids are not fetched at all. Chat transcripts (label ``CHAT``),
which the query does not leave out, are left once their metadata shows the label.

Each yielded ``Page`` carries a cursor the engine stores with it. During the first sync
the cursor holds the start ``historyId`` plus the resume point (the list page token and
the last id handled on that page), so a crash resumes where it stopped; the final page's
cursor is the incremental one. Incremental sync calls ``history.list`` from that id: an
idle mailbox costs exactly one call; a 404 means the id is too old (``StaleCursorError``).
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from googleapiclient.errors import HttpError

from applytrack_desktop.core.errors import StaleCursorError
from applytrack_desktop.providers import endpoints as ep
from applytrack_desktop.providers.backoff import RetryPolicy
from applytrack_desktop.providers.base import (
    FetchedMessage,
    HeaderInfo,
    Page,
    SyncRequest,
)
from applytrack_desktop.providers.gmail_api import GmailApi
from applytrack_desktop.providers.google_auth import load_credentials
from applytrack_desktop.providers.secrets import SecretStore

EXCLUDED_LABELS = frozenset({"SENT", "DRAFT", "SPAM", "TRASH", "CHAT"})
# Chat transcripts carry the CHAT label and come back from the list query, whose "-in:"
# terms leave out only mail: they are not mail, so their metadata is read and they are left.
NOT_MAIL = frozenset({"CHAT"})
GONE_LABELS = frozenset({"SPAM", "TRASH"})  # moved here = gone from what we watch
METADATA_HEADERS = ["From", "Subject", "Date", "List-Id", "List-Unsubscribe", "Precedence"]
HISTORY_TYPES = ["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"]
LIST_PAGE = 500
ANCHORS = 5
CURSOR_VERSION = 1


@dataclass(frozen=True, slots=True)
class Cursor:
    history_id: str
    full: bool = False  # True while a first (or forced full) sync is under way
    page_token: str | None = None  # list page being worked on
    anchors: tuple[str, ...] = ()  # the last ids handled on that page (resume after them)
    since: int | None = None  # epoch seconds of the window, fixed for the whole first sync
    done: int = 0

    def dump(self) -> str:
        data: dict[str, Any] = {"v": CURSOR_VERSION, "history_id": self.history_id}
        if self.full:
            data |= {"full": True, "page_token": self.page_token, "anchors": list(self.anchors),
                     "since": self.since, "done": self.done}  # fmt: skip
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def load(cls, text: str) -> Cursor:
        try:
            data = json.loads(text)
            if data.get("v") != CURSOR_VERSION or not str(data["history_id"]).isdigit():
                raise ValueError
            return cls(
                history_id=str(data["history_id"]),
                full=bool(data.get("full")),
                page_token=data.get("page_token"),
                anchors=tuple(str(a) for a in data.get("anchors") or ()),
                since=int(data["since"]) if data.get("since") is not None else None,
                done=int(data.get("done", 0)),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise StaleCursorError("The stored Gmail sync position is unreadable.") from None


@dataclass(slots=True)
class GmailStats:
    """What this provider downloaded, across syncs (for tests and benchmarks)."""

    metadata: int = 0  # messages.get format=metadata
    bodies: int = 0  # messages.get format=raw


@dataclass(frozen=True, slots=True)
class _Fetched:
    messages: list[FetchedMessage]
    skipped: list[str]
    gone: list[str]


def header_info(meta: Mapping[str, Any]) -> HeaderInfo:
    headers: dict[str, str] = {}
    for h in (meta.get("payload") or {}).get("headers") or []:
        headers.setdefault(str(h.get("name", "")).lower(), str(h.get("value", "")))
    date: datetime | None = None
    try:
        date = parsedate_to_datetime(headers["date"]) if headers.get("date") else None
    except (TypeError, ValueError, IndexError):
        date = None
    if date is None and str(meta.get("internalDate", "")).isdigit():
        date = datetime.fromtimestamp(int(meta["internalDate"]) / 1000, UTC)
    return HeaderInfo(
        provider_id=str(meta["id"]),
        sender=headers.get("from", ""),
        subject=headers.get("subject", ""),
        date=date,
        list_id=headers.get("list-id", ""),
        list_unsubscribe=headers.get("list-unsubscribe", ""),
        precedence=headers.get("precedence", ""),
    )


def decode_raw(raw: str) -> bytes:
    return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))


def list_query(since_epoch: int) -> str:
    return f"after:{since_epoch} -in:sent -in:drafts -in:spam -in:trash"


class GmailProvider:
    """``MailProvider`` for one Gmail account, with its refresh token in ``secrets``."""

    kind = "gmail"

    def __init__(
        self,
        address: str,
        secrets: SecretStore,
        *,
        settings: Mapping[str, str] | None = None,
        quota_per_minute: float = 6000.0,
        timeout: float = 60.0,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        batch_size: int = 50,
        page_size: int = LIST_PAGE,
    ) -> None:
        self._address = address
        self._secrets = secrets
        self._endpoints = ep.google(settings)
        self._options: dict[str, Any] = {
            "quota_per_minute": quota_per_minute, "timeout": timeout, "retry": retry,
            "clock": clock, "sleep": sleep, "batch_size": batch_size,
        }  # fmt: skip
        self._page_size = max(1, min(page_size, LIST_PAGE))
        self._api: GmailApi | None = None
        self.stats = GmailStats()

    @property
    def api(self) -> GmailApi:
        """Built on first use and kept, so the access token is reused across syncs."""
        if self._api is None:
            creds = load_credentials(self._secrets, self._address, self._endpoints)
            self._api = GmailApi(creds, self._endpoints, **self._options)
        return self._api

    def address(self) -> str:
        return self._address

    def close(self) -> None:
        if self._api is not None:
            self._api.close()
            self._api = None

    def pages(self, request: SyncRequest) -> Iterator[Page]:
        if request.cursor is None:
            since = int(request.since.timestamp())
            start = str(self.api.profile()["historyId"])
            yield from self._full(Cursor(start, full=True, since=since), request)
            return
        cursor = Cursor.load(request.cursor)
        if cursor.full:
            yield from self._full(cursor, request)
        else:
            yield from self._incremental(cursor, request)

    # ---- first sync -------------------------------------------------------------------
    def _full(self, cursor: Cursor, request: SyncRequest) -> Iterator[Page]:
        since = cursor.since if cursor.since is not None else int(request.since.timestamp())
        token, anchors, done = cursor.page_token, cursor.anchors, cursor.done
        total: int | None = None
        while True:
            listing = self.api.list_messages(list_query(since), token, self._page_size)
            ids = [str(m["id"]) for m in listing.get("messages") or []]
            if total is None:
                total = done + int(listing.get("resultSizeEstimate") or len(ids))
            ids = _after_anchor(ids, anchors)
            next_token = listing.get("nextPageToken")
            chunks = list(self._chunks(ids, request.known)) or [[]]
            handled: list[str] = []
            for index, chunk in enumerate(chunks):
                fetched = self._fetch(chunk, request, labels_known=True)
                handled += chunk
                done += len(chunk)
                if index < len(chunks) - 1:  # mid-page: resume after the last ids handled
                    step = Cursor(
                        cursor.history_id, True, token, tuple(handled[-ANCHORS:]), since, done
                    )
                elif next_token:  # page finished: resume at the next one
                    step = Cursor(cursor.history_id, True, str(next_token), (), since, done)
                else:  # all listed: from now on, incremental from the start's historyId
                    step = Cursor(cursor.history_id)
                yield self._page(fetched, step.dump(), done, max(total, done))
            if not next_token:
                # Mail that came while the listing ran (or while a crashed one waited to
                # resume) is newer than the listing's first page: history since the start
                # has it, so this sync ends complete, not one sync late.
                for page in self._incremental(Cursor(cursor.history_id), request):
                    if page.messages or page.deleted or page.skipped:
                        yield replace(page, done=done + page.done)
                return
            token, anchors = str(next_token), ()

    def _chunks(self, ids: list[str], known: Callable[[str], bool]) -> Iterator[list[str]]:
        """Runs of listed ids holding at most one batch of unknown ones."""
        run: list[str] = []
        unknown = 0
        for mid in ids:
            run.append(mid)
            if not known(mid):
                unknown += 1
            if unknown == self.api.batch_size:
                yield run
                run, unknown = [], 0
        if run:
            yield run

    # ---- shared fetch -----------------------------------------------------------------
    def _fetch(self, ids: list[str], request: SyncRequest, *, labels_known: bool) -> _Fetched:
        todo = [mid for mid in ids if not request.known(mid)]
        metas, gone = self.api.get_many(todo, "metadata", METADATA_HEADERS)
        self.stats.metadata += len(todo)
        skipped: list[str] = []
        wanted: list[str] = []
        for mid in todo:
            meta = metas.get(mid)
            if meta is None:
                continue
            labels = set(meta.get("labelIds") or [])
            # The list query already excluded the rest; history entries have not.
            if labels & NOT_MAIL or (not labels_known and labels & EXCLUDED_LABELS):
                continue
            (wanted if request.wanted(header_info(meta)) else skipped).append(mid)
        raws, gone_raw = self.api.get_many(wanted, "raw")
        self.stats.bodies += len(wanted)
        messages = []
        for mid in wanted:
            item = raws.get(mid)
            if item is None or not item.get("raw"):
                continue
            labels = set(item.get("labelIds") or [])
            messages.append(
                FetchedMessage(
                    provider_id=mid,
                    raw=decode_raw(str(item["raw"])),
                    thread_id=item.get("threadId"),
                    folder="INBOX" if "INBOX" in labels else "All Mail",
                )
            )
        return _Fetched(messages, skipped, sorted(gone | gone_raw))

    @staticmethod
    def _page(fetched: _Fetched, cursor: str, done: int, total: int | None) -> Page:
        return Page(
            messages=tuple(fetched.messages),
            cursor=cursor,
            deleted=tuple(fetched.gone),
            skipped=tuple(fetched.skipped),
            done=done,
            total=total,
        )

    # ---- incremental ------------------------------------------------------------------
    def _incremental(self, cursor: Cursor, request: SyncRequest) -> Iterator[Page]:
        """Fold history records in order; each page's cursor is the last record it covers."""
        added: dict[str, None] = {}  # ordered set, oldest change first
        deleted: dict[str, None] = {}
        token: str | None = None
        done = 0
        while True:
            try:
                resp = self.api.list_history(cursor.history_id, token, HISTORY_TYPES)
            except HttpError as exc:
                if exc.resp.status == 404:
                    raise StaleCursorError(
                        "Gmail no longer has history that old; a full resync is needed."
                    ) from None
                raise
            for record in resp.get("history") or []:
                _apply(record, added, deleted)
                if len(added) >= self.api.batch_size:
                    done += len(added)
                    yield self._flush(added, deleted, str(record["id"]), request, done)
            token = resp.get("nextPageToken")
            if not token:
                latest = str(resp.get("historyId") or cursor.history_id)
                done += len(added)
                yield self._flush(added, deleted, latest, request, done)
                return

    def _flush(
        self,
        added: dict[str, None],
        deleted: dict[str, None],
        history_id: str,
        request: SyncRequest,
        done: int,
    ) -> Page:
        fetched = self._fetch(list(added), request, labels_known=False)
        gone = tuple(dict.fromkeys([*deleted, *fetched.gone]))
        added.clear()
        deleted.clear()
        return Page(
            messages=tuple(fetched.messages),
            cursor=Cursor(history_id).dump(),
            deleted=gone,
            skipped=tuple(fetched.skipped),
            done=done,
            total=None,  # history gives no count ahead of time
        )


def _after_anchor(ids: list[str], anchors: tuple[str, ...]) -> list[str]:
    """On resume, drop the ids already handled on this list page.

    The newest surviving anchor marks the spot; if every anchor was deleted meanwhile,
    the whole page is looked at again (``known`` keeps that from storing anything twice).
    """
    for anchor in reversed(anchors):
        if anchor in ids:
            return ids[ids.index(anchor) + 1 :]
    return ids


def _apply(record: Mapping[str, Any], added: dict[str, None], deleted: dict[str, None]) -> None:
    """Fold one history record into the sets of ids to fetch and ids gone."""

    def ids(key: str) -> list[tuple[str, set[str], set[str]]]:
        out = []
        for entry in record.get(key) or []:
            msg = entry.get("message") or {}
            labels = set(msg.get("labelIds") or [])
            out.append((str(msg.get("id")), labels, set(entry.get("labelIds") or [])))
        return out

    for mid, labels, _ in ids("messagesAdded"):
        if not labels & EXCLUDED_LABELS:
            added[mid] = None
            deleted.pop(mid, None)
    for mid, _, _ in ids("messagesDeleted"):
        added.pop(mid, None)
        deleted[mid] = None
    for mid, _, changed in ids("labelsAdded"):
        if changed & GONE_LABELS:
            added.pop(mid, None)
            deleted[mid] = None
    for mid, labels, changed in ids("labelsRemoved"):
        if changed & GONE_LABELS and not labels & EXCLUDED_LABELS:
            added[mid] = None  # back from Trash/Spam: watched again
            deleted.pop(mid, None)
