"""A two-line list row (bold title, muted details) with a coloured dot, for timelines and mail.

In timeline mode the dots are joined by a vertical line, so a status history reads as one
story from the newest change down to when the application was added.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from applytrack_desktop.gui import theme

SubtitleRole = Qt.ItemDataRole.UserRole + 10
AccentRole = Qt.ItemDataRole.UserRole + 11
MutedRole = Qt.ItemDataRole.UserRole + 12  # undone changes: drawn faded and struck out

AnyIndex = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None, *, timeline: bool = False, lines: int = 2) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.lines = lines

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, 9 + fm.height() + 3 + self.lines * (fm.height() + 2) + 9)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = option.rect
        text = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, theme.mix(base, text, 0.08))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, theme.mix(base, text, 0.04))
        accent = index.data(AccentRole)
        color = accent if isinstance(accent, QColor) else theme.primary_color()
        muted_row = bool(index.data(MutedRole))

        dot_x = rect.left() + 18
        dot_y = rect.top() + 18
        if self.timeline:
            line = theme.mix(text, base, 0.82)
            painter.setPen(QPen(line, 2))
            model = index.model()
            if index.row() > 0:
                painter.drawLine(dot_x, rect.top(), dot_x, dot_y)
            if model is not None and index.row() < model.rowCount() - 1:
                painter.drawLine(dot_x, dot_y, dot_x, rect.bottom() + 1)
        painter.setPen(QPen(base, 2))
        painter.setBrush(theme.mix(color, base, 0.5) if muted_row else color)
        painter.drawEllipse(QPointF(dot_x, dot_y), 6, 6)

        left = rect.left() + 36
        width = rect.right() - left - 8
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setStrikeOut(muted_row)
        fm = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(theme.mix(text, base, 0.45) if muted_row else text)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        top = rect.top() + 9
        painter.drawText(
            QRect(left, top, width, fm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        top += fm.height() + 3
        painter.setFont(option.font)
        painter.setPen(theme.mix(text, base, 0.42))
        small = QFontMetrics(option.font)
        subtitle = str(index.data(SubtitleRole) or "")
        for line_text in subtitle.split("\n")[: self.lines]:
            painter.drawText(
                QRect(left, top, width, small.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small.elidedText(line_text, Qt.TextElideMode.ElideRight, width),
            )
            top += small.height() + 2
        painter.restore()
