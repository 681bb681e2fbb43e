"""The one normalized shape of an email that the rest of the application sees.

Every source (Gmail ``raw``, Graph MIME, IMAP, mbox, .eml) is parsed into a
``MailMessage``; nothing downstream ever touches ``email.message`` objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """A ``text/calendar`` part (an interview invite), as far as it could be read."""

    summary: str = ""
    start: datetime | None = None
    end: datetime | None = None
    organizer: str = ""  # an address, without "mailto:"
    location: str = ""
    meeting_url: str = ""
    method: str = ""  # REQUEST, CANCEL, ...


@dataclass(frozen=True, slots=True)
class MailMessage:
    message_id: str  # normalized "<...>"; synthesized from a content hash when missing/broken
    subject: str
    sender_name: str
    sender_address: str  # lower-case addr-spec, "" when absent
    date: datetime  # timezone-aware; falls back to the transport date or the epoch
    text: str  # readable plain text (text/plain, else HTML converted), size-capped
    html: str | None = None  # the original HTML part, size-capped, NOT sanitized
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # capped; addresses only
    reply_to: str = ""
    calendar: tuple[CalendarEvent, ...] = ()
    # A few headers that tell bulk mail from personal mail (List-Id, List-Unsubscribe,
    # Precedence, Auto-Submitted, X-Mailer...), lower-case names.
    headers: Mapping[str, str] = field(default_factory=dict)
    size: int = 0  # bytes of the raw message
    truncated: bool = False  # a size cap cut the text or html
    defects: tuple[str, ...] = ()  # what was odd about it (bad charset, broken header, ...)

    @property
    def sender_domain(self) -> str:
        return self.sender_address.rpartition("@")[2]
