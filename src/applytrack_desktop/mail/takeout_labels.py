"""Which messages of a Google Takeout mbox a sync of the same account would never read.

A Takeout export ("All mail Including Spam and Trash.mbox") holds everything: the user's own
sent mail and drafts, spam, trash and even chat transcripts dressed as messages. Each one
carries its Gmail labels in an ``X-Gmail-Labels`` header (comma-separated, quoted where a
label holds a comma). A Gmail sync watches all mail but Sent, Drafts, Spam and Trash
(CONTRACTS.md), so an import of the same account's export skips the same labels, and chats:
otherwise a spam "job offer" or the user's own "I'd like to withdraw my application" would
move an application. Mail without the header (any other mbox or .eml) is never skipped.

Only the header block is looked at, with byte searches, before any parsing: a 50,000-message
export pays a few microseconds a message.
"""

from __future__ import annotations

import csv
import re
from contextlib import suppress
from email.header import decode_header, make_header

# Gmail's system labels as Takeout writes them (in English whatever the account's language).
SKIPPED_LABELS = frozenset({"sent", "draft", "drafts", "spam", "trash", "chat", "chats"})
_HEADER = re.compile(rb"(?im)^x-gmail-labels:[ \t]*((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*)")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_NAME = b"x-gmail-labels:"


def gmail_labels(raw: bytes) -> frozenset[str]:
    """The Gmail labels of a raw message, lower-cased; empty when it carries none."""
    end = _HEADER_END.search(raw)
    head = raw[: end.start()] if end else raw
    if _NAME not in head.lower():
        return frozenset()
    found = _HEADER.search(head)
    if found is None:
        return frozenset()
    value = re.sub(rb"\r?\n[ \t]", b" ", found.group(1)).decode("utf-8", "replace")
    if "=?" in value:  # a label with non-ASCII characters may come as an RFC 2047 word
        with suppress(ValueError, LookupError):  # a broken encoded word: keep the text as is
            value = str(make_header(decode_header(value)))
    labels = next(csv.reader([value], skipinitialspace=True), [])
    return frozenset(label.strip().lower() for label in labels if label.strip())


def skipped_label(raw: bytes) -> str | None:
    """The Gmail system label that keeps this message out of an import, or None."""
    hits = gmail_labels(raw) & SKIPPED_LABELS
    return min(hits) if hits else None
