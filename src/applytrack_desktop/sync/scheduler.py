"""Background sync on a timer: one APScheduler job per account, "sync now", backoff.

Each account has one interval job (``max_instances=1`` so a slow sync is never run twice at
once, ``coalesce=True`` so missed runs collapse into one, a misfire grace time for a machine
that slept). A failed sync pushes that job's next run out exponentially, never sooner than a
provider's ``Retry-After``; an account that needs reconnecting is paused until it is
reconnected. Between runs the scheduler thread sleeps on a timed wait: no CPU while idle.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from applytrack_desktop.sync.engine import SyncOutcome

log = logging.getLogger(__name__)

MIN_INTERVAL_SECONDS = 30.0
DEFAULT_INTERVAL_SECONDS = 300.0
BACKOFF_BASE_SECONDS = 30.0
BACKOFF_MAX_SECONDS = 3600.0
MISFIRE_GRACE_SECONDS = 120


class Syncer(Protocol):
    def sync_account(self, account_id: int) -> SyncOutcome: ...


def backoff_delay(failures: int, retry_after: float | None, interval: float) -> float:
    """Seconds to wait after ``failures`` failures in a row (1 = the first failure)."""
    delay = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2.0 ** max(0, failures - 1))
    delay = max(delay, min(interval, BACKOFF_BASE_SECONDS))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


class SyncScheduler:
    def __init__(
        self,
        engine: Syncer,
        *,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        online: Callable[[], bool] = lambda: True,
        on_outcome: Callable[[SyncOutcome], None] | None = None,
    ) -> None:
        self._engine = engine
        self._interval = max(MIN_INTERVAL_SECONDS, interval_seconds)
        self._online = online
        self._on_outcome = on_outcome
        self._failures: dict[int, int] = {}
        self._lock = threading.Lock()
        self._paused = False
        # Jobs running now, and whether a shutdown began (see ``shutdown``).
        self._idle = threading.Condition()
        self._active = 0
        self._stopping = False
        self._scheduler = BackgroundScheduler(
            job_defaults={
                "max_instances": 1,
                "coalesce": True,
                "misfire_grace_time": MISFIRE_GRACE_SECONDS,
            },
            timezone="UTC",
        )

    @staticmethod
    def _job_id(account_id: int) -> str:
        return f"sync-{account_id}"

    @property
    def interval_seconds(self) -> float:
        return self._interval

    def start(self, account_ids: list[int]) -> None:
        self._scheduler.start(paused=self._paused)  # "Pause syncing" may come first
        for account_id in account_ids:
            self.add_account(account_id)

    def shutdown(self, *, wait: bool = True) -> None:
        if not self._scheduler.running:
            return
        with self._idle:
            self._stopping = True
        # APScheduler's shutdown(wait=True) waits for running jobs while holding its job
        # store lock, which a running job needs to reschedule itself (a backoff): a
        # deadlock. So stop it without waiting, then wait for our own jobs here.
        self._scheduler.shutdown(wait=False)
        if wait:
            with self._idle:
                self._idle.wait_for(lambda: self._active == 0)

    def add_account(self, account_id: int, *, start_now: bool = True) -> None:
        """Schedule an account; a newly connected account syncs at once."""
        self._scheduler.add_job(
            self._run,
            IntervalTrigger(seconds=self._interval),
            args=[account_id],
            id=self._job_id(account_id),
            replace_existing=True,
            # While paused the scheduler runs nothing; the run is due once it resumes.
            next_run_time=self._now() if start_now else None,
        )

    def remove_account(self, account_id: int) -> None:
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(self._job_id(account_id))
        self._failures.pop(account_id, None)

    def scheduled_accounts(self) -> list[int]:
        return sorted(int(job.id.removeprefix("sync-")) for job in self._scheduler.get_jobs())

    def next_run(self, account_id: int) -> datetime | None:
        job = self._scheduler.get_job(self._job_id(account_id))
        return None if job is None else job.next_run_time

    def set_interval(self, seconds: float) -> None:
        self._interval = max(MIN_INTERVAL_SECONDS, seconds)
        for job in self._scheduler.get_jobs():
            job.reschedule(IntervalTrigger(seconds=self._interval))

    def sync_now(self, account_id: int | None = None) -> None:
        """Run one account (or every account) as soon as possible, resuming paused ones."""
        for job in self._scheduler.get_jobs():
            if account_id is None or job.id == self._job_id(account_id):
                job.modify(next_run_time=self._now())

    def pause(self) -> None:
        """Stop automatic syncing ("Pause syncing" in the tray); a running sync finishes."""
        self._paused = True
        if self._scheduler.running:
            self._scheduler.pause()

    def resume(self) -> None:
        self._paused = False
        if self._scheduler.running:
            self._scheduler.resume()

    @property
    def paused(self) -> bool:
        return self._paused

    def _now(self) -> datetime:
        return datetime.now(self._scheduler.timezone)

    def _run(self, account_id: int) -> None:
        with self._idle:
            if self._stopping:
                return
            self._active += 1
        try:
            self._run_once(account_id)
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def _run_once(self, account_id: int) -> None:
        if not self._online():
            self._postpone(account_id, backoff_delay(1, None, self._interval))
            return
        outcome = self._engine.sync_account(account_id)
        with self._lock:
            if outcome.ok:
                self._failures.pop(account_id, None)
            elif outcome.reconnect:
                self._failures.pop(account_id, None)
                self._pause_account(account_id)
            else:
                failures = self._failures.get(account_id, 0) + 1
                self._failures[account_id] = failures
                self._postpone(
                    account_id, backoff_delay(failures, outcome.retry_after, self._interval)
                )
        if self._on_outcome is not None:
            self._on_outcome(outcome)

    def _postpone(self, account_id: int, seconds: float) -> None:
        if self._stopping:
            return
        job = self._scheduler.get_job(self._job_id(account_id))
        if job is not None:
            job.modify(next_run_time=self._now() + timedelta(seconds=seconds))
            log.info("account %s: next sync in %.0f s", account_id, seconds)

    def _pause_account(self, account_id: int) -> None:
        if self._stopping:
            return
        job = self._scheduler.get_job(self._job_id(account_id))
        if job is not None:
            job.pause()
