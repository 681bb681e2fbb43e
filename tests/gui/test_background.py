"""Blocking calls run off the GUI thread and report back on it; errors become one sentence."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.errors import NetworkError
from applytrack_desktop.gui.background import GENERIC_MESSAGE, describe_error, run_in_background


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    gui = threading.current_thread()
    seen: list[tuple[str, object, bool]] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return threading.current_thread().name

    task = run_in_background(
        slow,
        qapp,
        lambda r: seen.append(("done", r, threading.current_thread() is gui)),
        lambda e: seen.append(("failed", e, threading.current_thread() is gui)),
    )
    assert task.running  # the GUI thread did not wait for it
    release.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("done", "gui-task", True)]

    def boom() -> None:
        raise NetworkError("The network is unreachable.")

    run_in_background(boom, qapp, seen.append, lambda e: seen.append(("failed", e, True)))
    qtbot.waitUntil(lambda: len(seen) == 2)
    kind, error, _ = seen[1]
    assert kind == "failed" and isinstance(error, BaseException)
    assert describe_error(error) == (
        "Network problem",
        "The network is unreachable.",
    )


def test_unexpected_errors_are_a_generic_sentence() -> None:
    title, message = describe_error(KeyError("secret@example.com"))
    assert message == GENERIC_MESSAGE
    assert "secret" not in title + message
