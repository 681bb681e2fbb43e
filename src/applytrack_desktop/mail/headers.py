"""Reading header values: RFC 2047 encoded words, addresses, message ids and dates.

The stdlib helpers (``email.header.decode_header``, ``make_header``) raise on unknown
charsets and silently drop broken encoded words; these functions never raise and always
return something readable, because one odd header must not cost us the whole message.
"""

from __future__ import annotations

import binascii
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from applytrack_desktop.mail.charsets import decode_bytes, fix_surrogates
from applytrack_desktop.mail.limits import (
    MAX_MESSAGE_ID_CHARS,
    MAX_RECIPIENT_HEADER_CHARS,
    MAX_RECIPIENTS,
    MAX_REFERENCES,
)

# An RFC 2047 encoded word: =?charset?B|Q?text?= (charset may carry an RFC 2231 *lang).
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?]*?)\?=")
_FOLDING = re.compile(r"\r?\n[ \t]*")
# Runs of blanks to squeeze; a lone space (between every two words) is already what it becomes.
_SPACES = re.compile(r"(?: [ \t]|\t)[ \t]*")
_ADDR_SPEC = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MSG_ID = re.compile(rf"<[^<>\s]{{1,{MAX_MESSAGE_ID_CHARS - 2}}}>")
_NAME_ADDR = re.compile(
    r'\s*(?:"(?P<name>[^"<>]*)"|(?P<name2>[^"<>,;:@]*?))\s*<(?P<addr>[^<>\s@",;]+@[^<>\s@",;]+)>\s*'
)
_BARE_ADDR = re.compile(r"\s*(?P<addr>[^<>\s@\",;:()]+@[^<>\s@\",;:()]+)\s*(?P<name>)")
_BARE_TOKEN = re.compile(r"[^<>\s,;]+@[^<>\s,;]+")
_LIST = re.compile(r"[<>,;]")  # another address before the last: not one display name
_ANGLE_TAIL = re.compile(r"<([^<>\s@\",;]+@[^<>\s@\",;]+\.[^<>\s@\",;]+)>\s*$")
# The shape nearly every Date header has ("Mon, 5 Jan 2026 09:00:00 +0100", maybe a
# "(UTC)" comment): read directly, in under half the time of the stdlib's general parser,
# which still reads every other shape.
_RFC_DATE = re.compile(
    r"(?:[A-Za-z]{3}, ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4})"
    r" (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})(?: \([^()]*\))?"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ZONES: dict[str, timezone] = {}  # "+0100" -> its fixed offset (a few dozen ever occur)


def unfold(value: str) -> str:
    """Join folded header lines and squeeze runs of blanks."""
    if "\n" in value:
        value = _FOLDING.sub(" ", value)
    if "\r" in value:
        value = value.replace("\r", " ")  # a stray CR (old Mac line ends, broken mailers)
    if "  " in value or "\t" in value:  # what _SPACES needs (most values have neither)
        value = _SPACES.sub(" ", value)
    return value.strip()


def decode_header_value(value: str | None, defects: list[str] | None = None) -> str:
    """A header value as readable text: unfolded, encoded words decoded, 8-bit bytes read."""
    if not value:
        return ""
    value = unfold(fix_surrogates(value))
    if "\x00" in value:
        value = value.replace("\x00", "")
    if "=?" not in value:
        return value
    out: list[str] = []
    pending = b""  # adjacent encoded words in one charset are joined before decoding,
    pending_cs = ""  # because a multi-byte character may be split between two of them
    after_word = False
    pos = 0
    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        pos = match.end()
        charset, kind, payload = match.group(1).lower(), match.group(2).lower(), match.group(3)
        data = _decode_word(kind, payload)
        if data is None:  # a broken encoded word stays as it was written
            _flush(out, pending, pending_cs, defects)
            pending, after_word = b"", False
            out.append(between + match.group(0))
            if defects is not None:
                defects.append("broken encoded word")
            continue
        # Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
        if between and not (after_word and between.isspace()):
            _flush(out, pending, pending_cs, defects)
            pending = b""
            out.append(between)
        elif pending and charset != pending_cs:
            _flush(out, pending, pending_cs, defects)
            pending = b""
        pending += data
        pending_cs = charset
        after_word = True
    _flush(out, pending, pending_cs, defects)
    out.append(value[pos:])
    return "".join(out).replace("\x00", "").strip()


def _decode_word(kind: str, payload: str) -> bytes | None:
    try:
        if kind == "b":
            padded = payload + "=" * (-len(payload) % 4)
            data = binascii.a2b_base64(padded.encode("ascii", "replace"), strict_mode=True)
        else:
            data = binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return None
    return data if data or not payload else None


def _flush(out: list[str], data: bytes, charset: str, defects: list[str] | None) -> None:
    if not data:
        return
    text, defect = decode_bytes(data, charset, trust_label=True)
    if defect and defects is not None:
        defects.append(defect)
    out.append(text)


def parse_address(value: str | None, defects: list[str] | None = None) -> tuple[str, str]:
    """(display name, lower-case address) of a From/Reply-To value; ("", "") when absent."""
    if not value:
        return "", ""
    raw = unfold(fix_surrogates(value))[:MAX_RECIPIENT_HEADER_CHARS]
    name, addr = _simple_address(raw) or parseaddr(raw)
    angle = _ANGLE_TAIL.search(raw)
    before = raw[: angle.start()] if angle is not None else ""
    if angle is not None and addr.lower() != angle.group(1).lower() and not _LIST.search(before):
        # "Careers@Gov <no-reply@careers.gov.sg>": an "@" left unquoted in the display name
        # makes the stdlib read the name as the address and drop the real one.
        name, addr = before.strip(), angle.group(1)
    if "@" not in addr:
        found = _ADDR_SPEC.search(raw)
        addr = found.group(0) if found else ""
        if defects is not None:
            defects.append("odd address header")
    name = decode_header_value(name, defects) if name else ""
    if name.strip("'\" ").lower() == addr.lower():
        name = ""
    return name.strip("'\" "), addr.strip().strip("<>").lower()


def _simple_address(value: str) -> tuple[str, str] | None:
    """The common shapes ("Name <a@b>", "a@b") without the stdlib's slow full parser."""
    if "\\" in value or "(" in value:
        return None  # escapes and comments: leave them to the real parser
    found = _NAME_ADDR.fullmatch(value) or _BARE_ADDR.fullmatch(value)
    if found is None:
        return None
    name = found.groupdict().get("name") or found.groupdict().get("name2") or ""
    return name.strip(), found.group("addr")


def parse_recipients(values: list[str]) -> tuple[str, ...]:
    """Addresses of To/Cc values, lower-case, unique, capped; reads only a prefix of each."""
    seen: dict[str, None] = {}
    for value in values:
        chunk = value[:MAX_RECIPIENT_HEADER_CHARS]
        if len(value) > MAX_RECIPIENT_HEADER_CHARS:
            chunk = chunk.rpartition(",")[0]  # do not keep half an address
        for addr in _addresses(unfold(fix_surrogates(chunk))):
            addr = addr.strip().lower()
            if "@" in addr:
                seen.setdefault(addr, None)
                if len(seen) >= MAX_RECIPIENTS:
                    return tuple(seen)
    return tuple(seen)


def _addresses(value: str) -> list[str]:
    """Addresses of an address-list value; the stdlib parser only for the unusual ones."""
    if '"' not in value and "\\" not in value and "(" not in value:
        found = [_simple_address(piece.strip()) for piece in value.split(",") if piece.strip()]
        if all(item is not None for item in found):
            return [item[1] for item in found if item is not None]
    return [addr for _name, addr in getaddresses([value])]


def normalize_message_id(value: str | None) -> str:
    """A message id as "<...>", or "" when there is none. Odd ids are kept, not rejected."""
    if not value:
        return ""
    value = unfold(fix_surrogates(value))
    found = _MSG_ID.search(value)
    if found:
        return found.group(0)
    token = "".join(value.split()).strip("<>")[: MAX_MESSAGE_ID_CHARS - 2]
    return f"<{token}>" if token else ""


def parse_references(value: str | None) -> tuple[str, ...]:
    """Normalized ids of a References value: the first (thread root) and the latest ones."""
    if not value:
        return ()
    value = fix_surrogates(value)
    ids = _MSG_ID.findall(value) or [f"<{t}>" for t in _BARE_TOKEN.findall(value)]
    unique = list(dict.fromkeys(ids))
    if len(unique) > MAX_REFERENCES:
        unique = [unique[0], *unique[-(MAX_REFERENCES - 1) :]]
    return tuple(unique)


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime from a Date-like value; naive ones are UTC; None when unreadable."""
    if not value:
        return None
    value = unfold(fix_surrogates(value))[:200]
    fast = _common_date(value)
    if fast is not None:
        return fast
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _common_date(value: str) -> datetime | None:
    """``value`` in the common shape, as ``parsedate_to_datetime`` reads it; else None."""
    found = _RFC_DATE.fullmatch(value)
    if found is None:
        return None
    day, month_name, year, hour, minute, second, sign, zone_h, zone_m = found.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None or year < "0100":  # the stdlib reads years under 100 as 19xx or 20xx
        return None
    zone = sign + zone_h + zone_m
    try:
        tz = _ZONES.get(zone)
        if tz is None:
            offset = int(zone_h) * 3600 + int(zone_m) * 60
            # "-0000" is "local time unknown": the stdlib makes it naive, which reads as UTC.
            tz = timezone(timedelta(seconds=-offset if sign == "-" else offset)) if offset else UTC
            if len(_ZONES) < 256:
                _ZONES[zone] = tz
        return datetime(int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=tz)
    except ValueError:  # day 31 of a short month, hour 25, offset +2399...: the stdlib decides
        return None


def received_date(value: str | None) -> datetime | None:
    """The timestamp of a Received header (after its last ";")."""
    if not value or ";" not in value:
        return None
    return parse_date(value.rpartition(";")[2])
