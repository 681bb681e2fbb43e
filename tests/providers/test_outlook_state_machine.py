"""A hypothesis state machine for Outlook: new mail, moves, deletions, throttling, stale
cursors and crashes interleaved, against the fake Graph.

Moves are what make Outlook special: a message moved between watched folders keeps its
immutable id and must neither disappear nor come twice; one moved out of them (to the
Archive) is gone. Each step changes the mailbox a little, then syncs (maybe crashing
part-way, maybe with a message filed while the sync runs). No page may ever bring a
message the store already holds, and after a complete sync during which nothing moved,
the store holds exactly the mail in the Inbox and its children (plus, after a stale
cursor's full resync, mail deleted while the cursor was stale: a resync cannot see it).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from applytrack_desktop.core.errors import RateLimitedError, StaleCursorError
from applytrack_desktop.providers.backoff import RetryPolicy
from applytrack_desktop.providers.base import SyncRequest
from applytrack_desktop.providers.ms_auth import CACHE_SECRET
from applytrack_desktop.providers.outlook import OutlookProvider
from applytrack_desktop.providers.secrets import MemorySecrets
from tests.fakes.microsoft_env import shared_ca, signed_in_cache
from tests.fakes.microsoft_mailbox import Mailbox
from tests.fakes.microsoft_server import FakeMicrosoft

SINCE = datetime.now(UTC) - timedelta(days=180)
FOLDER = st.integers(min_value=0, max_value=3)  # Inbox, Jobs, Jobs/Deep, Archive (unwatched)
PICK = st.integers(min_value=0, max_value=50)  # which message, modulo how many there are
OPS = st.one_of(
    st.tuples(st.just("new"), FOLDER, st.integers(min_value=1, max_value=3)),
    st.tuples(st.just("move"), PICK, FOLDER),
    st.tuples(st.just("delete"), PICK, st.just(0)),
    st.tuples(st.just("throttle"), st.sampled_from(["delta", "value", "message", "folder"])),
    st.tuples(st.just("expire")),
)


@pytest.fixture(scope="module")
def signed_in() -> Iterator[tuple[FakeMicrosoft, str]]:
    with FakeMicrosoft(ca=shared_ca(), lifetime=600) as fake, pytest.MonkeyPatch.context() as mp:
        for key, value in fake.env().items():
            mp.setenv(key, value)
        yield fake, signed_in_cache(fake)


class OutlookMachine(RuleBasedStateMachine):
    ms: FakeMicrosoft
    cache: str

    def __init__(self) -> None:
        super().__init__()
        self.box = Mailbox(owner=self.ms.user.address)
        self.ms.mailbox = self.box
        self.ms.faults.clear()
        self.jobs = self.box.add_folder("Jobs")
        self.deep = self.box.add_folder("Deep", self.jobs)
        self.watched = [self.box.inbox_id, self.jobs, self.deep]
        self.folders = [*self.watched, self.box.archive_id]
        self.stored: set[str] = set()
        self.cursor: str | None = None
        self.count = 0
        self.tolerated: set[str] = set()  # gone during a stale cursor: never reported
        self.resyncing = False  # a full resync has started and not yet completed

    def present(self) -> set[str]:
        return {m.id for m in self.box.messages.values() if m.folder_id in self.watched}

    def _pick(self, n: int) -> str | None:
        ids = sorted(self.box.messages)
        return ids[n % len(ids)] if ids else None

    def _add(self, folder: int, count: int) -> None:
        for _ in range(count):
            self.count += 1
            self.box.add(
                "Acme <jobs@acme.example>", f"Job {self.count}", folder=self.folders[folder]
            )

    def _apply(self, op: tuple[object, ...]) -> None:
        kind = op[0]
        if kind == "new":
            self._add(int(op[1]), int(op[2]))  # type: ignore[call-overload]
        elif kind in ("move", "delete") and (mid := self._pick(int(op[1]))):  # type: ignore[call-overload]
            if kind == "move":
                self.box.move(mid, self.folders[int(op[2])])  # type: ignore[call-overload]
            else:
                self.box.delete(mid)
        elif kind == "throttle":
            self.ms.inject(str(op[1]), 429, retry_after="1")
        elif kind == "expire":
            self.box.expire_delta_tokens()

    @initialize(inbox=st.integers(0, 5), jobs=st.integers(0, 3), deep=st.integers(0, 3))
    def fill(self, inbox: int, jobs: int, deep: int) -> None:
        for folder, count in enumerate((inbox, jobs, deep)):
            self._add(folder, count)

    @rule(
        ops=st.lists(OPS, max_size=4),
        crash_at=st.one_of(st.none(), st.integers(min_value=0, max_value=3)),
        meanwhile=st.one_of(st.none(), st.tuples(st.integers(0, 3), PICK, FOLDER)),
    )
    def step(
        self,
        ops: list[tuple[object, ...]],
        crash_at: int | None,
        meanwhile: tuple[int, int, int] | None,
    ) -> None:
        """Change the mailbox, then sync; ``meanwhile`` = (page, message, folder) to file
        a message while the sync runs."""
        for op in ops:
            self._apply(op)
        store = MemorySecrets()
        store.set(CACHE_SECRET, self.cache)
        retry = RetryPolicy(attempts=3, sleep=lambda _s: None)
        provider = OutlookProvider(self.ms.client_id, store, retry=retry, page_size=2)
        try:
            try:
                crashed, moved = self._walk(provider, crash_at, meanwhile)
            except StaleCursorError:
                self.cursor = None  # what the engine does: one full resync
                crashed, moved = self._walk(provider, crash_at, None)
        except RateLimitedError:
            crashed, moved = True, False  # throttled past the retries: the engine retries later
        finally:
            provider.close()
        if not crashed and not moved:
            assert self.present() <= self.stored
            assert self.stored - self.present() <= self.tolerated

    def _walk(
        self,
        provider: OutlookProvider,
        crash_at: int | None,
        meanwhile: tuple[int, int, int] | None,
    ) -> tuple[bool, bool]:
        self.resyncing = self.resyncing or self.cursor is None
        if self.resyncing:
            # A full (re)sync lists what is there: mail deleted while the cursor was stale,
            # or before the resync (crashed part-way, maybe) got round to its folder, is
            # never reported, and stays stored as the user's record.
            self.tolerated |= self.stored - self.present()
        request = SyncRequest(self.cursor, SINCE, known=self.stored.__contains__)
        pages = provider.pages(request)
        assert isinstance(pages, Generator)
        moved = False
        try:
            for index, page in enumerate(pages):
                if crash_at is not None and index == crash_at:
                    return True, moved  # this page is lost with the process
                for msg in page.messages:
                    assert msg.provider_id not in self.stored, "a message came twice"
                    self.stored.add(msg.provider_id)
                self.stored.difference_update(page.deleted)
                self.cursor = page.cursor
                if meanwhile and meanwhile[0] == index and (mid := self._pick(meanwhile[1])):
                    self.box.move(mid, self.folders[meanwhile[2]])
                    moved = True
        finally:
            pages.close()
        self.resyncing = False
        return False, moved


def test_moves_deletions_throttling_and_crashes(signed_in: tuple[FakeMicrosoft, str]) -> None:
    class Machine(OutlookMachine):
        ms, cache = signed_in

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=15,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
