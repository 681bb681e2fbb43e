"""The window header: title and counts, the Board/Table switcher, search and quick commands.

The right-hand side is a row of command buttons (``add_command``) so commands that depend on
later layers (Sync Mail, Import Mailbox) slot in without reworking the layout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from applytrack_desktop.gui import theme

BOARD, TABLE = 0, 1
REVIEW = 3  # 2 is the main window's empty state


def _needed_width(layout: QLayout) -> int:
    """The width a row needs for every shown widget at its size hint.

    Measured from the widgets themselves: a layout's cached hint lags behind a text change.
    """
    margins = layout.contentsMargins()
    total, items = margins.left() + margins.right(), 0
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget, inner, spacer = item.widget(), item.layout(), item.spacerItem()
        if widget is not None:
            if widget.isHidden():
                continue
            total += max(widget.sizeHint().width(), widget.minimumWidth())
        elif inner is not None:
            total += _needed_width(inner)
        elif spacer is not None:
            total += spacer.sizeHint().width()
        items += 1
    if isinstance(layout, QBoxLayout):
        total += max(layout.spacing(), 0) * max(items - 1, 0)
    return total


class Header(QWidget):
    view_changed = Signal(int)
    search_changed = Signal(str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(28, 28))
        title = QLabel("ApplyTrack")
        title.setObjectName("AppTitle")
        self.title = title
        self.compact_level = 0
        self.count = QLabel()
        self.count.setObjectName("CountLabel")
        self.count.setAccessibleName("Application count")

        self.board_button = self._segment("Board", "board", "SegmentLeft")
        self.table_button = self._segment("Table", "table", "SegmentMiddle")
        self.review_button = self._segment("Review", "inbox", "SegmentRight")
        self.board_button.setToolTip("Board view (Ctrl+1)")
        self.table_button.setToolTip("Table view (Ctrl+2)")
        self.review_button.setToolTip("Mail to review (Ctrl+3)")
        self.views = QButtonGroup(self)
        self.views.setExclusive(True)
        self.views.addButton(self.board_button, BOARD)
        self.views.addButton(self.table_button, TABLE)
        self.views.addButton(self.review_button, REVIEW)
        self.board_button.setChecked(True)
        self.views.idClicked.connect(self.view_changed)
        switcher = QHBoxLayout()
        switcher.setSpacing(0)
        switcher.addWidget(self.board_button)
        switcher.addWidget(self.table_button)
        switcher.addWidget(self.review_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search applications and mail")
        self.search.setToolTip("Search (Ctrl+F)")
        self.search.setAccessibleName("Search applications")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.addAction(
            QAction(theme.icon("search", size=16), "", self.search),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        # Search as the user types, after a short pause so each key does not re-query.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(180)
        self._debounce.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.flush_search)

        self.add_button = QPushButton(
            theme.icon("add", QColor(theme.tones().primary_text), 16), "Add Application"
        )
        self.add_button.setObjectName("Primary")
        self.add_button.setToolTip("Add an application (Ctrl+N)")
        self.add_button.setAccessibleName("Add Application")
        self.add_button.clicked.connect(self.add_requested)

        self.commands = QHBoxLayout()
        self.commands.setSpacing(6)
        self.commands.addWidget(self.add_button)

        layout = QHBoxLayout(self)
        self._row = layout
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(10)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(self.count)
        layout.addSpacing(16)
        layout.addLayout(switcher)
        layout.addStretch(1)
        layout.addWidget(self.search)
        layout.addLayout(self.commands)

    # -- narrow windows ---------------------------------------------------------------------
    def _set_compact_level(self, level: int) -> None:
        """0: everything; 1: a shorter search; 2: no title, Add as an icon; 3: icon-only views."""
        self.compact_level = level
        self.search.setMinimumWidth(280 if level == 0 else 160)
        self.search.setPlaceholderText("Search applications and mail" if level == 0 else "Search")
        self.title.setVisible(level < 2)
        self.add_button.setText("" if level >= 2 else "Add Application")
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if level >= 3
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for button in (self.board_button, self.table_button, self.review_button):
            button.setToolButtonStyle(style)

    def fit_width(self, width: int) -> None:
        """Drop the least needed text until the header fits, so no control is squeezed."""
        for level in range(4):
            self._set_compact_level(level)
            if _needed_width(self._row) <= width:
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_width(event.size().width())

    def _segment(self, text: str, icon_name: str, side: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("Segment")
        button.setProperty("side", side)
        button.setText(text)
        button.setIcon(theme.icon(icon_name, size=16))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        button.setAccessibleName(f"{text} view")
        radius = "6px"
        if side == "SegmentLeft":
            button.setStyleSheet(
                f"border-top-left-radius:{radius}; border-bottom-left-radius:{radius};"
            )
        elif side == "SegmentMiddle":
            button.setStyleSheet("border-left:none;")
        else:
            button.setStyleSheet(
                f"border-top-right-radius:{radius}; border-bottom-right-radius:{radius};"
                "border-left:none;"
            )
        return button

    def add_command(self, widget: QWidget) -> None:
        """Put a command button (Sync Mail, Import Mailbox, the bell) before Add Application."""
        self.commands.insertWidget(self.commands.count() - 1, widget)

    def flush_search(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self.search_changed.emit(self.search.text())

    def set_counts(self, total: int, active: int) -> None:
        noun = "application" if total == 1 else "applications"
        self.count.setText(f"{total:,} {noun} · {active:,} active" if total else "")
        self._refit()

    def set_review_count(self, count: int) -> None:
        """The Review segment shows how much mail waits for a decision."""
        self.review_button.setText(f"Review · {count}" if count else "Review")
        noun = "email" if count == 1 else "emails"
        self.review_button.setAccessibleName(
            f"Review view, {count} {noun} to review" if count else "Review view"
        )
        self._refit()

    def _refit(self) -> None:
        if self.isVisible():
            self.fit_width(self.width())

    def set_view(self, view: int) -> None:
        button = self.views.button(view)
        if button is not None:
            button.setChecked(True)
