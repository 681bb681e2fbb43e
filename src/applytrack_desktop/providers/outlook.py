"""Outlook / Microsoft 365 mail through Microsoft Graph delta queries, read-only.

What is watched (CONTRACTS): the Inbox and its child folders, recursively, each with its
own delta cursor (Focused and Other both live in the Inbox, so both are covered). The
cursor is JSON: ``{"v": 1, "folders": {folder id: link}, "open": [folder ids],
"removed": [ids]}`` where a link is the whole ``@odata.deltaLink`` once a folder is caught
up, or the ``@odata.nextLink`` reached so far while it is not ("open"): a sync cut short
resumes where it stopped, then runs one more round so the folder is current.

Fetch little: a delta page carries only ``$select``-ed metadata (sender, subject, date,
conversation); the full MIME (``$value``) is downloaded only for messages the engine
wants and does not know yet, up to four at a time (Graph's per-mailbox concurrency).
The first round of a folder is limited to the sync window with
``$filter=receivedDateTime ge ...``. Graph does not let a delta query select
``internetMessageHeaders``, so ``HeaderInfo`` has no List-Id / Precedence here.

Moves: ids are immutable (``Prefer: IdType="ImmutableId"``), so a message moved from the
Inbox to a watched child folder keeps its id; the Inbox reports it ``@removed`` and the
child reports it again. Removals are therefore held back (in the cursor, so a crash
keeps them) until every folder was walked, and one that did not reappear is checked
with a single GET before it is reported deleted: moved within the watched folders means
kept, deleted or moved elsewhere means ``Page.deleted``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formataddr
from typing import Any
from urllib.parse import quote

import requests

from applytrack_desktop.core.errors import AuthError, StaleCursorError
from applytrack_desktop.providers.backoff import RetryPolicy
from applytrack_desktop.providers.base import FetchedMessage, HeaderInfo, Page, SyncRequest
from applytrack_desktop.providers.graph import GraphClient, GraphNotFoundError
from applytrack_desktop.providers.ms_auth import CACHE_SECRET, LOGIN_TIMEOUT, MicrosoftAuth
from applytrack_desktop.providers.secrets import SecretStore

_MESSAGE_SELECT = "subject,from,receivedDateTime,conversationId"  # all the filter needs
_FOLDER_SELECT = "id,displayName,childFolderCount,totalItemCount"
_MAX_DEPTH = 10  # Outlook allows deep trees; nobody files job mail 10 levels down
_MAX_FOLDERS = 500
_CURSOR_VERSION = 1
CLIENT_ID_SETTING = "client_id"  # keys in Account.settings
TENANT_SETTING = "tenant"


@dataclass(frozen=True, slots=True)
class WatchedFolder:
    id: str
    path: str  # "Inbox/Applications", for FetchedMessage.folder
    total: int


def connect_outlook(
    client_id: str,
    secrets: SecretStore,
    *,
    tenant: str | None = None,
    settings: Mapping[str, str] | None = None,
    timeout: float = LOGIN_TIMEOUT,
    session: requests.Session | None = None,
) -> str:
    """Sign in through the system browser; keep the token cache in ``secrets``.

    Returns the account's address (msal's ``preferred_username``). Raises ``AuthError``
    when the user refuses or does not finish in time, ``NetworkError`` when offline.
    """
    auth = MicrosoftAuth(client_id, secrets, tenant=tenant, settings=settings, session=session)
    return auth.sign_in(timeout=timeout)


def account_settings(client_id: str, tenant: str | None = None) -> dict[str, str]:
    """What to keep in ``Account.settings`` for an Outlook account (no secret in it)."""
    settings = {CLIENT_ID_SETTING: client_id}
    if tenant:
        settings[TENANT_SETTING] = tenant
    return settings


def from_account_settings(
    settings: Mapping[str, str],
    secrets: SecretStore,
    *,
    endpoints: Mapping[str, str] | None = None,
) -> OutlookProvider:
    """The provider for a stored account (``Account.settings`` as ``account_settings`` made)."""
    client_id = settings.get(CLIENT_ID_SETTING, "")
    if not client_id:
        raise AuthError("This Outlook account has no application id; reconnect it.")
    return OutlookProvider(
        client_id, secrets, tenant=settings.get(TENANT_SETTING) or None, settings=endpoints
    )


def disconnect_outlook(secrets: SecretStore) -> None:
    """Forget the account's tokens (Microsoft has no per-app revoke for public clients)."""
    secrets.delete(CACHE_SECRET)


