"""The mail side of the main window: sync indicator, Sync Mail, Import, Review, Welcome.

``MainWindow`` owns the applications (board, table, detail); this object adds everything
that comes from mail, so the window file keeps one purpose. It creates the one
``SyncBridge`` of the window (the tray and notifications listen to it too), puts its
commands into the header, its pages into the window's stack, and refreshes what is shown
whenever a sync or an import finishes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from applytrack_desktop.gui import theme
from applytrack_desktop.gui.background import describe_error
from applytrack_desktop.gui.demo import DemoLauncher
from applytrack_desktop.gui.import_dialog import ImportDialog
from applytrack_desktop.gui.integrations import IntegrationsDialog
from applytrack_desktop.gui.review_page import ReviewPage
from applytrack_desktop.gui.sync_bridge import SyncBridge
from applytrack_desktop.gui.sync_indicator import SyncIndicator
from applytrack_desktop.gui.welcome import WelcomePage

if TYPE_CHECKING:
    from applytrack_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _icon_button(icon: str, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName("IconButton")
    button.setIcon(theme.icon(icon, size=20))
    button.setIconSize(QSize(20, 20))
    button.setFixedSize(36, 34)
    button.setToolTip(tip)
    button.setAccessibleName(name)
    return button


class MailFeatures(QObject):
    review_count_changed = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = service = window.service
        self.has_accounts = False
        self.bridge = SyncBridge(service.sync_events, self)
        self.indicator = SyncIndicator(service, self.bridge)
        self.indicator.reconnect_requested.connect(lambda aid: self.open_integrations(aid))
        self.sync_button = _icon_button("sync", "Sync Mail", "Sync Mail (Ctrl+R)")
        self.sync_button.clicked.connect(self.sync_now)
        self.import_button = _icon_button("import", "Import Mailbox", "Import Mailbox (Ctrl+I)")
        self.import_button.clicked.connect(lambda: self.open_import())
        self._place_indicator()
        commands = window.header.commands
        commands.insertWidget(0, self.sync_button)
        commands.insertWidget(1, self.import_button)

        self.review = ReviewPage(service)
        self.review.open_requested.connect(window.open_application)
        self.review.changed.connect(self._review_decided)
        self.review.count_changed.connect(self.review_count_changed)
        self.welcome = WelcomePage()
        self.welcome.connect_requested.connect(lambda: self.open_integrations())
        self.welcome.import_requested.connect(lambda: self.open_import())
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.add_requested.connect(window.add_application)
        window.stack.addWidget(self.review)
        window.stack.addWidget(self.welcome)
        self.demo = DemoLauncher(window)
        self.import_dialog: ImportDialog | None = None
        self.integrations: IntegrationsDialog | None = None

        self.bridge.finished.connect(lambda *_a: self._mail_arrived())
        self.bridge.failed.connect(lambda *_a: self.window.schedule_reload())
        self.sync_action = self._action("Sync Mail", "Ctrl+R", self.sync_now)
        self.import_action = self._action("Import Mailbox", "Ctrl+I", lambda: self.open_import())
        self.refresh()

    def _place_indicator(self) -> None:
        """Under the application count, so the header row keeps room for search and commands."""
        header = self.window.header
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        row = header.layout()
        assert row is not None
        row.replaceWidget(header.count, holder)
        column.addWidget(header.count)
        column.addWidget(self.indicator)
        self.indicator_holder = holder

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- state ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read what the mail side shows (after a sync, an import or a decision)."""
        try:
            self.has_accounts = bool(self.service.accounts())
        except Exception as exc:
            log.warning("could not read the accounts: %s", describe_error(exc)[0])
        self.indicator.refresh()
        self.review.invalidate()

    def wants_welcome(self, total_applications: int) -> bool:
        """The first-run page: nothing connected and nothing tracked yet."""
        return total_applications == 0 and not self.has_accounts

    def _mail_arrived(self) -> None:
        self.review.invalidate()
        self.window.schedule_reload()

    def _review_decided(self) -> None:
        self.window.schedule_reload()

    # -- commands -------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Ctrl+R: sync every account now; with none yet, offer to connect one."""
        if not self.has_accounts:
            self.refresh()
        if not self.has_accounts:
            self.open_integrations()
            return False
        try:
            self.service.sync_now()
        except Exception as exc:
            log.warning("sync now failed: %s", describe_error(exc)[0])
            return False
        return True

    def open_import(self, paths: Sequence[Path] = ()) -> ImportDialog:
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.service, self.window)
            self.import_dialog.imported.connect(lambda _c: self._imported())
        if paths:
            self.import_dialog.set_paths(paths)
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def _imported(self) -> None:
        self.refresh()
        self.window.schedule_reload()

    def open_integrations(self, reconnect: int | None = None) -> IntegrationsDialog:
        if self.integrations is None:
            self.integrations = IntegrationsDialog(self.service, self.bridge, self.window)
            self.integrations.page.accounts_changed.connect(self._accounts_changed)
        self.integrations.page.reload()
        self.integrations.open()
        if reconnect is not None:
            self.integrations.page.select_account(reconnect)
        return self.integrations

    def _accounts_changed(self) -> None:
        self.refresh()
        self.window.schedule_reload()

    def open_demo(self) -> bool:
        return self.demo.start()
