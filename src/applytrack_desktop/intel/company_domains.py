"""Whether a name fits the sender's own domain, and how a bare domain is written as a name.

An employer's own mail comes from its own domain, so the candidate that fits the domain stem
is the employer: "Acme Analytics" fits ``acme.com``, "Procter & Gamble" fits ``pg.com``,
"Gemeente Havendam" fits ``havendam.nl``, but "Meta" never fits ``metaverse.com`` (whole
leading words, never a substring). When nothing in the mail fits, the mail is searched for
the way it spells the stem ("clearpathrobotics" -> "Clearpath Robotics"), and the stem itself
is made readable as a last resort.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import permutations

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.vocab import INDUSTRY_WORDS
from applytrack_desktop.intel.vocab import words as word_set

_NON_ALNUM = re.compile(r"[^a-z0-9]")
_STEM_NOISE = re.compile(r"(?:careers?|jobs|hr|recruiting|talent|mail|hq|group|inc|corp|ai)$")
# Leading words of public and institutional names that a domain leaves out ("Gemeente
# Havendam" at havendam.nl, "City of Springfield" at springfield.gov, "Department for
# Education" at education.gov.uk).
_GENERIC_HEADS = word_set(
    "gemeente stadt city town county state of the university universität université "
    "universidad università comune ville ayuntamiento provincia grupo groupe gruppo hotel "
    "hotels hoteles department ministry for bureau agency"
)


def squash(text: str) -> str:
    """Letters and digits only, lower case: how names and domain stems are compared."""
    return _NON_ALNUM.sub("", text.casefold())


def stem_matches(candidate: str, stem: str) -> bool:
    """True when ``candidate`` names the domain stem: whole leading words, never a substring.

    "Acme Analytics" and "Acme Corp" fit ``acme``/``acmecorp``; "Metaverse Inc" does not fit
    ``meta``.
    """
    if not stem:
        return False
    if squash(normalize_company(candidate)) == stem:
        return True
    words = [w for w in (squash(w) for w in candidate.replace("&", " and ").split()) if w]
    for start in range(len(words)):  # "Spoke & Chain Cycles", "Gemeente Havendam"
        if start and words[start - 1] not in _GENERIC_HEADS:
            break
        prefix = ""
        for word in words[start:]:
            if word == "and" and not stem.startswith(prefix + "and"):
                continue  # "Pebble & Pine" at pebblepine.com
            prefix += word
            if prefix == stem:
                return True
            if len(prefix) >= len(stem):
                break
    if (  # "Bakkerij Van Dalen" at vandalen-bakkerij.nl
        2 <= len(words) <= 3
        and len(stem) == sum(map(len, words))
        and any("".join(order) == stem for order in permutations(words))
    ):
        return True
    words = [squash(w) for w in normalize_company(candidate).split() if squash(w)]
    return len(words) >= 2 and _abbreviates(stem, words)


def _abbreviates(stem: str, words: list[str], first: bool = True) -> bool:
    """True when ``stem`` is built from leading pieces of the words, in order: socgen,
    pg (P&G), oakridgepress (Oakridge University Press). The first word always gives a piece;
    later words may be skipped."""
    if not stem:
        return not first
    if not words:
        return False
    word = words[0]
    if not first and _abbreviates(stem, words[1:], first=False):
        return True
    return any(
        stem.startswith(word[:size]) and _abbreviates(stem[size:], words[1:], first=False)
        for size in range(min(len(word), len(stem)), 0, -1)
    )


def domain_key(domain: str) -> str:
    """The squashed domain stem without a careers/hq-style tail (``acmecareers`` -> ``acme``)."""
    stem = squash(ats.domain_stem(domain))
    trimmed = _STEM_NOISE.sub("", stem)
    return trimmed if len(trimmed) >= 3 else stem


def titled(slug: str) -> str:
    words = re.split(r"[-_.]+", slug)
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def spelled_in(stem: str, texts: Iterable[str], extend: bool = False) -> str:
    """How ``texts`` write the name that squashes to ``stem`` ("Clearpath Robotics"), or "".

    With ``extend``, an industry word right after it is kept: a platform tenant ``verdant``
    written "Verdant Foods".
    """
    if len(stem) < 3:
        return ""
    for text in texts:
        low = text.lower()
        at = low.find(stem[:3])
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                words = text[at : at + len(stem) * 2 + 24].split()
                prefix = ""
                for count, word in enumerate(words[:6], start=1):
                    prefix += squash(word)
                    if prefix == stem:
                        if (
                            extend
                            and count < len(words)
                            and words[count][:1].isupper()
                            and words[count].rstrip(".,;:!?").casefold() in INDUSTRY_WORDS
                        ):
                            count += 1
                        name = clean_candidate(" ".join(words[:count]).rstrip(".,;:!?"))
                        if name and squash(name).startswith(stem) and name[:1].isupper():
                            return name
                    if len(prefix) >= len(stem):
                        break
            at = low.find(stem[:3], at + 1)
    return ""


def segmented(stem: str) -> str:
    """A readable guess for a bare domain stem: "clearpathrobotics" -> "Clearpath Robotics"."""
    for size in range(min(len(stem) - 4, 16), 2, -1):
        if stem[-size:] in INDUSTRY_WORDS:
            return f"{titled(stem[:-size])} {stem[-size:].capitalize()}"
    return titled(stem)
