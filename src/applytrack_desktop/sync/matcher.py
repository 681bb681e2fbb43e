"""Which application an email belongs to, in the order ARCHITECTURE.md fixes.

1. the thread (the provider's thread id, or In-Reply-To/References to mail already attached),
2. ATS identifiers (requisition / posting ids),
3. company + fuzzy job title,
4. company alone, when exactly one active application there fits,
5. the sender's own host, when the mail names no employer but the host and exactly one
   application holds mail from it.

Company alone is the weakest evidence, so an application "fits" only if it already existed
when the mail was sent (a day of slack; mail that moves no status, like an outreach before
the application it led to, may fit a later one when none existed), is open, and its title
does not name another role: a backfill that imports newest first must not hand an old
rejection to a later role at the same employer just because that role's confirmation
arrived first. When several open roles fit, the mail may still say which: its sender (a
person, not a shared mailbox) wrote about exactly one before, its stage fits exactly one (an
offer follows interviews), or, for good news, exactly one had news in the three weeks
before. Otherwise it goes to the review list with the best guess (``suggest``), as does mail
naming a role but no employer: its application may not be tracked at all.

Company names are compared normalized and for equality, never as substrings ("Meta" is not
"Metaverse Inc"); the store's lookup (``StoreIndex``, ``store.match_rows``) also lets equal
names differ by their spaces ("harborbiosciences"), and, when only one employer fits, by
whole words at the end ("Alpenglas" for "Alpenglas Digital", never "Acme" for both "Acme
Bank" and "Acme Labs"), by last words written as initials ("Bluebonnet Valley ISD"), or by
a domain's clipped spelling ("Kestrelpay" for "Kestrel Payments").
A thread match yields to a clearly different job title: Gmail threads two
confirmations with one subject from one sender together even when they are two roles. It
yields only to what names that role, though: a reply naming a title no application of the
employer has stays in its thread (unless it is a confirmation, which starts an application).

An application is confirmed once: a confirmation the classifier is all but certain of
(``NEW_ROLE_CONFIDENCE``), matched by the company alone, fits only an application made the
same day (the ATS receipt and a recruiter's "got it"), or a wishlist entry; weeks later it is
a second role at that employer. A less certain one is news of the one open role there ("Your
application was viewed by Acme"), never a second application beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz

from applytrack_desktop.core.enums import MOVES_STATUS, Category, Status

TITLE_MATCH = 80.0  # token-set similarity (0-100) at which two titles name the same role
CREATED_SLACK = timedelta(days=1)  # mail this much older than an application may still fit it
# An unsure "confirmation" weeks later is more likely other news about the one open role ("Your
# application was viewed by Acme", "still reviewing") than a second application: only one the
# classifier is all but certain of starts a second application at an employer with an open
# role it does not tell apart by title. Below this it is news of that role (and proposes
# nothing: a confirmation moves no status).
NEW_ROLE_CONFIDENCE = 0.9
_AWAITING = frozenset({Status.WISHLIST, Status.APPLIED})  # no answer from the employer yet


class MatchMethod(StrEnum):
    THREAD = "thread"
    ATS_ID = "ats_id"
    COMPANY_TITLE = "company_title"
    COMPANY = "company"
    SENDER_HOST = "sender_host"


@dataclass(frozen=True, slots=True)
class Candidate:
    """What matching needs of an application."""

    id: int
    company_norm: str
    job_title: str
    status: Status
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EmailFacts:
    """What matching needs of an email."""

    account_id: int | None
    thread_key: str
    related_message_ids: tuple[str, ...]  # In-Reply-To and References
    category: Category
    company_norms: tuple[str, ...]  # normalized company and aliases, best first
    job_title: str
    ats_ids: tuple[str, ...]
    date: datetime | None = None  # when the email was sent
    sender_address: str = ""  # who sent it: a recruiter seen on one application before
    sure: bool = True  # the category's confidence is at or above the pipeline's threshold
    confidence: float = 1.0  # the category's confidence itself
    # The sender's host when it is the employer's own (no platform, no free mail) and the
    # mail names no employer but what the host spells ("Ccvschools"): "" otherwise.
    own_host: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    application_id: int
    method: MatchMethod


class MatchIndex(Protocol):
    """Read-only lookups the matcher makes; the store implements them with indexed queries."""

    def application_for_thread(self, account_id: int | None, thread_key: str) -> int | None: ...

    def application_for_message_ids(self, message_ids: Sequence[str]) -> int | None: ...

    def applications_for_ats_ids(self, ats_ids: Sequence[str]) -> list[int]: ...

    def applications_for_company(self, company_norm: str) -> list[Candidate]: ...

    def candidate(self, application_id: int) -> Candidate | None: ...

    def applications_with_sender(self, address: str, among: Sequence[int]) -> list[int]: ...

    def applications_with_host(self, host: str) -> list[int]: ...

    def active_candidates(self) -> list[Candidate]: ...

    def last_mail_before(self, among: Sequence[int], when: datetime) -> dict[int, datetime]: ...


_TITLE_NOISE = re.compile(
    r"\([^)]*\)|\[[^\]]*\]|[^\w\s]"
    r"|\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|m/w/d|f/m/d)\b"
)


@lru_cache(maxsize=4096)  # one application's title is compared with mail after mail
def _clean_title(title: str) -> str:
    return " ".join(_TITLE_NOISE.sub(" ", title.casefold()).split())


# The same pairs meet again and again: each mail without a company is compared with every
# open role's title, and a big import holds many mails of one title (7% of the writer's
# time on 30,000 messages before this cache). A pure function of two strings, so cached.
@lru_cache(maxsize=16384)
def title_similarity(a: str, b: str) -> float:
    """0-100; token-set, so "Senior Data Engineer" fits "Data Engineer (Remote)"; a title
    written as the other's initials ("SDET") is the same role."""
    if _initials_of(a, b) or _initials_of(b, a):
        return 100.0
    a, b = _clean_title(a), _clean_title(b)
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(a, b))


