"""Job cards: a title on the same line as the company, or on the line above it.

Job boards and ATS portals show the role as a card, not a sentence: LinkedIn's
"Product Analyst Hooli · Palo Alto", Indeed's "Senior Product Manager" over
"Quill - Chicago, IL", "iOS Engineer | Mosaic Data | Singapore", "Teaching Assistant - Pied
Piper". The company found by ``companies`` anchors the card, so no phrase is needed. A
signature has the same shape ("Jane Doe / Senior Recruiter | Acme"), so a line under a
person's name or a sign-off is not read as a card.
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.company_names import LEGAL_FORM
from applytrack_desktop.intel.title_clean import (
    clean_title,
    has_strong_noun,
    looks_like_person,
    plausible,
)
from applytrack_desktop.intel.title_patterns import T
from applytrack_desktop.intel.vocab import words

# The whole segment before the company is a title, then a separator ("|", "·", "-", "at").
_BEFORE: Final = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]*)?{T}[ \t]*(?:[|·•–—,-]|\bat\b|@|\bbei\b|\bchez\b)?[ \t]*$"
)
# What follows the company on a card: nothing, or a separator and a place / a work mode.
_AFTER: Final = re.compile(r"^[ \t]*(?:$|[|·•–—,(-])")
# The legal form the company's name was found without: "FernReise Mobility GmbH · Wien".
_LEGAL_AFTER: Final = re.compile(rf"^,?[ \t]+(?:{LEGAL_FORM})\.?(?=[ \t]*(?:$|[|·•–—,(-]))")
# A title line alone above "Company - Place" (the company line must go on, or it is a
# signature: "Senior Recruiter" over "Acme").
_AFTER_GOES_ON: Final = re.compile(r"^[ \t]*[|·•–—,(-][ \t]*\S")
_SIGN_OFF: Final = re.compile(
    r"^[ \t]*(?:best|regards|kind regards|warm regards|best regards|many thanks|thanks|thank you|"
    r"cheers|sincerely|yours|talk soon|saludos|un saludo|atentamente|cordialement|bien à vous|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|groeten|met vriendelijke groet|"
    r"cordiali saluti|um abraço|atenciosamente)\b[^\n]{0,20}$",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_LOOKS = 3  # occurrences of the company looked at
_TAIL_LINES = 2
# A short line ending a letter: "All the best,", "Abraço!", "Bis bald!", "Groetjes,".
# (Not a greeting, which is as short and ends the same way: "Sehr geehrte Frau Moser,".)
_CLOSING: Final = re.compile(
    r"^[ \t]*(?!(?:Hi|Hello|Hey|Dear|Hallo|Sehr geehrte|Liebe|Lieber|Bonjour|Hola|Olá|Ciao|"
    r"Hej|Beste|Geachte|Estimad[oa]|Gentile|Halo|Yth)\b)[^\n]{1,30}[,!][ \t]*$"
)
# The roles of the people who write to candidates: a card line with one of these is the
# sender's signature ("Recruiter | Acme", "Co-founder & CEO, Acme"), not the job.
_SENDER_ROLES: Final = words(
    "recruiter recruiters recruiting recruitment sourcer talent acquisition hr rh people "
    "founder co-founder cofounder ceo cto coo cfo personalreferent personalreferentin "
    "reclutador reclutadora recruteur recruteuse selección"
)


def card_title(body: str, company: str | None) -> str | None:
    """The title of a job card naming ``company`` in ``body``, or None."""
    if not company or len(company) < 2:
        return None
    at = body.find(company)
    looks = 0
    while at >= 0 and looks < _MAX_LOOKS:
        looks += 1
        title = _card_at(body, company, at)
        if title:
            return title
        at = body.find(company, at + len(company))
    return None


def _card_at(body: str, company: str, at: int) -> str | None:
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    end = len(body) if end < 0 else end
    after = body[at + len(company) : end]
    if (legal := _LEGAL_AFTER.match(after)) is not None:
        after = after[legal.end() :]
    if not _AFTER.match(after):
        return None  # "Acme is hiring", "Acme's team": a sentence, not a card
    before = body[start:at]
    if before.strip():
        raw, line_start = before, start
    else:
        if not _AFTER_GOES_ON.match(after) or start < 2:
            return None
        line_start = body.rfind("\n", 0, start - 1) + 1
        raw = body[line_start : start - 1]
    match = _BEFORE.match(raw)  # fails at the first lower-case word of a sentence
    if (
        match is None
        or not has_strong_noun(raw)
        or _in_signature_zone(body, end)
        or _under_a_signature(body, line_start)
    ):
        return None
    title = clean_title(match.group("t"), company)
    if (
        has_strong_noun(title)
        and plausible(title, company)
        and _SENDER_ROLES.isdisjoint(title.casefold().replace("&", " ").split())
    ):
        return title
    return None


def _in_signature_zone(body: str, line_end: int) -> bool:
    """True when fewer than ``_TAIL_LINES`` lines with text follow: a letter's last lines are
    its signature, while a card comes before the text around it."""
    rest = body[line_end : line_end + 400]
    return sum(1 for line in rest.split("\n") if line.strip()) < _TAIL_LINES


def _under_a_signature(body: str, line_start: int) -> bool:
    """True when the line starting at ``line_start`` follows a name or a sign-off."""
    above = body[max(0, line_start - 160) : line_start].rstrip("\n").split("\n")[-3:]
    if not above:
        return False
    name = above[-1].strip().rstrip(",")
    last_words = " ".join(name.split()[-3:])
    if (
        looks_like_person(name)
        or _is_bare_name(name)
        or looks_like_person(last_words)  # "New message from Sam Novak"
    ):
        return True
    return any(_SIGN_OFF.match(line) or _CLOSING.match(line) for line in above)


def _is_bare_name(line: str) -> bool:
    """ "Jürgen Bianchi", "Noah": one to three capitalised words, no job noun, no digits."""
    words = line.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not has_strong_noun(line)
    )
