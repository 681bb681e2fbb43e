"""The main window end to end on a real store: add, edit, delete, search, views, shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from applytrack_desktop.core.enums import Status
from applytrack_desktop.gui.actions import SetStatusDialog
from applytrack_desktop.gui.app_dialog import ApplicationDialog
from applytrack_desktop.gui.header import BOARD, TABLE
from applytrack_desktop.gui.main_window import EMPTY


def _fill_add_dialog(dialog: QWidget) -> None:
    assert isinstance(dialog, ApplicationDialog)
    assert not dialog.save_button.isEnabled()
    QTest.keyClicks(dialog.company, "Initech")
    QTest.keyClicks(dialog.job_title, "Platform Engineer")
    dialog.status.setCurrentIndex(dialog.status.findData(Status.WISHLIST))
    QTest.keyClicks(dialog.location, "Remote")
    QTest.keyClicks(dialog.url, "https://initech.example/jobs/42")
    QTest.keyClicks(dialog.notes, "Referral from Sam")
    assert dialog.save_button.isEnabled()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_new_store_shows_the_empty_state(window: Any) -> None:
    assert window.current_view() == EMPTY
    assert window.header.count.text() == ""


def test_add_with_ctrl_n(qtbot: Any, window: Any, service: Any, when_modal: Any) -> None:
    when_modal(_fill_add_dialog)
    QTest.keySequence(window, "Ctrl+N")
    qtbot.waitUntil(lambda: service.count_applications() == 1)
    app = service.get_application(service.application_ids()[0])
    assert (app.company, app.job_title, app.status) == (
        "Initech",
        "Platform Engineer",
        Status.WISHLIST,
    )
    assert (app.location, app.url, app.notes) == (
        "Remote",
        "https://initech.example/jobs/42",
        "Referral from Sam",
    )
    qtbot.waitUntil(lambda: window.current_view() == BOARD)
    assert window.board.columns[Status.WISHLIST].model.rowCount() == 1
    assert window.header.count.text().startswith("1 application")
    # The new application opens in the detail panel.
    assert window.detail.isVisible()
    assert window.detail.title.text() == "Initech"


def test_cancel_adds_nothing(qtbot: Any, window: Any, service: Any, when_modal: Any) -> None:
    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ApplicationDialog)
        QTest.keyClicks(dialog.company, "Half typed")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(cancel)
    QTest.mouseClick(window.empty.add_button, Qt.MouseButton.LeftButton)
    assert service.count_applications() == 0
    assert window.current_view() == EMPTY


def test_edit_from_the_card_menu(qtbot: Any, window: Any, service: Any, when_modal: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, ApplicationDialog)
        assert dialog.company.text() == "Acme"
        dialog.company.selectAll()
        QTest.keyClicks(dialog.company, "Acme Corporation")
        dialog.job_title.clear()
        assert not dialog.save_button.isEnabled()
        assert "role" in dialog.error.text()
        QTest.keyClicks(dialog.job_title, "Senior Data Engineer")
        QTest.keyClick(dialog.job_title, Qt.Key.Key_Return)

    when_modal(rename)
    menu = window.board.build_menu(app.id)
    next(a for a in menu.actions() if a.text() == "Edit…").trigger()
    edited = service.get_application(app.id)
    assert (edited.company, edited.job_title) == ("Acme Corporation", "Senior Data Engineer")
    column = window.board.columns[Status.APPLIED]
    qtbot.waitUntil(lambda: column.model.application_at(0).company == "Acme Corporation")


def test_delete_asks_first(qtbot: Any, window: Any, service: Any, when_modal: Any) -> None:
    keep = service.create_application("Keep Ltd", "Analyst")
    gone = service.create_application("Gone Inc", "Analyst")
    window.reload()

    def press(label: str) -> Any:
        def handle(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            assert "Gone Inc" in box.text()
            next(b for b in box.buttons() if b.text() == label).click()

        return handle

    when_modal(press("Cancel"))
    assert not window.app_actions.delete(gone.id)
    assert service.count_applications() == 2

    when_modal(press("Delete"))
    assert window.app_actions.delete(gone.id)
    assert service.application_ids() == [keep.id]
    qtbot.waitUntil(lambda: window.board.columns[Status.APPLIED].model.rowCount() == 1)


def test_delete_key_in_the_table(qtbot: Any, window: Any, service: Any, when_modal: Any) -> None:
    service.create_application("Gone Inc", "Analyst")
    window.reload()
    window.show_view(TABLE)
    table = window.table.table
    table.setFocus()
    table.setCurrentIndex(window.table.model.index(0, 0))

    def accept(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(accept)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert service.count_applications() == 0
    qtbot.waitUntil(lambda: window.current_view() == EMPTY)


def test_set_status_dialog(qtbot: Any, window: Any, service: Any, when_modal: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, SetStatusDialog)
        assert dialog.chosen() is Status.APPLIED
        items = dialog.choices.findItems("Offer Extended", Qt.MatchFlag.MatchExactly)
        dialog.choices.setCurrentItem(items[0])
        dialog.accept()

    when_modal(choose)
    window.board.status_requested.emit(app.id)
    assert service.get_application(app.id).status is Status.OFFER_EXTENDED
    qtbot.waitUntil(lambda: window.board.columns[Status.OFFER_EXTENDED].model.rowCount() == 1)


def test_search_and_view_switch(qtbot: Any, window: Any, service: Any) -> None:
    service.create_application("Acme", "Data Engineer")
    service.create_application("Globex", "Analyst", status=Status.INTERVIEWING)
    window.reload()
    assert window.current_view() == BOARD
    QTest.keySequence(window, "Ctrl+2")
    assert window.current_view() == TABLE
    assert window.header.table_button.isChecked()
    QTest.keySequence(window, "Ctrl+F")
    assert window.focusWidget() is window.header.search
    QTest.keyClicks(window.header.search, "Globex")
    QTest.keyClick(window.header.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1)
    assert window.table.model.index(0, 0).data() == "Globex"
    assert window.board.columns[Status.APPLIED].model.rowCount() == 0
    assert window.board.columns[Status.INTERVIEWING].model.rowCount() == 1
    QTest.mouseClick(window.header.board_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == BOARD
    window.header.search.clear()
    QTest.keyClick(window.header.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 2)


def test_table_filters(qtbot: Any, window: Any, service: Any) -> None:
    service.create_application("Acme", "Data Engineer")
    service.create_application("Acme Robotics", "Analyst", status=Status.REJECTED)
    service.create_application("Globex", "Analyst")
    window.reload()
    window.show_view(TABLE)
    page = window.table
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.REJECTED))
    assert page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    QTest.keyClicks(page.company_filter, "acme")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.summary.text() == "2 shown"
    QTest.keyClicks(page.company_filter, "zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisible()


def test_pages_added_by_others_survive_a_reload(qtbot: Any, window: Any, service: Any) -> None:
    extra = QWidget()
    window.stack.addWidget(extra)
    window.stack.setCurrentWidget(extra)
    service.create_application("Acme", "Data Engineer")
    window.reload()
    assert window.stack.currentWidget() is extra
    window.show_view(TABLE)
    assert window.current_view() == TABLE


def test_a_narrow_window_drops_header_text_instead_of_squeezing(qtbot: Any, window: Any) -> None:
    header = window.header
    levels = []
    for width in (1440, 1024, 900):
        window.resize(width, 700)
        qtbot.waitUntil(lambda w=width: header.width() == w)
        levels.append(header.compact_level)

        def laid_out() -> None:
            # Every button keeps at least its size hint: nothing elided or overlapping.
            for button in (header.board_button, header.review_button, header.add_button):
                assert button.width() >= button.sizeHint().width()
            assert header.search.width() >= header.search.minimumWidth()

        qtbot.waitUntil(laid_out)
    assert levels[0] == 0 and header.add_button.text() == ""  # icon-only at 900 px
    assert levels == sorted(levels) and levels[-1] > levels[0]
    window.resize(1440, 700)
    qtbot.waitUntil(lambda: header.compact_level == 0)
    assert header.add_button.text() == "Add Application" and header.title.isVisible()


def test_switching_to_review_closes_an_unedited_detail(
    qtbot: Any, window: Any, service: Any
) -> None:
    from applytrack_desktop.gui.header import BOARD, REVIEW

    app = service.create_application("Acme", "Data Engineer")
    window.reload()
    window.open_application(app.id)
    assert window.detail.isVisible()
    window.show_view(REVIEW)
    assert not window.detail.isVisible()  # the review list has its own preview
    window.show_view(BOARD)
    window.open_application(app.id)
    window.detail.notes.setPlainText("call back Friday")  # an unsaved edit
    window.show_view(REVIEW)
    assert window.detail.isVisible() and window.detail.app is not None
