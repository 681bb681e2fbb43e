"""The system-tray indicator: idle / syncing / error, "Syncing N active threads", a menu.

The tray keeps the app reachable when the window is closed (a setting) and shows at a
glance whether sync is healthy. Its menu: Open, Sync now, Pause syncing, Quit.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from applytrack_desktop.gui import theme


class TrayState(StrEnum):
    IDLE = "idle"
    SYNCING = "syncing"
    ERROR = "error"


def tooltip_for(
    state: TrayState, active_threads: int, error: str = "", paused: bool = False
) -> str:
    threads = f"{active_threads} active thread" + ("" if active_threads == 1 else "s")
    if state is TrayState.ERROR:
        return f"ApplyTrack: {error or 'sync needs attention'}"
    if paused:
        return f"ApplyTrack: syncing paused ({threads})"
    return f"Syncing {threads}"


class Tray(QObject):
    open_requested = Signal()
    sync_requested = Signal()
    pause_toggled = Signal(bool)
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.state = TrayState.IDLE
        self.menu = QMenu()
        self.open_action = QAction("Open ApplyTrack", self.menu)
        self.sync_action = QAction("Sync now", self.menu)
        self.pause_action = QAction("Pause syncing", self.menu)
        self.pause_action.setCheckable(True)
        self.quit_action = QAction("Quit", self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.sync_action.triggered.connect(self.sync_requested)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.quit_action.triggered.connect(self.quit_requested)
        for action in (self.open_action, self.sync_action, self.pause_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.update(TrayState.IDLE, 0)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update(self, state: TrayState, active_threads: int, error: str = "") -> None:
        self.state = state
        self.icon.setIcon(_state_icon(state))
        self.icon.setToolTip(
            tooltip_for(state, active_threads, error, paused=self.pause_action.isChecked())
        )
        self.sync_action.setEnabled(state is not TrayState.SYNCING)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()


def _state_icon(state: TrayState) -> QIcon:
    """The app icon with a small badge: none when idle, blue while syncing, red on error."""
    base = theme.app_icon().pixmap(64, 64)
    if state is TrayState.IDLE:
        return QIcon(base)
    badge = QPixmap(base)
    painter = QPainter(badge)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = theme.danger_color() if state is TrayState.ERROR else theme.primary_color()
    painter.setBrush(color)
    painter.setPen(QColor("white"))
    painter.drawEllipse(38, 38, 24, 24)
    painter.end()
    return QIcon(badge)
