"""A dropped message whose thread holds job mail is job mail: in one batch and newest first."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.parse import parse_message
from applytrack_desktop.mail.sources import RawSource
from applytrack_desktop.providers.files import FilesProvider
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts, emails, review
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.engine import SyncEngine
from applytrack_desktop.sync.events import EventStream
from applytrack_desktop.sync.importer import import_sources
from applytrack_desktop.sync.pipeline import Incoming, Prepared
from applytrack_desktop.sync.store_target import StoreTarget
from applytrack_desktop.sync.thread_rescue import rescue_in_batch
from tests.support.keyrings import MemoryKeyring
from tests.sync.test_store_target import mbox_bytes

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
RECEIPT = "<r1@acme.com>"


def message(n: int, days: float, body: str, *, reply: bool = False) -> RawSource:
    msg = EmailMessage()
    msg["From"] = "Acme Talent <talent@acme.com>"
    msg["To"] = "robin@example.net"
    msg["Subject"] = ("Re: " if reply else "") + "Your application to Acme"
    msg["Date"] = format_datetime(T0 + timedelta(days=days))
    msg["Message-ID"] = RECEIPT if n == 1 else f"<r{n}@acme.com>"
    if reply:
        msg["In-Reply-To"] = RECEIPT
        msg["References"] = RECEIPT
    msg.set_content(f"Hi Robin,\n\n{body}\n\nAcme Talent Team")
    return RawSource(f"r{n}.eml", msg.as_bytes())


RECEIPT_MAIL = message(
    1,
    0,
    "Thank you for applying for the Data Engineer position at Acme. We have received your"
    " application and will review it shortly.",
)
INTERVIEW_MAIL = message(2, 5, "We would like to invite you to an interview.", reply=True)
REJECTION_MAIL = message(3, 12, "We decided not to move forward.", reply=True)


class LabelAnalyzer:
    """The classifier's view of each message by Message-ID: the receipt dropped as not job
    mail with P(job) ``p_job`` and a receipt as its second choice; the answers read right."""

    def __init__(self, p_job: float = 0.3) -> None:
        self.p_job = p_job

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        out = []
        for m in messages:
            if m.message_id == RECEIPT:
                out.append(
                    Analysis(
                        Category.NOT_JOB,
                        1 - self.p_job,
                        self.p_job,
                        runner_up=Category.CONFIRMATION,
                        runner_up_confidence=0.9,
                    )
                )
                continue
            category = Category.INTERVIEW if "<r2@" in m.message_id else Category.REJECTION
            out.append(Analysis(category, 0.95, 0.99, company="Acme", job_title="Data Engineer"))
        return out


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    svc = Service(Store.open(tmp_path / "data", keyring_backend=MemoryKeyring()))
    yield svc
    svc.close()


def run(service: Service, *sources: RawSource, p_job: float = 0.3) -> None:
    import_sources(service.store, list(sources), analyzer=LabelAnalyzer(p_job))


def stored(service: Service) -> int:
    with service.store.read() as conn:
        return int(conn.execute("SELECT count(*) FROM emails").fetchone()[0])


def test_a_dropped_receipt_answered_in_its_thread_starts_the_application(
    service: Service,
) -> None:
    run(service, RECEIPT_MAIL, INTERVIEW_MAIL)
    [app] = service.list_applications()
    assert (app.company, app.job_title, app.status) == (
        "Acme",
        "Data Engineer",
        Status.INTERVIEWING,
    )
    assert app.created_at == T0
    assert [e.category for e in service.emails_for(app.id)] == [
        Category.CONFIRMATION,
        Category.INTERVIEW,
    ]


def test_the_same_when_the_answer_was_stored_first(service: Service) -> None:
    # A backfill reads newest first: the answer waits in the review list for its receipt.
    run(service, INTERVIEW_MAIL)
    assert service.list_applications() == []
    run(service, RECEIPT_MAIL)
    [app] = service.list_applications()
    assert app.status is Status.INTERVIEWING
    assert len(service.emails_for(app.id)) == 2
    with service.store.read() as conn:
        assert review.open_count(conn) == 0


def test_a_message_the_classifier_all_but_ruled_out_stays_dropped(service: Service) -> None:
    run(service, RECEIPT_MAIL, INTERVIEW_MAIL, p_job=0.01)
    assert service.list_applications() == []
    assert stored(service) == 1  # the answer, in the review list; nothing of the receipt
    with service.store.read() as conn:
        assert not emails.exists_message_id(conn, RECEIPT)


def test_dropped_mail_with_no_job_mail_in_its_thread_stays_dropped(service: Service) -> None:
    run(service, RECEIPT_MAIL)
    assert service.list_applications() == []
    assert stored(service) == 0


def test_a_sync_page_is_looked_ahead_in(service: Service, tmp_path: Path) -> None:
    box = tmp_path / "inbox.mbox"
    box.write_bytes(mbox_bytes(RECEIPT_MAIL.raw, INTERVIEW_MAIL.raw))
    account_id = service.store.write(
        lambda c: accounts.insert(
            c, kind="files", address=str(box), settings={"since": "2000-01-01"}
        )
    )
    target = StoreTarget(service.store, LabelAnalyzer())
    engine = SyncEngine(target, lambda _a: FilesProvider([box], page_size=2), EventStream())
    assert engine.sync_account(account_id).ok
    [app] = service.list_applications()
    assert app.status is Status.INTERVIEWING


def prepared(source: RawSource, analysis: Analysis) -> Prepared:
    return Prepared(Incoming(source.label, b""), parse_message(source.raw), analysis)


def test_rescue_in_batch_reads_only_held_mail_of_job_threads() -> None:
    doubted = Analysis(
        Category.NOT_JOB, 0.7, 0.3, runner_up=Category.CONFIRMATION, runner_up_confidence=0.9
    )
    answer = Analysis(Category.INTERVIEW, 0.95, 0.99, company="Acme")
    other = message(4, 1, "Our newsletter.")  # a thread of its own
    batch = [
        prepared(RECEIPT_MAIL, doubted),
        prepared(other, doubted),
        prepared(INTERVIEW_MAIL, answer),
    ]
    got = rescue_in_batch(batch)
    assert got[0].analysis is not None
    assert (got[0].analysis.category, got[0].analysis.company) == (Category.CONFIRMATION, "Acme")
    assert got[0].analysis.job_title == "Data Engineer"
    assert got[1:] == batch[1:]
    # Without the answer, nothing is job mail in that thread.
    assert rescue_in_batch(batch[:2]) == batch[:2]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cuts=st.sets(st.integers(min_value=1, max_value=2), max_size=2),
    newest_first=st.booleans(),
)
def test_the_receipt_starts_the_application_whatever_the_batches_and_their_order(
    cuts: set[int], newest_first: bool
) -> None:
    # Except one order: the receipt alone in a batch stored before its answers arrive (a sync
    # the day it came). It was dropped then, and nothing of dropped mail is kept to read again.
    assume(newest_first or 1 not in cuts)
    mailbox = [RECEIPT_MAIL, INTERVIEW_MAIL, REJECTION_MAIL]
    bounds = [0, *sorted(cuts), len(mailbox)]
    parts = [mailbox[a:b] for a, b in itertools.pairwise(bounds)]
    if newest_first:
        parts.reverse()
    with tempfile.TemporaryDirectory(prefix="applytrack-test-") as tmp:
        service = Service(Store.open(Path(tmp), keyring_backend=MemoryKeyring()))
        try:
            for part in parts:
                run(service, *part)
            [app] = service.list_applications()
            assert (app.status, app.created_at) == (Status.REJECTED, T0)
            assert [e.category for e in service.emails_for(app.id)] == [
                Category.CONFIRMATION,
                Category.INTERVIEW,
                Category.REJECTION,
            ]
        finally:
            service.close()


# A recruiter's first note, dropped in doubt; a job board's receipt for the same role; and the
# recruiter's reply, dropped too, answering both (its References name the note and the receipt).
NOTE = "<note@acme.com>"
BOARD = "<receipt@board.example>"


def _thread_mail(mid: str, days: float, subject: str, refs: tuple[str, ...] = ()) -> RawSource:
    msg = EmailMessage()
    msg["From"] = "Jo Recruiter <jo@acme.com>"
    msg["To"] = "robin@example.net"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(T0 + timedelta(days=days))
    msg["Message-ID"] = mid
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    msg.set_content("Hi Robin,\n\nA few words.\n\nJo")
    return RawSource(mid.strip("<>"), msg.as_bytes())


NOTE_MAIL = _thread_mail(NOTE, 0, "Vacature Data Engineer")
BOARD_MAIL = _thread_mail(BOARD, 2, "Application sent: Data Engineer")
REPLY_MAIL = _thread_mail("<reply@acme.com>", 9, "Re: Vacature Data Engineer", (NOTE, BOARD))


class ThreadAnalyzer:
    """The note and the reply dropped in doubt; the board's receipt read as a receipt."""

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        out = []
        for m in messages:
            if m.message_id == BOARD:
                out.append(
                    Analysis(
                        Category.CONFIRMATION, 0.95, 0.99, company="Acme", job_title="Data Engineer"
                    )
                )
            else:
                runner = Category.RECRUITER_OUTREACH if m.message_id == NOTE else Category.INTERVIEW
                out.append(
                    Analysis(Category.NOT_JOB, 0.8, 0.2, runner_up=runner, runner_up_confidence=0.9)
                )
        return out


