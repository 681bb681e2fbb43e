"""The state behind the fake Microsoft Graph: folders, messages, and delta sync state.

Kept apart from the HTTP layer (``microsoft_server.py``) so tests can change the mailbox
(add, move, delete, expire delta tokens) while a sync runs. Every change bumps a sequence
number; a delta token remembers the sequence it was issued at, so a delta round returns
exactly what changed since then in one folder: messages now in it that changed, and
``@removed`` entries for messages that left it (deleted or moved away).

Ids: each message has one immutable id. Without ``Prefer: IdType="ImmutableId"`` the
fake hands out folder-bound ids instead (as Graph does), which change when mail moves.
Everything is guarded by one lock: the server answers from threads.
"""

from __future__ import annotations

import base64
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from typing import Any


@dataclass
class Folder:
    id: str
    name: str
    parent_id: str | None


@dataclass
class GraphMessage:
    id: str  # the immutable id
    folder_id: str
    subject: str
    sender_name: str
    sender_address: str
    received: datetime
    conversation_id: str
    raw: bytes
    version: int  # sequence number of its last change


@dataclass
class DeltaState:
    """What a delta or skip token stands for."""

    folder_id: str
    seq: int  # changes after this sequence number are reported; -1: a first round
    since: datetime | None  # the round's receivedDateTime filter
    select: tuple[str, ...]
    items: list[dict[str, Any]] | None = None  # a round's snapshot (skip tokens only)
    offset: int = 0
    end_seq: int = 0
    stale: bool = False


def make_mime(sender: str, subject: str, date: datetime, body: str, *, to: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain="example.test")
    msg.set_content(body)
    return msg.as_bytes()


