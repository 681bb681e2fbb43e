"""Raw messages from files the user points at: ``.eml`` files, folders of them, ``.mbox``.

A folder is searched to any depth, in path order, for ``.eml`` and ``.mbox`` files (a Google
Takeout export is a folder holding one ``.mbox``) and for mbox files without a suffix, known
by their first line (Apple Mail exports ``Inbox.mbox/mbox``, Thunderbird keeps ``Inbox``
beside ``Inbox.msf``). Inside a folder, mailboxes named like sent mail, drafts, junk or
trash (``mail.special_folders``) are passed over, as a sync passes over those folders; a
file named on the command line is always read.

A 50,000-message mbox must stream: the file is memory-mapped, its "From " separator lines
are found with a substring search (each candidate then checked by a regular expression), and
only the message being handed out is ever copied into memory. ``mailbox.mbox`` builds a table
of contents first and was measured five times slower (20,000 messages: 7.1 s against 1.4 s).
Both mbox flavours are read: ``>From `` quoting (mboxo and mboxrd) is undone.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.mail.special_folders import is_special_folder

# A From_ separator: "From <sender> <ctime date>" followed by a header line. Requiring a time
# and a header after it keeps body lines that start with "From " from splitting a message.
# The regex is only tried where a fast substring search found "\nFrom " (a multiline "^"
# search alone runs at a fifth of the speed).
_SEPARATOR = re.compile(rb"From [^\r\n]*?\d:\d\d[^\r\n]*\r?\n(?=[!-9;-~]+:)")
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)
_NON_BLANK = re.compile(rb"\S")


@dataclass(frozen=True, slots=True)
class RawSource:
    """One raw message and where it came from: "path" or "path:index" (0-based in an mbox)."""

    label: str
    raw: bytes


def iter_sources(paths: Sequence[Path]) -> Iterator[RawSource]:
    """Every message under ``paths``, in order; bad paths fail before anything is read."""
    plan = [_classify(Path(p)) for p in paths]
    for kind, path in plan:
        if kind == "dir":
            for file_kind, file in mail_files(path):
                if file_kind == "mbox":
                    for index, raw in enumerate(_mbox_messages(file)):
                        yield RawSource(f"{file}:{index}", raw)
                else:
                    yield RawSource(str(file), _read(file))
        elif kind == "eml":
            yield RawSource(str(path), _read(path))
        else:
            for index, raw in enumerate(_mbox_messages(path)):
                yield RawSource(f"{path}:{index}", raw)


def count_sources(paths: Sequence[Path]) -> int:
    """How many messages ``iter_sources`` will yield (for "n of m" progress), cheaply."""
    total = 0
    for kind, path in (_classify(Path(p)) for p in paths):
        if kind == "dir":
            for file_kind, file in mail_files(path):
                is_mbox = file_kind == "mbox"
                total += sum(1 for _ in _mbox_spans(file, copy=False)) if is_mbox else 1
        elif kind == "eml":
            total += 1
        else:
            total += sum(1 for _ in _mbox_spans(path, copy=False))
    return total


def _classify(path: Path) -> tuple[str, Path]:
    try:
        if path.is_dir():
            return "dir", path
        if not path.is_file():
            raise InvalidInputError(f"{path} does not exist or is not a file or folder.")
        suffix = path.suffix.lower()
        if suffix == ".eml":
            return "eml", path
        if suffix == ".mbox":
            return "mbox", path
        with path.open("rb") as handle:
            if handle.read(5) == b"From ":
                return "mbox", path
    except OSError as exc:
        raise InvalidInputError(f"{path} cannot be read ({exc.strerror or 'error'}).") from exc
    raise InvalidInputError(f"{path} is not an .eml file, an .mbox file or a folder of them.")


def mail_files(folder: Path) -> list[tuple[str, Path]]:
    """("eml" or "mbox", path) of every mail file under ``folder``, in path order."""
    found: list[tuple[str, Path]] = []
    for path in sorted(folder.rglob("*")):
        suffix = path.suffix.lower()
        if not suffix and path.name.startswith("."):
            continue  # .DS_Store and the like
        if suffix not in (".eml", ".mbox", "") or not path.is_file():
            continue
        if any(is_special_folder(part) for part in path.relative_to(folder).parts):
            continue  # Sent.mbox, Junk, "Deleted Messages.mbox/mbox": not read by a sync
        if suffix == ".eml":
            found.append(("eml", path))
        elif is_mbox(path):
            found.append(("mbox", path))
    return found


def is_mbox(path: Path) -> bool:
    """Named ``.mbox``, or not named ``.eml`` and starting with an mbox "From " line."""
    suffix = path.suffix.lower()
    if suffix in (".eml", ".mbox"):
        return suffix == ".mbox"
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False  # unreadable and not named as mail: not ours to complain about


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path} cannot be read ({exc.strerror or 'error'}).") from exc


def _mbox_spans(path: Path, *, copy: bool = True) -> Iterator[bytes]:
    """Each message's bytes as stored (still quoted), streaming from a memory map.

    With ``copy=False`` nothing is copied and empty ``b""`` values are yielded: enough to
    count messages at the speed of the separator search.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InvalidInputError(f"{path} cannot be read ({exc.strerror or 'error'}).") from exc
    with handle:
        if path.stat().st_size == 0:
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start = 0
            for match in _separators(data):
                # Text before the first separator, if any, is a message too.
                if _NON_BLANK.search(data, start, match.start()):
                    yield _strip_separator_blank(data[start : match.start()]) if copy else b""
                start = match.end()
            if _NON_BLANK.search(data, start):
                yield _strip_separator_blank(data[start:]) if copy else b""


def _separators(data: mmap.mmap) -> Iterator[re.Match[bytes]]:
    """The From_ separator lines of an mbox, in order."""
    if data[:5] == b"From ":
        candidate = 0
    else:
        found = data.find(b"\nFrom ")
        if found < 0:
            return
        candidate = found + 1
    while True:
        match = _SEPARATOR.match(data, candidate)
        if match is not None:
            yield match
        found = data.find(b"\nFrom ", candidate)
        if found < 0:
            return
        candidate = found + 1


def _mbox_messages(path: Path) -> Iterator[bytes]:
    for raw in _mbox_spans(path):
        if b">From " in raw:
            raw = _QUOTED_FROM.sub(rb"\1", raw)
        yield raw


def _strip_separator_blank(raw: bytes) -> bytes:
    """Drop the blank line an mbox writer puts before the next "From " line."""
    if raw.endswith(b"\r\n\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n\n"):
        return raw[:-1]
    return raw
