"""Cheap metadata (``HeaderInfo``) from raw header bytes, shared by the IMAP and files
providers so both feed the ``wanted`` filter the same way.

Only the header block is parsed (``compat32``, tolerant): this runs for every candidate
message, including the many that are dropped, so it must be fast and must never raise.
"""

from __future__ import annotations

import contextlib
import email.header
import email.parser
import email.policy
import email.utils
from datetime import datetime
from email.errors import HeaderParseError

from applytrack_desktop.providers.base import HeaderInfo

_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)


def header_info(provider_id: str, raw: bytes) -> HeaderInfo:
    """``raw`` may be a whole message or just its header block."""
    msg = _PARSER.parsebytes(raw)

    def text(name: str) -> str:
        value = msg.get(name)
        if value is None:
            return ""
        try:
            return str(email.header.make_header(email.header.decode_header(str(value))))
        except (HeaderParseError, ValueError, LookupError, UnicodeError, AssertionError):
            return str(value)

    when: datetime | None = None
    if msg.get("Date"):
        with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
            when = email.utils.parsedate_to_datetime(text("Date"))
    return HeaderInfo(
        provider_id=provider_id,
        sender=text("From"),
        subject=text("Subject"),
        date=when,
        list_id=text("List-Id"),
        list_unsubscribe=text("List-Unsubscribe"),
        precedence=text("Precedence"),
    )
