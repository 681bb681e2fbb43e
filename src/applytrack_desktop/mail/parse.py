"""RFC 5322 bytes (Gmail ``raw``, Graph MIME, IMAP, mbox, .eml) into one ``MailMessage``.

Speed and robustness decide the design. The MIME tree is the stdlib's ``compat32``
``Message`` (about six times faster than ``policy.default``, and it never decodes anything
behind our back), built by ``mime.parse_tree``: the same tree as ``BytesParser(policy=compat32)``
about three times faster, iteratively (1,000-deep nesting cannot recurse) and depth-capped.
Big attachment bodies are cut out before that (``attachments.py``). Headers, charsets,
bodies and calendar parts are then read here with caps on every size (``limits.py``).
Whatever goes wrong inside becomes a ``MailParseError`` with a reason that never quotes
the message.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from applytrack_desktop.core.errors import MailParseError
from applytrack_desktop.mail.attachments import drop_attachment_bodies
from applytrack_desktop.mail.body import BodyParts, collect_parts, part_text
from applytrack_desktop.mail.calendar import read_calendar
from applytrack_desktop.mail.headers import (
    decode_header_value,
    normalize_message_id,
    parse_address,
    parse_date,
    parse_recipients,
    parse_references,
    received_date,
)
from applytrack_desktop.mail.html_text import html_to_text
from applytrack_desktop.mail.limits import (
    ID_HASH_PREFIX_BYTES,
    MAX_HEADER_CHARS,
    MAX_HEADERS,
    MAX_HTML_CHARS,
    MAX_RAW_BYTES,
    MAX_SUBJECT_CHARS,
    MAX_TEXT_CHARS,
)
from applytrack_desktop.mail.message import CalendarEvent, MailMessage
from applytrack_desktop.mail.mime import content_charset, parse_tree

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

#: Headers that tell bulk mail from personal mail, kept in ``MailMessage.headers``.
BULK_HEADERS = (
    "list-id",
    "list-unsubscribe",
    "precedence",
    "auto-submitted",
    "x-mailer",
    "x-auto-response-suppress",
    "feedback-id",
)
_SINGLE = frozenset(
    {"from", "subject", "date", "message-id", "reply-to", "in-reply-to", "references", "received"}
    | set(BULK_HEADERS)
)
_MAX_BULK_VALUE_CHARS = 500
_FORWARD_LINE = "---------- Forwarded message ----------"
_STUB_CHARS = 200


@dataclass
class _Headers:
    single: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)
    count: int = 0


def parse_message(raw: bytes) -> MailMessage:
    """Parse one message; raise ``MailParseError`` (only) when it cannot be read at all."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MailParseError("The message is not raw bytes.")
    try:
        return _parse(bytes(raw))
    except MailParseError:
        raise
    except Exception as exc:  # a bug or a crasher we did not foresee: set aside, never crash
        raise MailParseError(f"The message could not be read ({type(exc).__name__}).") from exc


def synthesize_message_id(raw: bytes) -> str:
    """A stable id for a message without one: the same message always gives the same id.

    Line endings are normalized first, so the copy fetched over IMAP (CRLF) and the one
    saved in an mbox (LF) get one id.
    """
    prefix = raw[:ID_HASH_PREFIX_BYTES].replace(b"\r\n", b"\n")
    length = len(raw) - raw.count(b"\r\n")
    digest = hashlib.sha256(prefix + b"\x00" + str(length).encode()).hexdigest()[:40]
    return f"<{digest}@applytrack.invalid>"


