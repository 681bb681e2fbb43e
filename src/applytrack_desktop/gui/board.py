"""The Board view: a column per status with application cards you can drag between columns.

Each column is a ``QListView`` over a lazy ``StatusColumnModel`` painted by ``CardDelegate``,
so the board stays light however many applications there are. Withdrawn and Accepted sit at
the end, collapsed until opened. The view emits what the user asked for; ``MainWindow`` wires
those requests to ``ApplicationActions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.board_model import StatusColumnModel
from applytrack_desktop.gui.card_delegate import CARD_HEIGHT, CardDelegate, more_rect
from applytrack_desktop.gui.pager import Query
from applytrack_desktop.gui.table_model import ApplicationIdRole

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

COLUMN_WIDTH = 252
COLLAPSED_WIDTH = 200  # room for 'Withdrawn', its count and the toggle


class CardList(QListView):
    """A column's card list: clicks on the three dots, Enter, and the menu key open things."""

    open_requested = Signal(int)
    menu_requested = Signal(int, QPoint)
    # Left/Right: focus the neighbouring column; Ctrl+Left/Right: move the card there.
    neighbour_requested = Signal(object, int)  # this column's Status, -1 or +1
    move_requested = Signal(int, int)  # application id, -1 or +1

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("ColumnList")
        self.setAccessibleName(f"{status.value} applications")
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.doubleClicked.connect(self._open_index)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def _id(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        value = index.data(ApplicationIdRole) if index.isValid() else None
        return value if isinstance(value, int) else None

    def _open_index(self, index: QModelIndex) -> None:
        app_id = self._id(index)
        if app_id is not None:
            self.open_requested.emit(app_id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        app_id = self._id(index)
        if app_id is not None:
            self.menu_requested.emit(app_id, self.viewport().mapToGlobal(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if index.isValid() and more_rect(self.visualRect(index)).contains(pos):
            self.setCurrentIndex(index)
            app_id = self._id(index)
            if app_id is not None:
                anchor = more_rect(self.visualRect(index)).bottomLeft()
                self.menu_requested.emit(app_id, self.viewport().mapToGlobal(anchor))
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        hover = (
            QPersistentModelIndex(index)
            if index.isValid() and more_rect(self.visualRect(index)).contains(pos)
            else None
        )
        if hover != self.delegate.hover_more:
            self.delegate.hover_more = hover
            self.viewport().update()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        app_id = self._id(index)
        if app_id is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(app_id)
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
        if step:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if app_id is not None:
                    self.move_requested.emit(app_id, step)
            else:
                self.neighbour_requested.emit(self.status, step)
            return
        if app_id is not None and (
            event.key() == Qt.Key.Key_Menu
            or (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
        ):
            anchor = more_rect(self.visualRect(index)).bottomLeft()
            self.menu_requested.emit(app_id, self.viewport().mapToGlobal(anchor))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            color = theme.mix(
                self.palette().color(QPalette.ColorRole.Text),
                self.palette().color(QPalette.ColorRole.Window),
                0.5,
            )
            painter.setPen(color)
            painter.drawText(
                self.viewport().rect().adjusted(12, 16, -12, -12),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                "No applications here.\nDrag a card to move it.",
            )
            painter.end()


class BoardColumn(QFrame):
    """One status: a header with icon, name and count, then the cards."""

    def __init__(self, status: Status, model: StatusColumnModel, collapsed: bool) -> None:
        super().__init__()
        self.setObjectName("Column")
        self.status = status
        self.model = model
        self.list = CardList(status, self)
        self.list.setModel(model)

        icon = QLabel()
        icon.setPixmap(theme.pixmap(theme.status_icon_name(status), theme.status_color(status), 16))
        name = QLabel(status.value)
        name.setObjectName("SectionTitle")
        self.title = name
        self.count = QLabel("0")
        self.count.setObjectName("CountBadge")
        tint = theme.status_tint(status).name()
        accent = theme.status_color(status).name()
        self.count.setStyleSheet(
            f"background:{tint}; color:{accent}; border-radius:9px; padding:1px 8px;"
            "font-weight:600;"
        )
        self.toggle = QToolButton()
        self.toggle.setObjectName("IconButton")
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(f"Show or hide the {status.value} column")
        self.toggle.toggled.connect(self.set_collapsed)

        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 8, 4)
        header.setSpacing(6)
        header.addWidget(icon)
        header.addWidget(name)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.toggle)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        # A collapsed column keeps its header at the top, not centred in the empty height.
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)
        self.toggle.setChecked(collapsed)
        self.set_collapsed(collapsed)
        model.modelReset.connect(self._update_count)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(str(self.model.rowCount()))

    @property
    def collapsed(self) -> bool:
        return not self.list.isVisible() and self.toggle.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        self.list.setVisible(not collapsed)
        self.filler.setVisible(collapsed)
        self.setFixedWidth(COLLAPSED_WIDTH if collapsed else COLUMN_WIDTH)
        muted = theme.mix(
            self.palette().color(QPalette.ColorRole.WindowText),
            self.palette().color(QPalette.ColorRole.Window),
            0.35,
        )
        self.toggle.setIcon(theme.icon("column-closed" if collapsed else "column-open", muted, 16))
        self.toggle.setToolTip("Show cards" if collapsed else "Hide cards")
        if self.toggle.isChecked() != collapsed:
            self.toggle.setChecked(collapsed)


class BoardView(QWidget):
    """All status columns side by side in a horizontal scroll area."""

    open_requested = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    status_requested = Signal(int)
    thread_requested = Signal(int)
    drop_requested = Signal(list, object)  # ids, Status

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardArea")
        self._query = Query()
        self._follow: int | None = None
        self.columns: dict[Status, BoardColumn] = {}
        row = QWidget()
        row.setObjectName("BoardArea")
        lay = QHBoxLayout(row)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(12)
        for status in theme.BOARD_STATUSES:
            model = StatusColumnModel(service, status, self._drop)
            column = BoardColumn(status, model, status in theme.COLLAPSED_STATUSES)
            column.list.open_requested.connect(self.open_requested)
            column.list.menu_requested.connect(self._show_menu)
            column.list.neighbour_requested.connect(self.focus_neighbour)
            column.list.move_requested.connect(self._move_by_key)
            self.columns[status] = column
            lay.addWidget(column)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumHeight(CARD_HEIGHT * 3)

    def _neighbour(self, status: Status, step: int) -> Status | None:
        order = list(self.columns)
        position = order.index(status) + step
        while 0 <= position < len(order):
            if not self.columns[order[position]].toggle.isChecked():
                return order[position]
            position += step
        return None

    def focus_neighbour(self, status: Status, step: int) -> None:
        """Move the keyboard focus to the next open column left or right, same row."""
        target = self._neighbour(status, step)
        if target is None:
            return
        here = self.columns[status].list
        there = self.columns[target].list
        row = min(max(here.currentIndex().row(), 0), there.model().rowCount() - 1)
        there.setFocus(Qt.FocusReason.OtherFocusReason)
        if row >= 0:
            there.setCurrentIndex(there.model().index(row, 0))

    def _move_by_key(self, app_id: int, step: int) -> None:
        source = next((s for s, c in self.columns.items() if c.model.row_of(app_id) >= 0), None)
        if source is None:
            return
        order = list(self.columns)
        position = order.index(source) + step
        if 0 <= position < len(order):
            self._follow = app_id  # keep the keyboard on the card in its new column
            self.drop_requested.emit([app_id], order[position])

    def _drop(self, ids: list[int], status: Status) -> bool:
        self.drop_requested.emit(ids, status)
        return True

    def set_query(self, query: Query) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        for column in self.columns.values():
            column.model.set_query(self._query)
        if self._follow is not None:
            self.select(self._follow)
            self._follow = None

    def select(self, app_id: int) -> bool:
        """Focus and select the card of ``app_id`` wherever it is now."""
        for column in self.columns.values():
            row = column.model.row_of(app_id)
            if row >= 0:
                column.set_collapsed(False)
                column.list.setFocus(Qt.FocusReason.OtherFocusReason)
                column.list.setCurrentIndex(column.model.index(row, 0))
                return True
        return False

    def refresh_application(self, app: Application) -> None:
        for column in self.columns.values():
            column.model.refresh_application(app)

    def build_menu(self, app_id: int) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName("Application actions")
        open_action = QAction("Open", menu)
        open_action.triggered.connect(lambda: self.open_requested.emit(app_id))
        thread = QAction(theme.icon("mail", size=16), "View Email Thread", menu)
        thread.triggered.connect(lambda: self.thread_requested.emit(app_id))
        status = QAction("Set status…", menu)
        status.triggered.connect(lambda: self.status_requested.emit(app_id))
        edit = QAction(theme.icon("edit", size=16), "Edit…", menu)
        edit.triggered.connect(lambda: self.edit_requested.emit(app_id))
        delete = QAction(theme.icon("delete", theme.danger_color(), 16), "Delete", menu)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.triggered.connect(lambda: self.delete_requested.emit(app_id))
        menu.addAction(open_action)
        menu.addAction(thread)
        menu.addAction(status)
        menu.addAction(edit)
        menu.addSeparator()
        menu.addAction(delete)
        return menu

    def _show_menu(self, app_id: int, where: QPoint) -> None:
        self.build_menu(app_id).popup(where)
