"""Local mail files as an account you can re-scan: ``.mbox`` files (Google Takeout, Thunderbird)
and folders of ``.eml`` files.

Decisions, and why:
- Provider ids are a content hash (``sha256:`` of the message bytes with line endings
  normalised), not ``path:index``: a Takeout re-export reorders an mbox and an index would
  then point at other mail. The same message found twice in one scan is handed out once.
- The cursor is JSON ``{path: [size, mtime_ns, offset, tail]}``: ``offset`` is how far the
  file has been read, ``tail`` a hash of the 4 KB before it. An unchanged file costs one
  ``stat``; a file that only grew at the end (an appended mbox) is read from ``offset``
  (the tail hash proves the start is unchanged); anything else is read again from the
  start, and ``known()`` keeps already stored mail from being fetched twice.
- Pages end inside a file, with ``offset`` at the last message handed out, so a crash
  resumes mid-mbox with nothing lost and nothing twice.
- Nothing is ever reported deleted: a removed or shortened file leaves its mail in the
  store (the files are an import source, not a mailbox the user deletes from).
- The mbox reader is our own rather than ``mail.sources``: it must start at a byte offset
  and report where each message ends. It splits and unquotes exactly like ``mail.sources``
  (same separator rule, ``>From`` unquoted), so ``import`` and a files account agree.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from applytrack_desktop.core.errors import StaleCursorError
from applytrack_desktop.providers.base import FetchedMessage, Page, SyncRequest
from applytrack_desktop.providers.headers import header_info

log = logging.getLogger(__name__)

CURSOR_VERSION = 1
TAIL_BYTES = 4096
# Split like mail.sources: a "From " line with a time in it, followed by a header line, so
# a body line starting with "From " does not split a message. ">From " quoting is undone.
_SEPARATOR = re.compile(rb"^From [^\r\n]*?\d:\d\d[^\r\n]*\r?\n(?=[!-9;-~]+:)", re.M)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int
    offset: int
    tail: str


def message_id_for(raw: bytes) -> str:
    """The stable provider id of a message: a hash of its bytes, line endings normalised."""
    normal = raw.replace(b"\r\n", b"\n").rstrip()
    return "sha256:" + hashlib.sha256(normal).hexdigest()[:40]


def _tail_hash(fh: BinaryIO, offset: int) -> str:
    start = max(0, offset - TAIL_BYTES)
    fh.seek(start)
    return hashlib.sha256(fh.read(offset - start)).hexdigest()[:32]


def _mail_files(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in (".eml", ".mbox")
            ]
        elif path.is_file():
            found.append(path)
        else:
            log.warning("A mail file or folder of a files account is missing; skipped")
    return found


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() == ".eml":
        return False
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _read_mbox(fh: BinaryIO, start: int, limit: int) -> Iterator[tuple[bytes, int]]:
    """Yield (message bytes, end offset) from ``start`` (a separator, or 0) to ``limit``.

    ``limit`` is the size seen by ``stat``: mail appended while we read waits for the next
    scan, so a stored offset always falls on a separator. The file is memory-mapped, so
    only the message being handed out is copied into memory.
    """
    if limit <= start:
        return
    with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        begin = start
        for match in _SEPARATOR.finditer(data, start, limit):
            if data[begin : match.start()].strip():  # text before a first separator counts
                yield _unquote(data[begin : match.start()]), match.start()
            begin = match.end()
        if data[begin:limit].strip():
            yield _unquote(data[begin:limit]), limit


def _unquote(raw: bytes) -> bytes:
    raw = _strip_separator(raw)
    return _QUOTED_FROM.sub(rb"\1", raw) if b">From " in raw else raw


def _strip_separator(raw: bytes) -> bytes:
    # mbox puts one empty line before the next "From " line; it is not part of the message.
    if raw.endswith(b"\r\n\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n\n"):
        return raw[:-1]
    return raw


class FilesProvider:
    """A re-scannable set of ``.mbox`` files and folders of ``.eml`` files."""

    kind = "files"

    def __init__(self, paths: Sequence[str | os.PathLike[str]], *, page_size: int = 100) -> None:
        self.paths = [Path(p) for p in paths]
        self.page_size = max(1, page_size)

    def address(self) -> str:
        return ", ".join(str(p) for p in self.paths)

    def close(self) -> None:
        """Nothing is held open between pages."""

    def pages(self, request: SyncRequest) -> Iterator[Page]:
        state = _load(request.cursor)
        batch: list[FetchedMessage] = []
        skipped: list[str] = []
        seen: set[str] = set()
        done = 0
        emitted = False
        for path in _mail_files(self.paths):
            key = str(path)
            stat = path.stat()
            prev = state.get(key)
            if prev and (prev.size, prev.mtime_ns, prev.offset) == (
                stat.st_size,
                stat.st_mtime_ns,
                stat.st_size,
            ):
                continue  # unchanged and fully read: costs one stat
            with path.open("rb") as fh:
                start = _resume_offset(fh, prev, stat.st_size)
                if _is_mbox(path):
                    items = _read_mbox(fh, start, stat.st_size)
                else:
                    fh.seek(0)
                    items = iter([(fh.read(stat.st_size), stat.st_size)] if start == 0 else [])
                for raw, end in items:
                    done += 1
                    pid = message_id_for(raw)
                    if pid in seen or request.known(pid):
                        pass
                    elif request.wanted(header_info(pid, raw)):
                        batch.append(FetchedMessage(pid, raw, None, key))
                    else:
                        skipped.append(pid)
                    seen.add(pid)
                    if len(batch) + len(skipped) >= self.page_size:
                        here = fh.tell()
                        state[key] = FileState(
                            stat.st_size, stat.st_mtime_ns, end, _tail_hash(fh, end)
                        )
                        fh.seek(here)
                        yield Page(tuple(batch), _dump(state), skipped=tuple(skipped), done=done)
                        emitted = True
                        batch, skipped = [], []
                state[key] = FileState(
                    stat.st_size, stat.st_mtime_ns, stat.st_size, _tail_hash(fh, stat.st_size)
                )
        cursor = _dump(state)
        if batch or skipped or (not emitted and cursor != request.cursor):
            yield Page(tuple(batch), cursor, skipped=tuple(skipped), done=done, total=done)


def _resume_offset(fh: BinaryIO, prev: FileState | None, size: int) -> int:
    """Where to go on reading: the old offset if the bytes before it are unchanged, else 0."""
    if prev is None or not 0 < prev.offset <= size:
        return 0
    return prev.offset if _tail_hash(fh, prev.offset) == prev.tail else 0


def _dump(state: dict[str, FileState]) -> str:
    body = {k: [s.size, s.mtime_ns, s.offset, s.tail] for k, s in sorted(state.items())}
    return json.dumps({"v": CURSOR_VERSION, "files": body}, separators=(",", ":"))


def _load(cursor: str | None) -> dict[str, FileState]:
    if cursor is None:
        return {}
    try:
        data = json.loads(cursor)
        if data.get("v") != CURSOR_VERSION:
            raise ValueError("unknown cursor version")
        return {
            str(k): FileState(int(a), int(b), int(c), str(d))
            for k, (a, b, c, d) in data["files"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StaleCursorError("The saved position in the mail files is unreadable.") from exc
