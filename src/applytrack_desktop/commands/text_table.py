"""Plain-text tables for the command line, aligned by the columns a terminal shows.

A terminal gives a Japanese, Chinese or Korean character (and a full-width form) two columns
and a combining accent none, so padding cells by ``len`` pushed every column after a
"株式会社みらい商事" out of line. Cells are measured, cut and padded by display width here,
for both tables the command line prints (``applications`` and ``review list``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

ELLIPSIS = "…"


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    """The columns ``text`` takes in a terminal."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def cell(text: str, max_width: int) -> str:
    """``text`` on one line, blanks collapsed, cut with an ellipsis to ``max_width`` columns."""
    text = " ".join(text.split())
    if width(text) <= max_width:
        return text
    kept, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > max_width - 1:  # room for the ellipsis, which takes one column
            break
        kept.append(ch)
        used += w
    return "".join(kept) + ELLIPSIS


def render(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """The rows under their headers, columns two blanks apart, no trailing blanks."""
    every = [headers, *rows]
    widths = [max(width(r[i]) for r in every) for i in range(len(headers))]
    lines = [
        "  ".join(c + " " * (w - width(c)) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in every
    ]
    return "\n".join(lines) + "\n"
