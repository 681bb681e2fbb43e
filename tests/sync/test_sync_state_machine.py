"""Sync as a state machine: new mail, crashes between pages and throttling, interleaved.

After every completed sync: no job message lost, none stored twice, and every
application's status equals what one clean, date-ordered import of the same mailbox gives.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from applytrack_desktop.core.errors import RateLimitedError
from applytrack_desktop.core.models import Account, AccountState
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.mail.sources import iter_sources
from applytrack_desktop.providers.base import Page
from applytrack_desktop.providers.files import FilesProvider
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.engine import PageOutcome, SyncEngine
from applytrack_desktop.sync.events import EventStream
from applytrack_desktop.sync.importer import import_sources
from applytrack_desktop.sync.store_target import StoreTarget
from tests.support.keyrings import MemoryKeyring
from tests.sync.test_pipeline import SubjectAnalyzer, mail
from tests.sync.test_store_target import mbox_bytes

COMPANIES = ("Acme", "Globex")
TITLES = ("Data Engineer", "Designer")
CATEGORIES = (
    "confirmation",
    "interview",
    "technical_round",
    "offer",
    "rejection",
    "other_job",
    "not_job",
)


class CrashError(Exception):
    """The process died before this page's transaction committed."""


@dataclass
class FlakyTarget:
    """Fails at a chosen page, before anything of that page is written."""

    inner: StoreTarget
    fail_at: int | None = None
    failure: Exception = field(default_factory=lambda: CrashError("killed"))
    calls: int = 0

    def load_account(self, account_id: int) -> Account:
        return self.inner.load_account(account_id)

    def is_known(self, account_id: int, provider_id: str) -> bool:
        return self.inner.is_known(account_id, provider_id)

    def apply_page(self, account_id: int, page: Page) -> PageOutcome:
        self.calls += 1
        if self.fail_at is not None and self.calls > self.fail_at:
            raise self.failure
        return self.inner.apply_page(account_id, page)

    def record_state(
        self, account_id: int, state: AccountState, *, error: str = "", synced: bool = False
    ) -> None:
        self.inner.record_state(account_id, state, error=error, synced=synced)


def statuses(service: Service) -> dict[tuple[str, str], str]:
    return {
        (normalize_company(a.company), a.job_title): a.status.value
        for a in service.list_applications()
    }


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="applytrack-sm-"))
        self.box = self.dir / "inbox.mbox"
        self.box.write_bytes(b"")
        self.service = Service(Store.open(self.dir / "data", keyring_backend=MemoryKeyring()))
        self.account_id = self.service.store.write(
            lambda c: accounts.insert(
                c, kind="files", address="box", settings={"since": "2000-01-01"}
            )
        )
        self.count = 0
        self.oldest = 0
        self.job_ids: set[str] = set()
        self.synced_clean = True

    @rule(
        company=st.sampled_from(COMPANIES),
        title=st.sampled_from(TITLES),
        category=st.sampled_from(CATEGORIES),
        day=st.integers(0, 60),
    )
    def new_mail(self, company: str, title: str, category: str, day: int) -> None:
        self.count += 1
        source = mail(self.count, day, f"[{category} 0.95] {company} / {title}")
        with self.box.open("ab") as fh:
            fh.write(mbox_bytes(source.raw))
        if category != "not_job":
            self.job_ids.add(f"<m{self.count}@example.com>")
        self.synced_clean = False

    @rule(company=st.sampled_from(COMPANIES), title=st.sampled_from(TITLES))
    def older_confirmation(self, company: str, title: str) -> None:
        """A backfill reaching further back: mail older than anything seen so far."""
        self.oldest -= 1
        self.new_mail(company, title, "confirmation", self.oldest)

    def _sync(self, target: FlakyTarget) -> bool:
        engine = SyncEngine(
            target, lambda _a: FilesProvider([self.box], page_size=2), EventStream()
        )
        return engine.sync_account(self.account_id).ok

    @rule(at_page=st.integers(0, 3))
    def crash_mid_sync(self, at_page: int) -> None:
        self._sync(FlakyTarget(StoreTarget(self.service.store, SubjectAnalyzer()), fail_at=at_page))
        self.synced_clean = False

    @rule(at_page=st.integers(0, 3))
    def throttled_sync(self, at_page: int) -> None:
        failure = RateLimitedError("slow down", retry_after=1.0)
        target = FlakyTarget(
            StoreTarget(self.service.store, SubjectAnalyzer()), fail_at=at_page, failure=failure
        )
        self._sync(target)
        self.synced_clean = False

    @rule()
    def sync(self) -> None:
        assert self._sync(FlakyTarget(StoreTarget(self.service.store, SubjectAnalyzer())))
        self.synced_clean = True

    @invariant()
    def nothing_lost_nothing_twice_statuses_as_if_once(self) -> None:
        if not getattr(self, "synced_clean", False):
            return
        with self.service.store.read() as conn:
            stored = [r[0] for r in conn.execute("SELECT message_id FROM emails")]
        assert len(stored) == len(set(stored)), "a message was stored twice"
        assert set(stored) == self.job_ids, "a job message was lost (or an extra one kept)"
        fresh_dir = Path(tempfile.mkdtemp(dir=self.dir))
        fresh = Service(Store.open(fresh_dir, keyring_backend=MemoryKeyring()))
        try:
            import_sources(fresh.store, iter_sources([self.box]), analyzer=SubjectAnalyzer())
            assert statuses(self.service) == statuses(fresh)
        finally:
            fresh.close()

    def teardown(self) -> None:
        if hasattr(self, "service"):
            self.service.close()
            shutil.rmtree(self.dir, ignore_errors=True)


SyncMachine.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestSyncStateMachine = SyncMachine.TestCase
