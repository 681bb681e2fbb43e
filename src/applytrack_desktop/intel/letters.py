"""Letters that Unicode decomposition does not turn into ASCII, and their ASCII spelling.

NFKD splits "é" into "e" and an accent, but "ø", "ł", "æ" or "œ" are letters of their own
with no decomposition: an ASCII filter after NFKD drops them, so "søknad" became "sknad" and
"została" "zostaa", and no gloss or cue written in ASCII could match them. Domains and
people who type without these keys write them the way this table does ("Wisła" at wisla.pl,
"Region Østjylland" at regionostjylland.dk, "Straße" at strasse.de).
"""

from __future__ import annotations

import unicodedata

# One letter for one: how a domain spells them (``company_spelling`` relies on the lengths).
ONE_LETTER_FOLDS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i"}
# Every lower-case letter NFKD leaves alone, spelled in ASCII.
ASCII_LETTERS = str.maketrans({**ONE_LETTER_FOLDS, "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})


def fold(text: str) -> str:
    """Lower-case ASCII: accents dropped (``é`` -> ``e``), ``ø`` -> ``o``, ``ß`` -> ``ss``."""
    if text.isascii():  # most mail: NFKD and the ASCII filter would change nothing
        return text.lower()
    text = unicodedata.normalize("NFKD", text.lower().translate(ASCII_LETTERS))
    return text.encode("ascii", "ignore").decode("ascii")
