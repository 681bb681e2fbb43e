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


# A title's lower-case words in the languages that write them so: "Assistant(e) comptable",
# "Addetto/a al ricevimento", "Auxiliar administrativo/a", "Senior tjenestedesigner".
_LOWER_TAIL: Final = re.compile(
    r"(?P<tail>(?:[ \t]+[a-zß-öø-ÿ][\w'’/()-]*){1,4})(?=[ \t]*(?:[-–—|:,(]|$))"
)
# Words that end a sentence's clause, not a title: "Data Analyst role", "Koch gesucht".
_NOT_TITLE_WORDS: Final = frozenset(
    {"role", "position", "job", "vacancy", "opening", "post", "interview", "application",
     "applications", "opportunity", "offer", "update", "team", "candidate", "candidates",
     "poste", "puesto", "posizione", "ruolo", "vaga", "stelle", "gesucht", "vacature",
     "at", "in", "for", "with", "and", "or", "to", "the", "a", "an", "of", "on", "by",
     "de", "di", "da", "del", "al", "e", "et", "y", "i", "og", "och", "und", "per",
     "para", "pour", "som", "till", "w", "na", "do", "remote", "hybrid", "urgent",
     # English words a subject puts after a role: "X was seen", "X search", "X posting"
     "was", "is", "has", "have", "search", "recruitment", "posting", "process", "hiring",
     "selection", "listing", "advert", "ad", "requisition", "req", "vacancies", "jobs",
     "roles", "positions", "program", "programme", "scheme", "assessment", "test", "task",
     "exercise", "contract", "shift", "details", "call", "chat", "screen", "round", "stage"}
)  # fmt: skip


# The link words inside a Romance title: "Addetto/a al ricevimento", "Técnico de obra".
_LINKS: Final = frozenset({"de", "di", "da", "del", "al", "alle", "della", "du", "des"})


def lowercase_tail(title: str, subject: str, body: str) -> str:
    """``title`` with the lower-case words that follow it in the subject up to a separator
    ("Senior" + " tjenestedesigner"), when the body writes them after it too; else
    ``title``."""
    at = subject.find(title)
    if at < 0:
        return title
    match = _LOWER_TAIL.match(subject, at + len(title))
    if match is None:
        return title
    words = match.group("tail").split()
    first, last = words[0].casefold(), words[-1].casefold()
    if (first in _NOT_TITLE_WORDS and first not in _LINKS) or last in _NOT_TITLE_WORDS:
        return title  # (a tail may start "al ricevimento", never end with "al")
    joined = title + " " + " ".join(words)
    return joined if joined in body else title
