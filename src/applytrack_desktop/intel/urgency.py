"""Whether an email needs the candidate's attention soon.

Urgent means a deadline (or an appointment) within three days of the email's Date header,
or explicit urgency in the words ("as soon as possible", "by end of day", "within 24
hours", "dringend", "dès que possible", "lo antes posible").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final

URGENT_WITHIN: Final = timedelta(days=3)

_URGENT_WORDS = re.compile(
    r"\bas soon as possible\b|\basap\b|\burgent(?:ly)?\b|\btime[- ]sensitive\b|"
    r"\bby (?:the )?end of (?:the )?(?:day|today)\b|\bby eod\b|\bby close of business\b|"
    r"\bwithin (?:the next )?(?:24|48|twenty[- ]four|forty[- ]eight) ?(?:hours|hrs|h)\b|"
    r"\b(?:today|tonight) if possible\b|\bimmediately\b|\bdringend\b|so schnell wie möglich|"
    r"\bumgehend\b|dès que possible|\burgente?\b|lo antes posible|cuanto antes",
    re.IGNORECASE,
)


def is_urgent(ref: datetime, dates: Iterable[datetime], subject: str, body: str) -> bool:
    """True for a date within three days after ``ref`` or urgent wording."""
    floor = ref - timedelta(hours=1)
    if any(floor <= when <= ref + URGENT_WITHIN for when in dates):
        return True
    return bool(_URGENT_WORDS.search(subject) or _URGENT_WORDS.search(body))
