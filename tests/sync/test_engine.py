"""The engine: pages stored with their cursor, resumable, and every failure kind handled."""

from __future__ import annotations

from applytrack_desktop.core.errors import AuthError, NetworkError, RateLimitedError
from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.sync.engine import SyncEngine, account_window_start
from applytrack_desktop.sync.events import (
    EventStream,
    SyncEvent,
    SyncFailed,
    SyncFinished,
    SyncProgress,
    SyncStarted,
)
from tests.sync.fakes import ListProvider, MemoryTarget


def make(provider: ListProvider) -> tuple[SyncEngine, MemoryTarget, list[SyncEvent]]:
    target = MemoryTarget()
    target.add_account(1)
    events = EventStream()
    seen: list[SyncEvent] = []
    events.subscribe(seen.append)
    return SyncEngine(target, lambda _a: provider, events), target, seen


def test_first_sync_stores_everything_and_reports_progress() -> None:
    provider = ListProvider([f"m{i}" for i in range(5)])
    engine, target, seen = make(provider)
    outcome = engine.sync_account(1)
    assert outcome.ok
    assert outcome.counts.stored == 5
    assert target.stored[1] == [f"m{i}" for i in range(5)]
    assert target.accounts[1].cursor == "5"
    assert isinstance(seen[0], SyncStarted)
    assert [e.done for e in seen if isinstance(e, SyncProgress)] == [2, 4, 5]
    assert isinstance(seen[-1], SyncFinished)
    assert target.states[-1][1] is AccountState.OK
    assert provider.closed


def test_a_crash_between_pages_resumes_without_loss_or_duplicates() -> None:
    provider = ListProvider(
        [f"m{i}" for i in range(6)], fail_with=NetworkError("offline"), fail_after_pages=2
    )
    engine, target, _ = make(provider)
    first = engine.sync_account(1)
    assert not first.ok
    assert target.accounts[1].cursor == "4"
    provider.fail_with = None
    second = engine.sync_account(1)
    assert second.ok
    assert target.stored[1] == [f"m{i}" for i in range(6)]


def test_stale_cursor_means_one_full_resync_without_duplicates() -> None:
    provider = ListProvider(["a", "b", "c"], stale_cursors={"3"})
    engine, target, _ = make(provider)
    engine.sync_account(1)
    provider.messages.append("d")
    outcome = engine.sync_account(1)
    assert outcome.ok
    assert target.stored[1] == ["a", "b", "c", "d"]


def test_auth_failure_marks_reconnect_needed() -> None:
    provider = ListProvider(["a"], fail_with=AuthError("Reconnect your Gmail account."))
    engine, target, seen = make(provider)
    outcome = engine.sync_account(1)
    assert outcome.reconnect
    assert target.states[-1] == (1, AccountState.RECONNECT_NEEDED, "Reconnect your Gmail account.")
    failed = seen[-1]
    assert isinstance(failed, SyncFailed)
    assert failed.reconnect


def test_rate_limit_carries_retry_after() -> None:
    provider = ListProvider(["a"], fail_with=RateLimitedError("Busy.", retry_after=42.0))
    engine, target, _ = make(provider)
    outcome = engine.sync_account(1)
    assert outcome.retry_after == 42.0
    assert not outcome.reconnect
    assert target.states[-1][1] is AccountState.ERROR


def test_a_bug_is_reported_as_a_sentence_not_a_traceback() -> None:
    provider = ListProvider(["a"], fail_with=None)
    engine, target, seen = make(provider)
    target.accounts.clear()  # load_account raises KeyError: a bug
    outcome = engine.sync_account(1)
    assert outcome.error is not None
    assert "unexpected" in outcome.error.message
    assert isinstance(seen[-1], SyncFailed)


def test_window_start_uses_since_setting() -> None:
    account = Account(1, AccountKind.IMAP, "a@b", settings={"since": "2026-01-02"})
    assert account_window_start(account).isoformat() == "2026-01-02T00:00:00+00:00"


def test_a_failing_listener_does_not_stop_the_sync() -> None:
    provider = ListProvider(["a", "b"])
    engine, _target, _ = make(provider)

    def bad(_event: SyncEvent) -> None:
        raise RuntimeError("listener bug")

    engine._events.subscribe(bad)
    assert engine.sync_account(1).ok
