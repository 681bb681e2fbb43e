"""From raw messages to applications: parse, classify, drop, match, set status, record.

Work is split in two so the single database writer is never busy with CPU work:
``prepare`` parses and classifies (any thread, no database), ``apply`` runs inside one
write transaction and does the matching and bookkeeping. Messages are applied in date
order; an application's status is recomputed by replaying all its mail (``replay``), so
mail that arrives out of order, or twice, leaves the same result as one clean pass.

Mail that is not about a job is dropped at once: nothing of it is stored but, for a synced
account, an opaque hash of its provider id, so it is not fetched again.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import sqlcipher3

from applytrack_desktop.core.enums import CATEGORY_TARGET, MOVES_STATUS, Category, Status
from applytrack_desktop.core.errors import MailParseError
from applytrack_desktop.core.models import ChangeCause, ReviewState
from applytrack_desktop.core.names import display_company, normalize_company
from applytrack_desktop.core.status_rules import DEFAULT_CONFIDENCE_THRESHOLD
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.intel.company_domains import squash
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.parse import parse_message
from applytrack_desktop.store import activity, applications, emails, history, review, seen, threads
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.sync.adoption import STARTS_BY, adopt_orphans
from applytrack_desktop.sync.events import SyncCounts
from applytrack_desktop.sync.hindsight import older_receipt_of, reread_late_confirmations
from applytrack_desktop.sync.matcher import (
    CREATED_SLACK,
    TITLE_ALONE_MATCH,
    EmailFacts,
    match_email,
    suggest,
    title_similarity,
    titles_conflict,
)
from applytrack_desktop.sync.receipt_gate import creates_application
from applytrack_desktop.sync.recompute import recompute_status as recompute_status
from applytrack_desktop.sync.second_choice import (
    first_news_receipt,
    held_for_thread,
    job_mail_of_thread,
    late_confirmation,
    reply_in_job_thread,
    unmatched_receipt,
)
from applytrack_desktop.sync.store_index import StoreIndex

log = logging.getLogger(__name__)


_NEWSWORTHY = {Category.INTERVIEW, Category.TECHNICAL_ROUND, Category.OFFER}
_LABEL = {
    Category.INTERVIEW: "interview invitation",
    Category.TECHNICAL_ROUND: "technical round",
    Category.OFFER: "offer",
}


class Analyzer(Protocol):
    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]: ...


@dataclass(frozen=True, slots=True)
class Incoming:
    provider_id: str
    raw: bytes
    thread_id: str | None = None  # the provider's own thread id, when it has one
    source: str = ""  # where it came from (a path, "path:3"), for messages to the user


@dataclass(frozen=True, slots=True)
class Prepared:
    incoming: Incoming
    message: MailMessage | None = None
    analysis: Analysis | None = None
    error: str = ""

    @property
    def job_related(self) -> bool:
        return self.analysis is not None and self.analysis.job_related


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    threshold: float = DEFAULT_CONFIDENCE_THRESHOLD
    create_from_confirmations: bool = True


@dataclass(frozen=True, slots=True)
class ApplyResult:
    counts: SyncCounts
    changed_application_ids: frozenset[int]


def prepare(items: Sequence[Incoming], analyzer: Analyzer) -> list[Prepared]:
    """Parse and classify; an unreadable message is kept with its reason, never raised."""
    parsed: list[Prepared] = []
    for item in items:
        try:
            parsed.append(Prepared(item, parse_message(item.raw)))
        except MailParseError as exc:
            parsed.append(Prepared(item, error=exc.message))
    readable = [p for p in parsed if p.message is not None]
    analyses = analyzer.analyze_many([p.message for p in readable if p.message is not None])
    by_item = {id(p): a for p, a in zip(readable, analyses, strict=True)}
    # The constructor, not dataclasses.replace (which looks the fields up on every call).
    return [
        Prepared(p.incoming, p.message, by_item[id(p)], p.error) if id(p) in by_item else p
        for p in parsed
    ]


def own_host(host: str, company: str) -> str:
    """``host`` when it is the employer's own (no platform, no free mail) and ``company`` is
    nothing but the host's reading ("Ccvschools" from ccvschools.org, or none): the host is
    then all the mail says of its employer. "" otherwise."""
    if not ats.is_own_domain(host):
        return ""
    if company and squash(company) != squash(ats.domain_stem(host)):
        return ""
    return host.casefold()


def thread_key(message: MailMessage, provider_thread: str | None) -> str:
    """The provider's thread id, else the first message of the reply chain, else itself."""
    if provider_thread:
        return provider_thread
    if message.references:
        return message.references[0]
    return message.in_reply_to or message.message_id


