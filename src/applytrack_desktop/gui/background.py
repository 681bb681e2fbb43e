"""Run one blocking call (an OAuth sign-in, opening the demo) off the GUI thread.

The window must never wait on the network or on a long import, so such calls run on a
plain worker thread; their result or exception comes back through a Qt signal, which Qt
queues into the GUI thread's event loop because the ``Task`` object lives there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from applytrack_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

GENERIC_TITLE = "Something went wrong"
GENERIC_MESSAGE = "That did not work. Nothing was changed; details are in the log file."


def describe_error(exc: BaseException) -> tuple[str, str]:
    """A title and one sentence for the user; never a traceback or mail content."""
    if isinstance(exc, UserFacingError):
        return exc.title, exc.message
    log.error("unexpected error", exc_info=exc)
    return GENERIC_TITLE, GENERIC_MESSAGE


class Task(QObject):
    """One call on a worker thread; ``done(result)`` or ``failed(exc)`` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.finished = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="gui-task")

    def start(self) -> Task:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, shown there as a sentence
            self.finished.set()
            self.failed.emit(exc)
            return
        self.finished.set()
        self.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    parent: QObject,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start ``fn`` on a worker thread; the callbacks run on the GUI thread."""
    task = Task(fn, parent)
    task.done.connect(on_done)
    task.failed.connect(on_error)
    task.done.connect(lambda _r: task.deleteLater())
    task.failed.connect(lambda _e: task.deleteLater())
    return task.start()
