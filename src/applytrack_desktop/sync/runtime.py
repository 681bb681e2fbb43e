"""Background sync for a running app: one engine, one scheduler, one event stream.

The GUI (through the service) starts it once; it syncs every account on its interval,
runs "sync now", pauses and resumes, and imports mailbox files on a worker thread. Every
result reaches listeners through the event stream; nothing here touches Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from applytrack_desktop.mail.sources import count_sources, iter_sources
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync import accounts as account_ops
from applytrack_desktop.sync.engine import SyncEngine, SyncOutcome
from applytrack_desktop.sync.events import EventStream, SyncCounts
from applytrack_desktop.sync.importer import DefaultAnalyzer, Progress, import_sources
from applytrack_desktop.sync.pipeline import Analyzer, PipelineSettings
from applytrack_desktop.sync.prefilter import is_candidate
from applytrack_desktop.sync.retention import DailyRetention
from applytrack_desktop.sync.scheduler import SyncScheduler
from applytrack_desktop.sync.store_target import StoreTarget


class SyncRuntime:
    def __init__(
        self,
        store: Store,
        settings: Callable[[], PipelineSettings],
        *,
        interval_seconds: float,
        analyzer: Analyzer | None = None,
        events: EventStream | None = None,
    ) -> None:
        # The caller may own the stream, so its listeners outlive one runtime (a restart).
        self.events = events if events is not None else EventStream()
        self._store = store
        self._settings = settings
        self._analyzer = analyzer or DefaultAnalyzer()
        target = StoreTarget(store, self._analyzer, settings)
        self.providers = account_ops.ProviderPool(store)
        self.engine = SyncEngine(
            target, self.providers.get, self.events, wanted=is_candidate, close_providers=False
        )
        self.scheduler = SyncScheduler(self.engine, interval_seconds=interval_seconds)
        self.retention = DailyRetention(store)  # the daily body purge (issue 6)
        self._imports = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import")
        self._started = False
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        self.scheduler.start([a.id for a in account_ops.list_accounts(self._store)])
        self.retention.start()

    @property
    def started(self) -> bool:
        return self._started

    def shutdown(self) -> None:
        with self._lock:
            started, self._started = self._started, False
        if started:
            self.scheduler.shutdown(wait=True)
            self.retention.shutdown(wait=True)
        self._imports.shutdown(wait=True, cancel_futures=True)
        self.providers.close()

    def account_added(self, account_id: int) -> None:
        """A new or reconnected account: schedule it and sync it at once."""
        if self._started:
            self.scheduler.add_account(account_id)

    def account_removed(self, account_id: int) -> None:
        if self._started:
            self.scheduler.remove_account(account_id)
        self.providers.discard(account_id)

    def sync_now(self, account_id: int | None = None) -> None:
        self.scheduler.sync_now(account_id)

    def sync_once(self, account_id: int) -> SyncOutcome:
        """Sync one account on the calling thread (the command line does this)."""
        return self.engine.sync_account(account_id)

    def import_files(
        self, paths: Sequence[Path], progress: Progress | None = None
    ) -> Future[SyncCounts]:
        """Import mailbox files on the import thread; the future holds the counts."""
        total = count_sources(paths)  # refuses bad paths here, before any work starts

        def work() -> SyncCounts:
            counts, _changed = import_sources(
                self._store,
                iter_sources(paths),
                total=total,
                settings=self._settings(),
                analyzer=self._analyzer,
                progress=progress,
            )
            return counts

        return self._imports.submit(work)
