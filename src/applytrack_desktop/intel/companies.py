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

# ruff: noqa: E501  (the pattern tables read best one pattern per line)

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import display_company, normalize_company
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.vocab import DEPARTMENT_WORDS, FIRST_NAMES, JOB_NOUNS, NOT_A_NAME
from applytrack_desktop.mail.message import MailMessage

# One word of a name: a capital (or "eBay"-style) start, dots only inside ("Booking.com").
_W = r"(?:[A-Z0-9ÀÁÂÄÅÆÇÉÈÊËÍÎÏÑÓÔÖØÚÛÜ]|[a-z](?=[A-Z]))[\w&'’+-]*(?:\.[\w&'’+-]+)*"
_LINK = r"(?:&|and|of|de|du|des|la|le|del|van|von|y|für|am)"
_LEGAL = r"(?:,?[ \t](?:Inc|LLC|Ltd|GmbH|AG|SA|SAS|SE|plc|Corp|Co|S\.A|B\.V|N\.V)\.?)?"
NAME: Final = rf"(?P<c>{_W}(?:[ \t](?:{_LINK}[ \t])?{_W}){{0,4}}{_LEGAL})"

_SUBJECT_PATTERNS: Final = tuple(
    (re.compile(p), w)
    for p, w in (
        (rf"\b(?:[Aa]pplying|[Aa]pplied|[Aa]pplication|[Aa]pply) (?:to|at|with) {NAME}", 90),
        (rf"\b[Ii]nterest in (?:joining |working (?:at|with) )?{NAME}", 80),
        (rf"\b(?:sent|submitted) to {NAME}", 100),
        (rf"\b(?:[Ii]nterview|[Cc]all|[Cc]hat|[Oo]ffer|[Uu]pdate|[Nn]ews|[Mm]essage) (?:with|from|at) {NAME}", 80),
        (rf"\b[Yy]our {NAME} (?:application|interview|offer|candidacy)", 80),
        (rf"\bat {NAME}\s*(?:[(\[|–—!-]|$)", 70),
        (rf"\b(?:chez|auprès de|bei|en|con) {NAME}\s*(?:[(\[|–—!-]|$)", 60),
        (rf"\b[Ww]elcome to {NAME}", 50),
        (rf"^{NAME}\s*(?:[|:–—]|-\s)", 40),
        (rf"(?:[|–—]|\s-)\s*{NAME}\s*$", 40),
    )
)  # fmt: skip

_BODY_PATTERNS: Final = tuple(
    (re.compile(p, re.MULTILINE), w)
    for p, w in (
        (rf"\b(?:was|were|has been|have been) (?:sent|submitted|forwarded|shared) to {NAME}", 100),
        (rf"\b(?:[Aa]pplying|[Aa]pplied|[Aa]pplication|[Aa]pply) (?:to|at|with) {NAME}", 60),
        (rf"\b[Ii]nterest in (?:joining |working (?:at|with|for) )?{NAME}", 60),
        (rf"\b(?:position|role|opening|opportunity|job|vacancy|team|career|careers) (?:at|with) {NAME}", 60),
        (rf"\b[Aa]t {NAME},? we\b", 70),
        (rf"(?:^|\b[Tt]he )[ \t]*{NAME}[ \t]+Team\b", 60),
        (rf"\b[Oo]n behalf of {NAME}", 60),
        (rf"\b[Jj]oin(?:ing)? {NAME}", 40),
        (rf"\b{NAME} (?:has received|received) your application", 80),
        (rf"(?:[Rr]ecruit\w*|[Tt]alent\w*|[Ss]ourc\w*|HR|[Hh]uman [Rr]esources|[Pp]eople)[^\n]{{0,40}}?(?:\bat\b|@|\||,|–|—| -)[ \t]*{NAME}[ \t]*$", 60),
        (rf"\b(?:chez|rejoindre|auprès de|l'équipe|L'équipe) {NAME}", 60),
        (rf"\b(?:[Bb]ewerbung|[Ii]nteresse) (?:bei|an) (?:der |dem |)?{NAME}", 60),
        (rf"\b[Ii]hr {NAME}[ -]Team\b", 60),
        (rf"\b(?:candidatura|interés|interes) (?:en|a|para|por) {NAME}", 60),
        (rf"\b[Ee]l equipo de {NAME}", 60),
    )
)  # fmt: skip