def _parse(raw: bytes) -> MailMessage:
    if not raw or raw.isspace():  # (not strip(): that would copy a 30 MB message)
        raise MailParseError("The message is empty.")
    defects: list[str] = []
    data, truncated = drop_attachment_bodies(raw), False
    if len(data) > MAX_RAW_BYTES:
        data = data[: data.rfind(b"\n", 0, MAX_RAW_BYTES) + 1] or data[:MAX_RAW_BYTES]
        truncated = True
        defects.append(f"larger than {MAX_RAW_BYTES // (1024 * 1024)} MB: only its start was read")
    msg = parse_tree(data, defects)
    headers = _collect_headers(msg)
    if headers.count == 0:
        # Blank lines or one junk line (a stray transport line, a broken mbox separator)
        # before the real headers: skip them once before giving up.
        rest = _after_junk(data)
        if rest:
            msg = parse_tree(rest, defects)
            headers = _collect_headers(msg)
            defects.append("junk before the headers")
    if headers.count == 0:
        raise MailParseError("The message has no headers.")
    if headers.count > MAX_HEADERS:
        defects.append(f"more than {MAX_HEADERS} header fields")
    single = headers.single

    sender_name, sender_address = parse_address(single.get("from"), defects)
    _reply_name, reply_to = parse_address(single.get("reply-to"))
    date = _date(single, defects)
    body = collect_parts(msg, defects)
    text, html, cut = _texts(body, defects)
    calendar = _calendar(body, date, defects)
    message_id = normalize_message_id(single.get("message-id"))
    if not message_id:
        message_id = synthesize_message_id(raw)
        defects.append("no message id")
    in_reply_to = parse_references(single.get("in-reply-to"))
    return MailMessage(
        message_id=message_id,
        subject=decode_header_value(single.get("subject"), defects)[:MAX_SUBJECT_CHARS],
        sender_name=sender_name,
        sender_address=sender_address,
        date=date,
        text=text,
        html=html,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=parse_references(single.get("references")),
        recipients=parse_recipients(headers.recipients),
        reply_to=reply_to,
        calendar=calendar,
        headers={
            name: decode_header_value(single[name])[:_MAX_BULK_VALUE_CHARS]
            for name in BULK_HEADERS
            if name in single
        },
        size=len(raw),
        truncated=truncated or cut,
        defects=tuple(dict.fromkeys(defects)),
    )


def _after_junk(data: bytes) -> bytes:
    """``data`` without leading blank lines, or without its first line; b"" if that is all."""
    stripped = data.lstrip(b"\r\n\t ")
    if stripped and stripped is not data and len(stripped) != len(data):
        return stripped
    return data.partition(b"\n")[2].lstrip(b"\r\n")


def _collect_headers(msg: Message) -> _Headers:
    out = _Headers()
    for name, value in msg.raw_items():
        out.count += 1
        if out.count > MAX_HEADERS:
            break
        key = name.strip().lower()
        if key in ("to", "cc"):
            out.recipients.append(value)
        elif key in _SINGLE and key not in out.single:
            out.single[key] = value[:MAX_HEADER_CHARS]
    return out


def _date(single: dict[str, str], defects: list[str]) -> datetime:
    header = single.get("date")
    date = parse_date(header)
    if date is not None:
        return date
    defects.append("unreadable date" if header else "no date")
    date = received_date(single.get("received"))
    if date is not None:
        return date
    defects.append("no usable date: using the epoch")
    return _EPOCH


def _texts(body: BodyParts, defects: list[str]) -> tuple[str, str | None, bool]:
    """(readable text, original HTML, whether a cap cut either)."""
    cut = False
    pieces: list[str] = []
    html: str | None = None
    for index, scope in enumerate(body.scopes):
        plain, plain_cut = part_text(scope.plain, MAX_TEXT_CHARS, defects)
        markup, html_cut = part_text(scope.html, MAX_HTML_CHARS, defects)
        cut = cut or plain_cut or html_cut
        if index == 0 and markup:
            html = markup
        chosen = plain.strip()
        if markup and len(chosen) < _STUB_CHARS:
            # An empty or stub text part ("view this mail in a browser") next to real HTML.
            converted = html_to_text(markup)
            if len(converted) > 3 * len(chosen) + 40:
                chosen = converted
        if index == 0:
            pieces.append(chosen)
        elif chosen or scope.summary:
            pieces.append(f"{_FORWARD_LINE}\n{scope.summary}\n\n{chosen}".rstrip())
    text = "\n\n".join(p for p in pieces if p)
    if len(text) > MAX_TEXT_CHARS:
        text, cut = text[:MAX_TEXT_CHARS], True
    return text, html, cut


def _calendar(body: BodyParts, date: datetime, defects: list[str]) -> tuple[CalendarEvent, ...]:
    events: list[CalendarEvent] = []
    tz = date.tzinfo or UTC
    for part in body.calendars:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        found, problems = read_calendar(
            data,
            content_charset(part),
            method_hint=str(part.get_param("method") or ""),
            default_tz=tz,
        )
        events.extend(found)
        defects.extend(problems)
    # Google sends the same invite inline and as invite.ics: keep each event once.
    unique = {(e.summary, e.start, e.end, e.method): e for e in events}
    return tuple(unique.values())
