"""Big attachment bodies are cut out before parsing; text and invites never are."""

from __future__ import annotations

import base64

import pytest

from applytrack_desktop.mail.attachments import drop_attachment_bodies
from applytrack_desktop.mail.limits import SHRINK_ABOVE_BYTES
from applytrack_desktop.mail.parse import parse_message

HEAD = (
    b"From: a@b.c\nSubject: cv\nMessage-ID: <cv@b.c>\n"
    b"Content-Type: multipart/mixed; boundary=zz\n\n"
)
BLOB = base64.encodebytes(bytes(range(256)) * 2_000)  # ~680 KB encoded


def _part(headers: bytes, body: bytes) -> bytes:
    return b"--zz\n" + headers + b"\n\n" + body + b"\n"


def _message(*parts: bytes, newline: bytes = b"\n") -> bytes:
    raw = HEAD + _part(b"Content-Type: text/plain", b"Here is my CV.") + b"".join(parts)
    return (raw + b"--zz--\n").replace(b"\n", newline)


PDF = b"Content-Type: application/pdf; name=cv.pdf\nContent-Transfer-Encoding: base64"


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_big_pdf_body_is_dropped_and_the_rest_kept(newline: bytes) -> None:
    raw = _message(_part(PDF, BLOB), _part(b"Content-Type: text/plain", b"after"), newline=newline)
    shrunk = drop_attachment_bodies(raw)
    assert len(shrunk) < 2_000
    assert b"application/pdf" in shrunk
    msg = parse_message(raw)
    assert msg.text == "Here is my CV.\nafter"
    assert msg.size == len(raw)


@pytest.mark.parametrize(
    "headers",
    [
        b"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: base64\nContent-Type: text/calendar; method=REQUEST",
        b'Content-Type: application/octet-stream; name="invite.ics"\n'
        b"Content-Transfer-Encoding: base64",
        b"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: base64",  # no type: text/plain by default
    ],
)
def test_text_calendar_and_untyped_parts_are_kept(headers: bytes) -> None:
    raw = _message(_part(headers, BLOB))
    assert drop_attachment_bodies(raw) == raw


def test_small_messages_and_small_attachments_are_untouched() -> None:
    small = base64.encodebytes(b"x" * 10_000)
    raw = _message(_part(PDF, small))
    assert drop_attachment_bodies(raw) == raw
    padded = _message(
        _part(PDF, small), _part(b"Content-Type: text/plain", b"y" * SHRINK_ABOVE_BYTES)
    )
    assert drop_attachment_bodies(padded) == padded


def test_single_part_base64_message_is_untouched() -> None:
    raw = b"From: a@b.c\n" + PDF + b"\n\n" + BLOB
    assert drop_attachment_bodies(raw) == raw


def test_thirty_megabyte_attachment_is_not_parsed_line_by_line() -> None:
    huge = base64.encodebytes(b"\x00" * (22 * 1024 * 1024))  # ~30 MB encoded
    raw = _message(_part(PDF, huge))
    shrunk = drop_attachment_bodies(raw)
    assert len(shrunk) < 2_000
    msg = parse_message(raw)
    assert msg.text == "Here is my CV."
    assert not msg.truncated
    assert msg.size == len(raw)


def test_unterminated_attachment_runs_to_the_end() -> None:
    raw = HEAD + _part(b"Content-Type: text/plain", b"note") + _part(PDF, BLOB)
    assert drop_attachment_bodies(raw).endswith(b"Content-Transfer-Encoding: base64\n\n")
    assert parse_message(raw).text == "note"
