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
from itertools import permutations

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import display_company, normalize_company
from applytrack_desktop.intel import ats, company_agency
from applytrack_desktop.intel import company_notices as notices
from applytrack_desktop.intel.company_phrases import (
    BODY_GATE,
    BODY_PATTERNS,
    BRANCH_SUFFIX,
    DEPT_PREFIX,
    DEPT_SUFFIX,
    MAIL_WORDS,
    POSSESSIVES,
    PROXY_PATTERNS,
    SUBJECT_GATE,
    SUBJECT_PATTERNS,
    scan,
    signature_names,
)
from applytrack_desktop.intel.senders import (
    AGENCY_NAME,
    is_agency,
    looks_like_person,
    signature_block_names,
)
from applytrack_desktop.intel.text import MAX_SUBJECT_CHARS, Prepared
from applytrack_desktop.intel.vocab import (
    DEPARTMENT_WORDS,
    INDUSTRY_WORDS,
    JOB_NOUNS,
    NOT_A_NAME,
)
from applytrack_desktop.intel.vocab import (
    words as word_set,
)
from applytrack_desktop.mail.message import MailMessage

_VIA = re.compile(r"[ \t]+(?:via|through|par|über)[ \t]+\S.*$", re.IGNORECASE)
_VIA_PERSON = re.compile(r"[ \t]via[ \t]+(?:LinkedIn|Indeed|XING|Wellfound|Otta)\b", re.IGNORECASE)
_PERSON_AT = re.compile(  # "Jane from Acme"; a vendor "Sterling on behalf of Acme"
    r"^[^()@|]{2,40}?[ \t]+(?:at|from|@|de|von|chez|bei|on[ \t]+behalf[ \t]+of|im[ \t]+Auftrag"
    r"[ \t]+von|pour[ \t]+le[ \t]+compte[ \t]+de|en[ \t]+nombre[ \t]+de)[ \t]+(?P<c>.+)$"
)
_PERSON_PAREN = re.compile(r"^[^()|]{2,40}?[ \t]*(?:\((?P<a>[^)]+)\)|[|–—][ \t]*(?P<b>.+))$")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_STEM_NOISE = re.compile(r"(?:careers?|jobs|hr|recruiting|talent|mail|hq|group|inc|corp|ai)$")
# "Dept. of Chemistry, Harwick University": a unit of the employer before its name.
_UNIT_PREFIX = re.compile(
    r"^(?:Dept\.?|Department|Office|School|Faculty|Division|Institute|Departamento|Département|"
    r"Abteilung|Dipartimento) (?:of|de|für|di|du|des) [^,|]+[,|][ \t]*",
    re.IGNORECASE,
)
# Leading words of public and institutional names that a domain leaves out ("Gemeente
# Havendam" at havendam.nl, "City of Springfield" at springfield.gov, "Department for
# Education" at education.gov.uk).
_GENERIC_HEADS = word_set(
    "gemeente stadt city town county state of the university universität université "
    "universidad università comune ville ayuntamiento provincia grupo groupe gruppo hotel "
    "hotels hoteles department ministry for bureau agency"
)
# "20 April", "3rd March": a date, not a name ("Monday" is a company, monday.com).
_DATE_LIKE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$"
)
# Requisition and reference ids ("JR4281", "R-12345") are never names.
_ID_LIKE = re.compile(r"^[A-Z]{0,4}[-_#]?\d[\w-]*$")


# A recruiter's role in other languages, signed before the employer's name.
_ROLE_WORDS = frozenset(
    {"recruteur", "recruteuse", "reclutador", "reclutadora", "recrutador", "recrutadora",
     "selezionatore", "selezionatrice", "recruiterin", "personalreferent", "personalreferentin"}
)  # fmt: skip
# Words a name never ends with: a cut-off phrase ("Time de", "Office of").
_DANGLING = frozenset(
    {"de", "da", "do", "das", "dos", "des", "du", "di", "del", "della", "of", "at", "for", "the"}
)
_ELIDED = re.compile(r"^(?:l|d|dell|dall|all|nell)['’]")
_UNIT_WORDS = frozenset(
    {"services", "service", "shared", "office", "centre", "center", "desk", "rrhh",
     "dział", "afdeling", "abteilung", "departamento", "dipartimento", "département"}
)  # fmt: skip
_DOCUMENT_WORDS = frozenset({"offer", "letter", "contract", "agreement", "pdf", "employment"})

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
    proxy: bool = False  # named as the employer a service (checks, surveys...) works for


def _squash(text: str) -> str:
    return _NON_ALNUM.sub("", text.casefold())


