"""A reply's role, read from the message it answers when the reply itself names none.

Much job mail is a reply: "Thanks, we've decided not to move forward" under the candidate's
own "Application - Data Engineer", an interview slot offered under a recruiter's first note.
The new text names no role; the quoted message it answers does, and in a reply chain that is
the same role. Reading the quote only when the new text has no title keeps a reply's own
wording first. On the training families, of the job mail whose gold title the extractor
missed, about a third (166 of ~700) held it only in quoted text.

``quoted_view`` is that quoted message as the extractors read one; ``analyze`` also reads
the employer there when the reply names none (a recruiter's "Thursday works" on free mail).
"""

from __future__ import annotations

import re

from applytrack_desktop.intel.text import Prepared, clean_body, quoted_part
from applytrack_desktop.intel.titles import extract_title
from applytrack_desktop.mail.message import MailMessage

# The quoted message's own subject, in the header block mail clients write above it.
_QUOTED_SUBJECT = re.compile(
    r"^[ \t*]*(?:Subject|Objet|Betreff|Asunto|Oggetto|Onderwerp|Assunto|Ämne|Emne|Temat)"
    r"[ \t*]*:[ \t]*(?P<s>[^\n]{3,200})$",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_CHARS = 3_000  # the answered message's head: its role is named near the top


def quoted_view(message: MailMessage) -> Prepared | None:
    """The message a reply quotes, prepared as the extractors read one; None when none."""
    quoted = quoted_part(message.text[: _QUOTED_CHARS * 3])
    if not quoted:
        return None
    found = _QUOTED_SUBJECT.search(quoted[:600])
    subject = found.group("s").strip() if found else ""
    return Prepared(subject=subject, body=clean_body(quoted, _QUOTED_CHARS))


def reply_title(
    message: MailMessage,
    prepared: Prepared,
    company: str | None,
    quoted: Prepared | None = None,
) -> str | None:
    """``extract_title`` of the message, else of the message it quotes (``quoted``, when the
    caller has already read it), else None."""
    title = extract_title(prepared, company)
    if title is not None:
        return title
    quoted = quoted or quoted_view(message)
    return None if quoted is None else extract_title(quoted, company)
