"""How a mail writes a domain stem as a name, and a readable name for a bare stem.

When no candidate fits the sender's own domain (``company_domains``), the mail may still
spell it ("Vandelay Industries" signing from vandelay-industries.com, a platform tenant
``verdant`` written "Verdant Foods"); when it never does, the stem itself is made readable
("clearpathrobotics" -> "Clearpath Robotics").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from applytrack_desktop.core.names import display_company
from applytrack_desktop.intel.company_domains import squash
from applytrack_desktop.intel.company_names import clean_candidate, strip_legal_form
from applytrack_desktop.intel.company_words import AND_TAILS, SECTOR_WORDS, head_and_name
from applytrack_desktop.intel.letters import ONE_LETTER_FOLDS
from applytrack_desktop.intel.vocab import DEPARTMENT_WORDS, INDUSTRY_WORDS, words


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
        low = text.lower() if text.isascii() else _folded(text)
        at = low.find(stem[:3])
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                words = text[at : at + len(stem) * 2 + 24].split()
                prefix = ""
                for count, word in enumerate(words[:6], start=1):
                    # "Barker & Lane" at barkerandlane.co.uk, "Alberti & Rossi" at
                    # albertierossi.it: the domain spells the "&" in its language
                    if word == "&":
                        prefix += next((w for w in _AND_WORDS if stem.startswith(prefix + w)), "")
                    prefix += squash(word)
                    if prefix == stem:
                        if (
                            extend
                            and count < len(words)
                            and words[count][:1].isupper()
                            and words[count].rstrip(".,;:!?").casefold() in INDUSTRY_WORDS
                        ):
                            count += 1
                        raw = " ".join(words[:count]).rstrip(".,;:!?)]}\"'")
                        name = clean_candidate(raw)
                        if name and not squash(name).startswith(stem) and raw.startswith(name):
                            # "Bramwell Ashby" at bramwellashby.com: the domain spells the whole
                            # name, so its last word is the firm's, not a tool's (Ashby, Lever).
                            name = display_company(raw)
                        # "The Grange at Polzeath" at thegrangeatpolzeath.co.uk loses its "The"
                        spelled = (
                            squash(name).startswith(stem)
                            or squash("the" + name) == stem
                            or any(
                                squash(name.replace("&", f" {w} ")).startswith(stem)
                                for w in _AND_WORDS
                            )
                        )
                        if name and spelled and name[:1].isupper():
                            return name
                    if len(prefix) >= len(stem):
                        break
            at = low.find(stem[:3], at + 1)
    if _UMLAUT_SPELLED.search(stem):
        # "kraemer-vogt.de" for "Krämer & Vogt": the domain writes the umlaut as two letters
        name = spelled_in(_UMLAUT_SPELLED.sub(r"\1", stem), texts, extend)
        return name if _UMLAUTS.search(name) else ""
    return ""


_UMLAUT_SPELLED = re.compile(r"([aou])e")
_UMLAUTS = re.compile("[äöüÄÖÜ]")


# "&" as domains spell it: English, German, Swedish, Dutch, French, Norwegian and Danish,
# Italian and Portuguese, Spanish, Polish and Catalan (longest first).
_AND_WORDS = ("and", "und", "och", "en", "et", "og", "e", "y", "i")


def _folded(text: str) -> str:
    """``text`` lower-cased with each letter's accent dropped, one character for one, so an
    index in it is an index in ``text``: "Skärgårdens" is found by its stem ``skargardens``."""
    return text.lower().translate(_FOLD)


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled as characters are met (one NFKD per character, not one
    per character of each text)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKD", ch.translate(_ONE_LETTER))
        base = folded[0] if folded and folded[0].isascii() else ch
        self[code] = base
        return base


# Letters NFKD keeps whole, written in domains as one ASCII letter (index for index).
_ONE_LETTER = str.maketrans(ONE_LETTER_FOLDS)
_FOLD = _FoldTable()


def segmented(stem: str, shortest: int = 3) -> str:
    """A readable guess for a bare domain stem: "clearpathrobotics" -> "Clearpath Robotics",
    "kitepharmalabs" -> "Kite Pharma Labs" (industry words split off the end; again, with
    words of five letters or more, so "papertrail" stays whole)."""
    for size in range(min(len(stem) - 4, 16), shortest - 1, -1):
        tail = stem[-size:]
        # "calderbrookhospitals": a sector word in the plural closes a name as well.
        if tail in AND_TAILS and stem[:-size].endswith("and") and len(stem) - size >= 7:
            return f"{segmented(stem[: -size - 3], 5)} & {tail.capitalize()}"  # "Greer & Sons"
        if tail in SECTOR_WORDS or (size >= 6 and tail[-1] == "s" and tail[:-1] in SECTOR_WORDS):
            return f"{segmented(stem[:-size], 5)} {tail.capitalize()}"
    return head_and_name(stem) or titled(stem)


_NAME_THEN_ADDRESS = re.compile(
    r"^[ \t]*(?P<n>[^\n,|–—]{3,50}?)[ \t]*(?:,|[ \t][-–—|])[ \t]*(?P<rest>[^\n]+)$", re.M
)


def signature_firms(body: str) -> list[str]:
    """The names that open a signature's address lines ("Saltbush Café - 401 Sydney Rd")."""
    return [
        name
        for match in _NAME_THEN_ADDRESS.finditer(body[-600:])
        if any(c.isdigit() for c in match.group("rest"))
        and (name := clean_candidate(match.group("n")))
    ]