# Words initials skip: "Software Development Engineer in Test" is SDET, not SDEIT.
_LINK_WORDS = frozenset({"in", "of", "and", "for", "the", "de", "du", "des", "der", "und"})


def _initials_of(short: str, long: str) -> bool:
    """True when ``short`` is one word written as the initials of ``long`` ("SDET" and
    "Software Development Engineer in Test", "CNE" and "Clinical Nurse Educator")."""
    word = short.strip()
    if not 2 <= len(word) <= 6 or not word.isalpha() or not word.isupper():
        return False
    words = [w for w in _clean_title(long).split() if w not in _LINK_WORDS]
    return len(words) == len(word) and "".join(w[0] for w in words) == word.casefold()


def titles_conflict(a: str, b: str) -> bool:
    """True when both titles are known and clearly name different roles."""
    return bool(a and b) and title_similarity(a, b) < TITLE_MATCH


def match_email(facts: EmailFacts, index: MatchIndex) -> Match | None:
    """The application this email belongs to, or None."""
    by_thread = index.application_for_thread(facts.account_id, facts.thread_key)
    if by_thread is None and facts.related_message_ids:
        by_thread = index.application_for_message_ids(facts.related_message_ids)
    thread_fallback: Match | None = None
    if by_thread is not None:
        candidate = index.candidate(by_thread)
        if candidate is not None and not titles_conflict(facts.job_title, candidate.job_title):
            return Match(by_thread, MatchMethod.THREAD)
        if candidate is not None and facts.category is not Category.CONFIRMATION:
            # A reply naming another role belongs to the application of that role when there
            # is one; else to its thread (a misread or renamed title). Only a confirmation
            # starts a new application.
            thread_fallback = Match(by_thread, MatchMethod.THREAD)

    if facts.ats_ids:
        ids = sorted(set(index.applications_for_ats_ids(facts.ats_ids)))
        if len(ids) == 1:
            return Match(ids[0], MatchMethod.ATS_ID)

    candidates = _company_candidates(facts, index)
    if facts.job_title and candidates:
        scored = [(title_similarity(facts.job_title, c.job_title), c) for c in candidates]
        # The closest title, then an active application, then the newest: an older
        # confirmation of a role already rejected belongs to it, not to another open role.
        scored.sort(key=lambda sc: (sc[0], sc[1].status.is_active, sc[1].id), reverse=True)
        best_score, best = scored[0]
        if best_score >= TITLE_MATCH:
            return Match(best.id, MatchMethod.COMPANY_TITLE)
    if thread_fallback is not None:
        return thread_fallback

    if not facts.company_norms:
        # A role named without its employer (an agency passing on an answer) may be about an
        # application that is not tracked: it is only suggested, never attached (``suggest``),
        # unless it comes from the host of exactly one application's mail.
        return _by_host(facts, index)
    fit = _fitting(facts, candidates)
    if len(fit) > 1:
        chosen = _break_tie(facts, fit, index)
        fit = [c for c in fit if c.id == chosen]
    if len(fit) == 1:
        return Match(fit[0].id, MatchMethod.COMPANY)
    return _by_host(facts, index) if not candidates else None


