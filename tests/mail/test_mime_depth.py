"""The pre-parse nesting scan that keeps the stdlib parser away from deep recursion."""

from __future__ import annotations

from applytrack_desktop.mail.mime_depth import mime_depth_exceeds
from tests.mail.test_parse import nested


def test_few_boundaries_cannot_be_too_deep() -> None:
    assert not mime_depth_exceeds(nested(3), 5)


def test_deep_nesting_is_detected() -> None:
    assert mime_depth_exceeds(nested(40), 30)
    assert mime_depth_exceeds(nested(5_000), 30)


def test_many_siblings_are_not_depth() -> None:
    parts = b"".join(
        b'--outer\nContent-Type: multipart/alternative; boundary="in%d"\n\n'
        b"--in%d\nContent-Type: text/plain\n\nx\n--in%d--\n" % (i, i, i)
        for i in range(100)
    )
    raw = b'Content-Type: multipart/mixed; boundary="outer"\n\n' + parts + b"--outer--\n"
    assert not mime_depth_exceeds(raw, 30)


def test_unclosed_parts_still_count() -> None:
    raw = b"".join(
        b"--b%d\nContent-Type: multipart/mixed; BOUNDARY=b%d\n\n" % (i, i + 1) for i in range(50)
    )
    assert mime_depth_exceeds(b"Content-Type: multipart/mixed; boundary=b0\n\n" + raw, 30)
