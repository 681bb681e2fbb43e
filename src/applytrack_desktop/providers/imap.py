"""IMAP mail provider: any server (Fastmail, iCloud, Yahoo, self-hosted, Gmail with an app
password), read-only, over TLS only.

What it does, and why:
- TLS always: ``ssl`` (implicit TLS, port 993) or ``starttls`` (port 143, then STARTTLS
  before any login). The context comes from ``ssl_context`` (``ssl.create_default_context``
  in production, which honours ``SSL_CERT_FILE``; tests pass one that trusts a test CA).
- Login with the full address and the password kept in the ``SecretStore`` under
  ``PASSWORD_SECRET``, or with XOAUTH2 when an ``access_token`` callable is given.
- Watches INBOX and its children, but not sent mail, drafts, junk or trash kept under INBOX
  (``imap_folders``). Folders are opened with EXAMINE (read-only) and
  messages are read with ``BODY.PEEK``: a sync never sets ``\\Seen`` and never sends
  STORE, COPY, MOVE or EXPUNGE.
- Fetch little: headers first (``HEADER.FIELDS`` and the size) for ``wanted``, full
  bodies only for the wanted ones, in FETCHes of about ``FETCH_BYTES`` and pages of at
  most ``page_size`` messages and about ``PAGE_BYTES``; newest mail first. The first sync
  of a folder only reaches back to ``since`` (SEARCH SINCE, the server's received date).
- The cursor (``imap_cursor``) keeps, per folder, UIDVALIDITY, UIDNEXT and the UID ranges
  still to walk, so a crash resumes inside a first sync with nothing lost or twice.
- Provider ids are ``"{folder}:{UIDVALIDITY}:{UID}"``: stable within a folder. A message
  moved to another watched folder gets a new UID there and so a new id; the pipeline
  deduplicates it by Message-ID, and the old id is reported deleted (so a deletion should
  unlink that id only, not mail still stored under another id).
- A new UIDVALIDITY (the server renumbered a folder) is handled inside, for that folder
  only: its old state is dropped and it is walked again over the ``since`` window (a
  bounded resync). The old ids are not reported deleted (the mail is still there); the
  re-fetched copies carry new ids and the pipeline drops them by Message-ID. So this
  provider never raises ``StaleCursorError`` for that, only for an unreadable cursor or a
  folder renumbered in the middle of a sync.
- Deletions are reported for the newest ``MAX_TRACKED`` UIDs handed out per folder, and
  only looked for when the folder's message count shows an expunge: one extra SEARCH.
  A watched folder that disappears reports nothing (its mail stays in the store).
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import imapclient
import imapclient.exceptions as imap_errors

from applytrack_desktop.core.errors import (
    AuthError,
    InvalidInputError,
    NetworkError,
    ProviderError,
    StaleCursorError,
)
from applytrack_desktop.providers.base import FetchedMessage, HeaderInfo, Page, SyncRequest
from applytrack_desktop.providers.headers import header_info
from applytrack_desktop.providers.imap_cursor import (
    FolderState,
    Todo,
    dump_cursor,
    encode_uids,
    load_cursor,
)
from applytrack_desktop.providers.imap_folders import watched_folders
from applytrack_desktop.providers.secrets import SecretStore

log = logging.getLogger(__name__)

PASSWORD_SECRET = "imap-password"  # name of the password in the account's SecretStore
DEFAULT_PORTS = {"ssl": 993, "starttls": 143}
HEADER_FIELDS = "FROM SUBJECT DATE LIST-ID LIST-UNSUBSCRIBE PRECEDENCE"
_HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"
_BODY_ITEM = "BODY.PEEK[]"
FETCH_BYTES = 4 * 1024 * 1024  # bodies per FETCH round trip, about
PAGE_BYTES = 32 * 1024 * 1024  # bodies per page, about (one message may exceed it alone)


@dataclass(slots=True)
class ImapStats:
    """What a provider asked of the server (for benchmarks and fetch-little tests)."""

    round_trips: int = 0
    headers: int = 0  # messages whose header fields were fetched
    bodies: int = 0  # messages whose full body was fetched
    body_bytes: int = 0


class ImapProvider:
    """A read-only IMAP account. See the module docstring for the behaviour."""

    kind = "imap"

    def __init__(
        self,
        host: str,
        user: str,
        *,
        secrets: SecretStore | None = None,
        port: int | None = None,
        security: str = "ssl",
        access_token: Callable[[], str] | None = None,
        ssl_context: Callable[[], ssl.SSLContext] = ssl.create_default_context,
        timeout: float = 30.0,
        page_size: int = 100,
        body_chunk: int = 50,
    ) -> None:
        if security not in DEFAULT_PORTS:
            raise InvalidInputError("IMAP security must be 'ssl' or 'starttls'.")
        if secrets is None and access_token is None:
            raise InvalidInputError("An IMAP account needs a password or an access token.")
        self.host = host
        self.user = user
        self.port = port or DEFAULT_PORTS[security]
        self.security = security
        self.page_size = max(1, page_size)
        self.body_chunk = max(1, body_chunk)
        self.stats = ImapStats()
        self._secrets = secrets
        self._access_token = access_token
        self._ssl_context = ssl_context
        self._timeout = timeout
        self._client: Any = None
        self._selected: str | None = None

    # -- MailProvider -------------------------------------------------------------------

    def address(self) -> str:
        return self.user

    def close(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.logout()
            with contextlib.suppress(Exception):
                client.shutdown()

    def verify(self) -> None:
        """Log in and out once (for ``accounts add``): raises AuthError / NetworkError."""
        try:
            self._connect()
            self._watched()
        finally:
            self.close()

    def pages(self, request: SyncRequest) -> Iterator[Page]:
        state = load_cursor(request.cursor)
        try:
            yield from self._sync(request, state)
        finally:
            self.close()

    # -- connection ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn library and socket failures into the app's errors (no server text shown)."""
        try:
            yield
        except imap_errors.LoginError as exc:
            raise AuthError(
                f"The mail server refused the login for {self.user}; reconnect the account."
            ) from exc
        except ssl.SSLCertVerificationError as exc:
            raise NetworkError("The mail server's certificate could not be verified.") from exc
        except TimeoutError as exc:
            raise NetworkError("The mail server did not answer in time.") from exc
        except (OSError, imap_errors.IMAPClientAbortError) as exc:
            raise NetworkError("The connection to the mail server failed.") from exc
        except imap_errors.IMAPClientError as exc:
            raise ProviderError("The mail server refused a request.") from exc

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        self.stats.round_trips += 1
        with self._guard():
            return getattr(self._client, method)(*args, **kwargs)

    def _connect(self) -> None:
        context = self._ssl_context()
        with self._guard():
            self.stats.round_trips += 1  # connect + greeting
            client = imapclient.IMAPClient(
                self.host,
                port=self.port,
                ssl=self.security == "ssl",
                ssl_context=context,
                timeout=self._timeout,
            )
        self._client = client
        if self.security == "starttls":
            # Never fall back to plaintext: a server without STARTTLS is refused.
            if not self._call("has_capability", "STARTTLS"):
                raise ProviderError("The mail server does not offer STARTTLS; choose SSL.")
            self._call("starttls", context)
        if self._access_token is not None:
            self._call("oauth2_login", self.user, self._access_token())
        else:
            assert self._secrets is not None
            password = self._secrets.get(PASSWORD_SECRET)
            if not password:
                raise AuthError(f"No password is stored for {self.user}; reconnect the account.")
            self._call("login", self.user, password)

    def _watched(self) -> list[str]:
        """INBOX and its children but sent mail, drafts, junk and trash (``imap_folders``)."""
        return watched_folders(self._call("list_folders", "", "INBOX*"))

    def _examine(self, folder: str) -> tuple[int, int, int]:
        info = self._call("select_folder", folder, readonly=True)
        self._selected = folder
        validity = int(info[b"UIDVALIDITY"])
        exists = int(info.get(b"EXISTS", 0))
        uidnext = info.get(b"UIDNEXT")
        if uidnext is None:  # rare servers omit it from EXAMINE
            uidnext = self._call("folder_status", folder, [b"UIDNEXT"])[b"UIDNEXT"]
        return validity, int(uidnext), exists

    def _search(self, lo: int, hi: int, since: str | None = None) -> list[int]:
        """UIDs in ``[lo, hi)``. An explicit upper bound avoids the ``n:*`` trap."""
        if hi <= lo:
            return []
        criteria: list[Any] = ["UID", f"{lo}:{hi - 1}"]
        if since is not None:
            criteria += ["SINCE", date.fromisoformat(since)]
        return sorted(u for u in self._call("search", criteria) if lo <= u < hi)

    # -- the walk -----------------------------------------------------------------------

    def _plan(
        self, request: SyncRequest, state: dict[str, FolderState]
    ) -> tuple[dict[str, dict[int, list[int]]], list[str]]:
        """Examine every watched folder; return the UIDs to walk per todo, and deletions."""
        since = request.since.date().isoformat()
        plans: dict[str, dict[int, list[int]]] = {}
        deleted: list[str] = []
        watched = self._watched()
        for gone in set(state) - set(watched):
            del state[gone]
        for folder in watched:
            validity, uidnext, exists = self._examine(folder)
            st = state.get(folder)
            found: dict[int, list[int]] = {}
            if st is None or st.validity != validity:
                if st is not None:
                    log.info("IMAP folder renumbered (new UIDVALIDITY); resyncing its window")
                st = FolderState(validity=validity, next=uidnext, exists=exists)
                if uidnext > 1:
                    st.todo.append(Todo(1, uidnext, since))
                state[folder] = st
            else:
                fresh = self._search(st.next, uidnext)
                if fresh:
                    st.todo.append(Todo(st.next, uidnext, None))
                    found[uidnext] = fresh
                if exists != st.exists + len(fresh) and st.seen:
                    present = set(self._call("search", ["UID", encode_uids(st.seen)]))
                    gone_uids = set(st.seen) - present
                    st.forget(gone_uids)
                    deleted += [f"{folder}:{validity}:{u}" for u in sorted(gone_uids)]
                st.next, st.exists = max(st.next, uidnext), exists
            for todo in st.todo:
                if todo.hi not in found:
                    found[todo.hi] = self._search(todo.lo, todo.hi, todo.since)
            plans[folder] = found
        return plans, deleted

    def _sync(self, request: SyncRequest, state: dict[str, FolderState]) -> Iterator[Page]:
        self._connect()
        plans, deleted = self._plan(request, state)
        total = sum(len(u) for found in plans.values() for u in found.values())
        done = 0
        emitted = False
        if deleted:
            yield Page((), dump_cursor(state), deleted=tuple(deleted), total=total)
            emitted = True
        for folder, found in plans.items():
            st = state[folder]
            for todo in sorted(st.todo, key=lambda t: t.hi, reverse=True):
                uids = sorted(found.get(todo.hi, []), reverse=True)  # newest first
                while uids:
                    chunk = uids[: self.page_size]
                    messages, skipped, used = self._walk_chunk(folder, st.validity, chunk, request)
                    st.remember(chunk[:used])
                    todo.hi = chunk[used - 1]  # everything from here up is handled
                    uids = uids[used:]
                    done += used
                    emitted = True
                    if not uids:
                        st.todo.remove(todo)
                    cursor = dump_cursor(state)
                    yield Page(messages, cursor, skipped=skipped, done=done, total=total)
                if todo in st.todo:
                    st.todo.remove(todo)  # nothing (left) in it
        cursor = dump_cursor(state)
        if not emitted and cursor != request.cursor:
            yield Page((), cursor, done=done, total=total)

    def _walk_chunk(
        self, folder: str, validity: int, chunk: list[int], request: SyncRequest
    ) -> tuple[tuple[FetchedMessage, ...], tuple[str, ...], int]:
        """Handle a prefix of ``chunk``; return its messages, skipped ids and its length.

        The prefix ends early when the wanted bodies would pass ``PAGE_BYTES``, so a page
        of large messages stays bounded in memory.
        """
        if self._selected != folder:
            now_validity, _, _ = self._examine(folder)
            if now_validity != validity:
                raise StaleCursorError("The mail server renumbered a folder during the sync.")
        pid = {u: f"{folder}:{validity}:{u}" for u in chunk}
        unknown = [u for u in chunk if not request.known(pid[u])]
        headers = self._call("fetch", unknown, [_HEADER_ITEM, "RFC822.SIZE"]) if unknown else {}
        self.stats.headers += len(headers)
        wanted: list[tuple[int, int]] = []  # (uid, size)
        skipped: list[int] = []
        used, page_bytes = 0, 0
        for uid in chunk:
            item = headers.get(uid)
            if item is not None:  # else known, or expunged meanwhile (reported later)
                size = int(item.get(b"RFC822.SIZE", 0))
                if not request.wanted(_header_info(pid[uid], item)):
                    skipped.append(uid)
                elif wanted and page_bytes + size > PAGE_BYTES:
                    break
                else:
                    wanted.append((uid, size))
                    page_bytes += size
            used += 1
        messages: list[FetchedMessage] = []
        for part in _batches(wanted, self.body_chunk, FETCH_BYTES):
            bodies = self._call("fetch", part, [_BODY_ITEM])
            for uid in part:
                raw = bodies.get(uid, {}).get(b"BODY[]")
                if raw is None:
                    continue
                self.stats.bodies += 1
                self.stats.body_bytes += len(raw)
                messages.append(FetchedMessage(pid[uid], bytes(raw), None, folder))
        return tuple(messages), tuple(pid[u] for u in skipped), used


def _batches(items: list[tuple[int, int]], count: int, limit: int) -> Iterator[list[int]]:
    """Group (uid, size) into FETCHes of at most ``count`` messages and about ``limit`` bytes."""
    batch: list[int] = []
    size = 0
    for uid, n in items:
        if batch and (len(batch) >= count or size + n > limit):
            yield batch
            batch, size = [], 0
        batch.append(uid)
        size += n
    if batch:
        yield batch


def _header_info(provider_id: str, item: dict[bytes, Any]) -> HeaderInfo:
    raw = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"") or b""
    return header_info(provider_id, bytes(raw))