@lru_cache(maxsize=8192)
def clean_candidate(raw: str) -> str:
    """Trim a captured phrase to a company name, or "" when it is not one."""
    text = display_company(BRANCH_SUFFIX.sub("", _VIA.sub("", raw)))
    text = DEPT_PREFIX.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = display_company(DEPT_SUFFIX.sub("", text))
    if text.startswith(("The ", "the ")) and len(text.split()) > 1:
        text = text[4:]
    elif text.startswith(("Das ", "Ihr ", "Euer ", "Dein ", "Deine ")) and len(text.split()) > 1:
        text = text.split(None, 1)[1]  # "Das Acme Talent Team": the article of "Team"
    return text if _plausible(text) else ""


def _plausible(name: str) -> bool:
    if not name or len(name) > 60 or len(name) < 2:
        return False
    words = name.casefold().replace("-", " ").split()
    if not words or len(words) > 6 or words[0].split("'")[0].split("’")[0] in NOT_A_NAME:
        return False
    if words[0] in POSSESSIVES or name.casefold() in MAIL_WORDS:
        return False  # "Dein" (Team von Acme), "per E-Mail": a word of the sentence
    bare = [_ELIDED.sub("", w) for w in words]  # "L'équipe": "équipe"
    if all(w in DEPARTMENT_WORDS or w in NOT_A_NAME or w in _UNIT_WORDS for w in bare):
        return False  # "Recruitment Services", "L'équipe": a team, not an employer
    if any(w.strip(".,") in JOB_NOUNS for w in words) or words[-1] in _DOCUMENT_WORDS:
        return False  # "Claims Adjuster Offer" names a document, not an employer
    if _ID_LIKE.match(name) or _DATE_LIKE.match(name):  # "JR4281", "20 April"
        return False
    if words[0] in _ROLE_WORDS:
        return False  # "Recruteur - Indigo Textiles": the writer's role, then the employer
    if len(words) > 1 and words[-1] in _DANGLING:
        return False  # "Equipa de" (Recrutamento): what is left of a team's name, cut short
    return not ats.is_brand(name) and bool(normalize_company(name))


def _from_display_name(name: str) -> Iterable[tuple[str, int]]:
    """Candidates in a sender display name, strongest reading first."""
    name = name[:MAX_SUBJECT_CHARS]
    if _VIA_PERSON.search(name):
        return  # "Jane Doe via LinkedIn" is a person writing through a network
    name = _UNIT_PREFIX.sub("", _VIA.sub("", name).strip().strip("\"'"))
    if not name or ("@" in name and " " not in name) or ats.is_brand(name):
        return  # "NHS Jobs" is the portal, not "NHS" with a careers tail
    if (match := _PERSON_AT.match(name)) and clean_candidate(match.group("c")):
        yield match.group("c"), 90  # "Jane from Acme" (not "Acme - Portal de Empleo")
        return
    stripped = clean_candidate(name)
    if stripped and stripped != display_company(name):
        yield name, 90  # "Acme Hiring Team", "Careers at Acme", "Acme S.p.A. – Risorse Umane"
        return
    if (match := _PERSON_PAREN.match(name)) and (inner := match.group("a") or match.group("b")):
        if ats.is_brand(inner.strip()):  # "Meridian Foods | Gupy": the employer, then its ATS
            yield re.split(r"[ \t]*[(|–—]", name, maxsplit=1)[0], 70
            return
        yield inner, 70
        return
    if not looks_like_person(name):
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
    words = [w for w in (_squash(w) for w in candidate.replace("&", " and ").split()) if w]
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

    def add(self, raw: str, weight: int, proxy: bool = False) -> None:
        name = clean_candidate(raw)
        if not name:
            return
        key = normalize_company(name)
        vote = self.votes.get(key)
        if vote is None:
            self.votes[key] = _Vote(name, weight, weight, proxy)
            self.order.append(key)
            return
        vote.weight += weight
        vote.proxy = vote.proxy or proxy
        if weight > vote.best:
            vote.display, vote.best = name, weight

    def ranked(self) -> list[_Vote]:
        return sorted(
            (self.votes[k] for k in self.order), key=lambda v: v.weight, reverse=True
        )  # stable: earlier mentions win ties


