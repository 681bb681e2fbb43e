"""The board: a column per status, drag and drop sets the status by hand, card menus."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application, ChangeCause
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.board import BoardView
from applytrack_desktop.gui.board_model import MIME_TYPE, decode_ids, encode_ids
from applytrack_desktop.gui.card_delegate import _marked, more_rect
from applytrack_desktop.gui.pager import Query
from applytrack_desktop.gui.table_model import ApplicationIdRole


def _board(qtbot: Any, service: Any) -> BoardView:
    board = BoardView(service)
    qtbot.addWidget(board)
    board.resize(1600, 700)
    board.reload()
    board.show()
    qtbot.waitExposed(board)
    return board


def test_columns_follow_the_statuses(qtbot: Any, service: Any) -> None:
    service.create_application("Acme", "Data Engineer")
    wish = service.create_application("Globex", "Analyst", status=Status.WISHLIST)
    board = _board(qtbot, service)
    assert list(board.columns) == list(theme.BOARD_STATUSES)
    assert board.columns[Status.APPLIED].model.rowCount() == 1
    assert board.columns[Status.WISHLIST].model.rowCount() == 1
    assert board.columns[Status.WISHLIST].model.index(0).data(ApplicationIdRole) == wish.id
    assert board.columns[Status.WISHLIST].count.text() == "1"
    assert board.columns[Status.INTERVIEWING].count.text() == "0"
    for status in theme.COLLAPSED_STATUSES:
        assert not board.columns[status].list.isVisible()
    assert board.columns[Status.APPLIED].list.isVisible()


def test_column_model_passes_qt_model_tester(qtbot: Any, service: Any) -> None:
    for i in range(3):
        service.create_application(f"Company {i}", "Engineer")
    board = _board(qtbot, service)
    model = board.columns[Status.APPLIED].model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 3
    model.set_query(Query(text="Company 1"))
    assert model.rowCount() == 1


def test_mime_round_trip() -> None:
    mime = encode_ids([3, 14, 15])
    assert mime.hasFormat(MIME_TYPE)
    assert decode_ids(mime) == [3, 14, 15]
    from PySide6.QtCore import QMimeData

    assert decode_ids(QMimeData()) == []


def test_drop_on_another_column_sets_status_by_hand(qtbot: Any, service: Any, window: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()
    board = window.board
    source = board.columns[Status.APPLIED].model
    target = board.columns[Status.INTERVIEWING].model
    mime = source.mimeData([source.index(0)])
    assert decode_ids(mime) == [app.id]
    # Dropping back on its own column is refused.
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, source.index(-1))
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(-1))
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(-1))
    qtbot.waitUntil(lambda: target.rowCount() == 1)
    assert source.rowCount() == 0
    assert service.get_application(app.id).status is Status.INTERVIEWING
    last = service.history(app.id)[-1]
    assert last.to_status is Status.INTERVIEWING
    assert last.cause is ChangeCause.USER
    assert board.columns[Status.INTERVIEWING].count.text() == "1"


def test_three_dot_click_opens_the_card_menu(qtbot: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    board = _board(qtbot, service)
    card_list = board.columns[Status.APPLIED].list
    rect = card_list.visualRect(card_list.model().index(0, 0))
    dots = more_rect(rect).center()
    with qtbot.waitSignal(card_list.menu_requested) as blocker:
        QTest.mouseClick(card_list.viewport(), Qt.MouseButton.LeftButton, pos=dots)
    assert blocker.args[0] == app.id
    # A click elsewhere on the card selects it and asks for no menu.
    with qtbot.assertNotEmitted(card_list.menu_requested):
        QTest.mouseClick(card_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert card_list.currentIndex().row() == 0


def test_card_menu_offers_the_actions(qtbot: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    board = _board(qtbot, service)
    menu = board.build_menu(app.id)
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == ["Open", "View Email Thread", "Set status…", "Edit…", "Delete"]
    with qtbot.waitSignal(board.thread_requested) as blocker:
        actions["View Email Thread"].trigger()
    assert blocker.args == [app.id]
    with qtbot.waitSignal(board.status_requested) as blocker:
        actions["Set status…"].trigger()
    assert blocker.args == [app.id]
    with qtbot.waitSignal(board.delete_requested) as blocker:
        next(a for a in menu.actions() if a.text() == "Delete").trigger()
    assert blocker.args == [app.id]


def test_keyboard_opens_a_card(qtbot: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    board = _board(qtbot, service)
    card_list = board.columns[Status.APPLIED].list
    card_list.setFocus()
    card_list.setCurrentIndex(card_list.model().index(0, 0))
    with qtbot.waitSignal(card_list.open_requested) as blocker:
        QTest.keyClick(card_list, Qt.Key.Key_Return)
    assert blocker.args == [app.id]
    with qtbot.waitSignal(card_list.menu_requested) as blocker:
        QTest.keyClick(card_list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args[0] == app.id
    assert isinstance(blocker.args[1], QPoint)


def test_collapsed_column_opens(qtbot: Any, service: Any) -> None:
    board = _board(qtbot, service)
    column = board.columns[Status.ACCEPTED]
    assert not column.list.isVisible()
    QTest.mouseClick(column.toggle, Qt.MouseButton.LeftButton)
    assert column.list.isVisible()


def test_cards_are_painted_once_and_repainted_after_an_edit(qtbot: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    board = _board(qtbot, service)
    card_list = board.columns[Status.APPLIED].list
    first = card_list.viewport().grab().toImage()
    cached = len(card_list.delegate._cache)
    assert cached >= 1
    assert card_list.viewport().grab().toImage() == first
    assert len(card_list.delegate._cache) == cached  # the second paint reused the card
    edited = service.update_application(app.id, company="Acme Renamed")
    board.refresh_application(edited)
    assert card_list.viewport().grab().toImage() != first


def test_arrow_keys_walk_columns_and_ctrl_arrow_moves_a_card(
    qtbot: Any, service: Any, window: Any
) -> None:
    app = service.create_application("Acme", "Data Engineer")
    service.create_application("Globex", "Analyst", status=Status.INTERVIEWING)
    window.reload()
    board = window.board
    applied = board.columns[Status.APPLIED].list
    applied.setFocus()
    applied.setCurrentIndex(applied.model().index(0, 0))
    QTest.keyClick(applied, Qt.Key.Key_Right)
    interviewing = board.columns[Status.INTERVIEWING].list
    assert window.focusWidget() is interviewing
    assert interviewing.currentIndex().row() == 0
    QTest.keyClick(interviewing, Qt.Key.Key_Left)
    assert window.focusWidget() is applied
    # Ctrl+Right moves the card one column on, by hand, and the focus follows it.
    QTest.keyClick(applied, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: service.get_application(app.id).status is Status.INTERVIEWING)
    qtbot.waitUntil(lambda: board.columns[Status.INTERVIEWING].model.rowCount() == 2)
    qtbot.waitUntil(lambda: interviewing.currentIndex().data(ApplicationIdRole) == app.id)
    assert window.focusWidget() is interviewing


def test_a_card_marks_only_interviews_that_have_not_passed() -> None:
    now = datetime.now(UTC)
    app = Application(1, "Acme", "Engineer", Status.INTERVIEWING, now, now)
    assert not _marked(app)
    assert _marked(
        Application(
            1,
            "Acme",
            "Engineer",
            Status.INTERVIEWING,
            now,
            now,
            next_event_at=now + timedelta(days=2),
        )
    )
    assert not _marked(
        Application(
            1,
            "Acme",
            "Engineer",
            Status.INTERVIEWING,
            now,
            now,
            next_event_at=now - timedelta(days=8),
        )
    )


def test_a_card_without_a_role_says_so_not_a_dangling_comma(qtbot: Any, service: Any) -> None:
    service.create_application("Hooli", "")
    board = _board(qtbot, service)
    index = board.columns[Status.APPLIED].model.index(0)
    assert index.data() == "Hooli"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Hooli\nApplied"
    assert not board.grab().isNull()  # the card paints its "role not known" line


def test_a_collapsed_column_keeps_its_whole_title_at_the_top(qtbot: Any, service: Any) -> None:
    board = _board(qtbot, service)
    board.resize(2200, 700)
    for status in theme.COLLAPSED_STATUSES:
        column = board.columns[status]

        def laid_out(column: Any = column) -> None:
            assert column.toggle.y() < 40  # not centred in the column's empty height
            assert column.title.width() >= column.title.sizeHint().width()  # not cut

        qtbot.waitUntil(laid_out)


def test_the_column_toggle_is_an_icon_that_follows_the_state(qtbot: Any, service: Any) -> None:
    board = _board(qtbot, service)
    column = board.columns[Status.APPLIED]
    open_icon = column.toggle.icon().pixmap(16, 16).toImage()
    assert column.toggle.text() == "" and not column.toggle.icon().isNull()
    column.set_collapsed(True)
    assert column.toggle.icon().pixmap(16, 16).toImage() != open_icon
    assert column.toggle.toolTip() == "Show cards"
