"""An employer spelled out before its initials ("Terminales Marítimas del Levante (TML)"),
or on a line of its own ("Global Alliance for Child Nutrition | Careers" from "GACN").

Many employers sign, or send through a platform, with their initials ("TML · Talento",
"HVM e-Recruitment"), and the tracker card then says "TML". When the mail also writes the
full name with the initials after it in brackets, that is the name a person would put on the
card. (Where the card keeps the initials, later mail naming the employer in full still finds
it: ``store.match_rows.acronym``.)
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.company_phrases import NAME

# A name of up to six words right before the initials (searched in the text before them).
_NAME_BEFORE: Final = re.compile(NAME + r"[ \t]+$")
# Words an acronym skips: "Terminales Marítimas del Levante", "Bureau of Coastal Resilience".
_SKIPPED: Final = frozenset(
    {"de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "&", "for", "du", "des",
     "le", "van", "von", "der", "für", "da", "do", "dos", "di", "och", "og"}
)  # fmt: skip


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _SKIPPED).upper()


def name_before_initials(body: str, acronym: str) -> str | None:
    """The full name the first part of ``body`` writes before "(ACRONYM)", or None."""
    head = body[:5000]
    at = head.find(f"({acronym})")
    while at > 0:
        match = _NAME_BEFORE.search(head, max(0, at - 120), at)
        if match is not None:
            words = match.group("c").split()
            # The name pattern may start a few words early ("Operaciones Portuarias de
            # Terminales ..."): the words whose initials are the acronym's, from the end.
            for start in range(len(words) - 1):
                tail = words[start:]
                if tail[0].casefold() not in _SKIPPED and _initials(tail) == acronym:
                    return " ".join(tail)
        at = head.find(f"({acronym})", at + 1)
    return None


# A run of words on one line: capitalised ones and the small words an acronym skips.
_WORD_RUN: Final = re.compile(r"[^\s|·•,;:()\[\]]+")


def name_of_initials(body: str, acronym: str) -> str | None:
    """A name on a line of ``body`` whose capitalised words' initials are ``acronym``
    ("Global Alliance for Child Nutrition | Careers" for "GACN"), or None.

    Only for initials of three letters or more, and only a run that starts and ends with a
    capitalised word: two-letter initials match too many runs by chance.
    """
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    for line in body[:5000].splitlines():
        words = _WORD_RUN.findall(line)
        for start, first in enumerate(words):
            if not first[:1].isupper() or first[0] != acronym[0]:
                continue
            taken: list[str] = []
            for word in words[start:]:
                if word.casefold() in _SKIPPED:
                    taken.append(word)
                    continue
                if not word[:1].isupper():
                    break
                taken.append(word)
                initials = _initials(taken)
                if initials == acronym:
                    return " ".join(taken)
                if not acronym.startswith(initials):
                    break
    return None