def apply(
    conn: sqlcipher3.Connection,
    account_id: int | None,
    prepared: Sequence[Prepared],
    settings: PipelineSettings = PipelineSettings(),
) -> ApplyResult:
    """Store what is job-related, in date order, inside the caller's transaction."""
    run = _Run(conn, account_id, settings)
    with emails.batched_search_index(conn):  # one indexing statement, not one per email
        for item in sorted(prepared, key=_date_key):
            run.one(item)
        run.adopt_pending()
    return ApplyResult(run.counts, frozenset(run.changed))


def related_ids(message: MailMessage) -> tuple[str, ...]:
    """The Message-IDs this one answers (In-Reply-To, then References)."""
    return tuple(m for m in (message.in_reply_to, *message.references) if m)


def _date_key(item: Prepared) -> tuple[int, float, str]:
    if item.message is None:
        return (0, 0.0, item.incoming.provider_id)
    return (1, item.message.date.timestamp(), item.message.message_id)


class _Run:
    """One ``apply`` call: the connection, the counters, what changed."""

    def __init__(
        self, conn: sqlcipher3.Connection, account_id: int | None, settings: PipelineSettings
    ) -> None:
        self.conn = conn
        self.account_id = account_id
        self.settings = settings
        self.index = StoreIndex(conn)
        self.tally: Counter[str] = Counter()
        self.changed: set[int] = set()
        # Applications created in this call, waiting to adopt earlier-stored unmatched mail.
        self.pending: list[tuple[int, int, str, str, str]] = []
        # Applications this call found older mail of (``_started_by``), to adopt likewise.
        self.reopened: list[tuple[int, int, str, str, str]] = []

    @property
    def counts(self) -> SyncCounts:
        return SyncCounts(**self.tally)

    def bump(self, **fields: int) -> None:
        # A Counter, not SyncCounts + SyncCounts: that built two dataclasses per message.
        self.tally.update(fields)

    def one(self, item: Prepared) -> None:
        self.bump(fetched=1)
        message, analysis = item.message, item.analysis
        if message is None or analysis is None:
            log.warning("set aside an unreadable message: %s", item.error)
            self._remember(item)
            self.bump(unreadable=1)
            return
        if not analysis.job_related:
            kept = self._kept_by_thread(item, message, analysis)
            if kept is None:
                self._remember(item)
                self.bump(dropped=1)
                return
            analysis = kept
        if emails.known(self.conn, self.account_id, item.incoming.provider_id, message.message_id):
            self.bump(duplicates=1)
            return
        self._store(item, message, analysis)

    def _kept_by_thread(
        self, item: Prepared, message: MailMessage, analysis: Analysis
    ) -> Analysis | None:
        """A reply in the thread of an application's mail is about that application, whatever
        the classifier made of it ("Sounds good, see you Tuesday" reads like anything): it is
        kept in that thread, instead of being lost unseen, as the classifier's best job
        category (other job mail, moving nothing, when there is no classifier's view). So is
        a message the classifier doubted whose thread holds stored job mail (a backfill stores
        the answers before the receipt they answer; ``thread_rescue`` is the other order)."""
        key = thread_key(message, item.incoming.thread_id)
        related = related_ids(message)
        if related:
            app_id = self.index.application_for_thread(self.account_id, key)
            if app_id is None:
                app_id = self.index.application_for_message_ids(related)
            if app_id is not None:
                return reply_in_job_thread(analysis)
        if held_for_thread(analysis) and threads.get(self.conn, self.account_id, key) is not None:
            return job_mail_of_thread(message, analysis)
        return None

    def _remember(self, item: Prepared) -> None:
        if self.account_id is not None:
            seen.add(self.conn, self.account_id, item.incoming.provider_id)

    def _store(self, item: Prepared, message: MailMessage, analysis: Analysis) -> None:
        key = thread_key(message, item.incoming.thread_id)
        company = display_company(analysis.company or "")
        norms = tuple(
            dict.fromkeys(
                n for n in (normalize_company(x) for x in (company, *analysis.company_aliases)) if n
            )
        )
        facts = EmailFacts(
            account_id=self.account_id,
            thread_key=key,
            related_message_ids=related_ids(message),
            category=analysis.category,
            company_norms=norms,
            job_title=analysis.job_title or "",
            ats_ids=analysis.ats_ids,
            date=message.date,
            sender_address=message.sender_address,
            sure=analysis.confidence >= self.settings.threshold,
            confidence=analysis.confidence,
            own_host=own_host(message.sender_domain, company),
        )
        match = match_email(facts, self.index)
        app_id = match.application_id if match is not None else None
        if app_id is None:
            analysis = unmatched_receipt(analysis)
        if app_id is None and analysis.category is Category.CONFIRMATION and norms:
            app_id = older_receipt_of(
                self.conn,
                [c for n in norms for c in self.index.applications_for_company(n)],
                analysis.job_title or "",
                message.date,
            )
        if app_id is not None and analysis.category is Category.CONFIRMATION:
            analysis = self._confirmed_once(app_id, message.date, analysis)
        if app_id is not None and analysis.job_title:
            self._learn_title(app_id, analysis.job_title)
        if app_id is not None and analysis.category in STARTS_BY:
            self._started_by(app_id, message.date, key)
        if (
            app_id is None
            and analysis.category in MOVES_STATUS
            and company
            and analysis.job_title
            and self.settings.create_from_confirmations
        ):
            app_id = self._from_receipt(company, analysis.job_title, message.date)
        if (
            app_id is None
            and analysis.category in MOVES_STATUS
            and company
            and self.settings.create_from_confirmations  # else the review list reads it
        ):
            analysis = self._first_news(norms, analysis)
        if (
            app_id is None
            and analysis.category is Category.CONFIRMATION
            and not company
            and analysis.job_title
            and self.settings.create_from_confirmations
        ):
            company = self._employer_answering(key, message.date, analysis.job_title)
        created = False
        if (
            app_id is None
            and analysis.category is Category.CONFIRMATION
            and self.settings.create_from_confirmations
            and company
            and creates_application(analysis)  # else the review list: ``receipt_gate``
        ):
            app_id = applications.insert(
                self.conn,
                company=company,
                job_title=analysis.job_title or "",
                status=Status.APPLIED,
                source=analysis.ats or "email",
                created_at=message.date,
                updated_at=message.date,
                created_from_account_id=self.account_id,
            )
            self.index.forget(app_id)
            created = True
        new = _new_email(self.account_id, item, message, analysis, key, app_id)
        email_id = emails.insert(self.conn, new)
        if app_id is None and analysis.category is Category.CONFIRMATION:
            self.index.receipt_stored()  # perhaps one naming no employer: ``_from_receipt``
        threads.upsert(
            self.conn,
            self.account_id,
            key,
            application_id=app_id,
            subject=message.subject,
            date=message.date,
        )
        if app_id is None:
            target = CATEGORY_TARGET[analysis.category]
            review.insert(
                self.conn,
                email_id,
                "unmatched",
                suggested_application_id=suggest(facts, self.index),
                suggested_status=target,
                new_email=True,
            )
            self.bump(stored=1, review=1)
            return
        self.bump(stored=1, matched=0 if created else 1, created=1 if created else 0)
        self.changed.add(app_id)
        applications.add_ats_ids(self.conn, app_id, analysis.ats_ids)
        applications.note_email(
            self.conn, app_id, message.date, next_event_at=analysis.interview_at
        )
        if created:
            self._record_created(app_id, email_id, company, analysis.job_title, message.date)
            # Adopted once every application of this batch exists: a backfill brings older
            # mail later, and a second role there may make an orphan ambiguous.
            self.pending.append(
                (app_id, email_id, normalize_company(company), key, analysis.job_title or "")
            )
            return
        self._replay(app_id, email_id, analysis.category, at=message.date)

    def _first_news(self, norms: tuple[str, ...], analysis: Analysis) -> Analysis:
        """Status-moving mail from an employer none of whose applications is tracked, read as
        the receipt that starts one when that is the classifier's second choice
        (``second_choice.first_news_receipt``)."""
        if any(self.index.applications_for_company(norm) for norm in norms):
            return analysis
        return first_news_receipt(analysis)

    def _confirmed_once(self, app_id: int, when: datetime, analysis: Analysis) -> Analysis:
        """A "confirmation" of an application that existed well before it (second_choice)."""
        candidate = self.index.candidate(app_id)
        created = candidate.created_at if candidate is not None else None
        return late_confirmation(analysis, created, when, CREATED_SLACK)

    def _employer_answering(self, key: str, when: datetime, title: str) -> str:
        """The employer of a receipt naming no employer, from its thread's later mail stored
        before it (a backfill reads newest mail first): the employer's own answers there
        ("Re: your application for Hydrogeologist") that no application took, all naming
        one employer and no other role. "" when there are none, or several employers."""
        answers = [
            e
            for e in emails.in_thread(self.conn, self.account_id, key)
            if e.application_id is None
            and not e.user_unmatched
            and e.company
            and e.category in STARTS_BY
            and e.date >= when
            and not titles_conflict(e.job_title, title)
        ]
        employers = {normalize_company(e.company) for e in answers}
        return display_company(answers[0].company) if len(employers) == 1 else ""

    def _from_receipt(self, company: str, title: str, when: datetime) -> int | None:
        """The application an employer's mail about a role belongs to when it matched none: an
        earlier receipt for that role naming no employer (an agency's "thanks for applying for
        the X role I advertised"), the only one, now made the application at this employer."""
        receipts = [
            r
            for r in self.index.receipts_without_employer(
                lambda other: title_similarity(other, title) >= TITLE_ALONE_MATCH
            )
            if r.date <= when + CREATED_SLACK
        ]
        if len(receipts) != 1:
            return None
        receipt = receipts[0]
        app_id = applications.insert(
            self.conn,
            company=company,
            job_title=receipt.job_title,
            status=Status.APPLIED,
            source="email",
            created_at=receipt.date,
            updated_at=receipt.date,
            created_from_account_id=receipt.account_id,
        )
        emails.set_application(self.conn, receipt.id, app_id)
        self.index.forget(app_id)  # a new application, and its receipt's thread now has one
        review.resolve_for_email(self.conn, receipt.id, ReviewState.ACCEPTED)
        applications.note_email(self.conn, app_id, receipt.date)
        self._record_created(app_id, receipt.id, company, receipt.job_title, receipt.date)
        self.bump(created=1)
        return app_id

    def _record_created(
        self, app_id: int, email_id: int, company: str, title: str | None, at: datetime
    ) -> None:
        """An application made from mail: its first status in the history, and the news."""
        history.insert(
            self.conn, app_id, None, Status.APPLIED, ChangeCause.EMAIL, at=at, email_id=email_id
        )
        news = f"New application: {company}" + (f" — {title}" if title else "")
        activity.insert(
            self.conn, "application_created", news, application_id=app_id, email_id=email_id, at=at
        )

    def _started_by(self, app_id: int, when: datetime, key: str) -> None:
        """Mail of an application older than the application itself (a backfill reads newest
        mail first, so a later receipt may have made it): it existed since then. Its mail
        from that time, set aside because the application did not exist yet, is looked at
        again once the batch is done."""
        candidate = self.index.candidate(app_id)
        if candidate is None or candidate.created_at is None or when >= candidate.created_at:
            return
        if applications.started_by(self.conn, app_id, when):
            self.index.forget(app_id)
            reread_late_confirmations(self.conn, app_id, when)  # stored before the receipt
            app = applications.get(self.conn, app_id)
            if app is not None:
                norm = normalize_company(app.company)
                self.reopened.append((app_id, 0, norm, key, app.job_title))

    def _learn_title(self, app_id: int, title: str) -> None:
        """An application made from mail naming no role takes the first title its mail names,
        so a second role at the same employer can later be told apart from it."""
        candidate = self.index.candidate(app_id)
        if candidate is not None and not candidate.job_title:
            applications.fill_in_title(self.conn, app_id, title)
            self.index.forget(app_id)

    def adopt_pending(self) -> None:
        """Let the applications created in this call adopt their unmatched mail."""
        for app_id, email_id, company_norm, key, title in self.pending + self.reopened:
            if adopt_orphans(self.conn, self.index, app_id, email_id, company_norm, key, title):
                self._replay(app_id, email_id, None)
        self.pending.clear()
        self.reopened.clear()

    def _replay(
        self, app_id: int, email_id: int, category: Category | None, at: datetime | None = None
    ) -> None:
        """Recompute the status from all the application's mail; record what changed.

        ``at`` is when the new mail was sent: the feed says "2d ago" for mail from two days
        ago, not "just now" because a backfill read it now."""
        outcome = recompute_status(self.conn, app_id, self.settings.threshold)
        if outcome is None:
            return
        app, result = outcome
        if result.status is not app.status:
            self.index.forget(app_id)
            self.bump(status_changes=1)
        elif category in _NEWSWORTHY:
            activity.insert(
                self.conn,
                "mail_received",
                f"{app.company}: {_LABEL[category]}",
                application_id=app_id,
                email_id=email_id,
                at=at,
            )
        for proposed_email, decision in result.proposals:
            if proposed_email == email_id:
                review.insert(
                    self.conn,
                    email_id,
                    decision.reason,
                    suggested_application_id=app_id,
                    suggested_status=decision.new_status,
                )
                self.bump(review=1)


def _new_email(
    account_id: int | None,
    item: Prepared,
    message: MailMessage,
    analysis: Analysis,
    key: str,
    app_id: int | None,
) -> NewEmail:
    return NewEmail(
        account_id=account_id,
        provider_id=item.incoming.provider_id,
        message_id=message.message_id,
        thread_key=key,
        date=message.date,
        subject=message.subject,
        category=analysis.category,
        confidence=analysis.confidence,
        sender_name=message.sender_name,
        sender_address=message.sender_address,
        application_id=app_id,
        company=analysis.company or "",
        job_title=analysis.job_title or "",
        ats=analysis.ats or "",
        ats_ids=analysis.ats_ids,
        sentiment=analysis.sentiment,
        urgent=analysis.urgent,
        deadlines=analysis.deadlines,
        next_steps=analysis.next_steps,
        interview_at=analysis.interview_at,
        body_text=message.text,
        body_html=message.html,
        runner_up=analysis.runner_up,
        runner_up_confidence=analysis.runner_up_confidence,
    )
