"""An employer spelled out before its initials: "Terminales Marítimas del Levante (TML)".

Many employers sign, or send through a platform, with their initials ("TML · Talento",
"HVM e-Recruitment"), and the tracker card then says "TML". When the mail also writes the
full name with the initials after it in brackets, that is the name a person would put on the
card, and the initials are an alias the later mail may use.
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.company_phrases import NAME

_SPELLED: Final = re.compile(NAME + r"[ \t]+\((?P<a>[A-Z]{2,6})\)")
# Words an acronym skips: "Terminales Marítimas del Levante", "Bureau of Coastal Resilience".
_SKIPPED: Final = frozenset(
    {"de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "&", "for", "du", "des",
     "le", "van", "von", "der", "für", "da", "do", "dos", "di", "och", "og"}
)  # fmt: skip


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _SKIPPED).upper()


def spelled_acronyms(body: str) -> list[tuple[str, str]]:
    """(full name, initials) pairs the first part of ``body`` writes as "Name (INITIALS)"."""
    found: list[tuple[str, str]] = []
    for match in _SPELLED.finditer(body[:5000]):
        words, acronym = match.group("c").split(), match.group("a")
        # The name pattern may start a few words early ("Operaciones Portuarias de
        # Terminales ..."): the words whose initials are the acronym's, from the end.
        for start in range(len(words) - 1):
            tail = words[start:]
            if tail[0].casefold() not in _SKIPPED and _initials(tail) == acronym:
                found.append((" ".join(tail), acronym))
                break
    return found
