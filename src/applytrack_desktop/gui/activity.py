"""The notification bell: a red unread badge and a drop-down of the latest activity.

Activity entries are written by the sync (status changes, new applications, mail to review).
The bell re-reads the unread count on a slow timer and whenever ``refresh`` is called (the
sync layer can call it when it commits); opening the drop-down marks everything read.
Clicking an entry that belongs to an application opens that application.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.core.models import ActivityItem
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.gui.list_delegate import AccentRole, SubtitleRole, TwoLineDelegate

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

POLL_MS = 10_000
FEED_LIMIT = 30
ApplicationIdRole = Qt.ItemDataRole.UserRole + 20


def badge_text(count: int) -> str:
    return "" if count <= 0 else ("99+" if count > 99 else str(count))


class ActivityPopup(QFrame):
    """The drop-down list of recent activity."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("ActivityPopup")
        self.setAccessibleName("Recent activity")
        self.setFixedSize(380, 440)
        title = QLabel("Activity")
        title.setObjectName("SectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("Timeline")
        self.list.setAccessibleName("Recent activity")
        self.list.setItemDelegate(TwoLineDelegate(self.list, lines=1))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.empty = QLabel(
            "Nothing new yet. Status changes and new applications from your mail show up here."
        )
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)

    def fill(self, items: list[ActivityItem]) -> None:
        self.list.clear()
        for entry in items:
            item = QListWidgetItem(entry.title)
            when = timefmt.ago(entry.at)
            item.setData(SubtitleRole, f"{entry.body} · {when}" if entry.body else when)
            item.setData(AccentRole, theme.primary_color() if not entry.read else QColor("gray"))
            item.setData(ApplicationIdRole, entry.application_id)
            item.setToolTip(timefmt.full(entry.at))
            self.list.addItem(item)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _activated(self, item: QListWidgetItem) -> None:
        app_id = item.data(ApplicationIdRole)
        if isinstance(app_id, int):
            self.hide()
            self.open_requested.emit(app_id)


class BellButton(QToolButton):
    """The bell in the header; paints its unread badge itself."""

    open_requested = Signal(int)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.unread = 0
        self.setObjectName("IconButton")
        self.setIcon(theme.icon("bell", size=20))
        self.setIconSize(QSize(20, 20))
        self.setFixedSize(36, 34)
        self.setToolTip("Notifications")
        self.popup = ActivityPopup(self)
        self.popup.open_requested.connect(self.open_requested)
        self.clicked.connect(self.show_popup)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._suspended = False
        self.refresh()

    # Poll only while the bell is on screen: a closed window must not touch a closed store.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._suspended:
            self._timer.start()

    def suspend(self) -> None:
        """The store is about to close (a new key, deleting everything): the poll, which the
        window behind a modal dialog keeps running, must not read it from this thread while
        a worker closes it."""
        self._suspended = True
        self._timer.stop()

    def resume(self) -> None:
        """The store is open again: poll again while shown (the window re-reads every view,
        the count included, once it has resumed)."""
        self._suspended = False
        if self.isVisible():
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    @property
    def polling(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        """Re-read the unread count (cheap: one indexed count)."""
        if self._suspended:
            return
        try:
            count = self._service.unread_count()
        except UserFacingError:
            log.warning("could not read the unread count")
            return
        if count != self.unread:
            self.unread = count
            self.update()
        noun = "notification" if count == 1 else "notifications"
        self.setAccessibleName(
            f"Notifications, {count} unread {noun}" if count else "Notifications"
        )

    def show_popup(self) -> None:
        try:
            items = self._service.activity(FEED_LIMIT)
            if self.unread:
                self._service.mark_all_read()
        except UserFacingError as exc:
            log.warning("could not read the activity feed: %s", exc.title)
            return
        self.popup.fill(items)
        self.refresh()
        below = self.mapToGlobal(QPoint(self.width() - self.popup.width(), self.height() + 4))
        self.popup.move(below)
        self.popup.show()
        self.popup.list.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = badge_text(self.unread)
        if not text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 2.5, 6.5))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        width = max(16, painter.fontMetrics().horizontalAdvance(text) + 8)
        rect = QRect(self.width() - width - 1, 1, width, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#E11D48"))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