def _collect(message: MailMessage, prepared: Prepared) -> _Ballot:
    ballot = _Ballot()
    # A personal address's display name is a person ("Paloma Reyes"), rarely an employer.
    cap = 30 if ats.is_free_mail(message.sender_domain) else 100
    for raw, weight in _from_display_name(message.sender_name):
        ballot.add(raw, weight if weight > 45 else min(weight, cap))
    subject, subject_low, body, body_low = (
        prepared.subject,
        prepared.subject_low,
        prepared.body,
        prepared.body_low,
    )
    in_subject, in_body = SUBJECT_GATE.found(subject_low), BODY_GATE.found(body_low)
    for match, weight in scan(SUBJECT_PATTERNS, subject, subject_low, in_subject):
        ballot.add(match.group("c"), weight)
    for match, weight in scan(BODY_PATTERNS, body, body_low, in_body):
        ballot.add(match.group("c"), weight)
    for match, weight in scan(PROXY_PATTERNS, body, body_low, in_body):
        ballot.add(match.group("c"), weight, proxy=True)
    for match, weight in scan(PROXY_PATTERNS, subject, subject_low, in_subject):
        ballot.add(match.group("c"), weight, proxy=True)
    for name in signature_names(prepared.body, prepared.body_low):
        ballot.add(name, 60)
    for name in notices.client_names(prepared):
        ballot.add(name, 65, proxy=True)  # an agency reporting back writes for its client
    for name in notices.offer_from_names(prepared):
        ballot.add(name, 70)
    for name in notices.viewed_by_names(prepared):
        ballot.add(name, 100)
    _drop_recipient_names(ballot, message)
    return ballot


def _drop_recipient_names(ballot: _Ballot, message: MailMessage) -> None:
    """The candidate's own name ("Offer of Employment - Okafor") is never the employer, nor is a
    sender's own ("Kwame Martin" <kwame.martin@...> "has invited you"): drop votes made only
    of words of a recipient's address (robin.okafor@...) or of such a sender's."""
    addresses = list(message.recipients[:3])
    local = message.sender_address.partition("@")[0]
    if "." in local and _squash(local) == _squash(message.sender_name):
        addresses.append(local)
    own = {w for a in addresses for w in re.split(r"[^a-z]+", a.partition("@")[0].lower())}
    own = {word for word in own if len(word) >= 3}
    for key in [k for k in ballot.order if k and set(k.split()) <= own]:
        del ballot.votes[key]
        ballot.order.remove(key)


def _with_signature_block(ballot: _Ballot, message: MailMessage, prepared: Prepared) -> None:
    """Adds the weak signature-block names; only read when the stronger evidence left the
    answer open (it is the costliest reading)."""
    for name, weight in signature_block_names(message.sender_name, prepared.body):
        ballot.add(name, weight)


def _spelled_in(stem: str, texts: Iterable[str], extend: bool = False) -> str:
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
                    prefix += _squash(word)
                    if prefix == stem:
                        if (
                            extend
                            and count < len(words)
                            and words[count][:1].isupper()
                            and words[count].rstrip(".,;:!?").casefold() in INDUSTRY_WORDS
                        ):
                            count += 1
                        name = clean_candidate(" ".join(words[:count]).rstrip(".,;:!?"))
                        if name and _squash(name).startswith(stem) and name[:1].isupper():
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