def test_a_dropped_reply_to_job_mail_makes_its_thread_a_job_thread() -> None:
    doubted = Analysis(
        Category.NOT_JOB, 0.8, 0.2, runner_up=Category.RECRUITER_OUTREACH, runner_up_confidence=0.9
    )
    receipt = Analysis(Category.CONFIRMATION, 0.95, 0.99, company="Acme")
    answer = Analysis(
        Category.NOT_JOB, 0.8, 0.2, runner_up=Category.INTERVIEW, runner_up_confidence=0.9
    )
    batch = [
        prepared(NOTE_MAIL, doubted),
        prepared(BOARD_MAIL, receipt),
        prepared(REPLY_MAIL, answer),
    ]
    got = rescue_in_batch(batch)
    assert got[0].analysis is not None
    assert got[0].analysis.category is Category.RECRUITER_OUTREACH  # the note: job mail now
    assert got[1] == batch[1]
    assert got[2].analysis is not None
    assert got[2].analysis.category is Category.INTERVIEW  # the reply, job mail by its thread
    # Without the board's receipt no job mail vouches for the thread: nothing is rescued.
    assert rescue_in_batch([batch[0], batch[2]]) == [batch[0], batch[2]]


def test_importing_such_a_thread_twice_adds_nothing(service: Service) -> None:
    mailbox = [NOTE_MAIL, BOARD_MAIL, REPLY_MAIL]
    import_sources(service.store, mailbox, analyzer=ThreadAnalyzer())
    first = stored(service)
    with service.store.read() as conn:
        assert emails.exists_message_id(conn, NOTE)
    import_sources(service.store, mailbox, analyzer=ThreadAnalyzer())
    assert stored(service) == first == 3