@dataclass(slots=True)
class _Position:
    """The cursor, decoded: where each folder stands and what removals are outstanding."""

    links: dict[str, str] = field(default_factory=dict)  # folder id -> delta or next link
    open: set[str] = field(default_factory=set)  # folders whose link is a nextLink
    removed: list[str] = field(default_factory=list)  # @removed ids not yet reported

    def encode(self) -> str:
        data = {
            "v": _CURSOR_VERSION,
            "folders": self.links,
            "open": sorted(self.open),
            "removed": self.removed,
        }
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def decode(cls, cursor: str | None) -> _Position:
        if not cursor:
            return cls()
        try:
            data = json.loads(cursor)
            if data.get("v") != _CURSOR_VERSION:
                raise ValueError("unknown cursor version")
            return cls(
                links={str(k): str(v) for k, v in data["folders"].items()},
                open={str(f) for f in data.get("open", [])},
                removed=[str(i) for i in data.get("removed", [])],
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise StaleCursorError("The stored Outlook sync position is unreadable.") from exc


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _header(provider_id: str, item: Mapping[str, Any]) -> HeaderInfo:
    sender = (item.get("from") or {}).get("emailAddress") or {}
    return HeaderInfo(
        provider_id=provider_id,
        sender=formataddr((str(sender.get("name") or ""), str(sender.get("address") or ""))),
        subject=str(item.get("subject") or ""),
        date=_parse_time(item.get("receivedDateTime")),
    )


class OutlookProvider:
    """A ``MailProvider`` for one Microsoft account whose token cache is in ``secrets``."""

    kind = "outlook"

    def __init__(
        self,
        client_id: str,
        secrets: SecretStore,
        *,
        tenant: str | None = None,
        settings: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
        retry: RetryPolicy | None = None,
        page_size: int = 50,
        workers: int = 4,
        timeout: float = 60.0,
        auth: MicrosoftAuth | None = None,
    ) -> None:
        self.auth = auth or MicrosoftAuth(
            client_id, secrets, tenant=tenant, settings=settings, session=session
        )
        self.graph = GraphClient(
            self.auth.endpoints.graph_api,
            self.auth.session,
            lambda force: self.auth.token(force_refresh=force),
            retry=retry,
            page_size=page_size,
            timeout=timeout,
        )
        self.bodies_fetched = 0  # full messages downloaded, for tests and benchmarks
        self._workers = max(1, min(workers, 4))  # Graph: 4 concurrent requests per mailbox
        self._pool: ThreadPoolExecutor | None = None

    def address(self) -> str:
        address = self.auth.address()
        if not address:
            raise AuthError("This Outlook account is not signed in; reconnect it.")
        return address

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self.auth.session.close()

    # -- folders --------------------------------------------------------------------------

    def watched_folders(self) -> list[WatchedFolder]:
        """The Inbox, then its descendants depth first."""
        inbox = self.graph.get_json(
            self.graph.url(f"me/mailFolders/inbox?$select={_FOLDER_SELECT}")
        )
        found: list[WatchedFolder] = []
        stack: list[tuple[dict[str, Any], str, int]] = [(inbox, "Inbox", 0)]
        while stack and len(found) < _MAX_FOLDERS:
            folder, path, depth = stack.pop()
            found.append(
                WatchedFolder(str(folder["id"]), path, int(folder.get("totalItemCount") or 0))
            )
            if not folder.get("childFolderCount") or depth >= _MAX_DEPTH:
                continue
            children: list[dict[str, Any]] = []
            url: str | None = self.graph.url(
                f"me/mailFolders/{quote(str(folder['id']), safe='')}/childFolders"
                f"?$select={_FOLDER_SELECT}&$top=100"
            )
            while url:
                body = self.graph.get_json(url)
                children.extend(body.get("value", []))
                url = body.get("@odata.nextLink")
            for child in reversed(children):  # reversed: the stack pops them in order
                name = str(child.get("displayName") or "?").replace("/", "-")
                stack.append((child, f"{path}/{name}", depth + 1))
        return found

    def _first_link(self, folder_id: str, since: datetime) -> str:
        when = since if since.tzinfo else since.replace(tzinfo=UTC)
        stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        query = f"$select={_MESSAGE_SELECT}&$filter=" + quote(f"receivedDateTime ge {stamp}")
        return self.graph.url(f"me/mailFolders/{quote(folder_id, safe='')}/messages/delta?{query}")

    def _still_watched(self, message_id: str, watched: set[str]) -> bool:
        url = self.graph.url(f"me/messages/{quote(message_id, safe='')}?$select=parentFolderId")
        try:
            item = self.graph.get_json(url)
        except GraphNotFoundError:
            return False
        return str(item.get("parentFolderId", "")) in watched

    def _download(self, message_ids: list[str]) -> list[bytes | None]:
        """Full MIME of each id, in order; up to ``workers`` at once (Graph allows 4)."""
        self.bodies_fetched += len(message_ids)
        if len(message_ids) < 2 or self._workers < 2:
            return [self._mime(m) for m in message_ids]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="outlook-mime")
        return list(self._pool.map(self._mime, message_ids))

    def _mime(self, message_id: str) -> bytes | None:
        try:
            return self.graph.get_bytes(
                self.graph.url(f"me/messages/{quote(message_id, safe='')}/$value")
            )
        except GraphNotFoundError:
            return None  # gone since it was listed; its folder's delta will say so

    # -- sync -----------------------------------------------------------------------------

    def pages(self, request: SyncRequest) -> Iterator[Page]:
        position = _Position.decode(request.cursor)
        folders = self.watched_folders()
        watched = {f.id for f in folders}
        # A folder no longer under the Inbox is no longer watched: its position goes.
        position.links = {f: link for f, link in position.links.items() if f in watched}
        position.open &= watched
        if any(not self.graph.owns(link) for link in position.links.values()):
            raise StaleCursorError("The stored Outlook sync position points elsewhere.")
        fresh = [f for f in folders if f.id not in position.links]
        total = sum(f.total for f in fresh) if fresh else None
        # Where each id was last listed during this sync. A removal in a folder cancels an
        # earlier listing there (a resumed round can be older than the removal); a listing
        # in another watched folder means the message moved and is kept.
        listed: dict[str, set[str]] = {}
        done = 0
        for folder in folders:
            # A round resumed after a crash is as old as the crash: once it reaches its
            # deltaLink, one more round brings the folder up to now.
            catch_up = folder.id in position.open
            url = position.links.get(folder.id) or self._first_link(folder.id, request.since)
            while True:
                body = self.graph.get_json(url)
                candidates: list[tuple[str, Any]] = []
                skipped: list[str] = []
                for item in body.get("value", []):
                    mid = str(item.get("id") or "")
                    if not mid:
                        continue
                    if "@removed" in item:
                        listed.get(mid, set()).discard(folder.id)
                        if mid not in position.removed:
                            position.removed.append(mid)
                        continue
                    listed.setdefault(mid, set()).add(folder.id)
                    done += 1
                    if request.known(mid):
                        continue  # stored already, or moved here from another watched folder
                    if not request.wanted(_header(mid, item)):
                        skipped.append(mid)
                        continue
                    candidates.append((mid, item.get("conversationId")))
                raws = self._download([mid for mid, _thread in candidates])
                messages = [
                    FetchedMessage(mid, raw, str(thread) if thread else None, folder.path)
                    for (mid, thread), raw in zip(candidates, raws, strict=True)
                    if raw is not None
                ]
                next_link = body.get("@odata.nextLink")
                link = str(next_link or body.get("@odata.deltaLink") or "")
                if not link:
                    raise StaleCursorError("Outlook ended a delta round without a link.")
                position.links[folder.id] = link
                if next_link:
                    position.open.add(folder.id)
                else:
                    position.open.discard(folder.id)
                if messages or skipped:
                    yield Page(
                        tuple(messages),
                        position.encode(),
                        skipped=tuple(skipped),
                        done=done,
                        total=total,
                    )
                if not next_link and not catch_up:
                    break
                catch_up = catch_up and bool(next_link)
                url = link
        gone = [
            m for m in position.removed if not listed.get(m) and not self._still_watched(m, watched)
        ]
        position.removed = []
        yield Page((), position.encode(), deleted=tuple(gone), done=done, total=total)
