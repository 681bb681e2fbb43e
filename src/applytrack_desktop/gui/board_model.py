"""One board column's list model: the applications in one status, lazily paged, draggable.

Dragging carries application ids in our own MIME type; dropping them on another column asks
the board to set their status by hand (``Service.set_status``), which records cause "user".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui.pager import Pager, Query
from applytrack_desktop.gui.table_model import ApplicationIdRole, ApplicationRole

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

MIME_TYPE = "application/x-applytrack-application-ids"

AnyIndex = QModelIndex | QPersistentModelIndex
DropHandler = Callable[[list[int], Status], bool]


def encode_ids(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME_TYPE):
        return []
    raw = bytes(mime.data(MIME_TYPE).data()).decode("ascii", errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class StatusColumnModel(QAbstractListModel):
    """The applications of one status that match the board's shared query."""

    def __init__(
        self, service: Service, status: Status, on_drop: DropHandler, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.status = status
        self._on_drop = on_drop
        self._query = Query(status=status)
        self._pager = Pager(self._fetch_ids, service.get_applications, page_size=50)

    def _fetch_ids(self) -> list[int]:
        q = self._query
        return self._service.application_ids(
            status=self.status, company=q.company, text=q.text, sort=q.sort, descending=q.descending
        )

    def set_query(self, query: Query) -> None:
        self._query = replace(query, status=self.status)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pager.reload()
        self.endResetModel()

    def refresh_application(self, app: Application) -> None:
        row = self._pager.replace(app)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def application_at(self, row: int) -> Application | None:
        return self._pager.row(row)

    def row_of(self, app_id: int) -> int:
        return self._pager.row_of(app_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pager)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pager):
            return None
        if role == ApplicationIdRole:
            return self._pager.id_at(index.row())
        app = self._pager.row(index.row())
        if app is None:
            return None
        if role == ApplicationRole:
            return app
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{app.company}, {app.job_title}" if app.job_title else app.company
        if role == Qt.ItemDataRole.ToolTipRole:
            name = f"{app.company} — {app.job_title}" if app.job_title else app.company
            return f"{name}\n{app.status.value}"
        return None

    # -- drag and drop --------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({self._pager.id_at(i.row()) for i in indexes if i.isValid()})
        return encode_ids(ids)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        ids = decode_ids(data)
        # Dropping a card back on its own column changes nothing.
        return bool(ids) and any(self._pager.row_of(i) < 0 for i in ids)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in decode_ids(data) if self._pager.row_of(i) < 0]
        return self._on_drop(ids, self.status)
