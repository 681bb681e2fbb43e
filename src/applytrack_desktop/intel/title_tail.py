"""A title's specialisation after a colon or a dash, kept when the mail writes it as one.

Public bodies, engineering firms and agencies name a role with its field after a colon or a
dash: "Project Manager: Capital Projects (Bulk Water Infrastructure)", "Senior Project
Manager - Utilities & Infrastructure". The subject is cut at such separators to find the
title, which leaves "Project Manager" on the card and loses what tells two such roles apart.
When the body writes the same words joined, word for word, they are one title: a subject's
"Data Analyst: Acme" or "Store Manager - Interview" is not repeated that way in a sentence.
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.title_clean import clean_title

# What may join a title and its specialisation, and what ends the specialisation.
_JOINED: Final = re.compile(r"[ \t]*(?::|[ \t][-–—])[ \t]+")
_TAIL_END: Final = re.compile(r"[ \t]+[|–—-][ \t]|[ \t]*[|:][ \t]|[ \t]+\((?:Ref|Req|Job|ID)\b|$")
_MAX_TAIL = 60
# A step of the process, not a field: "Branch Cashier - First Stage", "- Interview".
_STEP: Final = re.compile(
    r"\b(?:stage|round|step|steps|interview|assessment|test|update|offer|application|"
    r"invitation|feedback|outcome|status)\b",
    re.IGNORECASE,
)


def spelled_out(title: str, subject: str, body: str, company: str | None = None) -> str:
    """``title`` with the specialisation that follows it in the subject, when the body
    writes the two joined exactly so; else ``title``."""
    at = subject.find(title)
    if at < 0:
        return title
    rest = subject[at + len(title) :]
    joint = _JOINED.match(rest)
    if joint is None:
        return title
    end = _TAIL_END.search(rest, joint.end())
    tail = rest[joint.end() : end.start() if end else len(rest)].strip()
    if not tail or len(tail) > _MAX_TAIL or not tail[0].isupper() or _STEP.search(tail):
        return title
    if company and company.casefold() in tail.casefold():
        return title  # "Data Analyst - Acme": the employer, not a field
    joined = subject[at : at + len(title) + joint.end() + len(tail)]
    if joined not in body:
        return title
    cleaned = clean_title(joined, company)
    return cleaned if cleaned.startswith(title) and len(cleaned) > len(title) else title
