"""Starting the app: the passphrase flow without a keyring, retries, and a clean run_gui."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from applytrack_desktop.gui.app import WRONG_PASSPHRASE, open_service, run_gui
from applytrack_desktop.gui.passphrase import WHY, PassphraseDialog

from .conftest import PASSPHRASE


class Answers:
    """Passphrases to give, in order, and what the app said each time it asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[bool, str]] = []

    def __call__(self, new_store: bool, error: str) -> str | None:
        self.asked.append((new_store, error))
        return self.answers.pop(0)


def test_new_store_asks_for_a_passphrase(no_keyring: None, data_dir: Path) -> None:
    answers = Answers(PASSPHRASE)
    service = open_service(data_dir, answers)
    assert service is not None
    service.close()
    assert answers.asked == [(True, "")]


def test_wrong_passphrase_is_asked_again(no_keyring: None, data_dir: Path) -> None:
    from applytrack_desktop.service import Service

    Service.open(data_dir, passphrase=PASSPHRASE).close()
    answers = Answers("not it", PASSPHRASE)
    service = open_service(data_dir, answers)
    assert service is not None
    service.close()
    assert answers.asked == [(False, ""), (False, WRONG_PASSPHRASE)]


def test_giving_up_returns_none(no_keyring: None, data_dir: Path) -> None:
    from applytrack_desktop.service import Service

    Service.open(data_dir, passphrase=PASSPHRASE).close()
    answers = Answers(None)
    assert open_service(data_dir, answers, passphrase="wrong one") is None
    assert answers.asked == [(False, WRONG_PASSPHRASE)]


def test_passphrase_dialog_for_a_new_store(qtbot: Any) -> None:
    dialog = PassphraseDialog(new_store=True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert WHY in texts
    assert "keyring" in texts
    QTest.keyClicks(dialog.passphrase, "short")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "8 characters" in dialog.error.text()
    dialog.passphrase.clear()
    QTest.keyClicks(dialog.passphrase, PASSPHRASE)
    QTest.keyClicks(dialog.confirm, PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "not the same" in dialog.error.text()
    dialog.confirm.clear()
    QTest.keyClicks(dialog.confirm, PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.value() == PASSPHRASE


def test_passphrase_dialog_shows_the_retry_reason(qtbot: Any) -> None:
    dialog = PassphraseDialog(error=WRONG_PASSPHRASE)
    qtbot.addWidget(dialog)
    assert dialog.error.text() == WRONG_PASSPHRASE
    assert dialog.confirm.isHidden()
    assert dialog.ok_button.text() == "Unlock"


def test_run_gui_unlocks_through_the_dialog_and_closes_cleanly(
    qtbot: Any, no_keyring: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from applytrack_desktop.gui.main_window import MainWindow
    from applytrack_desktop.service import Service

    seeded = Service.open(data_dir, passphrase=PASSPHRASE)
    seeded.create_application("Acme", "Data Engineer")
    seeded.close()
    monkeypatch.delenv("APPLYTRACK_PASSPHRASE", raising=False)
    seen: dict[str, Any] = {}

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PassphraseDialog):
            seen.setdefault("dialogs", []).append(modal.error.text())
            modal.passphrase.clear()
            attempt = "wrong passphrase" if len(seen["dialogs"]) == 1 else PASSPHRASE
            QTest.keyClicks(modal.passphrase, attempt)
            modal.ok_button.click()
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if shown:
            seen["count"] = shown[0].header.count.text()
            timer.stop()
            shown[0].close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(30)
    try:
        code = run_gui(data_dir, demo=False)
    finally:
        timer.stop()
    assert code == 0
    assert seen["dialogs"] == ["", WRONG_PASSPHRASE]
    assert seen["count"].startswith("1 application")
    # The service was closed: the store opens again at once.
    Service.open(data_dir, passphrase=PASSPHRASE).close()


def _close_main_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWidget) and widget.isVisible():
            widget.close()


def test_run_gui_demo_opens_a_throwaway_store(qtbot: Any, no_keyring: None) -> None:
    from applytrack_desktop.gui.demo import DEMO_TITLE
    from applytrack_desktop.gui.main_window import MainWindow

    seen: dict[str, Any] = {}

    def drive() -> None:
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if shown:
            seen["title"] = shown[0].windowTitle()
            seen["applications"] = shown[0].service.count_applications()
            seen["folder"] = Path(shown[0].service.data_dir).parent
            timer.stop()
            shown[0].close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    try:
        assert run_gui(None, demo=True) == 0
    finally:
        timer.stop()
    # The demo store was filled by the real pipeline, and is gone after the window closed.
    assert seen["title"] == DEMO_TITLE
    assert seen["applications"] >= 10
    assert not seen["folder"].exists()
