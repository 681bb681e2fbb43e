"""The window's mail side: header commands, Ctrl+R, the Review view, Welcome, live refresh."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.gui.header import BOARD, REVIEW
from applytrack_desktop.gui.integrations import IntegrationsDialog
from applytrack_desktop.gui.main_window import EMPTY
from applytrack_desktop.sync.events import SyncFinished, SyncStarted
from tests.gui.mail_helpers import DEMO_MBOX, add_account, add_unsure_mail, import_demo


def from_thread(fn: Any) -> None:
    thread = threading.Thread(target=fn)
    thread.start()
    thread.join()


def test_a_new_store_shows_the_welcome_page(window: Any) -> None:
    assert window.current_view() == EMPTY
    assert window.stack.currentWidget() is window.mail.welcome
    assert window.mail.welcome.isVisible()


def test_with_an_account_but_no_application_the_plain_empty_state(
    qtbot: QtBot, service: Any
) -> None:
    from applytrack_desktop.gui.main_window import MainWindow

    add_account(service, AccountKind.IMAP, "me@example.com")
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    assert win.current_view() == EMPTY
    assert win.stack.currentWidget() is win.empty


def test_header_holds_indicator_sync_and_import(window: Any) -> None:
    commands = window.header.commands
    widgets = [commands.itemAt(i).widget() for i in range(commands.count())]
    mail = window.mail
    order = [w for w in widgets if w is not None]
    assert order.index(mail.sync_button) < order.index(mail.import_button)
    assert order.index(mail.import_button) < order.index(window.bell)
    # The indicator sits under the application count, left of the views.
    assert mail.indicator.parentWidget() is window.header.count.parentWidget()
    assert order[-1] is window.header.add_button
    assert mail.sync_button.accessibleName() == "Sync Mail"
    assert mail.import_button.toolTip() == "Import Mailbox (Ctrl+I)"


def test_ctrl_r_without_an_account_opens_integrations(qtbot: QtBot, window: Any) -> None:
    QTest.keySequence(window, "Ctrl+R")
    dialog = window.mail.integrations
    assert isinstance(dialog, IntegrationsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_ctrl_r_syncs_every_account(qtbot: QtBot, window: Any, service: Any) -> None:
    service.connect_files([DEMO_MBOX])
    window.mail.refresh()
    calls: list[int | None] = []
    original = service.sync_now
    service.sync_now = lambda account_id=None: (calls.append(account_id), original(account_id))
    QTest.keySequence(window, "Ctrl+R")
    assert calls == [None]


def test_welcome_import_runs_and_leaves_the_board(qtbot: QtBot, window: Any) -> None:
    qtbot.mouseClick(window.mail.welcome.import_button, Qt.MouseButton.LeftButton)
    dialog = window.mail.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_paths([DEMO_MBOX])
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_view() == BOARD, timeout=5000)
    assert window.header.count.text().startswith(f"{window.service.count_applications()} ")
    assert window.header.review_button.text() == f"Review · {window.service.review_count()}"


def test_review_view_by_shortcut_and_a_decision_refreshes(
    qtbot: QtBot, window: Any, service: Any
) -> None:
    import_demo(service)
    window.reload()
    QTest.keySequence(window, "Ctrl+3")
    assert window.current_view() == REVIEW
    page = window.mail.review
    assert page.count() == service.review_count() > 0
    before = page.count()
    page.table.setFocus()
    page.table.selectRow(0)
    QTest.keyClick(page.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: window.header.review_button.text() == f"Review · {before - 1}")
    # Board and Table come back with their own keys.
    QTest.keySequence(window, "Ctrl+1")
    assert window.current_view() == BOARD


def test_open_from_review_shows_the_application(qtbot: QtBot, window: Any, service: Any) -> None:
    import_demo(service)
    add_unsure_mail(service)
    window.reload()
    window.show_view(REVIEW)
    page = window.mail.review
    rows = page.model.rows
    target = next(r for r in rows if r.application is not None)
    page.table.selectRow(rows.index(target))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.detail.isVisible()
    assert window.detail.title.text() == target.application.company


def test_a_finished_sync_refreshes_the_window(qtbot: QtBot, window: Any, service: Any) -> None:
    account = add_account(service, AccountKind.FILES, str(DEMO_MBOX))
    window.mail.refresh()
    import_demo(service)  # as if the sync had stored the mail
    events = service.sync_events
    from_thread(
        lambda: (events.publish(SyncStarted(account.id)), events.publish(SyncFinished(account.id)))
    )
    total = service.count_applications()
    qtbot.waitUntil(lambda: window.header.count.text().startswith(f"{total} "), timeout=5000)
    assert window.current_view() == BOARD
    assert window.mail.indicator.active_threads == service.active_thread_count() > 0


def test_reconnect_button_opens_integrations_on_that_account(
    qtbot: QtBot, window: Any, service: Any
) -> None:
    from applytrack_desktop.core.models import AccountState

    add_account(service, AccountKind.IMAP, "other@example.com")
    bad = add_account(service, AccountKind.GMAIL, "me@gmail.com", AccountState.RECONNECT_NEEDED)
    window.mail.refresh()
    indicator = window.mail.indicator
    assert indicator.reconnect_button.isVisible()
    qtbot.mouseClick(indicator.reconnect_button, Qt.MouseButton.LeftButton)
    dialog = window.mail.integrations
    assert dialog is not None and dialog.isVisible()
    current = dialog.page.current_account()
    assert current is not None and current.id == bad.id
    dialog.reject()


def test_settings_has_an_integrations_tab(qtbot: QtBot, window: Any, when_modal: Any) -> None:
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        tabs = dialog.tabs  # type: ignore[attr-defined]
        seen.extend(tabs.tabText(i) for i in range(tabs.count()))
        dialog.reject()

    when_modal(look)
    window.open_settings()
    assert seen[0] == "Integrations"
