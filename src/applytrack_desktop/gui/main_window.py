"""The main window: header, the Board and Table views, the detail panel, and shortcuts.

It owns the one ``ApplicationActions`` and turns its signals into view refreshes: an edited
application is swapped in place; a created, deleted or moved one triggers one coalesced
re-query of what is shown (ids only, so it stays cheap at 10,000 applications).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.actions import ApplicationActions
from applytrack_desktop.gui.activity import BellButton
from applytrack_desktop.gui.board import BoardView
from applytrack_desktop.gui.detail import DetailPanel
from applytrack_desktop.gui.header import BOARD, REVIEW, TABLE, Header
from applytrack_desktop.gui.mail_features import MailFeatures
from applytrack_desktop.gui.pager import Query
from applytrack_desktop.gui.settings_dialog import SettingsDialog
from applytrack_desktop.gui.table_view import TablePage

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

EMPTY = 2
FIRST_PAINT_FALLBACK_MS = 1000


class EmptyState(QWidget):
    """What a new user sees before the first application exists."""

    def __init__(self, on_add: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardArea")
        icon = QLabel()
        icon.setPixmap(theme.app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Track your first application")
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "Add the jobs you have applied for, or want to. Move them across the board as "
            "you hear back, and keep notes, links and dates in one place."
        )
        text.setObjectName("Muted")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(440)  # a wrapped label needs a width, or it is squeezed
        self.add_button = QPushButton(
            theme.icon("add", QColor(theme.tones().primary_text), 16), "Add Application"
        )
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(on_add)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(title)
        # Centred by stretches, not by an alignment flag: an aligned item in a box layout
        # loses height-for-width and the wrapped text would be cut to one line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(10)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    store_replaced = Signal()  # the service's store was reopened: re-read what you keep
    first_painted = Signal()  # the first frame is on screen (see ``when_painted``)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle("ApplyTrack")
        self.setWindowIcon(theme.app_icon())
        self.resize(1360, 820)
        self.setMinimumSize(900, 560)
        self.app_actions = ApplicationActions(service, self)
        self._search: str | None = None
        self._total = 0
        self._suspended = False  # the store is being replaced (see ``suspend``)
        self.painted = False
        self._waiting_for_paint: list[Callable[[], object]] = []

        self.header = Header()
        self.board = BoardView(service)
        # The table is built on first use or right after the first paint, whichever comes
        # first: the board is what a user sees at start-up, so it alone delays the window.
        # Background sync also waits for the first paint (``when_painted``).
        self._table: TablePage | None = None
        self.empty = EmptyState(self.add_application)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.empty)
        self.detail = DetailPanel(service, self.app_actions)
        self.detail.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._view = BOARD

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        self.bell = BellButton(service)
        self.bell.open_requested.connect(self.open_application)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("IconButton")
        self.settings_button.setIcon(theme.icon("settings", size=20))
        self.settings_button.setIconSize(QSize(20, 20))
        self.settings_button.setFixedSize(36, 34)
        self.settings_button.setToolTip("Settings (Ctrl+,)")
        self.settings_button.setAccessibleName("Settings")
        self.settings_button.clicked.connect(self.open_settings)
        self.header.add_command(self.bell)
        self.header.add_command(self.settings_button)
        # The mail side: sync indicator, Sync Mail, Import, the Review and Welcome pages.
        self.mail = MailFeatures(self)

        self._wire()
        self._shortcuts()
        self.board.set_query(Query())
        self._update_counts()
        self.header.installEventFilter(self)  # its first paint starts the deferred work

    # -- wiring ---------------------------------------------------------------------------
    def _wire(self) -> None:
        self.header.view_changed.connect(self.show_view)
        self.header.search_changed.connect(self.set_search)
        self.header.add_requested.connect(self.add_application)
        self.board.open_requested.connect(self.open_application)
        self.board.edit_requested.connect(self.app_actions.edit)
        self.board.delete_requested.connect(self.app_actions.delete)
        self.board.status_requested.connect(self.app_actions.choose_status)
        self.board.thread_requested.connect(self.open_thread)
        self.board.drop_requested.connect(self._drop)
        self.app_actions.changed.connect(self._application_changed)
        self.app_actions.reloaded.connect(self.schedule_reload)
        self.app_actions.deleted.connect(self.detail.forget)
        self.mail.review_count_changed.connect(self.header.set_review_count)
        self.header.set_review_count(self.service.review_count())

    def _shortcuts(self) -> None:
        def add(
            text: str,
            keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object],
        ) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.add_action = add("Add Application", QKeySequence.StandardKey.New, self.add_application)
        self.search_action = add("Search", QKeySequence.StandardKey.Find, self.focus_search)
        add("Settings", "Ctrl+,", self.open_settings)
        add("Board", "Ctrl+1", lambda: self.show_view(BOARD))
        add("Table", "Ctrl+2", lambda: self.show_view(TABLE))
        add("Review", "Ctrl+3", lambda: self.show_view(REVIEW))

    # -- views ----------------------------------------------------------------------------
    def show_view(self, view: int) -> None:
        if view == REVIEW and self._view != REVIEW and not self.detail.revert_button.isEnabled():
            # The review list has its own preview; a detail left open from the board would
            # squeeze it into three panes. Unsaved edits keep the panel open.
            self.detail.close_panel()
        self._view = view
        self.header.set_view(view)
        self._show_current()

    def _show_current(self) -> None:
        empty = self._total == 0 and not self._search
        if self._view == REVIEW:
            self.stack.setCurrentWidget(self.mail.review)
        elif empty and self.mail.wants_welcome(self._total):
            self.stack.setCurrentWidget(self.mail.welcome)
        elif empty:
            self.stack.setCurrentWidget(self.empty)
        elif self._view == TABLE:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.board)

    @property
    def table(self) -> TablePage:
        if self._table is None:
            table = TablePage(self.service)
            table.set_search(self._search)
            table.open_requested.connect(self.open_application)
            table.delete_requested.connect(self.app_actions.delete)
            table.menu_requested.connect(self._row_menu)
            self.stack.addWidget(table)
            self._table = table
        return self._table

    def current_view(self) -> int:
        """BOARD, TABLE, REVIEW or EMPTY (the welcome page too): what the window shows now."""
        shown = self.stack.currentWidget()
        if shown is self.empty or shown is self.mail.welcome:
            return EMPTY
        if shown is self.mail.review:
            return REVIEW
        return TABLE if shown is self._table else BOARD

    # -- after the first paint ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # In case no paint ever reaches the header (a platform that skips it): go anyway.
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._after_first_paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header and event.type() == QEvent.Type.Paint and not self.painted:
            # Queued, so the rest of this frame paints before the deferred work starts.
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        """What the first frame does not need: the Table view, then whoever waited."""
        if self.painted or not self.isVisible():  # hidden (or closed) since: not yet
            return
        self.painted = True
        self.header.removeEventFilter(self)
        if self._table is None:
            self.table  # noqa: B018 (built now, so the first switch to it is instant)
        waiting, self._waiting_for_paint = self._waiting_for_paint, []
        for fn in waiting:
            fn()
        self.first_painted.emit()

    def when_painted(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` once the window has painted (at once if it has)."""
        if self.painted:
            fn()
        else:
            self._waiting_for_paint.append(fn)

    def focus_search(self) -> None:
        self.header.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.header.search.selectAll()

    def set_search(self, text: str) -> None:
        self._search = text.strip() or None
        self.board.set_query(Query(text=self._search))
        if self._table is not None:
            self._table.set_search(self._search)
        self._show_current()

    def schedule_reload(self) -> None:
        """Re-query every view once, after the current event (drops, bursts of changes)."""
        if not self._suspended:
            self._reload_timer.start()

    def reload(self) -> None:
        if self._suspended:
            return
        self.board.reload()
        self.bell.refresh()
        self.mail.refresh()
        if self._table is not None:
            self._table.model.reload()
        self.detail.refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        try:
            counts = self.service.status_counts()
        except UserFacingError:
            counts = {}
        self._total = sum(counts.values())
        active = sum(n for status, n in counts.items() if status.is_active)
        self.header.set_counts(self._total, active)
        # Pages added by others (review list, welcome) stay put; only ours follow the counts.
        if self.stack.currentWidget() in (self.board, self._table, self.empty, self.mail.welcome):
            self._show_current()

    # -- actions --------------------------------------------------------------------------
    def add_application(self) -> None:
        app = self.app_actions.add()
        if app is not None:
            self.reload()
            self.open_application(app.id)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.service, self)
        dialog.data.store_closing.connect(self.suspend)
        dialog.data.store_replaced.connect(self.reopened)
        dialog.data.everything_deleted.connect(lambda _notes: self.show_view(BOARD))
        dialog.exec()
        return dialog

    def suspend(self) -> None:
        """The store is about to close (a new key, deleting everything): read nothing from
        it, and hear nothing from its sync, until ``reopened``."""
        self._suspended = True
        self._reload_timer.stop()
        self.bell.suspend()
        self.mail.bridge.detach()

    def reopened(self, restart_sync: bool = False) -> None:
        """The service's store was closed and opened again (a new key, or everything was
        deleted): listen to the new sync runtime, restart it, and re-read every view."""
        self._suspended = False
        self.bell.resume()
        self.mail.bridge.attach(self.service.sync_events)
        if restart_sync:
            try:
                self.service.start_background_sync()
            except UserFacingError as exc:
                self.mail.indicator.refresh()
                QMessageBox.warning(self, exc.title, exc.message)
        if self._search:
            self.header.search.clear()
            self.set_search("")
        self.mail.refresh()
        self.detail.refresh()
        self.reload()
        self.store_replaced.emit()

    def open_thread(self, app_id: int) -> None:
        """Open the application on its Emails tab."""
        self.open_application(app_id)
        if self.detail.app is not None and self.detail.app.id == app_id:
            self.detail.show_emails()

    def open_application(self, app_id: int) -> None:
        if self.detail.show_application(app_id):
            sizes = self.splitter.sizes()
            if len(sizes) == 2 and sizes[1] < 380:
                total = sum(sizes)
                self.splitter.setSizes([total - 440, 440])
            self.detail.tabs.setFocus()

    def _application_changed(self, app_id: int) -> None:
        try:
            app = self.service.get_application(app_id)
        except UserFacingError:
            return
        self.board.refresh_application(app)
        if self._table is not None:
            self._table.model.refresh_application(app)
        self.detail.refresh()

    def _drop(self, ids: list[int], status: Status) -> None:
        # Deferred: the drop arrives inside the drag's own event loop, where resetting the
        # source column's model would pull the dragged row out from under Qt.
        QTimer.singleShot(0, lambda: self.app_actions.set_status(ids, status))

    def _row_menu(self, app_id: int, where: QPoint) -> None:
        menu: QMenu = self.board.build_menu(app_id)
        menu.popup(where)
