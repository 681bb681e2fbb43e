"""Size and depth caps for reading mail.

Real mailboxes hold messages built to hurt parsers (1,000-deep multiparts, megabyte headers,
8,000-address ``To:`` lines, 30 MB bodies). Every cap lives here so the numbers are in one
place and the tests can refer to them instead of repeating them.
"""

from __future__ import annotations

from typing import Final

#: Bytes of a raw message that are parsed at all; past this only the start is read
#: (headers and the first parts) and the message is marked ``truncated``.
MAX_RAW_BYTES: Final = 25 * 1024 * 1024

#: Characters of readable text kept per message.
MAX_TEXT_CHARS: Final = 200_000

#: Characters of the original HTML part kept per message.
MAX_HTML_CHARS: Final = 500_000

#: Deepest MIME nesting that is parsed; deeper parts are skipped (their message is kept).
MAX_MIME_DEPTH: Final = 30

#: Parts looked at per message (a mail with 10,000 tiny parts is not walked to the end).
MAX_PARTS: Final = 500

#: Header fields looked at per message, and characters kept of one header value.
MAX_HEADERS: Final = 1_000
MAX_HEADER_CHARS: Final = 16_384

#: Characters kept of the subject and of a display name once decoded.
MAX_SUBJECT_CHARS: Final = 1_000
MAX_NAME_CHARS: Final = 300

#: Recipients (To + Cc) kept, and characters of those headers read to find them.
MAX_RECIPIENTS: Final = 100
MAX_RECIPIENT_HEADER_CHARS: Final = 16_384

#: Message ids kept from ``References`` (the first, which is the thread root, and the latest).
MAX_REFERENCES: Final = 50

#: Longest message id kept.
MAX_MESSAGE_ID_CHARS: Final = 500

#: ``text/calendar`` parts read per message, the biggest one parsed, and the events kept of one.
MAX_CALENDAR_PARTS: Final = 5
MAX_CALENDAR_BYTES: Final = 1024 * 1024
MAX_CALENDAR_EVENTS: Final = 10

#: Forwarded messages (``message/rfc822`` parts) whose text is appended to the body.
MAX_FORWARDED: Final = 5

#: Bytes of the raw message hashed into a synthesized message id.
ID_HASH_PREFIX_BYTES: Final = 64 * 1024

#: Messages bigger than this have the encoded bodies of their big non-text base64 parts
#: (at least the second size) cut out before parsing: attachments are never read.
SHRINK_ABOVE_BYTES: Final = 256 * 1024
MIN_DROPPED_ATTACHMENT_BYTES: Final = 32 * 1024
