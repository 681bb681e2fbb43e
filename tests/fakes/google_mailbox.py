"""The state behind the fake Gmail API: a mailbox with history, a quota, and search parsing.

Kept apart from the HTTP layer (``google_server.py``) so tests can change the mailbox
(add, delete, trash, expire history) while a sync runs, and so the quota model can be
read on its own. Everything is guarded by one lock: the server answers from threads.
"""

from __future__ import annotations

import collections
import email.policy
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.parser import BytesHeaderParser
from email.utils import format_datetime, parsedate_to_datetime

EXCLUDABLE = {"sent": "SENT", "drafts": "DRAFT", "spam": "SPAM", "trash": "TRASH"}
_PST = timezone(timedelta(hours=-8))  # Gmail reads yyyy/mm/dd dates in q as Pacific time


class QueryError(ValueError):
    """A search term the fake does not understand: answered with 400, never ignored."""


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    labels: set[str]
    internal_ms: int
    raw: bytes
    headers: list[tuple[str, str]]
    history_id: int


@dataclass(frozen=True)
class HistoryRecord:
    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message_id: str
    thread_id: str
    labels: tuple[str, ...]  # the message's labels after the change
    changed: tuple[str, ...] = ()  # labels added/removed by a label change


def make_raw(
    sender: str,
    subject: str,
    date: datetime,
    body: str,
    *,
    to: str,
    extra: Iterable[tuple[str, str]] = (),
    message_id: str,
) -> bytes:
    """RFC 5322 bytes, written by hand: ``EmailMessage`` costs ms a message at bench scale."""
    headers = [
        ("From", sender),
        ("To", to),
        ("Subject", str(Header(subject, "utf-8").encode()) if not subject.isascii() else subject),
        ("Date", format_datetime(date)),
        ("Message-ID", message_id),
        *extra,
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    text = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (head + "\r\n" + text + "\r\n").encode("utf-8")


@dataclass
class Search:
    after: float | None = None  # epoch seconds
    before: float | None = None
    excluded: set[str] = field(default_factory=set)
    required: set[str] = field(default_factory=set)


def parse_query(q: str) -> Search:
    """The subset of Gmail search the provider uses; anything else is a 400."""
    search = Search()
    for term in q.split():
        negate = term.startswith("-")
        name, _, value = term.lstrip("-").partition(":")
        if name in {"after", "before"} and not negate:
            seconds = _parse_when(value)
            setattr(search, name, seconds)
        elif name == "in" and value.lower() in EXCLUDABLE | {"inbox": "INBOX"}:
            label = (EXCLUDABLE | {"inbox": "INBOX"})[value.lower()]
            (search.excluded if negate else search.required).add(label)
        else:
            raise QueryError(f"unsupported search term {term!r}")
    return search


def _parse_when(value: str) -> float:
    if value.isdigit():
        return float(value)
    try:
        day = datetime.strptime(value, "%Y/%m/%d").replace(tzinfo=_PST)
    except ValueError as exc:
        raise QueryError(f"bad date {value!r}") from exc
    return day.timestamp()


class Quota:
    """Units per rolling minute, like Gmail's per-user limit; ``clock`` may be virtual."""

    def __init__(self, units_per_minute: float | None, clock: Callable[[], float]) -> None:
        self.units_per_minute = units_per_minute
        self.clock = clock
        self._spent: collections.deque[tuple[float, float]] = collections.deque()
        self.total = 0.0
        self.rejected = 0
        self.first: float | None = None
        self.last: float | None = None

    def _expire(self, now: float) -> float:
        while self._spent and self._spent[0][0] <= now - 60.0:
            self._spent.popleft()
        return sum(units for _, units in self._spent)

    def charge(self, units: float) -> float | None:
        """Spend ``units`` now; on refusal return the seconds until they would fit."""
        if units <= 0:
            return 0.0
        now = self.clock()
        used = self._expire(now)
        if self.units_per_minute is not None and used + units > self.units_per_minute:
            self.rejected += 1
            need = used + units - self.units_per_minute
            for when, spent in self._spent:
                need -= spent
                if need <= 0:
                    return max(0.0, when + 60.0 - now)
            return 60.0
        self._spent.append((now, units))
        self.total += units
        self.first = now if self.first is None else self.first
        self.last = now
        return None


class Mailbox:
    """One Gmail user's mail, newest first, with a history log."""

    def __init__(self, address: str = "seeker@example.com") -> None:
        self.address = address
        self.lock = threading.RLock()
        self.messages: dict[str, StoredMessage] = {}
        self.history: list[HistoryRecord] = []
        self.history_id = 1000
        self.min_history_id = 1000  # startHistoryId below this: 404
        self._next_id = 0x18C0000000000000
        self._clock_ms = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)

    def _bump(self) -> int:
        self.history_id += 1
        return self.history_id

    def add(
        self,
        sender: str = "Talent <jobs@acme.example>",
        subject: str = "Your application to Acme",
        *,
        date: datetime | None = None,
        body: str = "Thank you for applying.",
        labels: Iterable[str] = ("INBOX",),
        extra_headers: Iterable[tuple[str, str]] = (),
        thread_id: str | None = None,
    ) -> str:
        """Deliver one message; ``date`` defaults to one minute after the previous one."""
        with self.lock:
            self._next_id += 1
            mid = f"{self._next_id:016x}"
            if date is None:
                self._clock_ms += 60_000
                date = datetime.fromtimestamp(self._clock_ms / 1000, UTC)
            extra = list(extra_headers)
            raw = make_raw(
                sender, subject, date, body, to=self.address, extra=extra,
                message_id=f"<{mid}@fake.example>",
            )  # fmt: skip
            headers = [("From", sender), ("Subject", subject), ("Date", format_datetime(date))]
            headers += extra
            hid = self._bump()
            msg = StoredMessage(
                id=mid, thread_id=thread_id or mid, labels=set(labels),
                internal_ms=int(date.timestamp() * 1000), raw=raw, headers=headers,
                history_id=hid,
            )  # fmt: skip
            self.messages[mid] = msg
            self.history.append(
                HistoryRecord(hid, "messageAdded", mid, msg.thread_id, tuple(sorted(msg.labels)))
            )
            return mid

    def add_raw(self, raw: bytes, *, labels: Iterable[str] = ("INBOX",)) -> str:
        """Deliver ready-made RFC 5322 bytes; the Date header sets the internal date."""
        parsed = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        try:
            date = parsedate_to_datetime(str(parsed["Date"]))
        except (TypeError, ValueError, IndexError):
            date = datetime.now(UTC)
        with self.lock:
            self._next_id += 1
            mid = f"{self._next_id:016x}"
            headers = [(k, str(v)) for k, v in parsed.items()]
            hid = self._bump()
            msg = StoredMessage(
                id=mid, thread_id=mid, labels=set(labels), internal_ms=int(date.timestamp() * 1000),
                raw=raw, headers=headers, history_id=hid,
            )  # fmt: skip
            self.messages[mid] = msg
            self.history.append(
                HistoryRecord(hid, "messageAdded", mid, mid, tuple(sorted(msg.labels)))
            )
            return mid

    def delete(self, mid: str) -> None:
        with self.lock:
            msg = self.messages.pop(mid)
            self.history.append(
                HistoryRecord(self._bump(), "messageDeleted", mid, msg.thread_id, ())
            )

    def relabel(self, mid: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        with self.lock:
            msg = self.messages[mid]
            added, removed = set(add) - msg.labels, set(remove) & msg.labels
            msg.labels = (msg.labels | added) - removed
            for kind, changed in (("labelAdded", added), ("labelRemoved", removed)):
                if changed:
                    rec = HistoryRecord(
                        self._bump(), kind, mid, msg.thread_id, tuple(sorted(msg.labels)),
                        tuple(sorted(changed)),
                    )  # fmt: skip
                    self.history.append(rec)

    def expire_history(self) -> None:
        """Forget the history log: any stored startHistoryId now gets a 404."""
        with self.lock:
            self.min_history_id = self._bump()
            self.history.clear()

    def listing(self, q: str, include_spam_trash: bool) -> list[StoredMessage]:
        search = parse_query(q)
        with self.lock:
            found = []
            for msg in self.messages.values():
                if not include_spam_trash and msg.labels & {"SPAM", "TRASH"}:
                    continue
                if msg.labels & search.excluded or not search.required <= msg.labels:
                    continue
                seconds = msg.internal_ms / 1000
                if search.after is not None and seconds < search.after:
                    continue
                if search.before is not None and seconds >= search.before:
                    continue
                found.append(msg)
        found.sort(key=lambda m: (m.internal_ms, m.id), reverse=True)
        return found

    def history_since(self, start: int, types: set[str]) -> list[HistoryRecord] | None:
        """Records after ``start`` of the given types, or None when ``start`` is too old."""
        with self.lock:
            if start < self.min_history_id or start > self.history_id:
                return None
            return [r for r in self.history if r.id > start and (not types or r.kind in types)]


class VirtualClock:
    """Real time plus every skipped sleep: CPU work counts, waiting costs nothing."""

    def __init__(self) -> None:
        self._start = time.monotonic()
        self._skipped = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return time.monotonic() - self._start + self._skipped

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._skipped += max(0.0, seconds)