def spelled_before_trade(raw_stem: str, body: str) -> str:
    """A hyphenated domain whose last part is the firm's trade, whose name the body spells
    without it: "Whitcombe & Hale" at whitcombehale-law.com; with the trade's word after it
    when that part is short for the word ("Krämer & Vogt Steuerberatung" at
    kraemer-vogt-stb.de, "Class Act Education" at classact-edu.org); "" when the body never
    does. A last part longer than five letters counts only when the word after the name
    starts with it ("Hartmann & Voss Steuerberater" at hartmann-voss-steuer.de): it may be a
    town ("szpital-lublin.pl" for "Szpital Miejski w Lublinie")."""
    head, _, trade = raw_stem.rpartition("-")
    if not head or not trade.isalpha() or len(trade) > 8 or len(squash(head)) < 6:
        return ""
    name = spelled_in(squash(head), (body,))
    if not name:
        return ""
    after = re.search(re.escape(name) + r"[ \t]+(\w+)", body)
    word = after.group(1) if after else ""
    if word[:1].isupper() and len(word) > len(trade) and _contraction_of(trade, word.casefold()):
        return f"{name} {word}"
    return name if len(trade) <= 5 else ""


def _contraction_of(short: str, word: str) -> bool:
    """``short`` is ``word``'s first letter and then some of its later letters, in order
    ("stb" of "Steuerberatung"; ``company_domains._abbreviates`` joins pieces of words)."""
    if short[:1] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def spelled_with_place(stem: str, body: str) -> str:
    """A signature's firm whose domain adds its town: "The Anchorage Hotel, Pier Road,
    Kinsale" at anchoragehotelkinsale.ie, "Saltbush Café - 401 Sydney Rd Brunswick" at
    saltbushbrunswick.com; "" when no line of the signature does."""
    if len(stem) < 8:
        return ""
    for match in _NAME_THEN_ADDRESS.finditer(body[-1500:]):
        name = clean_candidate(match.group("n"))
        key = squash(name)
        if len(key) < 5 or not stem.startswith(key) or key == stem:
            continue
        place = stem[len(key) :]
        if len(place) >= 3 and any(squash(w) == place for w in match.group("rest").split()):
            return name
    return ""


# Trade words of other languages that close a firm's name in its signature or footer
# ("Maré Alta Bebidas, Lda.", "Nortenha Distribuição, S.A."), folded like ``_folded``.
_TRADES_ABROAD = words(
    "bebidas distribuicao distribucion distribuzione alimentos alimentari pagamentos pagos "
    "seguros assicurazioni sistemas sistemi engenharia ingenieria ingegneria transportes "
    "trasporti construcoes construcciones costruzioni farma farmaceutica saude salud "
    "contadores auditores consultores tecnologia tecnologias tecnologie"
)
# One to three capitalised words after the name, up to the end of the line's name part.
_WORDS_AFTER = re.compile(r"((?:[ \t]+[A-ZÀ-Þ][\w&'.-]*){1,3})(?=[ \t]*(?:,|\||[-–—][ \t]|\(|$))")


def fuller_in_signature(name: str, body: str) -> str:
    """The signature's or footer's fuller form of ``name``, up to three capitalised words
    longer and ending in the firm's trade, a legal form after them dropped ("Maré Alta"
    signed "Maré Alta Bebidas, Lda.", "Chakka Creative" signed "Designated Partner | Chakka
    Creative Studio LLP"), else "".
    A line of its own, never a sentence: "the Halvard Engineering team" is a team; nor a
    team's name ("Harbourside Health NHS Trust Recruitment Services")."""
    tail = body[-1500:]
    if len(name) < 3 or name not in tail:
        return ""
    for line in tail.splitlines():
        bar = line.find("|")  # the name may follow a role: "Designated Partner | Chakka ..."
        for text in ([line[bar + 1 :].lstrip(" \t")] if bar >= 0 else []) + [line]:
            match = _WORDS_AFTER.match(text, len(name)) if text.startswith(name) else None
            if match is None:
                continue
            added = strip_legal_form(match.group(1).strip()).split()
            last = _folded(added[-1])
            if (last in SECTOR_WORDS or last in _TRADES_ABROAD) and not any(
                _folded(w) in DEPARTMENT_WORDS for w in added
            ):
                return " ".join([name, *added])
    return ""
