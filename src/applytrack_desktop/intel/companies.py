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

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import display_company, normalize_company
from applytrack_desktop.intel import ats, company_agency
from applytrack_desktop.intel import company_notices as notices
from applytrack_desktop.intel.cjk import has_cjk
from applytrack_desktop.intel.company_acronyms import name_before_initials, name_of_initials
from applytrack_desktop.intel.company_ballot import Ballot, Vote
from applytrack_desktop.intel.company_blocks import without_recommendations
from applytrack_desktop.intel.company_cjk import cjk_company
from applytrack_desktop.intel.company_domains import (
    domain_key,
    public_fuller,
    squash,
    stem_matches,
    tenant_sender,
)
from applytrack_desktop.intel.company_mailbox import confirm_by_mailbox_name
from applytrack_desktop.intel.company_names import (
    clean_candidate,
    from_display_name,
    strip_legal_form,
    via_name,
)
from applytrack_desktop.intel.company_phrases import (
    BODY_GATE,
    BODY_PATTERNS,
    PROXY_PATTERNS,
    SUBJECT_GATE,
    SUBJECT_PATTERNS,
    about_the_reader,
    names_a_department,
    scan,
    signature_names,
)
from applytrack_desktop.intel.company_repos import repository_owner
from applytrack_desktop.intel.company_senders import (
    AUTOMATED,
    NO_REPLY,
    booked_for_organizer,
    employer_before_platform,
    jobs_board,
    personal,
    sms_gateway,
)
from applytrack_desktop.intel.company_spelling import (
    fuller_in_signature,
    segmented,
    spelled_before_trade,
    spelled_in,
    spelled_with_place,
    titled,
)
from applytrack_desktop.intel.senders import (
    AGENCY_NAME,
    is_agency,
    looks_like_person,
    signature_block_names,
)
from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.mail.message import MailMessage

# Votes a name needs when the sender is a platform or free mail: one weak mention (a bare
# subject prefix "Acme - ...") is enough when nothing contradicts it.
MIN_WEIGHT = 40


@dataclass(frozen=True, slots=True)
class CompanyGuess:
    name: str  # tidy display name, e.g. "Acme Analytics"
    aliases: tuple[str, ...] = ()  # other spellings seen (domain stem, platform tenant)


def _collect(message: MailMessage, prepared: Prepared) -> Ballot:
    ballot = Ballot()
    # A personal address's display name is a person ("Paloma Reyes"), rarely an employer.
    cap = 30 if personal(message.sender_domain) else 100
    platform = ats.platform_for_host(message.sender_domain) not in (None, *_NETWORKS)
    # "Accurate Background on behalf of Redwood Analytics": a vendor writing for the employer.
    proxy = _ON_BEHALF.search(message.sender_name) is not None
    for raw, weight in from_display_name(message.sender_name, platform):
        ballot.add(raw, weight if weight > 45 else min(weight, cap), proxy)
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
        if not about_the_reader(match) and not names_a_department(match):
            ballot.add(match.group("c"), weight)
    # "Tom Hughes has invited you", "interviewing with Ben": a person, not the employer a
    # service works for.
    for match, weight in scan(PROXY_PATTERNS, body, body_low, in_body):
        if not looks_like_person(match.group("c")):
            ballot.add(match.group("c"), weight, proxy=True)
    for match, weight in scan(PROXY_PATTERNS, subject, subject_low, in_subject):
        if not looks_like_person(match.group("c")):
            ballot.add(match.group("c"), weight, proxy=True)
    for name in signature_names(prepared.body, prepared.body_low):
        ballot.add(name, 60)
    for name in notices.client_names(prepared):
        ballot.add(name, 65, proxy=True)  # an agency reporting back writes for its client
    for name in notices.offer_from_names(prepared):
        ballot.add(name, 70)
    for name in notices.viewed_by_names(prepared):
        ballot.add(name, 100)
    for name in notices.sent_to_names(prepared):
        ballot.add(name, 70)
    for name in notices.message_from_names(prepared, message.sender_name):
        ballot.add(name, 70)
    # "TML · Talento" signs "Terminales Marítimas del Levante (TML)": the name spelled out.
    # Only for initials the mail names as the employer ("General Data Protection Regulation
    # (GDPR)" and "Equal Employment Opportunity (EEO)" are spelled out too).
    for held in [v for v in ballot.votes.values() if _is_acronym(v.display)]:
        full = name_before_initials(prepared.body, held.display)
        if full is None and squash(held.display) != domain_key(message.sender_domain):
            # "UNDPO" writing from undpo.org keeps the initials it goes by
            full = name_of_initials(prepared.body, held.display)
        if full is not None:
            ballot.add(full, held.weight + 5)
    _drop_recipient_names(ballot, message)
    return ballot


