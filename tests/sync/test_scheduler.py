"""The scheduler: runs accounts in the background, sync now, backoff, pause on reconnect."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.core.errors import AuthError, NetworkError
from applytrack_desktop.sync.engine import SyncOutcome
from applytrack_desktop.sync.scheduler import (
    BACKOFF_MAX_SECONDS,
    MIN_INTERVAL_SECONDS,
    SyncScheduler,
    backoff_delay,
)

WAIT = 10.0


class RecordingSyncer:
    def __init__(self) -> None:
        self.calls: list[int] = []
        self.outcomes: dict[int, SyncOutcome] = {}
        self.called = threading.Event()

    def sync_account(self, account_id: int) -> SyncOutcome:
        self.calls.append(account_id)
        self.called.set()
        return self.outcomes.get(account_id, SyncOutcome(account_id))


@pytest.fixture
def syncer() -> RecordingSyncer:
    return RecordingSyncer()


@pytest.fixture
def scheduler(syncer: RecordingSyncer) -> Iterator[SyncScheduler]:
    done = threading.Event()
    sched = SyncScheduler(syncer, interval_seconds=3600, on_outcome=lambda _o: done.set())
    sched.done = done  # type: ignore[attr-defined]
    yield sched
    sched.shutdown()


def wait_for(scheduler: SyncScheduler) -> None:
    done: threading.Event = scheduler.done  # type: ignore[attr-defined]
    assert done.wait(WAIT), "the scheduled sync never ran"
    done.clear()


def test_a_new_account_syncs_at_once(scheduler: SyncScheduler, syncer: RecordingSyncer) -> None:
    scheduler.start([7])
    wait_for(scheduler)
    assert syncer.calls == [7]
    next_run = scheduler.next_run(7)
    assert next_run is not None
    assert next_run > datetime.now(UTC) + timedelta(minutes=50)


def test_sync_now_runs_one_account(scheduler: SyncScheduler, syncer: RecordingSyncer) -> None:
    scheduler.start([])
    scheduler.add_account(1, start_now=False)
    scheduler.add_account(2, start_now=False)
    scheduler.sync_now(2)
    wait_for(scheduler)
    assert syncer.calls == [2]


def test_failure_backs_off(scheduler: SyncScheduler, syncer: RecordingSyncer) -> None:
    syncer.outcomes[3] = SyncOutcome(3, error=NetworkError("offline"))
    scheduler.start([3])
    wait_for(scheduler)
    next_run = scheduler.next_run(3)
    assert next_run is not None
    delay = (next_run - datetime.now(UTC)).total_seconds()
    assert 0 < delay <= backoff_delay(1, None, 3600) + 1


def test_reconnect_needed_pauses_the_account(
    scheduler: SyncScheduler, syncer: RecordingSyncer
) -> None:
    syncer.outcomes[4] = SyncOutcome(4, error=AuthError("gone"), reconnect=True)
    scheduler.start([4])
    wait_for(scheduler)
    assert scheduler.next_run(4) is None


def test_remove_and_interval(scheduler: SyncScheduler) -> None:
    scheduler.start([])
    scheduler.add_account(5, start_now=False)
    assert scheduler.scheduled_accounts() == [5]
    scheduler.set_interval(1)
    assert scheduler.interval_seconds == MIN_INTERVAL_SECONDS
    scheduler.remove_account(5)
    scheduler.remove_account(5)
    assert scheduler.scheduled_accounts() == []


def test_pause_and_resume(scheduler: SyncScheduler, syncer: RecordingSyncer) -> None:
    scheduler.start([])
    scheduler.pause()
    assert scheduler.paused
    scheduler.add_account(6)
    scheduler.sync_now(6)
    assert not syncer.called.wait(0.5)
    scheduler.resume()
    wait_for(scheduler)
    assert syncer.calls == [6]


@pytest.mark.parametrize(
    ("failures", "retry_after", "expected"),
    [
        (1, None, 30.0),
        (2, None, 60.0),
        (3, None, 120.0),
        (30, None, BACKOFF_MAX_SECONDS),
        (1, 500.0, 500.0),
    ],
)
def test_backoff_delay(failures: int, retry_after: float | None, expected: float) -> None:
    assert backoff_delay(failures, retry_after, 300.0) == expected


def test_shutdown_waits_for_a_failing_sync_without_deadlock() -> None:
    """A sync that fails while shutdown waits for it reschedules nothing and lets it end."""
    entered, release = threading.Event(), threading.Event()

    class SlowFailing:
        def sync_account(self, account_id: int) -> SyncOutcome:
            entered.set()
            release.wait(WAIT)
            return SyncOutcome(account_id, error=NetworkError("offline"))

    sched = SyncScheduler(SlowFailing(), interval_seconds=3600)
    sched.start([3])
    assert entered.wait(WAIT)
    stopper = threading.Thread(target=sched.shutdown)
    stopper.start()
    threading.Timer(0.2, release.set).start()
    stopper.join(WAIT)
    assert not stopper.is_alive(), "shutdown deadlocked with the job rescheduling itself"
    assert release.is_set()  # it did wait for the running sync


def test_pausing_before_the_start_keeps_it_paused(
    scheduler: SyncScheduler, syncer: RecordingSyncer
) -> None:
    scheduler.pause()  # "Pause syncing" clicked while the app still starts up
    scheduler.start([4])
    assert scheduler.paused and not syncer.called.wait(0.3)
    scheduler.resume()
    wait_for(scheduler)
    assert syncer.calls == [4]
