"""Choose one application: "Assign…" in the review list and "Move to another application…".

A search box over the service's full-text search and a short list of matches, newest
first; Enter or a double-click picks. It never lists more than ``LIMIT`` rows, so it opens
instantly at 10,000 applications.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.list_delegate import AccentRole, SubtitleRole, TwoLineDelegate

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

LIMIT = 50
AppIdRole = Qt.ItemDataRole.UserRole + 30


class PickApplicationDialog(QDialog):
    def __init__(
        self,
        service: Service,
        parent: QWidget | None = None,
        *,
        title: str = "Assign to Application",
        prompt: str = "Which application is this email about?",
        exclude: int | None = None,
        preselect: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._exclude = exclude
        self._preselect = preselect
        self.setWindowTitle(title)
        self.setMinimumSize(440, 420)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by company or role")
        self.search.setAccessibleName("Search applications")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget()
        self.list.setObjectName("Timeline")
        self.list.setAccessibleName("Applications")
        self.list.setItemDelegate(TwoLineDelegate(self.list, lines=1))
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.error = QLabel()
        self.error.setObjectName("ErrorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Choose")
        ok.setObjectName("Primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: ok.setEnabled(row >= 0))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill("")
        self.search.setFocus()

    def _fill(self, text: str) -> None:
        self.list.clear()
        try:
            apps = self._service.list_applications(text=text.strip() or None, limit=LIMIT + 1)
        except UserFacingError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.error.hide()
        for app in apps:
            if app.id == self._exclude:
                continue
            item = QListWidgetItem(f"{app.company} — {app.job_title}")
            item.setData(SubtitleRole, app.status.value)
            item.setData(AccentRole, theme.status_color(app.status))
            item.setData(AppIdRole, app.id)
            self.list.addItem(item)
            if app.id == self._preselect:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentRow() >= 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up/Down in the search box move through the list, so the mouse is never needed.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        if item is None:
            return None
        value = item.data(AppIdRole)
        return value if isinstance(value, int) else None


def pick_application(
    service: Service,
    parent: QWidget | None = None,
    *,
    title: str = "Assign to Application",
    prompt: str = "Which application is this email about?",
    exclude: int | None = None,
    preselect: int | None = None,
) -> int | None:
    """Ask for an application; its id, or None when the user cancels."""
    dialog = PickApplicationDialog(
        service, parent, title=title, prompt=prompt, exclude=exclude, preselect=preselect
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
