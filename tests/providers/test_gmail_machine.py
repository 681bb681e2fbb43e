"""A hypothesis state machine over the Gmail provider: mail, deletions, throttling, crashes.

Beyond the shared provider machine, this one injects what only the fake Gmail can: 429s
and 5xx on whole requests and on single batch parts (some outlasting the retries),
trash and restore, and an expired history log (404, then a full resync). The model is
the engine: it commits a page's messages, skips and cursor together, asks ``known`` from
what it has, resyncs on ``StaleCursorError`` and keeps its cursor on any other error.

After every complete sync the store holds exactly the wanted mail that is in the mailbox
— except, after an expired history, mail deleted while the history was lost (a full
resync cannot name what vanished; see the report) — and no commit brings a message twice.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from applytrack_desktop.core.errors import NetworkError, RateLimitedError, StaleCursorError
from applytrack_desktop.providers.base import HeaderInfo, Page, SyncRequest
from tests.fakes.gmail_env import close_all, connected_secrets, make_provider
from tests.fakes.google_server import FakeGoogle

SINCE = datetime(2025, 12, 1, tzinfo=UTC)  # the fake's mail starts on 2026-01-01


def _wanted(h: HeaderInfo) -> bool:
    return "newsletter" not in h.subject


class GmailMachine(RuleBasedStateMachine):
    fake: FakeGoogle

    def __init__(self) -> None:
        super().__init__()
        self.secrets = connected_secrets(self.fake)
        self.wanted_ids: set[str] = set()  # every wanted message ever delivered
        self.present: set[str] = set()  # in the mailbox and watched (not trash)
        self.stored: set[str] = set()
        self.seen: set[str] = set()  # skipped as unwanted
        self.cursor: str | None = None
        self.deleted_since_sync: set[str] = set()
        self.history_lost = False
        self.may_linger: set[str] = set()
        self.counter = 0

    @initialize(count=st.integers(3, 8))
    def first_sync(self, count: int) -> None:
        """Start from a synced mailbox, so deletions and history have something to act on."""
        self.new_mail(count, newsletter=False)
        self.new_mail(1, newsletter=True)
        self.sync(None)
        assert self.stored == self.wanted_ids

    @rule(count=st.integers(1, 4), newsletter=st.booleans())
    def new_mail(self, count: int, newsletter: bool) -> None:
        for _ in range(count):
            self.counter += 1
            subject = f"newsletter {self.counter}" if newsletter else f"Interview {self.counter}"
            mid = self.fake.mailbox.add(subject=subject)
            self.present.add(mid)
            if not newsletter:
                self.wanted_ids.add(mid)

    @precondition(lambda self: bool(self.present))
    @rule(data=st.data(), trash=st.booleans())
    def remove_mail(self, data: st.DataObject, trash: bool) -> None:
        victim = data.draw(st.sampled_from(sorted(self.present)))
        if trash:
            self.fake.mailbox.relabel(victim, add=["TRASH"], remove=["INBOX"])
        else:
            self.fake.mailbox.delete(victim)
        self.present.discard(victim)
        self.deleted_since_sync.add(victim)

    @rule(data=st.data())
    def restore_from_trash(self, data: st.DataObject) -> None:
        trashed = sorted(m.id for m in self.fake.mailbox.messages.values() if "TRASH" in m.labels)
        if not trashed:
            return
        mid = data.draw(st.sampled_from(trashed))
        self.fake.mailbox.relabel(mid, remove=["TRASH"], add=["INBOX"])
        self.present.add(mid)
        self.deleted_since_sync.discard(mid)

    @rule(
        route=st.sampled_from(["messages.list", "messages.get", "batch", "history.list"]),
        status=st.sampled_from([429, 500, 503]),
        times=st.integers(1, 5),
        part=st.booleans(),
    )
    def throttle(self, route: str, status: int, times: int, part: bool) -> None:
        scope = "part" if part and route == "messages.get" else "any"
        retry_after = "2" if status == 429 and times % 2 else None
        self.fake.inject(route, status, times=times, scope=scope, retry_after=retry_after)

    @rule()
    def expire_history(self) -> None:
        self.fake.mailbox.expire_history()
        self.history_lost = True

    def _commit(self, page: Page) -> None:
        for message in page.messages:
            assert message.provider_id not in self.stored, "a message came twice"
            self.stored.add(message.provider_id)
        self.seen.update(page.skipped)
        for gone in page.deleted:
            self.stored.discard(gone)
        self.cursor = page.cursor

    @rule(crash_at=st.one_of(st.none(), st.integers(0, 3)))
    def sync(self, crash_at: int | None) -> None:
        provider = make_provider(self.fake, self.secrets, page_size=3, batch_size=2)
        known = lambda pid: pid in self.stored or pid in self.seen  # noqa: E731
        complete = False
        try:
            for attempt in range(2):  # a stale cursor: one full resync, as the engine does
                pages = provider.pages(SyncRequest(self.cursor, SINCE, _wanted, known))
                try:
                    for index, page in enumerate(pages):
                        if crash_at is not None and index == crash_at:
                            return  # this page dies with the process
                        self._commit(page)
                    complete = True
                    break
                except StaleCursorError:
                    assert attempt == 0
                    self.cursor = None
                finally:
                    pages.close()
        except (RateLimitedError, NetworkError):
            return  # kept cursor; the scheduler retries later
        finally:
            provider.close()
            if complete:
                if self.history_lost:
                    self.may_linger |= self.deleted_since_sync
                    self.history_lost = False
                self.deleted_since_sync.clear()
                expected = self.present & self.wanted_ids
                assert expected <= self.stored, "a wanted message was lost"
                assert self.stored <= expected | self.may_linger, "a deletion was missed"

    @invariant()
    def nothing_unwanted_stored(self) -> None:
        assert self.stored <= self.wanted_ids


@pytest.mark.slow
def test_gmail_survives_throttling_crashes_deletions_and_lost_history() -> None:
    fakes: list[FakeGoogle] = []

    class Machine(GmailMachine):
        def __init__(self) -> None:
            self.fake = FakeGoogle().start()
            fakes.append(self.fake)
            super().__init__()

        def teardown(self) -> None:
            close_all()
            self.fake.stop()

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=20,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
    assert fakes  # the machine ran
