"""Carries sync events from scheduler threads to the GUI thread as Qt signals.

The sync layer's ``EventStream`` calls listeners on whatever thread the sync runs on. This
QObject lives on the GUI thread; emitting its signals from another thread makes Qt queue
the call into the GUI event loop (a queued connection), so slots only ever run there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from applytrack_desktop.sync.events import (
    EventStream,
    SyncEvent,
    SyncFailed,
    SyncFinished,
    SyncProgress,
    SyncStarted,
)


class SyncBridge(QObject):
    started = Signal(int)  # account id
    progress = Signal(int, int, int)  # account id, done, total (-1: unknown)
    finished = Signal(int, object)  # account id, SyncFinished
    failed = Signal(int, str, bool)  # account id, one sentence, reconnect needed
    busy_changed = Signal(bool)  # any sync running

    def __init__(self, events: EventStream | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[int] = set()
        self._unsubscribe: Callable[[], None] | None = None
        if events is not None:
            self.attach(events)
        self.started.connect(self._mark_started)
        self.finished.connect(lambda account_id, _e: self._mark_done(account_id))
        self.failed.connect(lambda account_id, _m, _r: self._mark_done(account_id))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def attached(self) -> bool:
        return self._unsubscribe is not None

    def attach(self, events: EventStream) -> None:
        """Listen to ``events`` (a new sync runtime's, after the store was reopened)."""
        self.detach()
        self._unsubscribe = events.subscribe(self._on_event)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._running:  # a runtime that went away reports nothing more
            self._running.clear()
            self.busy_changed.emit(False)

    def _on_event(self, event: SyncEvent) -> None:  # any thread
        if isinstance(event, SyncStarted):
            self.started.emit(event.account_id)
        elif isinstance(event, SyncProgress):
            total = -1 if event.total is None else event.total
            self.progress.emit(event.account_id, event.done, total)
        elif isinstance(event, SyncFinished):
            self.finished.emit(event.account_id, event)
        elif isinstance(event, SyncFailed):
            self.failed.emit(event.account_id, event.message, event.reconnect)

    def _mark_started(self, account_id: int) -> None:  # GUI thread
        was = self.busy
        self._running.add(account_id)
        if not was:
            self.busy_changed.emit(True)

    def _mark_done(self, account_id: int) -> None:  # GUI thread
        self._running.discard(account_id)
        if not self._running:
            self.busy_changed.emit(False)
