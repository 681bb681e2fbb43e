"""Import Mailbox: a real import in the background, progress "n of m", summary, errors."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui.import_dialog import ImportDialog, progress_label
from applytrack_desktop.sync.importer import summary
from tests.gui.mail_helpers import DEMO_MBOX

_MESSAGE_ID = re.compile(rb"^Message-ID:[^\n]*$", re.M | re.I)


def big_mbox(path: Path, count: int, job_every: int = 1) -> Path:
    """``count`` messages, each with its own Message-ID: every ``job_every``-th one a demo
    message, the others a short newsletter (most of a real mailbox is not about jobs)."""
    text = DEMO_MBOX.read_bytes()
    messages = [m for m in re.split(rb"(?m)^(?=From )", text) if m.strip()]
    with path.open("wb") as out:
        for n in range(count):
            if n % job_every == 0:
                message = messages[(n // job_every) % len(messages)]
                out.write(
                    _MESSAGE_ID.sub(f"Message-ID: <big-{n}@test.example>".encode(), message, 1)
                )
            else:
                out.write(newsletter(n))
    return path


def newsletter(n: int) -> bytes:
    return (
        f"From news@shop.example Mon Jan  5 09:00:00 2026\n"
        f"From: Garden Shop <news@shop.example>\nTo: me@example.com\n"
        f"Subject: This week's picks #{n}\nMessage-ID: <news-{n}@shop.example>\n"
        f"Date: Mon, 5 Jan 2026 09:00:00 +0000\nContent-Type: text/plain\n\n"
        f"New seeds and tools are in. Free delivery over 30 euros this weekend only.\n\n"
    ).encode()


def make(qtbot: QtBot, service: Any, paths: list[Path]) -> ImportDialog:
    dialog = ImportDialog(service, None, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_progress_label() -> None:
    assert progress_label(256, 10_000) == "Importing… 256 of 10,000 messages"
    assert progress_label(5, -1) == "Importing… 5 messages"


def test_demo_mailbox_imports_with_progress_and_a_summary(qtbot: QtBot, service: Any) -> None:
    dialog = make(qtbot, service, [DEMO_MBOX])
    assert dialog.file_list.count() == 1
    progress: list[tuple[int, int]] = []
    dialog._relay.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert not dialog.import_button.isEnabled()
        assert dialog.close_button.text() == "Hide"
    counts = done.args[0]
    assert counts.fetched > 50
    assert dialog.status.text() == "Done: " + summary(counts)
    assert progress and progress[-1][0] == progress[-1][1] == counts.fetched
    assert len(service.list_applications()) == counts.created > 0
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import More"
    assert dialog.close_button.text() == "Close"


def test_a_missing_file_is_one_sentence(qtbot: QtBot, service: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.mbox"
    dialog = make(qtbot, service, [missing])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    text = dialog.status.text()
    assert "nowhere.mbox" in text
    assert "Traceback" not in text and "\n" not in text
    assert dialog.status.objectName() == "ErrorLabel"
    assert dialog.import_button.isEnabled()


def test_a_file_that_is_not_mail_is_handled(qtbot: QtBot, service: Any, tmp_path: Path) -> None:
    junk = tmp_path / "photo.eml"
    junk.write_bytes(bytes(range(256)) * 40)
    dialog = make(qtbot, service, [junk])
    with qtbot.waitSignal(dialog._relay.finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert service.list_applications() == []


def test_clear_and_hide_while_running(qtbot: QtBot, service: Any, tmp_path: Path) -> None:
    dialog = make(qtbot, service, [DEMO_MBOX])
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [] and not dialog.import_button.isEnabled()
    dialog.set_paths([big_mbox(tmp_path / "big.mbox", 300)])
    with qtbot.waitSignal(dialog.imported, timeout=120_000):
        dialog.start()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()  # hidden, not stopped
    assert dialog.counts is not None and dialog.counts.fetched == 300


@pytest.mark.slow
def test_window_stays_responsive_during_a_10000_message_import(
    qtbot: QtBot, service: Any, tmp_path: Path
) -> None:
    """While 10,000 messages import, timers keep firing and clicks are handled."""
    box = big_mbox(tmp_path / "10k.mbox", 10_000, job_every=10)
    dialog = make(qtbot, service, [box])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    progress: list[int] = []
    dialog._relay.progress.connect(lambda done, _total: progress.append(done))
    with qtbot.waitSignal(dialog.imported, timeout=240_000):
        assert dialog.start()
        # A click while the import runs is handled at once.
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
        assert dialog.paths == [box]  # disabled while running: the click changed nothing
    timer.stop()
    assert dialog.counts is not None and dialog.counts.fetched == 10_000
    assert progress[-1] == 10_000 and len(progress) > 10
    # The event loop kept running all along: many timer ticks, spread over the import.
    assert len(ticks) > 50
    assert ticks[-1] - ticks[0] > 0