def _drop_recipient_names(ballot: Ballot, message: MailMessage) -> None:
    """The candidate's own name ("Offer of Employment - Okafor") is never the employer, nor is a
    sender's own ("Kwame Martin" <kwame.martin@...> "has invited you"): drop votes made only
    of words of a recipient's address (robin.okafor@...) or of such a sender's."""
    addresses = list(message.recipients[:3])
    local = message.sender_address.partition("@")[0]
    if "." in local and squash(local) == squash(message.sender_name):
        addresses.append(local)
    own = {w for a in addresses for w in re.split(r"[^a-z]+", a.partition("@")[0].lower())}
    own = {word for word in own if len(word) >= 3}
    # "Ben Okafor" <ben@rivet.work>: "Thank you for interviewing with Ben" names the writer.
    sender_words = message.sender_name.split()
    first = sender_words[0].casefold() if sender_words else ""
    if (
        len(sender_words) >= 2
        and first in re.split(r"[^a-z]+", local.lower())
        and looks_like_person(message.sender_name)
    ):
        own.add(first)
    for key in [k for k in ballot.order if k and set(k.split()) <= own]:
        del ballot.votes[key]
        ballot.order.remove(key)


def _with_signature_block(ballot: Ballot, message: MailMessage, prepared: Prepared) -> None:
    """Adds the weak signature-block names; only read when the stronger evidence left the
    answer open (it is the costliest reading)."""
    for name, weight in signature_block_names(message.sender_name, prepared.body):
        ballot.add(name, weight)