def _own_domain_guess(
    message: MailMessage, prepared: Prepared, ballot: _Ballot, category: Category | None
) -> CompanyGuess | None:
    ranked = ballot.ranked()
    domain = message.sender_domain
    raw_stem = ats.domain_stem(domain)
    stem = _domain_key(domain)
    # A service (background check, references, survey) writing for an employer.
    proxies = [v for v in ranked if v.proxy and not _stem_matches(v.display, stem)]
    if proxies:
        return _guess(proxies[0].display, [], proxies[0].display)
    if (employer := _employer_before_platform(message.sender_name, stem)) is not None:
        return _guess(employer, [], employer)
    agency = is_agency(_squash(raw_stem), message.sender_name, prepared)
    if agency or company_agency.staffing_mail(_squash(raw_stem), prepared):
        # A staffing agency writes about its client's role: the client, or unknown; never
        # the agency itself. Its subject may be just the client's name: "Acme update".
        if (match := notices.CLIENT_SUBJECT.match(prepared.subject)) and not looks_like_person(
            match.group("c")
        ):
            ballot.add(match.group("c"), 65)
            ranked = ballot.ranked()
        clients = [
            v
            for v in ranked
            if v.best >= 60
            and not looks_like_person(v.display)
            and not _stem_matches(v.display, stem)
            and not _squash(raw_stem).startswith(_squash(v.display.split()[0]))
            and not AGENCY_NAME.search(v.display)
        ]
        return _guess(clients[0].display, [], clients[0].display) if clients else None
    matching = [v for v in ranked if _stem_matches(v.display, stem)]
    if not matching or _is_acronym(matching[0].display):  # "BCR": the signature spells it
        _with_signature_block(ballot, message, prepared)
        ranked = ballot.ranked()
        matching = [v for v in ranked if _stem_matches(v.display, stem)]
    if matching:
        best = _fullest(matching)
        return _guess(best.display, [raw_stem], best.display)
    spelled = _spelled_in(stem, (message.sender_name, prepared.subject, prepared.body))
    if spelled:
        # The mail spells out the sender's own domain ("Vandelay Industries" signing from
        # vandelay-industries.com): its own employer, whatever else a phrase seems to name.
        return _guess(spelled, [raw_stem], spelled)
    top = ranked[0] if ranked else None
    if (
        top is not None
        and _NO_REPLY.match(message.sender_address)
        and normalize_company(clean_candidate(message.sender_name))
        == normalize_company(top.display)
        and not looks_like_person(top.display)
    ):
        # "Acme" <noreply@altamirahrm.com>, its domain never spelled: an unlisted platform.
        return _guess(top.display, [], top.display)
    if top is not None and category is Category.RECRUITER_OUTREACH and top.best >= 60:
        return _guess(top.display, [raw_stem], top.display)  # an agency names its client
    if top is not None and top.best >= 60 and not looks_like_person(top.display):
        # Nothing in the mail names the sender's own domain, but a phrase names another
        # employer ("Sequoia Software want to meet you"): an intermediary writing for it.
        return _guess(top.display, [], top.display)
    if top is not None and top.weight >= 90 and len(words := top.display.split()) >= 2:
        # "Helix Therapeutics" at helixtx.com, "Apex Manufacturing" at apexmfg.com: the whole
        # first word and a short tail. Never a one-word prefix ("Meta" at metaverse.com).
        first = _squash(words[0])
        if len(first) >= 3 and stem.startswith(first) and len(stem) - len(first) <= 3:
            return _guess(top.display, [raw_stem], top.display)
    # The mail never spells the domain out (that returned above): the domain made readable.
    readable = _titled(raw_stem) if re.search(r"[-_]", raw_stem) else _segmented(stem)
    if stem.endswith("andco") and len(stem) > 7:
        readable = f"{_titled(stem[:-5])} & Co."  # stacksandco.com: "Stacks & Co."
    return _guess(readable, [raw_stem], readable)


_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply)[@+._-]", re.IGNORECASE)
_PLATFORM_TAIL = re.compile(r"^(?P<head>.{2,60}?)[ \t]+[-|–—][ \t]+(?P<tail>[^-|–—]{2,30})$")


def _employer_before_platform(sender_name: str, stem: str) -> str | None:
    """ "Saffron Software - Traffit" <noreply@traffit.com>: a hiring platform we do not list
    sends as "employer - platform" from its own domain. The employer, when the part after
    the dash is the sending domain's name and the part before is not a person or the same."""
    match = _PLATFORM_TAIL.match(sender_name.strip())
    if match is None or not _stem_matches(match.group("tail"), stem):
        return None
    head = clean_candidate(match.group("head"))
    if not head or looks_like_person(head) or _stem_matches(head, stem):
        return None
    return head


def _via_name(sender_name: str) -> str:
    """The sender after "via" ("Acme via InHire": "InHire"), or ""."""
    found = _VIA.search(sender_name)
    return found.group(0).split(None, 1)[1].strip() if found else ""


def _is_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 5


def _fullest(matching: list[_Vote]) -> _Vote:
    """The first of the votes that fit the domain, unless another spells it out: "Bureau of
    Coastal Resilience" over "BCR", "Bellmont University" over "Bellmont" at equal weight."""
    first = matching[0]
    acronym = _is_acronym(first.display)
    key = normalize_company(first.display)
    for vote in matching[1:]:
        if acronym and len(vote.display.split()) >= 2:
            return vote
        if vote.weight >= first.weight and normalize_company(vote.display).startswith(key + " "):
            return vote
    return first


