"""A cheap look at how deep a message's multiparts nest, before parsing it.

The stdlib parser recurses once per nesting level and fails with ``RecursionError`` near
1,000 levels (and is slow well before). Real mail rarely nests more than 5 levels, so a
message that declares few boundaries is passed on at once; only one that declares many is
scanned line by line, following its boundaries like a stack.
"""

from __future__ import annotations

import re

_DECLARATION = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)
_EVENT = re.compile(
    rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))|^--([^\r\n]{1,202})$',
    re.I | re.M,
)


def mime_depth_exceeds(data: bytes, limit: int) -> bool:
    """True when the multiparts of ``data`` nest deeper than ``limit`` levels."""
    # Cannot nest deeper than the number of boundaries it declares; two substring counts
    # (memchr-fast) bound that number from above for nearly every real message.
    if data.count(b"oundary") + data.count(b"OUNDARY") <= limit:
        return False
    for declared, _match in enumerate(_DECLARATION.finditer(data), start=1):
        if declared > limit:
            break
    else:
        return False
    return _depth(data) > limit


def _depth(data: bytes) -> int:
    stack: list[bytes] = []
    level_of: dict[bytes, int] = {}  # boundary -> its index in stack (a set-like fast lookup)
    deepest = 0
    for match in _EVENT.finditer(data):
        quoted, bare, line = match.groups()
        if line is None:
            boundary = (quoted or bare or b"").rstrip()
            if boundary not in level_of:
                level_of[boundary] = len(stack)
                stack.append(boundary)
                deepest = max(deepest, len(stack))
            continue
        line = line.rstrip()
        closing = line.endswith(b"--") and line[:-2] in level_of
        name = line[:-2] if closing else line
        level = level_of.get(name)
        if level is None:
            continue
        keep = level if closing else level + 1
        for dropped in stack[keep:]:
            del level_of[dropped]
        del stack[keep:]
    return deepest
