"""Whether text holds Japanese, Chinese or Korean: the test every CJK reader starts with.

The glosses (``glosses_cjk``), the company and title readers (``company_cjk``,
``title_cjk``) and the date reader (``date_cjk``) run only for such text, and every message
of every import asks: one character class and one fast test, here.
"""

from __future__ import annotations

import re
from typing import Final

# Kana, CJK ideographs (extension A, the unified block, compatibility forms), Hangul syllables.
CJK_CHARS: Final = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
CJK: Final = re.compile(f"[{CJK_CHARS}]")


def has_cjk(*texts: str) -> bool:
    """Whether any of ``texts`` holds a Japanese, Chinese or Korean character."""
    # Most mail is ASCII (a flag of the string, no scan) or Latin script, whose highest
    # character is below the kana: two C-speed checks before the regex.
    return any(
        not text.isascii() and max(text) >= "\u3040" and CJK.search(text) is not None
        for text in texts
    )
