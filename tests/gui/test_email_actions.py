"""An email's menu: unmatch (after a confirmation) and move to another application."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from applytrack_desktop.gui.email_actions import EmailActions
from applytrack_desktop.gui.pick_application import PickApplicationDialog
from tests.gui.mail_helpers import import_demo


def setup(qtbot: QtBot, service: Any) -> tuple[EmailActions, Any, Any]:
    import_demo(service)
    host = QWidget()
    qtbot.addWidget(host)
    actions = EmailActions(service, host)
    app = next(a for a in service.list_applications() if a.email_count >= 2)
    email = service.emails_for(app.id)[0]
    return actions, app, email


def test_menu_offers_unmatch_and_move(qtbot: QtBot, service: Any) -> None:
    actions, _app, email = setup(qtbot, service)
    menu = actions.build_menu(email)
    assert [a.text() for a in menu.actions()] == ["Unmatch Email", "Move to another application…"]
    assert all(a.isEnabled() for a in menu.actions())
    menu.close()


def test_unmatch_after_confirmation(qtbot: QtBot, service: Any, when_modal: Any) -> None:
    actions, app, email = setup(qtbot, service)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        go = next(b for b in box.buttons() if b.text() == "Unmatch")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    when_modal(confirm)
    with qtbot.waitSignal(actions.changed, timeout=5000) as changed:
        assert actions.unmatch(email.id)
    assert changed.args == [[app.id]]
    assert service.get_email(email.id).application_id is None
    assert email.id not in [e.id for e in service.emails_for(app.id)]


def test_unmatch_cancelled_changes_nothing(qtbot: QtBot, service: Any, when_modal: Any) -> None:
    actions, app, email = setup(qtbot, service)
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert not actions.unmatch(email.id)
    assert service.get_email(email.id).application_id == app.id


def test_move_to_another_application(qtbot: QtBot, service: Any, when_modal: Any) -> None:
    actions, app, email = setup(qtbot, service)
    other = next(a for a in service.list_applications() if a.id != app.id)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PickApplicationDialog)
        listed = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert f"{app.company} — {app.job_title}" not in listed  # not where it already is
        qtbot.keyClicks(dialog.search, other.company)
        qtbot.waitUntil(lambda: dialog.chosen() == other.id)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Choose"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(choose)
    with qtbot.waitSignal(actions.changed, timeout=5000) as changed:
        assert actions.move(email.id)
    assert sorted(changed.args[0]) == sorted([app.id, other.id])
    assert service.get_email(email.id).application_id == other.id
