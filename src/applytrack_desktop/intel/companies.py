"""Which employer an email is about.

Evidence is collected from every place an employer shows up and then voted on:
- the sender's own domain, when it is not a platform, free mail or a bulk-mail service;
- platform tenants (``acme@myworkday.com``, ``acme.bamboohr.com``, ``boards.greenhouse.io/acme``);
- the display name ("Acme Hiring Team", "Jane from Acme");
- subject and body phrases ("Thank you for applying to Acme", "the X position at Acme",
  LinkedIn's "Your application was sent to Acme", "The Acme Team", a recruiter's signature).
Platform brands are never a company. Candidates are grouped by their normalized name
(``core.names``), so "Acme, Inc." and "ACME" vote together and "Meta" never votes for
"Metaverse Inc".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import display_company
from applytrack_desktop.core.names import normalize_company as _normalize
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_phrases import (
    BODY_PATTERNS,
    SUBJECT_PATTERNS,
    scan,
    signature_names,
)
from applytrack_desktop.intel.text import MAX_SUBJECT_CHARS, Prepared
from applytrack_desktop.intel.vocab import (
    DEPARTMENT_WORDS,
    FIRST_NAMES,
    INDUSTRY_WORDS,
    JOB_NOUNS,
    NOT_A_NAME,
)
from applytrack_desktop.mail.message import MailMessage

_DEPT_SUFFIX = re.compile(
    r"(?:[ \t]*[-|–,@][ \t]*|[ \t]+)(?:(?:Hiring|Recruiting|Recruitment|Talent|Acquisition|"
    r"People|HR|Careers?|Jobs|Team|Human|Resources|Staffing|Operations|Recrutement|Karriere|Personal|"
    r"Reclutamiento|Notifications?|No[- ]?[Rr]eply)[ \t]*)+$"
)
_DEPT_PREFIX = re.compile(
    r"^(?:The[ \t]+)?(?:Careers?|Jobs|Recruiting|Recruitment|Talent|Hiring[ \t]+Team|Recrutement)"
    r"[ \t]+(?:at|@|bei|chez|de|en)[ \t]+"
)
_VIA = re.compile(r"[ \t]+(?:via|through|par|über)[ \t]+\S.*$", re.IGNORECASE)
_VIA_PERSON = re.compile(r"[ \t]via[ \t]+(?:LinkedIn|Indeed|XING|Wellfound|Otta)\b", re.IGNORECASE)
_PERSON_AT = re.compile(r"^[^()@|]{2,40}?[ \t]+(?:at|from|@|de|von|chez|bei)[ \t]+(?P<c>.+)$")
_PERSON_PAREN = re.compile(r"^[^()|]{2,40}?[ \t]*(?:\((?P<a>[^)]+)\)|[|–—][ \t]*(?P<b>.+))$")
_INITIAL_NAME = re.compile(r"^[A-Z][a-z]+(?:[ \t][A-Z]\.?)?$")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_STEM_NOISE = re.compile(r"(?:careers?|jobs|hr|recruiting|talent|mail|hq|group|inc|corp)$")


# The same few names come back in every email of a mailbox; normalizing is the costly part.
normalize_company = lru_cache(maxsize=8192)(_normalize)


# Votes a name needs when the sender is a platform or free mail: one weak mention (a bare
# subject prefix "Acme - ...") is enough when nothing contradicts it.
MIN_WEIGHT = 40


@dataclass(frozen=True, slots=True)
class CompanyGuess:
    name: str  # tidy display name, e.g. "Acme Analytics"
    aliases: tuple[str, ...] = ()  # other spellings seen (domain stem, platform tenant)


@dataclass(slots=True)
class _Vote:
    display: str
    weight: int
    best: int  # weight of the strongest single mention (its spelling is the display)


def _squash(text: str) -> str:
    return _NON_ALNUM.sub("", text.casefold())


@lru_cache(maxsize=8192)
def clean_candidate(raw: str) -> str:
    """Trim a captured phrase to a company name, or "" when it is not one."""
    text = display_company(_VIA.sub("", raw))
    text = _DEPT_PREFIX.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = display_company(_DEPT_SUFFIX.sub("", text))
    if text.startswith(("The ", "the ")) and len(text.split()) > 1:
        text = text[4:]
    return text if _plausible(text) else ""


def _plausible(name: str) -> bool:
    if not name or len(name) > 60 or len(name) < 2:
        return False
    words = name.casefold().replace("-", " ").split()
    if not words or len(words) > 6 or words[0].split("'")[0].split("’")[0] in NOT_A_NAME:
        return False
    if all(w in DEPARTMENT_WORDS or w in NOT_A_NAME for w in words):
        return False
    if any(w.strip(".,") in JOB_NOUNS for w in words):
        return False
    return not ats.is_brand(name) and bool(normalize_company(name))


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 4:
        return False
    if words[0].casefold() in FIRST_NAMES:
        return True
    return len(words) <= 2 and bool(_INITIAL_NAME.match(name)) and len(words) == 2


def _from_display_name(name: str) -> Iterable[tuple[str, int]]:
    """Candidates in a sender display name, strongest reading first."""
    name = name[:MAX_SUBJECT_CHARS]
    if _VIA_PERSON.search(name):
        return  # "Jane Doe via LinkedIn" is a person writing through a network
    name = _VIA.sub("", name).strip().strip("\"'")
    if not name or ("@" in name and " " not in name):
        return
    if match := _PERSON_AT.match(name):
        yield match.group("c"), 90
        return
    if (match := _PERSON_PAREN.match(name)) and (inner := match.group("a") or match.group("b")):
        yield inner, 70
        return
    stripped = clean_candidate(name)
    if stripped and stripped != display_company(name):
        yield name, 90  # "Acme Hiring Team", "Careers at Acme"
    elif not _looks_like_person(name):
        yield name, 45


def _stem_matches(candidate: str, stem: str) -> bool:
    """True when ``candidate`` names the domain stem: whole leading words, never a substring.

    "Acme Analytics" and "Acme Corp" fit ``acme``/``acmecorp``; "Metaverse Inc" does not fit
    ``meta``.
    """
    if not stem:
        return False
    if _squash(normalize_company(candidate)) == stem:
        return True
    prefix = ""
    for word in candidate.split():
        prefix += _squash(word)
        if prefix == stem:
            return True
        if len(prefix) >= len(stem):
            break
    words = [_squash(w) for w in normalize_company(candidate).split() if _squash(w)]
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


def _domain_key(domain: str) -> str:
    """The squashed domain stem without a careers/hq-style tail (``acmecareers`` -> ``acme``)."""
    stem = _squash(ats.domain_stem(domain))
    trimmed = _STEM_NOISE.sub("", stem)
    return trimmed if len(trimmed) >= 3 else stem


def _titled(slug: str) -> str:
    words = re.split(r"[-_.]+", slug)
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


class _Ballot:
    def __init__(self) -> None:
        self.votes: dict[str, _Vote] = {}
        self.order: list[str] = []

    def add(self, raw: str, weight: int) -> None:
        name = clean_candidate(raw)
        if not name:
            return
        key = normalize_company(name)
        vote = self.votes.get(key)
        if vote is None:
            self.votes[key] = _Vote(name, weight, weight)
            self.order.append(key)
            return
        vote.weight += weight
        if weight > vote.best:
            vote.display, vote.best = name, weight

    def ranked(self) -> list[_Vote]:
        return sorted(
            (self.votes[k] for k in self.order), key=lambda v: v.weight, reverse=True
        )  # stable: earlier mentions win ties


def _collect(message: MailMessage, prepared: Prepared) -> _Ballot:
    ballot = _Ballot()
    for raw, weight in _from_display_name(message.sender_name):
        ballot.add(raw, weight)
    for match, weight in scan(SUBJECT_PATTERNS, prepared.subject, prepared.subject_low):
        ballot.add(match.group("c"), weight)
    for match, weight in scan(BODY_PATTERNS, prepared.body, prepared.body_low):
        ballot.add(match.group("c"), weight)
    for name in signature_names(prepared.body, prepared.body_low):
        ballot.add(name, 60)
    return ballot


def _spelled_in(stem: str, texts: Iterable[str]) -> str:
    """How ``texts`` write the name that squashes to ``stem`` ("Clearpath Robotics"), or ""."""
    if len(stem) < 3:
        return ""
    for text in texts:
        low = text.lower()
        at = low.find(stem[:3])
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                words = text[at : at + len(stem) * 2 + 8].split()
                prefix = ""
                for count, word in enumerate(words[:6], start=1):
                    prefix += _squash(word)
                    if prefix == stem:
                        name = clean_candidate(" ".join(words[:count]).rstrip(".,;:!?"))
                        if name and _squash(name) == stem and name[:1].isupper():
                            return name
                    if len(prefix) >= len(stem):
                        break
            at = low.find(stem[:3], at + 1)
    return ""


def _segmented(stem: str) -> str:
    """A readable guess for a bare domain stem: "clearpathrobotics" -> "Clearpath Robotics"."""
    for size in range(min(len(stem) - 4, 16), 2, -1):
        if stem[-size:] in INDUSTRY_WORDS:
            return f"{_titled(stem[:-size])} {stem[-size:].capitalize()}"
    return _titled(stem)


# Domain words of staffing and search agencies, whose mail is about a client's role.
_AGENCY_WORDS = ("staffing", "recruit", "talent", "search", "hire", "hiring", "headhunt",
                 "personnel", "resourcing", "placement")  # fmt: skip


def _own_domain_guess(
    message: MailMessage, prepared: Prepared, ranked: list[_Vote], category: Category | None
) -> CompanyGuess | None:
    domain = message.sender_domain
    raw_stem = ats.domain_stem(domain)
    stem = _domain_key(domain)
    matching = [v for v in ranked if _stem_matches(v.display, stem)]
    if matching:
        return _guess(matching[0].display, [raw_stem], matching[0].display)
    top = ranked[0] if ranked else None
    agency = any(word in stem for word in _AGENCY_WORDS)
    if agency:  # a staffing agency writes about its client's role: the client, or unknown
        clients = [v for v in ranked if v.best >= 60 and not _looks_like_person(v.display)]
        return _guess(clients[0].display, [raw_stem], clients[0].display) if clients else None
    if top is not None and category is Category.RECRUITER_OUTREACH and top.best >= 60:
        return _guess(top.display, [raw_stem], top.display)  # an agency names its client
    if top is not None and top.weight >= 90 and len(words := top.display.split()) >= 2:
        # "Helix Therapeutics" at helixtx.com, "Apex Manufacturing" at apexmfg.com: the whole
        # first word and a short tail. Never a one-word prefix ("Meta" at metaverse.com).
        first = _squash(words[0])
        if len(first) >= 3 and stem.startswith(first) and len(stem) - len(first) <= 3:
            return _guess(top.display, [raw_stem], top.display)
    spelled = _spelled_in(stem, (message.sender_name, prepared.subject, prepared.body))
    readable = _titled(raw_stem) if re.search(r"[-_]", raw_stem) else _segmented(stem)
    display = spelled or readable
    return _guess(display, [raw_stem], display)


def extract_company(
    message: MailMessage, prepared: Prepared, category: Category | None = None
) -> CompanyGuess | None:
    """The employer ``message`` is about, or None when nothing names one."""
    ranked = _collect(message, prepared).ranked()
    own = ats.is_own_domain(message.sender_domain)
    if own and not ats.tool_for_address(message.sender_address):
        return _own_domain_guess(message, prepared, ranked, category)

    tenants = [t for t in (ats.tenant_from_address(message.sender_address),) if t]
    tenants += [t for t in ats.tenants_in_text(prepared.body) if t not in tenants]
    # Reply-To: jane@acme.com on ATS mail, or an invite organized by jane@acme.com.
    for address in (message.reply_to, *(event.organizer for event in message.calendar)):
        host = address.rpartition("@")[2]
        if ats.is_own_domain(host) and (stem := ats.domain_stem(host)) not in tenants:
            tenants.append(stem)
    for tenant in tenants:  # a platform tenant confirms the spelling that matches it
        for vote in ranked:
            if _stem_matches(vote.display, _squash(tenant)):
                vote.weight += 50
    ranked = sorted(ranked, key=lambda v: v.weight, reverse=True)
    if ranked and ranked[0].weight >= MIN_WEIGHT:
        return _guess(ranked[0].display, tenants, ranked[0].display)
    for tenant in tenants:
        spelled = _spelled_in(tenant, (message.sender_name, prepared.subject, prepared.body))
        display = spelled or _segmented(tenant)
        if not ats.is_brand(display):
            return _guess(display, tenants, display)
    return None


def _guess(display: str, aliases: Iterable[str], name: str) -> CompanyGuess:
    seen = {name.casefold()}
    kept: list[str] = []
    for alias in aliases:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            kept.append(alias)
    return CompanyGuess(display, tuple(kept))
