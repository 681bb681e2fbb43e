"""Paints one application as a board card: company, role, last update, next event, menu dots.

Cards are painted, not built from widgets, so a column of thousands costs nothing until it
scrolls into view. ``more_rect`` tells the list where the three-dot button is for clicks.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from applytrack_desktop.core.models import Application
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.gui.table_model import ApplicationRole

CARD_HEIGHT = 92
MARGIN_X = 8
MARGIN_Y = 5
PAD = 12
MORE_SIZE = 24
CACHE_SIZE = 160  # painted cards kept per column
NO_ROLE = "Role not known yet"  # an application found in mail that named no job title


def card_rect(item_rect: QRect) -> QRect:
    return item_rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)


def more_rect(item_rect: QRect) -> QRect:
    """Where the three-dot button sits inside the item at ``item_rect``."""
    card = card_rect(item_rect)
    return QRect(card.right() - PAD - MORE_SIZE + 6, card.top() + 6, MORE_SIZE, MORE_SIZE)


def _marked(app: Application) -> bool:
    """A card shows its interview or deadline chip only while that day has not passed."""
    return app.next_event_at is not None and timefmt.upcoming(app.next_event_at)


@lru_cache(maxsize=64)
def _card_body(
    width: int,
    height: int,
    ratio: float,
    fill: int,
    border: int,
    accent: int,
    border_width: float,
    dark: bool,
) -> QPixmap:
    """A card's shadow, body, border and status strip, with a 1 px margin for the shadow."""
    pixmap = QPixmap(round((width + 2) * ratio), round((height + 4) * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, width, height)
    shadow = QPainterPath()
    shadow.addRoundedRect(rect.translated(0, 1.5), 8, 8)
    painter.fillPath(shadow, QColor(0, 0, 0, 60 if dark else 22))
    path = QPainterPath()
    path.addRoundedRect(rect, 8, 8)
    painter.fillPath(path, QColor.fromRgba(fill))
    painter.setPen(QPen(QColor.fromRgba(border), border_width))
    painter.drawPath(path)
    strip = QPainterPath()
    strip.addRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
    painter.fillPath(strip, QColor.fromRgba(accent))
    painter.end()
    return pixmap


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hover_more: QPersistentModelIndex | None = None
        self._cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(option.rect.width(), 200), CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        app = index.data(ApplicationRole)
        if not isinstance(app, Application):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        on_more = self.hover_more is not None and self.hover_more == index
        ratio = painter.device().devicePixelRatioF()
        size = option.rect.size()
        # A card looks the same until its application, its state, the clock text or the
        # palette changes: paint it once into a pixmap and blit it on every later paint.
        key = (
            app,
            size.width(),
            size.height(),
            ratio,
            selected,
            hovered,
            focused,
            on_more,
            theme.is_dark(),
            timefmt.ago(app.updated_at),
            timefmt.when(app.next_event_at) if app.next_event_at and _marked(app) else "",
            option.font.key(),
        )
        card = self._cache.get(key)
        if card is None:
            card = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            card.setDevicePixelRatio(ratio)
            card.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(card)
            self._draw(card_painter, option, QRect(QPoint(0, 0), size), app, on_more)
            card_painter.end()
            self._cache[key] = card
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), card)

    def _draw(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        area: QRect,
        app: Application,
        on_more: bool,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The application palette: the list's style sheet makes its own Base transparent.
        pal = QGuiApplication.palette()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        accent = theme.status_color(app.status)
        rect = QRectF(card_rect(area))

        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        border = theme.mix(text, base, 0.84)
        if selected or focused:
            border = theme.primary_color()
        elif hovered:
            border = theme.mix(text, base, 0.65)

        # The card body is the same for every card of a status and state: draw it once
        # into a pixmap and blit it (antialiased path fills are the slow part of a paint).
        fill = base if not selected else theme.mix(base, accent, 0.06)
        body = _card_body(
            int(rect.width()),
            int(rect.height()),
            painter.device().devicePixelRatioF(),
            fill.rgba(),
            border.rgba(),
            accent.rgba(),
            1.4 if (selected or focused) else 1.0,
            theme.is_dark(),
        )
        painter.drawPixmap(int(rect.left()) - 1, int(rect.top()) - 1, body)

        left = int(rect.left()) + PAD + 2
        right = int(rect.right()) - PAD
        top = int(rect.top()) + 10

        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(option.font.pointSizeF() + 0.5)
        painter.setFont(font)
        painter.setPen(text)
        fm = QFontMetrics(font)
        name_width = right - left - MORE_SIZE
        painter.drawText(
            QRect(left, top, name_width, fm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(app.company, Qt.TextElideMode.ElideRight, name_width),
        )
        top += fm.height() + 2

        role_font = QFont(option.font)
        role_font.setItalic(not app.job_title)
        painter.setFont(role_font)
        muted = theme.mix(text, base, 0.4)
        painter.setPen(muted)
        fm = QFontMetrics(role_font)
        painter.drawText(
            QRect(left, top, right - left, fm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(app.job_title or NO_ROLE, Qt.TextElideMode.ElideRight, right - left),
        )

        self._paint_footer(painter, option, app, left, right, int(rect.bottom()) - 10, muted)
        self._paint_more(painter, area, on_more, muted)

    def _paint_footer(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        app: Application,
        left: int,
        right: int,
        bottom: int,
        muted: QColor,
    ) -> None:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7.0))
        painter.setFont(small)
        fm = QFontMetrics(small)
        y = bottom - fm.height()
        painter.setPen(muted)
        updated = timefmt.ago(app.updated_at)
        painter.drawText(
            QRect(left, y, right - left, fm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            updated,
        )
        x = right
        if app.next_event_at is not None and _marked(app):
            label = timefmt.when(app.next_event_at)
            warm = theme.status_color(app.status)
            chip_w = fm.horizontalAdvance(label) + 28
            chip = QRectF(x - chip_w, y - 3, chip_w, fm.height() + 6)
            chip_path = QPainterPath()
            chip_path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.fillPath(
                chip_path,
                theme.mix(warm, QGuiApplication.palette().color(QPalette.ColorRole.Base), 0.85),
            )
            painter.drawPixmap(
                int(chip.left()) + 7, int(chip.center().y()) - 6, theme.pixmap("calendar", warm, 12)
            )
            painter.setPen(warm)
            painter.drawText(
                chip.adjusted(22, 0, -6, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x = int(chip.left()) - 8
        if app.email_count:
            label = str(app.email_count)
            w = fm.horizontalAdvance(label)
            painter.setPen(muted)
            painter.drawText(
                QRect(x - w, y, w, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.drawPixmap(
                x - w - 17, y + (fm.height() - 13) // 2, theme.pixmap("mail", muted, 13)
            )

    def _paint_more(self, painter: QPainter, item: QRect, on_more: bool, muted: QColor) -> None:
        area = more_rect(item)
        if on_more:
            bg = QPainterPath()
            bg.addRoundedRect(QRectF(area), 6, 6)
            base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
            painter.fillPath(bg, theme.mix(muted, base, 0.8))
        painter.drawPixmap(area.left() + 4, area.top() + 4, theme.pixmap("more", muted, 16))
