"""Stored mail back to RFC 5322, for the mbox export (data portability).

The store keeps metadata and the plain-text body, not the original bytes, so each message
is rebuilt: From, Date, Subject and Message-ID from the metadata, what ApplyTrack read in
it as ``X-ApplyTrack-*`` headers, and ``body_text`` as a UTF-8 text part. Mail whose body
was purged by retention is exported with its headers and a one-line note saying so.
Header values are single lines (CR/LF become spaces), so nothing stored can add headers.
"""

from __future__ import annotations

import email.policy
import io
import re
from collections.abc import Iterable
from datetime import UTC
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import BinaryIO

from applytrack_desktop.core.models import Email

PURGED_NOTE = (
    "The full text of this message was removed after the retention period; "
    "ApplyTrack kept only the details above."
)
_LINE_BREAKS = re.compile(r"[\r\n\x00]+")
_POLICY = email.policy.SMTP.clone(linesep="\n", max_line_length=998)


def _one_line(value: str) -> str:
    return _LINE_BREAKS.sub(" ", value).strip()


def _sender(mail: Email) -> str:
    address = _one_line(mail.sender_address)
    name = _one_line(mail.sender_name)
    if "@" not in address:
        return name or address or "unknown"
    local, _, domain = address.rpartition("@")
    try:
        return str(Address(display_name=name, username=local, domain=domain))
    except (ValueError, IndexError):
        return address


def to_message(mail: Email) -> EmailMessage:
    """The message rebuilt from what is stored about it."""
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = _sender(mail)
    msg["Date"] = format_datetime(mail.date.astimezone(UTC))
    msg["Subject"] = _one_line(mail.subject)
    if mail.message_id:
        msg["Message-ID"] = _one_line(mail.message_id)
    msg["X-ApplyTrack-Category"] = mail.category.value
    for header, value in (("Company", mail.company), ("Job-Title", mail.job_title)):
        if value:
            msg[f"X-ApplyTrack-{header}"] = _one_line(value)
    if mail.body_text is None:
        msg["X-ApplyTrack-Body"] = "purged"
        msg.set_content(PURGED_NOTE + "\n", charset="utf-8")
    else:
        msg.set_content(mail.body_text, charset="utf-8", cte="8bit")
    return msg


def from_line(mail: Email) -> bytes:
    """The mbox separator line: ``From <sender> <asctime date>``."""
    sender = _one_line(mail.sender_address).replace(" ", "") or "MAILER-DAEMON"
    when = mail.date.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y")
    return f"From {sender} {when}\n".encode()


def write_mbox(mails: Iterable[Email], out: BinaryIO) -> int:
    """Write ``mails`` as one mbox (``From `` lines in bodies escaped); returns how many."""
    count = 0
    for mail in mails:
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=True, policy=_POLICY).flatten(to_message(mail))
        data = buffer.getvalue()
        out.write(from_line(mail))
        out.write(data if data.endswith(b"\n") else data + b"\n")
        out.write(b"\n")
        count += 1
    return count
