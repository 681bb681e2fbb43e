"""Whether a name fits the sender's own domain.

An employer's own mail comes from its own domain, so the candidate that fits the domain stem
is the employer: "Acme Analytics" fits ``acme.com``, "Procter & Gamble" fits ``pg.com``,
"Gemeente Havendam" fits ``havendam.nl``, but "Meta" never fits ``metaverse.com`` (whole
leading words, never a substring). Kept free of the name rules (``company_names``) so that
``senders`` can ask it whether a team signing a mail is the domain's own.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import permutations

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.letters import ASCII_LETTERS
from applytrack_desktop.intel.vocab import words as word_set

_NON_ALNUM = re.compile(r"[^a-z0-9]")
_STEM_NOISE = re.compile(r"(?:careers?|jobs|hr|recruiting|talent|mail|hq|group|inc|corp|ai)$")
# Leading words of public and institutional names that a domain leaves out ("Gemeente
# Havendam" at havendam.nl, "City of Springfield" at springfield.gov, "Department for
# Education" at education.gov.uk).
_GENERIC_HEADS = word_set(
    "gemeente stadt city town county state of the university universität université "
    "universidad università comune ville ayuntamiento provincia grupo groupe gruppo hotel "
    "hotels hoteles department ministry for bureau agency "
    # town halls and councils: "Mairie de Saint-Aubin" at saint-aubin.fr
    "mairie commune conseil gemeinde kommune municipio ayuntamiento prefeitura câmara "
    "municipal municipalité de du des di del da "
    # Indonesia's legal form before the name: "PT Sigma Kredit Indonesia" at sigmakredit.co.id
    "pt"
)


def squash(text: str) -> str:
    """Letters and digits only, lower case: how names and domain stems are compared. Accents
    fold the way domains write them ("Skärgårdens" is ``skargardens``)."""
    low = text.casefold()
    if not low.isascii():
        low = unicodedata.normalize("NFKD", low.translate(ASCII_LETTERS))
    return _NON_ALNUM.sub("", low)


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


# Second-level and top-level labels of public bodies' domains: universities (x.ac.uk, x.edu,
# x.edu.au), governments and councils (x.gov, x.gov.uk, x.gob.es), the NHS, schools.
_PUBLIC_LABELS = word_set("ac edu gov gob mil nhs k12 sch")


def is_public_body(host: str) -> bool:
    """True for the domain of a university, a government body, a health service or a school
    (``harwick.ac.uk``, ``harwick.edu``, ``education.gov.uk``): never a staffing agency's."""
    labels = ats.registrable_domain(host).split(".")
    if any(label in _PUBLIC_LABELS for label in labels[1:]):
        return True
    # A US school district: lakeviewusd.org, cyfairisd.net, or a k12 host
    return "k12" in host.split(".") or (len(labels[0]) > 5 and labels[0].endswith(("usd", "isd")))


def tenant_sender(sender_name: str, address: str) -> bool:
    """ "Brightwater Outfitters" <brightwateroutfitters@recruiteemail.com>: a platform we do
    not list sends from its mail domain ("...mail.com", "...email.com") as its tenant, whose
    name is the address's mailbox. The display name is then the employer's."""
    local, _, host = address.partition("@")
    if not ats.domain_stem(host).endswith("mail"):
        return False  # "People Ops" <peopleops@maple.com>: a team of the domain's own firm
    key = squash(sender_name)
    return len(key) >= 5 and squash(local.partition("+")[0]) == key


def public_fuller(candidate: str, key: str) -> bool:
    """ "Mairie de Saint-Aubin" is the fuller name of "Saint-Aubin" (normalized ``key``): the
    same words after a public body's head ("Gemeente Havendam", "Ayuntamiento de Villaverde")."""
    words = normalize_company(candidate).split()
    size = len(key.split())
    head = words[:-size]
    return bool(head) and " ".join(words[-size:]) == key and all(w in _GENERIC_HEADS for w in head)
