"""Retention: full email bodies go after ``retention_days``; the metadata stays.

What is kept after a purge: sender, date, subject, category, the extracted fields and the
links to applications. What goes: ``body_text`` and ``body_html``, from the tables, from
the full-text index, and from the file itself (``store.scrub``). ``daily_job`` is what the
scheduler runs once a day; ``applytrack purge`` calls ``purge`` directly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import sqlcipher3

from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store import scrub
from applytrack_desktop.store import settings as settings_q
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.timeutil import now_utc

if TYPE_CHECKING:
    # APScheduler is imported where the daily job starts: every command imports this module
    # (through the service) and only the desktop app runs the job (~0.1 s per command).
    from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger(__name__)

RETENTION_SETTING = "retention_days"
DEFAULT_RETENTION_DAYS = 90
DAILY_JOB_ID = "retention"


@dataclass(frozen=True, slots=True)
class PurgeResult:
    purged: int  # emails whose bodies were removed
    older_than_days: int
    seconds: float  # deletion and scrub together
    scrub: scrub.ScrubResult | None  # None when nothing needed scrubbing

    def summary(self) -> str:
        """One line for the command line and the log (counts only, never content)."""
        if self.scrub is None:
            return f"Purged 0 email bodies older than {self.older_than_days} days; nothing to do."
        return (
            f"Purged {self.purged} email bodies older than {self.older_than_days} days; "
            f"the database file was scrubbed ({self.scrub.size_bytes / 1e6:.1f} MB, "
            f"{self.seconds:.1f} s)."
        )


def retention_days(store: Store) -> int:
    """The ``retention_days`` setting (90 when unset or unreadable)."""
    with store.read() as conn:
        text = settings_q.get(conn, RETENTION_SETTING)
    try:
        days = int(text) if text is not None else DEFAULT_RETENTION_DAYS
    except ValueError:
        log.warning("ignoring an unreadable %s setting", RETENTION_SETTING)
        return DEFAULT_RETENTION_DAYS
    return days if days >= 1 else DEFAULT_RETENTION_DAYS


def purge(store: Store, older_than_days: int | None = None) -> PurgeResult:
    """Remove bodies of mail dated more than ``older_than_days`` ago, then scrub the file.

    ``None`` means the retention setting. The scrub also runs when an earlier purge or
    disconnect was interrupted before its own scrub.
    """
    days = retention_days(store) if older_than_days is None else older_than_days
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidInputError("The age for purging must be a whole number of days, 0 or more.")
    started = time.perf_counter()
    cutoff = now_utc() - timedelta(days=days)

    def run(conn: sqlcipher3.Connection) -> int:
        count = emails_q.purge_bodies(conn, cutoff)
        if count:
            scrub.mark_needed(conn)  # same transaction: a crash before the scrub is redone
        return count

    count = store.write(run)
    result = scrub.scrub(store) if scrub.is_needed(store) else None
    outcome = PurgeResult(count, days, time.perf_counter() - started, result)
    log.info("retention: purged %d bodies older than %d days", count, days)
    return outcome


def daily_job(store: Store) -> Callable[[], None]:
    """The function the scheduler runs once a day (failures are logged, never raised)."""

    def run() -> None:
        try:
            purge(store)
        except Exception:
            log.exception("the daily retention purge failed; it runs again tomorrow")

    return run


class DailyRetention:
    """Runs the retention purge once a day on its own scheduler thread (idle in between).

    Apart from ``SyncScheduler`` on purpose: pausing sync or changing its interval must not
    move the purge. The first run comes ``first_run_in`` seconds after ``start`` (not at
    once: start-up should not open with a VACUUM).
    """

    def __init__(self, store: Store, *, first_run_in: float = 600.0) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self._job = daily_job(store)
        self._first_run_in = first_run_in
        self._scheduler: BackgroundScheduler = BackgroundScheduler(
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": 3600},
            timezone="UTC",
        )

    def start(self) -> None:
        from apscheduler.triggers.interval import IntervalTrigger

        first = datetime.now(self._scheduler.timezone) + timedelta(seconds=self._first_run_in)
        self._scheduler.add_job(
            self._job, IntervalTrigger(days=1), id=DAILY_JOB_ID, next_run_time=first
        )
        self._scheduler.start()

    def next_run(self) -> datetime | None:
        job = self._scheduler.get_job(DAILY_JOB_ID)
        return None if job is None else job.next_run_time

    def shutdown(self, *, wait: bool = True) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)
