"""The IMAP sync cursor: what is done and what is left, per watched folder, as JSON.

Kept apart from the connection code so it can be reasoned about (and tested) on its own.
A folder's state says: every UID below ``next`` has been handled, except the UIDs in the
``todo`` ranges, which are still to walk. Ranges are walked newest first and shrink from
the top as pages are committed, so a crash resumes inside a range with nothing lost and
nothing twice. ``seen`` holds the UIDs already handed to the engine (the newest
``MAX_TRACKED`` only): when the folder's message count shows an expunge, the provider
asks the server which of them are still there and reports the rest as deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from applytrack_desktop.core.errors import StaleCursorError

CURSOR_VERSION = 1
MAX_TRACKED = 5000  # UIDs per folder remembered for deletion reports (bounded cost)


@dataclass(slots=True)
class Todo:
    """UIDs in ``[lo, hi)`` still to walk; only those received since ``since`` when set."""

    lo: int
    hi: int
    since: str | None = None  # ISO date of the first-sync window


@dataclass(slots=True)
class FolderState:
    validity: int
    next: int  # UIDNEXT when this folder was last planned
    exists: int  # message count the folder had then (EXISTS)
    todo: list[Todo] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)  # ascending

    def remember(self, uids: list[int]) -> None:
        merged = sorted(set(self.seen).union(uids))
        self.seen = merged[-MAX_TRACKED:]

    def forget(self, uids: set[int]) -> None:
        self.seen = [u for u in self.seen if u not in uids]


def encode_uids(uids: list[int]) -> str:
    """``[1, 2, 3, 7]`` -> ``"1:3,7"`` (an IMAP sequence set; compact for runs)."""
    parts: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(parts)


def decode_uids(text: str) -> list[int]:
    out: list[int] = []
    for part in filter(None, text.split(",")):
        lo, _, hi = part.partition(":")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def dump_cursor(folders: dict[str, FolderState]) -> str:
    body = {
        name: {
            "validity": s.validity,
            "next": s.next,
            "exists": s.exists,
            "todo": [[t.lo, t.hi, t.since] for t in s.todo],
            "seen": encode_uids(s.seen),
        }
        for name, s in sorted(folders.items())
    }
    return json.dumps({"v": CURSOR_VERSION, "folders": body}, separators=(",", ":"))


def load_cursor(cursor: str | None) -> dict[str, FolderState]:
    """Parse a cursor; ``None`` is a first sync. A malformed one is stale, not a crash."""
    if cursor is None:
        return {}
    try:
        data = json.loads(cursor)
        if data.get("v") != CURSOR_VERSION:
            raise ValueError("unknown cursor version")
        folders: dict[str, FolderState] = {}
        for name, raw in data["folders"].items():
            todo = [Todo(int(lo), int(hi), since) for lo, hi, since in raw["todo"]]
            for t in todo:
                if t.since is not None:
                    datetime.fromisoformat(t.since)
            folders[str(name)] = FolderState(
                validity=int(raw["validity"]),
                next=int(raw["next"]),
                exists=int(raw["exists"]),
                todo=todo,
                seen=decode_uids(str(raw["seen"])),
            )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StaleCursorError("The saved IMAP sync position is unreadable.") from exc
    return folders