@dataclass
class Mailbox:
    owner: str = "jobseeker@example.com"
    lock: threading.RLock = field(default_factory=threading.RLock)
    folders: dict[str, Folder] = field(default_factory=dict)
    messages: dict[str, GraphMessage] = field(default_factory=dict)
    seq: int = 0
    # (seq, folder id, message id): the message left that folder at that sequence number
    departures: list[tuple[int, str, str]] = field(default_factory=list)
    tokens: dict[str, DeltaState] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ids = 0
        self.inbox_id = self._new_id("folder")
        self.folders[self.inbox_id] = Folder(self.inbox_id, "Inbox", None)
        archive = self._new_id("folder")
        self.folders[archive] = Folder(archive, "Archive", None)
        self.archive_id = archive

    def _new_id(self, kind: str) -> str:
        # Graph ids are long base64url strings; these are shaped alike but numbered, so a
        # hypothesis run that fails can be replayed with the same ids.
        self._ids += 1
        raw = f"{kind}-{self._ids:06d}".encode()
        return f"AAMk{kind[:2]}" + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    # -- changes tests make ---------------------------------------------------------------

    def add_folder(self, name: str, parent: str | None = None) -> str:
        with self.lock:
            fid = self._new_id("folder")
            self.folders[fid] = Folder(fid, name, parent or self.inbox_id)
            return fid

    def add(
        self,
        sender: str,
        subject: str,
        *,
        received: datetime | None = None,
        folder: str | None = None,
        body: str = "Hello.",
        conversation: str | None = None,
    ) -> str:
        when = received or datetime.now(UTC)
        name, _, address = sender.rpartition(" <")
        address = address.rstrip(">") if name else sender
        with self.lock:
            self.seq += 1
            mid = self._new_id("message")
            self.messages[mid] = GraphMessage(
                id=mid,
                folder_id=folder or self.inbox_id,
                subject=subject,
                sender_name=name.strip('"'),
                sender_address=address,
                received=when,
                conversation_id=conversation or self._new_id("conversation"),
                raw=make_mime(sender, subject, when, body, to=self.owner),
                version=self.seq,
            )
            return mid

    def add_raw(self, raw: bytes, *, folder: str | None = None) -> str:
        """Store given MIME bytes; sender, subject and date are read from its headers."""
        headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
        try:
            when = parsedate_to_datetime(str(headers["Date"]))
        except (TypeError, ValueError):
            when = datetime.now(UTC)
        mid = self.add(
            str(headers["From"] or ""),
            str(headers["Subject"] or ""),
            received=when if when.tzinfo else when.replace(tzinfo=UTC),
            folder=folder,
        )
        with self.lock:
            self.messages[mid].raw = raw
        return mid

    def move(self, mid: str, folder: str) -> None:
        with self.lock:
            msg = self.messages[mid]
            self.seq += 1
            self.departures.append((self.seq, msg.folder_id, mid))
            msg.folder_id = folder
            msg.version = self.seq

    def delete(self, mid: str) -> None:
        with self.lock:
            msg = self.messages.pop(mid)
            self.seq += 1
            self.departures.append((self.seq, msg.folder_id, mid))

    def touch(self, mid: str) -> None:
        """A change that is not a move (read flag, categories): delta reports it again."""
        with self.lock:
            self.seq += 1
            self.messages[mid].version = self.seq

    def expire_delta_tokens(self) -> None:
        """Every token issued so far answers 410 syncStateNotFound from now on."""
        with self.lock:
            for state in self.tokens.values():
                state.stale = True

    # -- ids ------------------------------------------------------------------------------

    def external_id(self, msg: GraphMessage, immutable: bool) -> str:
        if immutable:
            return msg.id
        raw = f"{msg.folder_id}|{msg.id}".encode()
        return "AAMkmu" + base64.urlsafe_b64encode(raw).decode()

    def lookup(self, external: str) -> GraphMessage | None:
        with self.lock:
            if external in self.messages:
                return self.messages[external]
            if not external.startswith("AAMkmu"):
                return None
            try:
                folder, _, mid = base64.urlsafe_b64decode(external[6:]).decode().partition("|")
            except (ValueError, UnicodeDecodeError):
                return None
            msg = self.messages.get(mid)
            # A folder-bound id dies when the message moves, as on the real service.
            return msg if msg is not None and msg.folder_id == folder else None

    # -- delta ----------------------------------------------------------------------------

    def children(self, fid: str) -> list[Folder]:
        with self.lock:
            return [f for f in self.folders.values() if f.parent_id == fid]

    def count(self, fid: str) -> int:
        with self.lock:
            return sum(1 for m in self.messages.values() if m.folder_id == fid)

    def issue(self, state: DeltaState) -> str:
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[token] = state
        return token

    def snapshot(self, state: DeltaState, immutable: bool) -> tuple[list[dict[str, Any]], int]:
        """The items one delta round returns, and the sequence number it covers up to."""
        with self.lock:
            items: list[dict[str, Any]] = []
            changed = [
                m
                for m in self.messages.values()
                if m.folder_id == state.folder_id
                and m.version > state.seq
                and (state.since is None or m.received >= state.since)
            ]
            changed.sort(key=lambda m: m.received, reverse=True)  # newest first
            for msg in changed:
                items.append(self.render(msg, state.select, immutable))
            present = {m.id for m in changed}
            gone: list[str] = []
            # A first round (seq -1) lists what is there; only later rounds report removals.
            for seq, folder, mid in self.departures if state.seq >= 0 else ():
                if seq > state.seq and folder == state.folder_id and mid not in present:
                    current = self.messages.get(mid)
                    if current is not None and current.folder_id == state.folder_id:
                        continue  # left and came back: reported as changed, if at all
                    if mid not in gone:
                        gone.append(mid)
            for mid in gone:
                external = mid
                if not immutable:
                    raw = f"{state.folder_id}|{mid}".encode()
                    external = "AAMkmu" + base64.urlsafe_b64encode(raw).decode()
                items.append({"id": external, "@removed": {"reason": "deleted"}})
            return items, self.seq

    def render(self, msg: GraphMessage, select: tuple[str, ...], immutable: bool) -> dict[str, Any]:
        full: dict[str, Any] = {
            "subject": msg.subject,
            "from": {"emailAddress": {"name": msg.sender_name, "address": msg.sender_address}},
            "receivedDateTime": msg.received.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "conversationId": msg.conversation_id,
            "parentFolderId": msg.folder_id,
            "isRead": False,
        }
        out: dict[str, Any] = {"@odata.etag": f'W/"{msg.version}"'}
        out.update({k: v for k, v in full.items() if not select or k in select})
        out["id"] = self.external_id(msg, immutable)
        return out