def extract_company(
    message: MailMessage, prepared: Prepared, category: Category | None = None
) -> CompanyGuess | None:
    """The employer ``message`` is about, or None when nothing names one."""
    ballot = _collect(message, prepared)
    # "Acme via InHire": a hiring platform sends for the employer, whatever its domain; so
    # does a tool we do not list, from its own domain ("Acme via Survale" <x@survale.com>).
    via, home = _via_name(message.sender_name), _domain_key(message.sender_domain)
    brand = bool(via) and ats.is_brand(via)
    tool = bool(via) and not brand and len(home) >= 3 and _squash(via) == home
    own = ats.is_own_domain(message.sender_domain) and not (brand or tool)
    if own and not ats.tool_for_address(message.sender_address):
        return _own_domain_guess(message, prepared, ballot, category)
    ranked = ballot.ranked()
    if not ranked or ranked[0].weight < 60:
        _with_signature_block(ballot, message, prepared)
        ranked = ballot.ranked()

    esign = ats.platform_for_host(message.sender_domain) in notices.ESIGN
    if (listed := notices.listed_employer(prepared)) is not None:
        ballot.add(listed, 70)
        ranked = ballot.ranked()
    tenants = [t for t in (ats.tenant_from_address(message.sender_address),) if t and not esign]
    tenants += [t for t in ats.tenants_in_text(prepared.body) if t not in tenants]
    if esign:
        # "Jane Doe (offers@acme.com) has requested your signature": the requester's domain.
        requesters = [
            stem
            for host in notices.requester_hosts(prepared.body)
            if ats.is_own_domain(host) and (stem := ats.domain_stem(host)) not in tenants
        ]
        tenants += requesters
        # "Complete with Docusign: Acme - Offer of Employment - Okafor": the document's name
        # holds the employer among its parts.
        pieces = notices.document_parts(prepared)
        for part in pieces:
            ballot.add(part, 45)
        parts = {normalize_company(clean_candidate(part)) for part in pieces}
        _drop_recipient_names(ballot, message)
        ranked = ballot.ranked()
        # The names an e-signature notice shows are the people who sent the document ("Isabel
        # Andersen has requested your signature ... Message from Isabel"), unless the
        # document's name says so too or it is a team ("Acme HR via Docusign").
        people = notices.esign_people(prepared.body, message.sender_name)
        ranked = [
            v
            for v in ranked
            if not looks_like_person(v.display)
            and (
                v.display.split()[0].casefold() not in people
                or normalize_company(v.display) in parts
                or v.best >= 90
            )
        ]
        if requesters and not any(
            _stem_matches(v.display, _squash(t)) for v in ranked for t in requesters
        ):
            ranked = []  # the requester's own domain says more than a phrase in the title
    # Reply-To: jane@acme.com on ATS mail, or an invite organized by jane@acme.com.
    for address in (message.reply_to, *(event.organizer for event in message.calendar)):
        host = address.rpartition("@")[2]
        if ats.is_own_domain(host) and (stem := ats.domain_stem(host)) not in tenants:
            tenants.append(stem)
    for tenant in tenants:  # a platform tenant confirms the spelling that matches it
        for vote in ranked:
            if _stem_matches(vote.display, _squash(tenant)):
                vote.weight += 50
    # "Partner, Verdant Search" signs an agency's InMail: never the employer; nor does the
    # platform that sent the mail ("SEEK Applications", "reed.co.uk", "Naukri").
    ranked = sorted(
        (
            v
            for v in ranked
            if not AGENCY_NAME.search(v.display)
            and not ats.names_sender_platform(v.display, message.sender_domain)
            and not (tool and _stem_matches(v.display, home))
        ),
        key=lambda v: v.weight,
        reverse=True,
    )
    if ranked and ranked[0].weight >= MIN_WEIGHT:
        return _guess(ranked[0].display, tenants, ranked[0].display)
    for tenant in tenants:
        texts = (message.sender_name, prepared.subject, prepared.body)
        spelled = _spelled_in(tenant, texts, extend=True)
        display = spelled or _segmented(tenant)
        if not ats.is_brand(display):
            return _guess(display, tenants, display)
    return None


# A trailing legal form, dropped from the name shown ("Kranich Logistik GmbH" -> "Kranich
# Logistik"); "& Co." is part of a brand ("Bramble & Co.") and stays.
_LEGAL_TAIL = re.compile(
    r"(?<!&)(?:,?[ \t]+(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.?A|S\.?A\.?S|SARL|S\.?p\.?A|"
    r"S\.?r\.?l|S\.?L|plc|PLC|Corp|B\.?V|N\.?V|Pty|Pte|LLP|KG|Ltda|Oy|AB))\.?$"
)


def _guess(display: str, aliases: Iterable[str], name: str) -> CompanyGuess:
    display = _LEGAL_TAIL.sub("", display) or display
    seen = {name.casefold(), display.casefold()}
    kept: list[str] = []
    for alias in aliases:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            kept.append(alias)
    return CompanyGuess(display, tuple(kept))