# A recruiter's outreach is about a role the reader has not applied to, and a receipt starts
# an application: neither is news of the one the host wrote about before.
_NOT_BY_HOST = frozenset({Category.RECRUITER_OUTREACH, Category.CONFIRMATION})


def _by_host(facts: EmailFacts, index: MatchIndex) -> Match | None:
    """The one application whose mail came from the employer's own host this mail comes from,
    when the mail names no employer but the host: a district's director who wrote first as
    "Clear Creek Valley Schools" and then signs "Bill" from ccvschools.org. A host that wrote
    about two applications tells nothing, nor does a closed one or another role's title;
    outreach and receipts are never matched by their host."""
    if not facts.own_host or facts.category in _NOT_BY_HOST:
        return None
    ids = index.applications_with_host(facts.own_host)
    if len(ids) != 1:
        return None
    found = index.candidate(ids[0])
    if (
        found is None
        or not found.status.is_active
        or not _existed_then(facts, found)
        or titles_conflict(facts.job_title, found.job_title)
    ):
        return None
    return Match(found.id, MatchMethod.SENDER_HOST)


def _fitting(facts: EmailFacts, candidates: list[Candidate]) -> list[Candidate]:
    """The active applications the company alone may mean: those that existed when the mail
    was sent (mail that moves no status, like an outreach before the application it led to,
    may fit a later one when none existed), whose title does not name another role."""
    pool = [c for c in candidates if _existed_then(facts, c)]
    if not pool and facts.category not in MOVES_STATUS:
        pool = candidates
    fit = [
        c for c in pool if c.status.is_active and not titles_conflict(facts.job_title, c.job_title)
    ]
    if facts.category is Category.CONFIRMATION and facts.sure:
        if facts.confidence >= NEW_ROLE_CONFIDENCE or len(fit) > 1:
            # An application is confirmed once: a certain receipt weeks later is a second role.
            fit = [c for c in fit if _same_application(facts, c)]
        else:
            # A less certain one is news of the one open role while it waits for an answer
            # ("viewed by", "under review"), once that role exists: a receipt weeks older than
            # it (a backfill brings old mail last), or once the role is in interviews, is
            # another role.
            fit = [c for c in fit if _existed_then(facts, c) and c.status in _AWAITING]
    return fit


# Where a status-moving mail fits best when several roles there are open: an offer or a
# technical round follows interviews; a role with an offer is past interviewing.
_STAGE_FIT = {
    Category.INTERVIEW: frozenset({Status.APPLIED, Status.INTERVIEWING, Status.TECHNICAL_ROUND}),
    Category.OFFER: frozenset({Status.INTERVIEWING, Status.TECHNICAL_ROUND}),
    Category.TECHNICAL_ROUND: frozenset({Status.INTERVIEWING, Status.TECHNICAL_ROUND}),
}
_PROGRESS = frozenset({Category.INTERVIEW, Category.TECHNICAL_ROUND, Category.OFFER})
RECENT = timedelta(days=21)  # "news in the weeks before" for telling open roles apart
_GENERIC_SENDER = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|notify|jobs?|careers?|recruit\w*|talent\w*|"
    r"hr|people|hiring|apply|applications?|team|info|mail(?:er)?|support|hello|contact)\b"
)


