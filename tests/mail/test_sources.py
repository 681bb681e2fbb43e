"""Finding raw messages in .eml files, folders and mbox files (streamed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.mail.parse import parse_message
from applytrack_desktop.mail.sources import RawSource, count_sources, iter_sources

SAMPLES = Path(__file__).parent / "samples"


def test_single_eml(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(b"From: a@b.c\n\nbody\n")
    assert list(iter_sources([path])) == [RawSource(str(path), b"From: a@b.c\n\nbody\n")]
    assert count_sources([path]) == 1


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.eml").write_bytes(b"From: two@x\n\n2")
    (tmp_path / "a.EML").write_bytes(b"From: one@x\n\n1")
    (tmp_path / "c.eml").write_bytes(b"From: three@x\n\n3")
    (tmp_path / "notes.txt").write_bytes(b"not mail")
    labels = [source.label for source in iter_sources([tmp_path])]
    assert labels == [
        str(tmp_path / "a.EML"),
        str(tmp_path / "b" / "2.eml"),
        str(tmp_path / "c.eml"),
    ]
    assert count_sources([tmp_path]) == 3


def test_a_folder_holding_an_mbox_yields_its_messages(tmp_path: Path) -> None:
    takeout = tmp_path / "Takeout" / "Mail"
    takeout.mkdir(parents=True)
    shutil.copy(SAMPLES / "escaped.mbox", takeout / "All mail Including Spam and Trash.mbox")
    (tmp_path / "z.eml").write_bytes(b"From: z@x\n\nlast")
    sources = list(iter_sources([tmp_path]))
    mbox = takeout / "All mail Including Spam and Trash.mbox"
    assert [s.label for s in sources] == [
        f"{mbox}:0",
        f"{mbox}:1",
        f"{mbox}:2",
        f"{tmp_path}/z.eml",
    ]
    assert parse_message(sources[2].raw).text == "last one"
    assert count_sources([tmp_path]) == 4


def test_mbox_with_quoting_and_nul_bytes() -> None:
    path = SAMPLES / "escaped.mbox"
    sources = list(iter_sources([path]))
    assert [s.label for s in sources] == [f"{path}:0", f"{path}:1", f"{path}:2"]
    assert count_sources([path]) == 3
    first, second, third = (parse_message(s.raw) for s in sources)
    assert first.subject == "first"
    assert first.text == (
        "From the desk of Alice: hello.\n>From here on, quoted twice.\nFrom my side nothing else."
    )
    assert second.text == "Bob's body with a NUL byte."
    assert "NUL characters removed" in second.defects
    assert third.sender_name == "Carol"
    assert third.text == "last one"


def test_mbox_keeps_each_message_byte_exact(tmp_path: Path) -> None:
    path = tmp_path / "crlf.mbox"
    one = b"From: a@x\r\nSubject: one\r\n\r\nline\r\n"
    two = b"From: b@x\r\nSubject: two\r\n\r\nother\r\n"
    path.write_bytes(
        b"From a@x Mon Mar  3 10:00:00 2025\r\n" + one + b"\r\n"
        b"From b@x Mon Mar  3 10:00:01 2025\r\n" + two
    )
    assert [s.raw for s in iter_sources([path])] == [one, two]


def test_file_starting_with_from_is_an_mbox_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    shutil.copy(SAMPLES / "escaped.mbox", path)
    assert count_sources([path]) == 3
    assert [s.label for s in iter_sources([path])][-1] == f"{path}:2"


def test_body_line_starting_with_from_does_not_split(tmp_path: Path) -> None:
    path = tmp_path / "plain.mbox"
    path.write_bytes(
        b"From a@x Mon Mar  3 10:00:00 2025\nFrom: a@x\nSubject: s\n\n"
        b"Hello,\n\nFrom 9:00 to 17:00 we are open.\nFrom Monday on.\n"
    )
    (source,) = iter_sources([path])
    assert parse_message(source.raw).text == (
        "Hello,\n\nFrom 9:00 to 17:00 we are open.\nFrom Monday on."
    )


def test_empty_mbox(tmp_path: Path) -> None:
    path = tmp_path / "empty.mbox"
    path.write_bytes(b"")
    assert list(iter_sources([path])) == []
    assert count_sources([path]) == 0


def test_mixed_inputs_keep_their_order(tmp_path: Path) -> None:
    eml = tmp_path / "x.eml"
    eml.write_bytes(b"From: x@x\n\nx")
    labels = [s.label for s in iter_sources([eml, SAMPLES / "escaped.mbox"])]
    assert labels[0] == str(eml)
    assert labels[1].endswith("escaped.mbox:0")
    assert count_sources([eml, SAMPLES / "escaped.mbox"]) == 4


@pytest.mark.parametrize("name", ["missing.eml", "notes.txt"])
def test_bad_paths_fail_before_anything_is_read(tmp_path: Path, name: str) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(b"From: a@b.c\n\nx")
    (tmp_path / "notes.txt").write_bytes(b"just text")
    with pytest.raises(InvalidInputError) as caught:
        next(iter_sources([good, tmp_path / name]))
    assert str(tmp_path / name) in str(caught.value)
    with pytest.raises(InvalidInputError):
        count_sources([tmp_path / name])


def test_large_mbox_is_yielded_lazily(tmp_path: Path) -> None:
    path = tmp_path / "many.mbox"
    with path.open("wb") as out:
        for i in range(2_000):
            out.write(b"From x Mon Mar  3 10:00:00 2025\nFrom: a@x\nSubject: %d\n\nbody\n\n" % i)
    sources = iter_sources([path])
    first = next(sources)
    assert first.label == f"{path}:0"
    assert b"Subject: 0\n" in first.raw
    assert sum(1 for _ in sources) == 1_999


def test_text_before_the_first_separator_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "odd.mbox"
    path.write_bytes(
        b"From: lead@x\nSubject: no separator line\n\nfirst\n"
        b"From b@x Mon Mar  3 10:00:01 2025\nFrom: b@x\nSubject: second\n\nsecond\n"
    )
    subjects = [parse_message(s.raw).subject for s in iter_sources([path])]
    assert subjects == ["no separator line", "second"]
    assert count_sources([path]) == 2
