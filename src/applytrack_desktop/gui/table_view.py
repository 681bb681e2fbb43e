"""The Table view: every application as a sortable row, filterable by status, company and
how recently it was updated.

The search box in the header filters both views; the status, company and date filters here
are the table's own. Sorting a header re-queries the store (see ``ApplicationTableModel``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.gui import theme
from applytrack_desktop.gui.pager import Query
from applytrack_desktop.gui.table_model import COLUMNS, ApplicationIdRole, ApplicationTableModel

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

# The date filter's choices: (label, days since the last update; None for any time).
DATE_RANGES: tuple[tuple[str, int | None], ...] = (
    ("Any time", None),
    ("In the last 7 days", 7),
    ("In the last 30 days", 30),
    ("In the last 90 days", 90),
)


class ApplicationTable(QTableView):
    """The table itself: Enter opens, Delete deletes, the menu key opens the row menu."""

    open_requested = Signal(int)
    delete_requested = Signal(int)
    menu_requested = Signal(int, QPoint)

    def current_id(self) -> int | None:
        value = self.currentIndex().data(ApplicationIdRole)
        return value if isinstance(value, int) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        app_id = self.current_id()
        if app_id is not None:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_requested.emit(app_id)
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit(app_id)
                return
            if event.key() == Qt.Key.Key_Menu:
                rect = self.visualRect(self.currentIndex())
                self.menu_requested.emit(app_id, self.viewport().mapToGlobal(rect.center()))
                return
        super().keyPressEvent(event)


class TablePage(QWidget):
    open_requested = Signal(int)
    delete_requested = Signal(int)
    menu_requested = Signal(int, QPoint)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TablePage")
        self.model = ApplicationTableModel(service, self)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Filter by status")
        self.status_filter.addItem("All statuses", None)
        for status in theme.BOARD_STATUSES:
            self.status_filter.addItem(
                theme.icon(theme.status_icon_name(status), theme.status_color(status), 16),
                status.value,
                status,
            )
        self.company_filter = QLineEdit()
        self.company_filter.setPlaceholderText("Filter by company")
        self.company_filter.setAccessibleName("Filter by company")
        self.company_filter.setClearButtonEnabled(True)
        self.company_filter.setMaximumWidth(240)
        self.date_filter = QComboBox()
        self.date_filter.setAccessibleName("Filter by last update")
        for label, days in DATE_RANGES:
            self.date_filter.addItem(label, days)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(QLabel("Status"))
        filters.addWidget(self.status_filter)
        filters.addSpacing(8)
        filters.addWidget(self.company_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel("Updated"))
        filters.addWidget(self.date_filter)
        filters.addStretch(1)
        filters.addWidget(self.summary)

        self.table = ApplicationTable()
        self.table.setAccessibleName("Applications table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        # Fixed section sizes: Qt never measures 10,000 rows to size them.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 260, 150, 150, 110)):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(
            [key for _, key in COLUMNS].index("updated_at"), Qt.SortOrder.DescendingOrder
        )
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self.open_requested)
        self.table.delete_requested.connect(self.delete_requested)
        self.table.menu_requested.connect(self.menu_requested)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.empty = QLabel("No applications match these filters.")
        self.empty.setObjectName("Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self._search: str | None = None
        # Typing in the company box re-queries after a short pause, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filters)
        self.company_filter.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.model.modelReset.connect(self._update_summary)
        self._update_summary()

    def set_search(self, text: str | None) -> None:
        self._search = text or None
        self.apply_filters()

    def apply_filters(self) -> None:
        status = theme.as_status(self.status_filter.currentData())
        company = self.company_filter.text().strip() or None
        days = self.date_filter.currentData()
        self.model.set_query(
            replace(
                self.model.query,
                status=status,
                company=company,
                text=self._search,
                updated_within_days=days if isinstance(days, int) else None,
            )
        )

    def current_query(self) -> Query:
        return self.model.query

    def _update_summary(self) -> None:
        rows = self.model.rowCount()
        self.summary.setText(f"{rows:,} shown")
        self.empty.setVisible(rows == 0)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(ApplicationIdRole)
        if isinstance(value, int):
            self.open_requested.emit(value)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        value = index.data(ApplicationIdRole) if index.isValid() else None
        if isinstance(value, int):
            self.table.selectRow(index.row())
            self.menu_requested.emit(value, self.table.viewport().mapToGlobal(pos))