def _break_tie(facts: EmailFacts, fit: list[Candidate], index: MatchIndex) -> int | None:
    """One of several open roles at an employer, when the mail says which: its sender (a
    person, not a shared mailbox) wrote about exactly one of them before, its stage fits
    exactly one (an offer after interviews), or, for good news, exactly one had news in the
    three weeks before. None when nothing tells them apart."""
    address = facts.sender_address.casefold()
    local = address.partition("@")[0]
    if local and not _GENERIC_SENDER.match(local):
        known = set(index.applications_with_sender(address, [c.id for c in fit]))
        if len(known) == 1:
            return known.pop()
    wanted = _STAGE_FIT.get(facts.category)
    if wanted is not None:
        staged = [c for c in fit if c.status in wanted]
        if len(staged) == 1:
            return staged[0].id
        fit = staged or fit
    if facts.category in _PROGRESS and facts.date is not None:
        # Good news follows recent news: the one role with mail in the weeks before. Not
        # for a rejection, which often closes an application that went quiet long ago.
        last = index.last_mail_before([c.id for c in fit], facts.date)
        recent = [i for i, at in last.items() if facts.date - at <= RECENT]
        if len(recent) == 1:
            return recent[0]
    return None


TITLE_ALONE_MATCH = 90.0  # a role named without its employer must be all but the same title


def _existed_then(facts: EmailFacts, candidate: Candidate) -> bool:
    """False when the mail predates the application (by more than the slack)."""
    if facts.date is None or candidate.created_at is None:
        return True
    return facts.date >= candidate.created_at - CREATED_SLACK


def _same_application(facts: EmailFacts, candidate: Candidate) -> bool:
    """Whether a confirmation naming no known title may be about ``candidate``.

    An application is confirmed once, give or take a duplicate the same day (the ATS receipt
    and a recruiter's "got it"); a confirmation from the same employer weeks apart is a new
    application. A wishlist entry the user made is what a confirmation turns into Applied.
    """
    if candidate.status is Status.WISHLIST or facts.date is None or candidate.created_at is None:
        return True
    return abs(facts.date - candidate.created_at) <= CREATED_SLACK


def suggest(facts: EmailFacts, index: MatchIndex) -> int | None:
    """A best guess for the review list when ``match_email`` found nothing certain: the open
    role that existed then with the closest title, then the latest news."""
    candidates = _company_candidates(facts, index)
    # A recruiter writing about a role at an unnamed client brings a new opening, not news of
    # one the user applied to: a title alone would point it at any application with that title.
    cold = facts.category is Category.RECRUITER_OUTREACH
    # A one-word role ("Buyer") is part of too many titles to point at one of them alone.
    specific = len(_clean_title(facts.job_title or "").split()) >= 2
    if not candidates and not facts.company_norms and specific and not cold:
        candidates = [
            c
            for c in index.active_candidates()
            if _existed_then(facts, c)
            and title_similarity(facts.job_title, c.job_title) >= TITLE_ALONE_MATCH
        ]
    if not candidates:
        return None
    # Called after ``match_email`` found nothing, so its tie-breaks have had their say.
    fit = _fitting(replace(facts, category=_as_update(facts.category)), candidates)
    pool = fit or candidates
    if len(pool) == 1:
        return pool[0].id
    scored = [(c.status.is_active, title_similarity(facts.job_title, c.job_title), c) for c in pool]
    best = max((active, score) for active, score, _ in scored)
    tied = [c for active, score, c in scored if (active, score) == best]
    if len(tied) > 1 and facts.date is not None:
        # Only a tie asks the store: the one with the latest news before this mail.
        last = index.last_mail_before([c.id for c in tied], facts.date)
        return max(tied, key=lambda c: (last.get(c.id, _NEVER), c.id)).id
    return max(tied, key=lambda c: c.id).id


_NEVER = datetime.min.replace(tzinfo=UTC)


def _as_update(category: Category) -> Category:
    """A confirmation is suggested like any other mail (it is only ever offered, not made)."""
    return Category.OTHER_JOB if category is Category.CONFIRMATION else category


def _company_candidates(facts: EmailFacts, index: MatchIndex) -> list[Candidate]:
    seen: dict[int, Candidate] = {}
    for norm in facts.company_norms:
        if not norm:
            continue
        for candidate in index.applications_for_company(norm):
            seen.setdefault(candidate.id, candidate)
    return list(seen.values())
