"""Titles framed by a word that only ever introduces a role, in Nordic and Polish mail.

Danish, Norwegian and Swedish mail names the role as "stillingen som Sykepleier",
"tjänsten som Staff Accountant"; Polish mail as "na stanowisko Magazynier" or "na stanowisku
Concept Artist". The frame says a role follows, so the title needs no known job noun: most
of these titles ("Saksbehandler", "Magazynier", "Lagerarbetare") are words the noun lists
of ``title_clean`` cannot hold. The phrase after the frame ends at the first word that is
not part of a title ("hos", "w", "vill" or any other lower-case word) or at punctuation.
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.title_clean import clean_title, plausible

# Lower-case keywords: the frames run only when one occurs (a substring test in C).
_KEYWORDS: Final = (
    " som ",
    "stanowisk",
    "avseende ",
    "finde ",
    "finne ",
    "hitta ",
    "bewerbung ",
    "posizione di",
    "candidatura ",
)
_FRAME: Final = re.compile(
    r"\b(?:stillingen|stilling|tjänsten|tjänst|rollen|roll|rolle|jobbet|jobben|tjenesten)"
    r"[ \t]+som[ \t]+"
    r"|\bstanowisk(?:o|u|a)(?:[ \t]*:)?[ \t]+"
    r"|\bansökan[ \t]+avseende[ \t]+"
    # "vi hjælper X med at finde en ny IT-supporter": Nordic nouns are lower case, so a
    # capitalised word after "find a (new)" is a title
    r"|\b(?:finde|finne|hitta)[ \t]+(?:en|et|ett)[ \t]+(?:ny[ \t]+|nye[ \t]+)?"
    # German: "Ihre Bewerbung für Ausbildung Industriekaufmann/-frau", "Bewerbung als Duales
    # Studium Wirtschaftsinformatik", "Bewerbung um einen Ausbildungsplatz als X"
    r"|\bBewerbung[ \t]+(?:als|für|um)[ \t]+(?:(?:einen|eine|die|den)[ \t]+"
    r"(?:Ausbildungsplatz|Stelle|Position|Praktikumsplatz)[ \t]+(?:als|für|im)[ \t]+)?"
    # Italian: "la sua candidatura per la posizione di X", "candidatura all'annuncio \"X\""
    r"|\bposizione[ \t]+di[ \t]+"
    r"|\bcandidatura[ \t]+(?:all'annuncio|per[ \t]+(?:lo|la|il|l'))[ \t]*",
    re.IGNORECASE,
)
# A title word: it starts with a capital or a digit, or holds a capital ("eKonsult").
_PHRASE_END = re.compile(r"[.,;:!?()\"“”]|[ \t][-–—][ \t]|\n")
# Words kept inside a title: English connectors, and the Polish department phrases
# ("Specjalista ds. obsługi klienta", "Stażysta w dziale HR") after which a title goes
# on in lower case.
# After these a Romance title goes on in lower case: "Cameriere/a di sala".
_ROMANCE_OF: Final = frozenset({"di", "del", "della", "de", "da"})
_CONNECTORS: Final = _ROMANCE_OF | {"of", "and", "&", "for", "-", "für", "im", "in", "em", "/"}
# Capitalised German words that begin a sentence's object, not a title.
_NOT_TITLE: Final = frozenset({"ihre", "ihr", "ihren", "ihrer", "sie", "deine", "dein", "dich",
                               "uns", "unsere", "unser", "wir", "euch", "eine", "einen", "die",
                               "der", "das", "den"})  # fmt: skip
_QUOTED: Final = re.compile(r"[\"“«„]([^\"“”«»„\n]{2,80})[\"”»“]")
# A short aside right after the title stays ("3D Artist (Mid)", "(m/w/d)"); a reference
# ("(ref.nr JR15470)") has digits and goes.
_ASIDE: Final = re.compile(r"[ \t]*\([^()\d\n]{1,15}\)")
_LOWER_TAIL: Final = ("ds.", "w dziale", "do spraw")
_MAX_WORDS = 7
# Where a lower-case department phrase ends: "... obsługi klienta w Warszawie".
# A lower-case word after a German title that carries it on ("Ausbildung zum Kaufmann"),
# and the Italian words that end a title ("... di sala non è stata selezionata").
_GOES_ON: Final = frozenset({"zum", "zur"})
# German training names its trade after "zum"/"zur" ("Ausbildung zum Kaufmann im
# Einzelhandel"), where the title goes on; after a whole title they start a date instead
# ("... 2025 zum Ausbildungsbeginn", "zum nächstmöglichen Zeitpunkt", "zum 1. August").
_TRAINING: Final = frozenset({"ausbildung", "umschulung", "weiterbildung", "praktikum"})
_DATE_AFTER_ZUM: Final = re.compile(
    r"(?:Ausbildungsbeginn|Beginn|Start|Eintritt|Eintrittstermin|Stichtag)\b|[a-zäöü\d]"
)
_ROMANCE_ENDS: Final = frozenset({"non", "presso", "è", "e", "per", "con", "ha", "che", "in", "a",
                                  "al", "alla", "sono", "stata", "ci", "la", "il"})  # fmt: skip
_STOPS: Final = frozenset({"w", "we", "oraz", "i", "z", "u", "dla", "na", "od", "przy"})


def frame_title(body: str, body_low: str, company: str | None) -> str | None:
    """The title after the first role frame of the body, or None."""
    if not any(k in body_low for k in _KEYWORDS):
        return None
    for match in _FRAME.finditer(body):
        romance = match.group().casefold().startswith(("posizione", "candidatura"))
        title = _phrase(body[match.end() : match.end() + 160], romance)
        if title:
            title = clean_title(title, company)
            if title and plausible(title, company):
                return title
    return None


def _phrase(text: str, romance: bool = False) -> str:
    """The title words at the start of ``text``, or "" where the title seems to go on in lower
    case ("Ausbildung zum Kaufmann", Italian "Tirocinio curriculare"): half a title is
    worse than none."""
    if quoted := _QUOTED.match(text):  # "Stage in Marketing": the quotes hold the title
        return quoted.group(1).strip()
    low = text.casefold()
    for tail in _LOWER_TAIL:
        # "Specjalista ds. obsługi klienta": the department phrase runs to the line's end
        # or the next mark.
        at = low.find(" " + tail + " ")
        head = text[:at].split()
        if 0 < at < 40 and 0 < len(head) <= 3 and all(_is_title_word(w) for w in head):
            end = _PHRASE_END.search(text, at + len(tail) + 2)
            tail_words = text[at : end.start() if end else len(text)].split()
            cut = len(tail.split())  # the tail phrase, then words up to a preposition
            while cut < len(tail_words):
                # "ds. Kadr i Płac": "i" (and) between two title words joins them
                joins = (
                    tail_words[cut] == "i"
                    and cut + 1 < len(tail_words)
                    and _is_title_word(tail_words[cut - 1])
                    and _is_title_word(tail_words[cut + 1])
                )
                if joins:
                    cut += 2
                    continue
                if tail_words[cut].casefold() in _STOPS:
                    break
                if _is_title_word(tail_words[cut - 1]) and not _is_title_word(tail_words[cut]):
                    break  # "... w dziale HR zainteresowała nas": the sentence goes on
                cut += 1
            return " ".join(head + tail_words[: min(cut, _MAX_WORDS)])
    end = _PHRASE_END.search(text)
    words = text[: end.start() if end else len(text)].split()
    kept: list[str] = []
    for at, word in enumerate(words[:_MAX_WORDS]):
        folded = word.casefold()
        if not kept and folded in _NOT_TITLE:
            break  # "Bewerbung für Ihre Stelle"
        if (
            _is_title_word(word)
            or (folded in _CONNECTORS and kept)
            or (kept and kept[-1].casefold() in _ROMANCE_OF)
            # German's suspended compound: "Energie- und Gebäudetechnik"
            or (folded in ("und", "oder") and kept and kept[-1].endswith("-"))
            or (folded in _GOES_ON and kept and kept[-1].casefold() in _TRAINING)
        ):
            kept.append(word)
        elif folded in _GOES_ON and kept and at + 1 < len(words):
            if _DATE_AFTER_ZUM.match(words[at + 1]):
                break  # the title is whole; a date follows
            return ""
        else:
            if kept and (folded in _GOES_ON or (romance and folded not in _ROMANCE_ENDS)):
                return ""
            break
    while kept and kept[-1].casefold() in _CONNECTORS:
        kept.pop()  # "Head of ..." ended on a connector
    title = " ".join(kept)
    if title and len(kept) == len(words) and end and end.group() == "(":
        aside = _ASIDE.match(text, end.start() - (text[end.start() - 1] == " "))
        if aside:
            title += " " + aside.group().strip()
    return title


def _is_title_word(word: str) -> bool:
    first = word[:1]
    return first.isupper() or first.isdigit() or any(c.isupper() for c in word[1:])