def _own_domain_guess(
    message: MailMessage, prepared: Prepared, ballot: Ballot, category: Category | None
) -> CompanyGuess | None:
    ranked = ballot.ranked()
    domain = message.sender_domain
    raw_stem = ats.domain_stem(domain)
    stem = domain_key(domain)
    # A service (background check, references, survey) writing for an employer.
    proxies = [v for v in ranked if v.proxy and not stem_matches(v.display, stem)]
    if proxies:
        return _guess(proxies[0].display, [], proxies[0].display)
    if (employer := employer_before_platform(message.sender_name, stem)) is not None:
        return _guess(employer, [], employer)
    team = clean_candidate(message.sender_name)
    if team and tenant_sender(team, message.sender_address) and not stem_matches(team, stem):
        return _guess(team, [], team)  # a platform's mail domain sending as its tenant
    if jobs_board(message.sender_name, stem) and (listed := _listed_by_board(message, ranked)):
        return _guess(listed, [], listed)
    client = notices.role_then_client(prepared.subject)
    if (
        client is not None
        and clean_candidate(client)
        and not looks_like_person(client)
        and not stem_matches(client, stem)
    ):
        # "Clinical Care Manager opportunity – Harbourview Living, Sandringham" from a
        # consultancy no agency word gives away: the subject names another employer's role.
        return _guess(client, [], client)
    agency = is_agency(squash(raw_stem), message.sender_name, prepared, domain)
    if agency or company_agency.staffing_mail(squash(raw_stem), prepared):
        # A staffing agency writes about its client's role: the client when it names one.
        # Its subject may be just the client's name: "Acme update".
        client = notices.client_in_subject(prepared.subject)
        if client is not None and not looks_like_person(client):
            ballot.add(client, 65)
            ranked = ballot.ranked()
        clients = [
            v
            for v in ranked
            if v.best >= 60
            and not looks_like_person(v.display)
            and not stem_matches(v.display, stem)
            and not squash(raw_stem).startswith(squash(v.display.split()[0]))
            and not AGENCY_NAME.search(v.display)
        ]
        if clients:
            # "Northgate - offer!!" over "Northgate Distribution want to offer you": the
            # same client, and the body spells it out.
            short = normalize_company(clients[0].display) + " "
            fuller_votes = [
                v for v in clients[1:] if normalize_company(v.display).startswith(short)
            ]
            client_vote = fuller_votes[0] if fuller_votes else clients[0]
            return _guess(client_vote.display, [], client_vote.display)
        # Naming none, the mail is about a client's role the reader cannot know yet; unless
        # the application went to the agency itself ("We've received your application to
        # Talentra", a talent network hiring for its own bench): then the agency is the employer.
        own = [v for v in ranked if v.best >= 90 and stem_matches(v.display, stem)]
        return _guess(own[0].display, [raw_stem], own[0].display) if own else None
    if (
        AUTOMATED.match(message.sender_address)
        and team
        and team != display_company(message.sender_name)
        and not stem_matches(team, stem)
        and squash(team)[:4] != stem[:4]  # "Northwind Careers" <noreply@northwindtraders.com>
        and not looks_like_person(team)
    ):
        # "Penny Lane Pharmacy Recruitment" <scheduling@cronofy.com>: a booking tool we do not
        # list, sending for the employer's team.
        return _guess(team, [], team)
    if AUTOMATED.match(message.sender_address) and squash(message.sender_name) == squash(raw_stem):
        # "Referoo" <no-reply@referoo.app>: a service we do not list, sending as its own
        # domain, about "the Logistics Coordinator role at Gravity": it writes for Gravity.
        others = [
            v
            for v in ranked
            if v.best >= 60 and not stem_matches(v.display, stem) and not _full_name(v.display)
        ]
        if others:
            return _guess(others[0].display, [], others[0].display)
    matching = [v for v in ranked if stem_matches(v.display, stem)]
    if not matching or _is_acronym(matching[0].display):  # "BCR": the signature spells it
        _with_signature_block(ballot, message, prepared)
        ranked = ballot.ranked()
        matching = [v for v in ranked if stem_matches(v.display, stem)]
    if matching:
        best = _fullest(matching)
        return _guess(best.display, [raw_stem], best.display)
    texts = (message.sender_name, prepared.subject, prepared.body)
    whole = squash(raw_stem)
    # "Smoke & Kai" at smokeandkai.co.nz: the stem's "ai" was no ".ai"-style tail
    spelled = spelled_in(stem, texts) or (whole != stem and spelled_in(whole, texts))
    if spelled:
        # The mail spells out the sender's own domain ("Vandelay Industries" signing from
        # vandelay-industries.com): its own employer, whatever else a phrase seems to name.
        # A phrase may name it in full, a word before what the domain keeps ("Varejo Bom
        # Preço" at bompreco.com.br, "Hospital São Lucas" at saolucas.com).
        tail = " " + normalize_company(spelled)
        fuller = [
            v
            for v in ranked
            if v.best >= 60
            and (key := normalize_company(v.display)).endswith(tail)
            and len(key.split()) - len(tail.split()) == 1
        ]
        chosen = fuller[0].display if fuller else spelled
        chosen = fuller_in_signature(chosen, prepared.body) or chosen
        return _guess(chosen, [raw_stem], chosen)
    if placed := spelled_with_place(stem, prepared.body):
        return _guess(placed, [raw_stem], placed)  # "The Anchorage Hotel, ..., Kinsale"
    if traded := spelled_before_trade(raw_stem, prepared.body):
        # "Whitcombe & Hale" at whitcombehale-law.com, unless a phrase names it in full
        # ("Cedar Grove Elementary" at cedargrove-es.org)
        head = normalize_company(traded) + " "
        longer = [
            v.display
            for v in ranked
            if v.best >= 60 and normalize_company(v.display).startswith(head)
        ]
        chosen = longer[0] if longer else traded
        return _guess(chosen, [raw_stem], chosen)
    top = ranked[0] if ranked else None
    if (
        top is not None
        and NO_REPLY.match(message.sender_address)
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
        # employer ("Sequoia Software want to meet you"): an intermediary writing for it;
        # or a site of the sender's own ("Oakleigh Manchester Hospital" at
        # oakleighhealthcare.co.uk), whose domain then ties it to the rest of its mail.
        first = squash(top.display.split()[0])
        site = len(first) >= 4 and stem.startswith(first)
        return _guess(top.display, [raw_stem] if site else [], top.display)
    if top is not None and top.weight >= 90 and len(words := top.display.split()) >= 2:
        # "Helix Therapeutics" at helixtx.com, "Apex Manufacturing" at apexmfg.com: the whole
        # first word and a short tail. Never a one-word prefix ("Meta" at metaverse.com).
        first = squash(words[0])
        if len(first) >= 3 and stem.startswith(first) and len(stem) - len(first) <= 3:
            return _guess(top.display, [raw_stem], top.display)
    # The mail never spells the domain out (that returned above): the domain made readable.
    readable = titled(raw_stem) if re.search(r"[-_]", raw_stem) else segmented(stem)
    if stem.endswith("andco") and len(stem) > 7:
        readable = f"{titled(stem[:-5])} & Co."  # stacksandco.com: "Stacks & Co."
    return _guess(readable, [raw_stem], readable)


# Job networks, where a one-word display name is a person's ("Amber via LinkedIn").
_NETWORKS = ("linkedin", "indeed", "xing", "wellfound", "otta", "glassdoor", "handshake")
_ON_BEHALF = re.compile(
    r"[ \t](?:on[ \t]+behalf[ \t]+of|im[ \t]+Auftrag[ \t]+von|pour[ \t]+le[ \t]+compte[ \t]+de|"
    r"en[ \t]+nombre[ \t]+de)[ \t]",
    re.IGNORECASE,
)
# A school's careers service ("Training & Placement Cell", "Careers Service", "Career Center").
_CAREERS_OFFICE = re.compile(
    r"\b(?:Placement|Careers?[ \t]+(?:Services?|Cent(?:er|re)|Office|Cell|Hub)|Employability)\b",
    re.IGNORECASE,
)


def _listed_by_board(message: MailMessage, ranked: list[Vote]) -> str:
    """The employer a public jobs board's mail names ("the Work Coach vacancy at Ministry of
    Justice" from "Civil Service Jobs"), never the board itself; or ""."""
    board = normalize_company(clean_candidate(message.sender_name))
    for vote in ranked:
        if vote.best >= 60 and normalize_company(vote.display) != board:
            return "" if looks_like_person(vote.display) else vote.display
    return ""


def _full_name(name: str) -> bool:
    """ "Jamie Evans", not "Amber" (a given name alone is also a firm's)."""
    return len(name.split()) >= 2 and looks_like_person(name)


def _is_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 5


def _sender_spelling_out(top: Vote, ranked: list[Vote], sender_name: str) -> Vote:
    """The sender's own display name when it is the top name with its first words
    ("Grandi Magazzini Aurelia" <noreply@smartrecruiters.com> over the "Aurelia" its mail
    signs with): a platform shows the employer as the employer set it up."""
    if re.search(r"[-–—|·:(@]", sender_name):
        return top  # "NHS Jobs - Ashworth Valley NHS Trust", "Miriam Taube - Lindholm Digital"
    tail = " " + normalize_company(top.display)
    sender = normalize_company(sender_name)
    for vote in ranked:
        key = normalize_company(vote.display)
        if key == sender and key.endswith(tail) and len(key.split()) - len(tail.split()) <= 2:
            return vote
    return top


def _fullest(matching: list[Vote]) -> Vote:
    """The first of the votes that fit the domain, unless another spells it out: "Bureau of
    Coastal Resilience" over "BCR", "Bellmont University" over "Bellmont" at equal weight."""
    first = matching[0]
    acronym = _is_acronym(first.display)
    key = normalize_company(first.display)
    for vote in matching[1:]:
        if acronym and len(vote.display.split()) >= 2:
            return vote
        if vote.best >= 60 and public_fuller(vote.display, key):
            return vote  # "Mairie de Saint-Aubin" over "Saint-Aubin"
        if vote.weight >= first.weight and normalize_company(vote.display).startswith(key + " "):
            return vote
    return first


def extract_company(
    message: MailMessage, prepared: Prepared, category: Category | None = None
) -> CompanyGuess | None:
    """The employer ``message`` is about, or None when nothing names one."""
    if has_cjk(prepared.subject, message.sender_name, prepared.body):
        # Japanese, Chinese and Korean mail names its employer in frames of its own.
        cjk = cjk_company(message.sender_name, prepared.subject, prepared.body)
        if cjk is not None:
            return CompanyGuess(cjk.name, cjk.aliases) if cjk.name else None
    owner = repository_owner(message.sender_domain, prepared.subject, prepared.body)
    if owner:
        return CompanyGuess(owner)  # a code host's invitation to the employer's repository
    # "People also applied to: Analyst at Nimbus": a board's recommendations name others.
    prepared = without_recommendations(prepared)
    ballot = _collect(message, prepared)
    # "Acme via InHire": a hiring platform sends for the employer, whatever its domain; so
    # does a tool we do not list, from its own domain ("Acme via Survale" <x@survale.com>).
    via, home = via_name(message.sender_name), domain_key(message.sender_domain)
    brand = bool(via) and ats.is_brand(via)
    tool = bool(via) and not brand and len(home) >= 3 and squash(via) == home
    # A school's careers or placement office passes on employers' news ("Shortlisted for
    # Technical Interview - Acme"): the employer it names, never the school.
    office = _CAREERS_OFFICE.search(message.sender_name) is not None
    tool = tool or office or booked_for_organizer(message)
    # "BrighterMonday Kenya" <noreply@brightermonday.co.ke>: a board we know by name only
    # (the whole stem too: "ZonaJobs" <noreply@zonajobs.com.ar>, whose key drops its "jobs")
    board = ats.is_brand(message.sender_name) and (
        stem_matches(message.sender_name, home)
        or squash(message.sender_name) == squash(ats.domain_stem(message.sender_domain))
    )
    own = ats.is_own_domain(message.sender_domain) and not (brand or tool or board)
    own = own and not sms_gateway(message.sender_domain)
    if own and not ats.tool_for_address(message.sender_address):
        return _own_domain_guess(message, prepared, ballot, category)
    ranked = ballot.ranked()
    if not ranked or ranked[0].weight < 60:
        _with_signature_block(ballot, message, prepared)
        ranked = ballot.ranked()
        if personal(message.sender_domain):
            confirm_by_mailbox_name(ballot, message, prepared.body)
            ranked = ballot.ranked()

    esign = ats.platform_for_host(message.sender_domain) in notices.ESIGN
    if (listed := notices.listed_employer(prepared)) is not None:
        ballot.add(listed, 85)  # over the card's place and hours ("Mombasa · Full Time")
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
            stem_matches(v.display, squash(t)) for v in ranked for t in requesters
        ):
            ranked = []  # the requester's own domain says more than a phrase in the title
    # Reply-To: jane@acme.com on ATS mail, or an invite organized by jane@acme.com.
    for address in (message.reply_to, *(event.organizer for event in message.calendar)):
        host = address.rpartition("@")[2]
        if ats.is_own_domain(host) and (stem := ats.domain_stem(host)) not in tenants:
            tenants.append(stem)
    for tenant in tenants:  # a platform tenant confirms the spelling that matches it
        for vote in ranked:
            if stem_matches(vote.display, squash(tenant)):
                vote.weight += 50
    # "Partner, Verdant Search" signs an agency's InMail: never the employer; nor does the
    # platform that sent the mail ("SEEK Applications", "reed.co.uk", "Naukri").
    ranked = sorted(
        (
            v
            for v in ranked
            if not AGENCY_NAME.search(v.display)
            and not ats.names_sender_platform(v.display, message.sender_domain)
            and not (tool and stem_matches(v.display, home))
            and not (office and _CAREERS_OFFICE.search(v.display))
        ),
        key=lambda v: v.weight,
        reverse=True,
    )
    # A platform's mail names the recruiter ("Jamie Evans has invited you to schedule") as
    # well as the employer: a person's full name never wins over an employer's name.
    # Nor is a person alone the employer ("Confirmed: First interview with Daniel Osei" from
    # a scheduling tool): the tenant below names it, or nothing does.
    firms = [v for v in ranked if not _full_name(v.display) and v.weight >= MIN_WEIGHT]
    if ranked and (not firms or ranked[0] is not firms[0]):
        ranked = firms
    if ranked and ranked[0].weight >= MIN_WEIGHT:
        top = _sender_spelling_out(ranked[0], ranked, message.sender_name)
        return _guess(top.display, tenants, top.display)
    for tenant in tenants:
        texts = (message.sender_name, prepared.subject, prepared.body)
        spelled = spelled_in(tenant, texts, extend=True)
        display = spelled or segmented(tenant)
        if not ats.is_brand(display):
            return _guess(display, tenants, display)
    return None


def _guess(display: str, aliases: Iterable[str], name: str) -> CompanyGuess:
    display = strip_legal_form(display)
    seen = {name.casefold(), display.casefold()}
    kept: list[str] = []
    for alias in aliases:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            kept.append(alias)
    return CompanyGuess(display, tuple(kept))
