"""The lazy table model behind the Table view: ids in memory, rows fetched a page at a time.

Sorting a column re-runs the id query with that sort key instead of sorting in Python, so
order is always the store's order and 10,000 rows sort as fast as the index allows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.gui.pager import PAGE_SIZE, Pager, Query

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

ApplicationIdRole = Qt.ItemDataRole.UserRole + 1
ApplicationRole = Qt.ItemDataRole.UserRole + 2

# (header, service sort key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Company", "company"),
    ("Role", "job_title"),
    ("Status", "status"),
    ("Location", "location"),
    ("Last update", "updated_at"),
    ("Added", "created_at"),
)

AnyIndex = QModelIndex | QPersistentModelIndex

_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        ApplicationIdRole,
        ApplicationRole,
    )
)


class ApplicationTableModel(QAbstractTableModel):
    """Applications matching a ``Query``, one row each, read through a ``Pager``."""

    def __init__(self, service: Service, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = Query()
        self._pager = Pager(self._fetch_ids, service.get_applications)
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._text_cache: dict[int, tuple[str, ...]] = {}
        self._status_styles: dict[Status, tuple[QColor, QIcon]] = {}
        self.reload()

    # -- querying -------------------------------------------------------------------------
    def _fetch_ids(self) -> list[int]:
        q = self._query
        since = None
        if q.updated_within_days is not None:
            since = datetime.now(UTC) - timedelta(days=q.updated_within_days)
        return self._service.application_ids(
            status=q.status,
            company=q.company,
            text=q.text,
            updated_since=since,
            sort=q.sort,
            descending=q.descending,
        )

    @property
    def query(self) -> Query:
        return self._query

    @property
    def pager(self) -> Pager:
        return self._pager

    def set_query(self, query: Query) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pager.reload()
        self._text_cache.clear()
        self.endResetModel()

    def refresh_application(self, app: Application) -> None:
        """Show an edited row without re-querying (its place in the order may be stale)."""
        self._text_cache.pop(app.id, None)
        row = self._pager.replace(app)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def application_at(self, row: int) -> Application | None:
        return self._pager.row(row)

    def row_of(self, app_id: int) -> int:
        return self._pager.row_of(app_id)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pager)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section][0]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every paint: refuse the ones we never
        # answer before touching anything, and serve the rest from per-row caches.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._pager):
            return None
        if role == ApplicationIdRole:
            return self._pager.id_at(row)
        app = self._pager.row(row)
        if app is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(app)[column]
        if role == ApplicationRole:
            return app
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (4, 5):
                return timefmt.full(app.updated_at if column == 4 else app.created_at)
            return None
        if column == 2:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._style(app.status)[0]
            if role == Qt.ItemDataRole.DecorationRole:
                return self._style(app.status)[1]
        if role == Qt.ItemDataRole.FontRole and column in (0, 2):
            return self._bold
        return None

    def _texts(self, app: Application) -> tuple[str, ...]:
        texts = self._text_cache.get(app.id)
        if texts is None or texts[0] != app.company:
            if len(self._text_cache) > 4 * PAGE_SIZE * 5:
                self._text_cache.clear()
            texts = tuple(_display(app, column) for column in range(len(COLUMNS)))
            self._text_cache[app.id] = texts
        return texts

    def _style(self, status: Status) -> tuple[QColor, QIcon]:
        style = self._status_styles.get(status)
        if style is None:
            color = theme.status_color(status)
            style = (color, theme.icon(theme.status_icon_name(status), color))
            self._status_styles[status] = style
        return style

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old = self._pager.ids
        self._query = replace(self._query, sort=COLUMNS[column][1], descending=descending)
        self._pager.reload()
        # Keep persistent indexes (selection, current row) on the same applications.
        for persistent in self.persistentIndexList():
            moved = self._pager.row_of(old[persistent.row()])
            self.changePersistentIndex(
                persistent,
                self.index(moved, persistent.column()) if moved >= 0 else QModelIndex(),
            )
        self.layoutChanged.emit()


def _display(app: Application, column: int) -> str:
    if column == 0:
        return app.company
    if column == 1:
        return app.job_title
    if column == 2:
        return app.status.value
    if column == 3:
        return app.location
    if column == 4:
        return timefmt.ago(app.updated_at)
    return timefmt.short_date(app.created_at)
