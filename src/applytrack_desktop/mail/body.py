"""Walking a parsed MIME tree: which parts hold the text, the HTML and the invites.

The walk is iterative with a depth counter (no recursion), looks at a capped number of parts,
and keeps forwarded messages (``message/rfc822``) apart as their own "scopes": a forward's
text is often the only content of a mail, so it is kept, but under its own header summary so
the forwarder is never mistaken for the original sender.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message

from applytrack_desktop.mail.charsets import decode_bytes
from applytrack_desktop.mail.headers import decode_header_value
from applytrack_desktop.mail.limits import (
    MAX_CALENDAR_PARTS,
    MAX_FORWARDED,
    MAX_MIME_DEPTH,
    MAX_PARTS,
)
from applytrack_desktop.mail.mime import MESSAGE_TYPES, content_charset, content_type

_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_FORWARD_FIELDS = ("from", "date", "subject", "to")


@dataclass
class Scope:
    """The text-bearing parts of one message: the top one or a forwarded one."""

    summary: str = ""  # "From: ...\nDate: ..." of a forwarded message; "" for the top one
    plain: list[Message] = field(default_factory=list)
    html: list[Message] = field(default_factory=list)


@dataclass
class BodyParts:
    scopes: list[Scope]
    calendars: list[Message]


def collect_parts(msg: Message, defects: list[str]) -> BodyParts:
    """Find text, HTML and calendar parts, top message first, forwards after it in order."""
    scopes = [Scope()]
    calendars: list[Message] = []
    stack: list[tuple[Message, int, int]] = [(msg, 0, 0)]
    seen = 0
    while stack:
        part, depth, scope = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            defects.append(f"more than {MAX_PARTS} MIME parts: the rest was skipped")
            break
        ctype = content_type(part)
        # is_multipart() first: get_payload() on a leaf would decode it for nothing (and
        # raises on some broken charset parameters).
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            if depth >= MAX_MIME_DEPTH:  # parse_tree caps depth; this guards other trees
                defects.append(f"MIME nesting deeper than {MAX_MIME_DEPTH}: inner parts skipped")
                continue
            if ctype in MESSAGE_TYPES and payload and isinstance(payload[0], Message):
                if len(scopes) > MAX_FORWARDED:
                    continue
                scopes.append(Scope(summary=_summary(payload[0])))
                stack.append((payload[0], depth + 1, len(scopes) - 1))
                continue
            if ctype.startswith("message/"):
                continue  # delivery-status and friends: header blocks, not text
            children = [p for p in payload if isinstance(p, Message)]
            stack.extend((child, depth + 1, scope) for child in reversed(children))
            continue
        if ctype.startswith("multipart/"):
            # A multipart without a usable boundary: the parser kept its body as one
            # string; it is still the only text there is.
            defects.append("multipart without usable boundary")
            ctype = "text/plain"
        # Cheap checks first: most parts are inline text/plain or text/html.
        if ctype == "text/plain" or ctype == "text/html":
            disposition = part.get("content-disposition")
            if isinstance(disposition, str) and _is_attachment(disposition):
                continue
            bucket = scopes[scope].plain if ctype == "text/plain" else scopes[scope].html
            bucket.append(part)
        elif len(calendars) < MAX_CALENDAR_PARTS and (
            ctype in _CALENDAR_TYPES or _filename(part).endswith(".ics")
        ):
            calendars.append(part)
    return BodyParts(scopes=scopes, calendars=calendars)


def part_text(parts: list[Message], limit: int, defects: list[str]) -> tuple[str, bool]:
    """The decoded text of ``parts`` joined, at most ``limit`` characters; (text, was_cut)."""
    pieces: list[str] = []
    total = 0
    cut = False
    for part in parts:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            continue
        room = limit - total
        partial = len(data) > room * 4  # no charset needs more than 4 bytes per character
        if partial:
            data = data[: room * 4]
        text, defect = decode_bytes(data, content_charset(part), partial=partial)
        if defect:
            defects.append(defect)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in text:
            text = text.replace("\x00", "")
            defects.append("NUL characters removed")
        if len(text) > room:
            text, cut = text[:room], True
        cut = cut or partial
        pieces.append(text)
        total += len(text) + 1
        if total >= limit:
            cut = True
            break
    return "\n".join(pieces), cut


def _summary(inner: Message) -> str:
    """ "From: ...\nDate: ..." of a forwarded message (raw values: 8-bit headers included)."""
    found: dict[str, str] = {}
    for name, value in inner.raw_items():
        key = name.strip().lower()
        if key in _FORWARD_FIELDS and key not in found and isinstance(value, str):
            found[key] = decode_header_value(value[:2_000])
    return "\n".join(
        f"{key.capitalize()}: {found[key]}" for key in _FORWARD_FIELDS if found.get(key)
    )


def _filename(part: Message) -> str:
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = part.get_param(param, header=header)
        if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
            value = value[2]
        if isinstance(value, str) and value:
            return value.strip().lower()
    return ""


def _is_attachment(disposition: str) -> bool:
    return disposition.lstrip()[:10].lower() == "attachment"
