"""Dropping the bodies of big base64 attachments before the MIME parser sees them.

The stdlib parser handles a message line by line in Python: a 2 MB PDF (a CV, an offer
letter) costs it 36,000 lines and about a tenth of a second, as much as a hundred ordinary
messages. We never read attachments, so for big messages their encoded bodies are cut out
first. Only substring searches are used (no per-byte Python or regex work), and anything
that is, or might be, text or a calendar invite is left alone.
"""

from __future__ import annotations

import re

from applytrack_desktop.mail.limits import MIN_DROPPED_ATTACHMENT_BYTES, SHRINK_ABOVE_BYTES

# The spellings real mailers use; a rarer one is simply not shrunk (slower, still correct).
_NEEDLES = (
    b"Content-Transfer-Encoding: base64",
    b"Content-Transfer-Encoding: Base64",
    b"Content-Transfer-Encoding: BASE64",
    b"content-transfer-encoding: base64",
)
_KEEP = re.compile(rb"content-type:\s*(?:text/|application/ics|message/)|\.ics\b", re.I)
_HAS_TYPE = re.compile(rb"content-type:", re.I)
_MAX_HEADER_BLOCK = 8_192


def drop_attachment_bodies(data: bytes) -> bytes:
    """``data`` with the encoded bodies of big non-text base64 parts removed."""
    if len(data) < SHRINK_ABOVE_BYTES:
        return data
    cuts: list[tuple[int, int]] = []
    for needle in _NEEDLES:
        pos = data.find(needle)
        while pos >= 0:
            cut = _attachment_body(data, pos)
            if cut is not None:
                cuts.append(cut)
            pos = data.find(needle, pos + len(needle))
    if not cuts:
        return data
    pieces: list[bytes] = []
    last = 0
    for start, end in sorted(cuts):
        if start < last:
            continue  # overlapping (cannot happen with sane input): keep the first
        pieces.append(data[last:start])
        last = end
    pieces.append(data[last:])
    return b"".join(pieces)


def _attachment_body(data: bytes, at: int) -> tuple[int, int] | None:
    """(start, end) of the body of the part whose header is at ``at``, if it may go."""
    part_start = data.rfind(b"\n--", max(0, at - _MAX_HEADER_BLOCK), at)
    if part_start < 0:
        return None  # the top-level header, or a header block we do not understand
    body_start = _body_start(data, at)
    if (
        body_start is None
        or _KEEP.search(data, part_start, body_start)
        or not _HAS_TYPE.search(data, part_start, body_start)  # no type means text/plain
    ):
        return None
    body_end = data.find(b"\n--", body_start)
    if body_end < 0:
        body_end = len(data)  # no closing boundary: the part runs to the end
    if body_end - body_start < MIN_DROPPED_ATTACHMENT_BYTES:
        return None
    return body_start, body_end


def _body_start(data: bytes, at: int) -> int | None:
    """Where the body begins: just after the blank line that ends the headers at ``at``."""
    limit = at + _MAX_HEADER_BLOCK
    lf = data.find(b"\n\n", at, limit)
    crlf = data.find(b"\n\r\n", at, limit)
    candidates = [i + 2 for i in (lf,) if i >= 0] + [i + 3 for i in (crlf,) if i >= 0]
    return min(candidates) if candidates else None
