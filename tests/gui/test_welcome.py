"""The first-run page: its three ways in and the hand-entry link, by click and by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui.welcome import WelcomePage


def make(qtbot: QtBot) -> WelcomePage:
    page = WelcomePage()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_each_button_asks_for_its_flow(qtbot: QtBot) -> None:
    page = make(qtbot)
    for button, signal in (
        (page.connect_button, page.connect_requested),
        (page.import_button, page.import_requested),
        (page.demo_button, page.demo_requested),
        (page.add_button, page.add_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_keyboard_reaches_every_choice_in_order(qtbot: QtBot) -> None:
    page = make(qtbot)
    page.activateWindow()
    qtbot.waitActive(page)
    page.connect_button.setFocus()
    assert page.focusWidget() is page.connect_button
    qtbot.keyClick(page.connect_button, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.import_button
    qtbot.keyClick(page.import_button, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.demo_button
    with qtbot.waitSignal(page.demo_requested, timeout=1000):
        qtbot.keyClick(page.demo_button, Qt.Key.Key_Space)


def test_busy_while_the_demo_loads(qtbot: QtBot) -> None:
    page = make(qtbot)
    page.set_busy(True, "Preparing the demo…")
    assert not page.demo_button.isEnabled() and not page.connect_button.isEnabled()
    assert page.demo_button.text() == "Preparing the demo…"
    page.set_busy(False)
    assert page.demo_button.isEnabled() and page.demo_button.text() == "Try the Demo"
    assert page.connect_button.accessibleName() == "Connect a mail account"