_DEPT_SUFFIX = re.compile(
    r"(?:[ \t]*[-|–,@][ \t]*|[ \t]+)(?:(?:Hiring|Recruiting|Recruitment|Talent|Acquisition|People|HR|"
    r"Careers?|Jobs|Team|Human|Resources|Staffing|Operations|Recrutement|Karriere|Personal|"
    r"Reclutamiento|Notifications?|No[- ]?[Rr]eply)[ \t]*)+$"
)
_DEPT_PREFIX = re.compile(
    r"^(?:The[ \t]+)?(?:Careers?|Jobs|Recruiting|Recruitment|Talent|Hiring[ \t]+Team|Recrutement)"
    r"[ \t]+(?:at|@|bei|chez|de|en)[ \t]+"
)
_VIA = re.compile(r"[ \t]+(?:via|through|par|über)[ \t]+\S.*$", re.IGNORECASE)
_PERSON_AT = re.compile(r"^[^()@|]{2,40}?[ \t]+(?:at|from|@|de|von|chez|bei)[ \t]+(?P<c>.+)$")
_PERSON_PAREN = re.compile(r"^[^()|]{2,40}?[ \t]*(?:\((?P<a>[^)]+)\)|[|–—][ \t]*(?P<b>.+))$")
_INITIAL_NAME = re.compile(r"^[A-Z][a-z]+(?:[ \t][A-Z]\.?)?$")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_STEM_NOISE = re.compile(r"(?:careers?|jobs|hr|recruiting|talent|mail|hq|group|inc|corp)$")


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
    if not words or len(words) > 6 or words[0] in NOT_A_NAME:
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


def _abbreviates(stem: str, words: list[str]) -> bool:
    """True when ``stem`` is built from leading pieces of every word: socgen, pg (P&G)."""
    if not words:
        return not stem
    if not stem:
        return False
    word = words[0]
    return any(
        stem.startswith(word[:size]) and _abbreviates(stem[size:], words[1:])
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
    subject = prepared.subject
    for pattern, weight in _SUBJECT_PATTERNS:
        for match in pattern.finditer(subject):
            ballot.add(match.group("c"), weight)
    for pattern, weight in _BODY_PATTERNS:
        for match in pattern.finditer(prepared.body):
            ballot.add(match.group("c"), weight)
    return ballot


def extract_company(
    message: MailMessage, prepared: Prepared, category: Category | None = None
) -> CompanyGuess | None:
    """The employer ``message`` is about, or None when nothing names one."""
    ballot = _collect(message, prepared)
    ranked = ballot.ranked()
    domain = message.sender_domain
    tenants = [t for t in (ats.tenant_from_address(message.sender_address),) if t]
    tenants += [t for t in ats.tenants_in_text(prepared.body) if t not in tenants]

    if ats.is_own_domain(domain):
        stem = _domain_key(domain)
        matching = [v for v in ranked if _stem_matches(v.display, stem)]
        agency_pick = (
            category is Category.RECRUITER_OUTREACH
            and ranked
            and not matching
            and ranked[0].best >= 60
        )
        if agency_pick:  # a recruiter at an agency writing about a client's role
            return _guess(ranked[0].display, [ats.domain_stem(domain)], ranked[0].display)
        display = matching[0].display if matching else _titled(ats.domain_stem(domain))
        return _guess(display, [ats.domain_stem(domain), *tenants], display)

    for tenant in tenants:  # a platform tenant confirms the spelling that matches it
        for vote in ranked:
            if _stem_matches(vote.display, _squash(tenant)):
                vote.weight += 50
    ranked = sorted(ranked, key=lambda v: v.weight, reverse=True)
    if ranked and ranked[0].weight >= 45:
        return _guess(ranked[0].display, tenants, ranked[0].display)
    if tenants:
        display = _titled(tenants[0])
        return _guess(display, tenants, display) if not ats.is_brand(display) else None
    return None


def _guess(display: str, aliases: Iterable[str], name: str) -> CompanyGuess:
    seen = {name.casefold()}
    kept: list[str] = []
    for alias in aliases:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            kept.append(alias)
    return CompanyGuess(display, tuple(kept))
