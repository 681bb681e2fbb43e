"""The files provider: content-hash ids, cheap re-scans, appended mboxes, rewritten files.

The cross-provider promises (resume from any page, known/wanted) are in the conformance
suite; these cover what is particular to files on disk.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from applytrack_desktop.core.errors import StaleCursorError
from applytrack_desktop.providers.base import Page, SyncRequest
from applytrack_desktop.providers.files import FilesProvider, message_id_for
from tests.providers.conformance import make_message, message_id_of

SINCE = datetime.now(UTC) - timedelta(days=180)


def mbox_bytes(numbers: list[int], newline: bytes = b"\n") -> bytes:
    out = b""
    for n in numbers:
        raw = make_message(n).replace(b"\r\n", newline)
        out += b"From someone@example.com Sat Nov  1 09:00:00 2026" + newline + raw + newline
    return out


def sync(paths: list[Path], cursor: str | None = None, **kwargs: object) -> list[Page]:
    provider = FilesProvider(paths, page_size=int(kwargs.pop("page_size", 100)))  # type: ignore[call-overload]
    return list(provider.pages(SyncRequest(cursor, SINCE, **kwargs)))  # type: ignore[arg-type]


def got(pages: list[Page]) -> list[str]:
    return [message_id_of(m.raw) for p in pages for m in p.messages]


def mids(numbers: list[int]) -> list[str]:
    return [message_id_of(make_message(n)) for n in numbers]


def test_mbox_messages_come_out_whole_and_in_order(tmp_path: Path) -> None:
    box = tmp_path / "a.mbox"
    box.write_bytes(mbox_bytes([1, 2, 3]))
    pages = sync([box])
    assert got(pages) == mids([1, 2, 3])
    first = pages[0].messages[0].raw
    assert first == make_message(1).replace(b"\r\n", b"\n")  # no From_ line, no separator
    assert pages[-1].total == 3


def test_crlf_mbox_and_eml_folder(tmp_path: Path) -> None:
    box = tmp_path / "crlf.mbox"
    box.write_bytes(mbox_bytes([1, 2], newline=b"\r\n"))
    folder = tmp_path / "mail"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "x.eml").write_bytes(make_message(3))
    (folder / "notes.txt").write_bytes(b"not mail")
    assert sorted(got(sync([box, folder]))) == sorted(mids([1, 2, 3]))


def test_unchanged_files_cost_nothing_and_appends_yield_only_new_mail(tmp_path: Path) -> None:
    box = tmp_path / "a.mbox"
    box.write_bytes(mbox_bytes([1, 2]))
    cursor = sync([box])[-1].cursor
    assert sync([box], cursor) == []
    with box.open("ab") as fh:
        fh.write(mbox_bytes([3]))
    pages = sync([box], cursor)
    assert got(pages) == mids([3])
    assert pages[-1].done == 1  # only the appended message was read


def test_a_reordered_export_keeps_ids(tmp_path: Path) -> None:
    box = tmp_path / "takeout.mbox"
    box.write_bytes(mbox_bytes([1, 2, 3]))
    first = {m.provider_id for p in sync([box]) for m in p.messages}
    box.write_bytes(mbox_bytes([3, 1, 2]))  # a re-export: same mail, new order
    again = sync([box], None)
    assert {m.provider_id for p in again for m in p.messages} == first
    known_skip = sync([box], None, known=first.__contains__)
    assert got(known_skip) == []


def test_rewritten_file_is_read_again_from_the_start(tmp_path: Path) -> None:
    box = tmp_path / "a.mbox"
    box.write_bytes(mbox_bytes([1, 2]))
    first = sync([box])
    box.write_bytes(mbox_bytes([4, 2, 5]))  # changed before the old offset
    pages = sync([box], first[-1].cursor)
    assert got(pages) == mids([4, 2, 5])  # the engine's known() would drop message 2


def test_removed_file_deletes_nothing(tmp_path: Path) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(make_message(1))
    cursor = sync([tmp_path])[-1].cursor
    eml.unlink()
    pages = sync([tmp_path], cursor)
    assert all(p.deleted == () for p in pages)
    assert got(pages) == []
    assert got(sync([tmp_path / "gone"])) == []  # a missing path is skipped, not an error


def test_same_message_twice_in_one_scan_is_handed_out_once(tmp_path: Path) -> None:
    box = tmp_path / "dup.mbox"
    box.write_bytes(mbox_bytes([1, 1, 2]))
    assert got(sync([box])) == mids([1, 2])


def test_content_hash_ignores_line_endings() -> None:
    raw = make_message(9)
    assert message_id_for(raw) == message_id_for(raw.replace(b"\r\n", b"\n"))
    assert message_id_for(raw) != message_id_for(make_message(10))


def test_mid_file_pages_resume_inside_the_mbox(tmp_path: Path) -> None:
    box = tmp_path / "a.mbox"
    box.write_bytes(mbox_bytes(list(range(5))))
    pages = sync([box], page_size=2)
    assert [len(p.messages) for p in pages] == [2, 2, 1]
    assert [(p.done, p.total) for p in pages] == [(2, 5), (4, 5), (5, 5)]  # "n of m" at once
    rest = sync([box], pages[0].cursor, page_size=2)
    assert got(rest) == mids([2, 3, 4])


def test_unreadable_cursor_is_stale(tmp_path: Path) -> None:
    with pytest.raises(StaleCursorError):
        sync([tmp_path], '{"v": 1, "files": {"x": [1]}}')


def test_body_lines_starting_with_from_do_not_split_and_are_unquoted(tmp_path: Path) -> None:
    raw = make_message(1).replace(b"\r\n", b"\n")
    body_line = b"From the hiring team: welcome.\n>From a quoted line\n"
    box = tmp_path / "a.mbox"
    box.write_bytes(b"From x@example.com Sat Nov  1 09:00:00 2026\n" + raw + body_line + b"\n")
    pages = sync([box])
    assert len(pages[0].messages) == 1
    assert (
        pages[0].messages[0].raw.endswith(b"From the hiring team: welcome.\nFrom a quoted line\n")
    )


def test_empty_files_hold_no_messages(tmp_path: Path) -> None:
    (tmp_path / "empty.mbox").write_bytes(b"")
    (tmp_path / "empty.eml").write_bytes(b"\n")
    (tmp_path / "one.eml").write_bytes(make_message(1))
    assert got(sync([tmp_path])) == mids([1])


def test_exports_are_searched_like_import_and_takeout_spam_is_not_wanted(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "Inbox.mbox").mkdir(parents=True)
    (folder / "Inbox.mbox" / "mbox").write_bytes(mbox_bytes([1]))  # Apple Mail: no suffix
    (folder / "Junk.mbox").mkdir()
    (folder / "Junk.mbox" / "mbox").write_bytes(mbox_bytes([2]))
    spam = b"X-Gmail-Labels: Spam,Opened\r\n" + make_message(3)
    (folder / "takeout.mbox").write_bytes(
        b"From x@y Sat Nov  1 09:00:00 2026\n" + spam + b"\n" + mbox_bytes([4])
    )
    pages = sync([folder])
    assert got(pages) == mids([1, 4])
    assert [p.total for p in pages][-1] == 3
