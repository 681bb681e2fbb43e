"""The Review view: unmatched and low-confidence mail, with accept / assign / dismiss.

The pipeline never guesses when it is unsure: such mail lands here with the application
and status it would suggest. The list is on the left; the selected email (sender, date,
what it is, why it is here, its text) on the right with the decisions. Keys: A accepts,
S assigns, N tracks it as a new application (a job not tracked yet: a recruiter's message,
an invitation for an application made elsewhere), D or Delete dismisses, Enter opens the
suggested application.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.status_rules import tracking_start
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.gui.app_dialog import ApplicationForm, ask_application
from applytrack_desktop.gui.background import describe_error
from applytrack_desktop.gui.detail import category_color
from applytrack_desktop.gui.pick_application import pick_application
from applytrack_desktop.gui.review_model import (
    CATEGORY,
    RECEIVED,
    SENDER,
    SUBJECT,
    SUGGESTION,
    ReviewModel,
    ReviewRow,
    category_text,
    reason_text,
    suggestion_text,
)

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

ACCEPT_TIP = "Attach to the suggested application and apply the status (A)"


class ReviewTable(QTableView):
    """Single-letter keys act on the current row, so a long list is cleared quickly."""

    key_action = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = {
            Qt.Key.Key_A: "accept",
            Qt.Key.Key_S: "assign",
            Qt.Key.Key_N: "track",
            Qt.Key.Key_D: "dismiss",
            Qt.Key.Key_Delete: "dismiss",
            Qt.Key.Key_Return: "open",
            Qt.Key.Key_Enter: "open",
        }
        action = keys.get(Qt.Key(event.key()))
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if action is not None and plain == Qt.KeyboardModifier.NoModifier:
            self.key_action.emit(action)
            return
        super().keyPressEvent(event)


class ReviewPage(QWidget):
    open_requested = Signal(int)  # an application id
    changed = Signal()  # a decision was made: applications, counts and badges may change
    count_changed = Signal(int)  # open items left

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardArea")
        self._service = service
        self._stale = True  # read on first show: start-up never waits for the review list
        self.model = ReviewModel(service, self)

        title = QLabel("Review")
        title.setObjectName("DetailTitle")
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        self.table = ReviewTable()
        self.table.setObjectName("ReviewTable")
        self.table.setAccessibleName("Emails to review")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SENDER, 150), (RECEIVED, 86), (CATEGORY, 180), (SUGGESTION, 210)):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(60)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_suggested())
        self.table.key_action.connect(self._key_action)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsRemoved.connect(lambda *_a: self._update_summary())

        self.preview = self._build_preview()
        self.empty = self._build_empty()
        self.right = QStackedWidget()
        self.right.addWidget(self.preview)
        self.right.addWidget(self.empty)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(12)
        split.setSizes([860, 520])

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(8)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- building ---------------------------------------------------------------------------
    def _build_preview(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("Column")
        self.subject = QLabel()
        self.subject.setObjectName("SectionTitle")
        self.subject.setWordWrap(True)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel()
        self.meta.setObjectName("Muted")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.category = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setAccessibleName("Suggested application and status")
        self.suggestion.setStyleSheet("font-weight: 600;")
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName("Email text")
        self.accept_button = QPushButton(
            theme.icon("check", QColor(theme.tones().primary_text), 16), "Accept"
        )
        self.accept_button.setObjectName("Primary")
        self.accept_button.setToolTip(ACCEPT_TIP)
        self.accept_button.clicked.connect(self.accept_current)
        self.assign_button = QPushButton("Assign…")
        self.assign_button.setToolTip("Choose the application this email belongs to (S)")
        self.assign_button.clicked.connect(self.assign_current)
        self.track_button = QPushButton("Track as New…")
        self.track_button.setToolTip("Start a new application for the job this email is about (N)")
        self.track_button.clicked.connect(self.track_current)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setToolTip(
            "Not about any of your applications: ApplyTrack keeps nothing of it (D)"
        )
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.open_button = QPushButton("Open Application")
        self.open_button.clicked.connect(self.open_suggested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.track_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        suggestion_title = QLabel("Suggested")
        suggestion_title.setObjectName("Muted")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.subject)
        layout.addWidget(self.meta)
        chips = QHBoxLayout()
        chips.addWidget(self.category)
        chips.addStretch(1)
        layout.addLayout(chips)
        layout.addWidget(self.reason)
        layout.addSpacing(4)
        layout.addWidget(suggestion_title)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        return frame

    def _build_empty(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(theme.pixmap("check", theme.primary_color(), 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("All caught up")
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "When ApplyTrack is not sure which application an email belongs to, or how "
            "sure a status change is, it asks you here instead of guessing."
        )
        text.setObjectName("Muted")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(2)
        return page

    # -- state ------------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Something changed: reload now if shown, else on the next show; the count now."""
        if self.isVisible():
            self.reload()
            return
        self._stale = True
        try:
            self.count_changed.emit(self._service.review_count())
        except Exception as exc:
            log.warning("could not count the review list: %s", describe_error(exc)[0])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        current = self.current_row()
        keep = current.item.id if current is not None else None
        self.model.reload()
        for position, row in enumerate(self.model.rows):
            if row.item.id == keep:
                self.table.selectRow(position)
                break

    def count(self) -> int:
        return len(self.model.rows)

    def current_row(self) -> ReviewRow | None:
        return self.model.row_for(self.table.currentIndex())

    def _after_reset(self) -> None:
        self._update_summary()
        if self.model.rows:
            self.table.selectRow(0)

    def _update_summary(self) -> None:
        count = self.count()
        noun = "email needs" if count == 1 else "emails need"
        self.summary.setText(f"{count} {noun} your decision" if count else "Nothing to review")
        self.right.setCurrentWidget(self.preview if count else self.empty)
        self.table.setVisible(bool(count))
        self._show_row(self.current_row())
        self.count_changed.emit(count)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_row(self.current_row())

    def _show_row(self, row: ReviewRow | None) -> None:
        for button in (
            self.accept_button,
            self.assign_button,
            self.track_button,
            self.dismiss_button,
        ):
            button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.application is not None)
        if row is None:
            for label in (self.subject, self.meta, self.category, self.reason, self.suggestion):
                label.clear()
            self.body.clear()
            return
        email = row.email
        self.subject.setText(email.subject or "(no subject)")
        sender = (
            f"{email.sender_name} <{email.sender_address}>"
            if email.sender_name
            else (email.sender_address)
        )
        self.meta.setText(f"{sender} · {timefmt.full(email.date)}")
        accent = _category_accent(row)
        self.category.setText(category_text(email))
        self.category.setStyleSheet(
            f"color:{accent.name()}; background:{_tint(accent).name()}; border-radius:9px;"
            "padding:2px 9px; font-weight:600;"
        )
        self.reason.setText(reason_text(row))
        suggestion = suggestion_text(row)
        if row.application is None and email.company:
            suggestion += (
                " — start it with Track as New…, pick an application with Assign…,"
                " or Dismiss if it is not about a job."
            )
        elif row.application is None:
            suggestion += (
                " — pick one with Assign…, start one with Track as New…,"
                " or Dismiss if it is not about a job."
            )
        self.suggestion.setText(suggestion)
        self.accept_button.setEnabled(row.application is not None)
        self.accept_button.setToolTip(
            ACCEPT_TIP
            if row.application is not None
            else "There is no suggestion to accept: use Assign…"
        )
        if email.body_text is None:
            self.body.setPlainText("(The text of this email is not kept on this computer.)")
        else:
            self.body.setPlainText(email.body_text)

    # -- decisions ----------------------------------------------------------------------------
    def _key_action(self, action: str) -> None:
        {
            "accept": self.accept_current,
            "assign": self.assign_current,
            "track": self.track_current,
            "dismiss": self.dismiss_current,
            "open": self.open_suggested,
        }[action]()

    def _decide(self, row: ReviewRow, call: str, *args: int) -> bool:
        position = self.table.currentIndex().row()
        try:
            getattr(self._service, call)(row.item.id, *args)
        except Exception as exc:
            title, message = describe_error(exc)
            QMessageBox.warning(self, title, message)
            self.reload()
            return False
        self.model.remove_item(row.item.id)
        if self.model.rows:
            self.table.selectRow(min(position, len(self.model.rows) - 1))
        self.table.setFocus()
        self.changed.emit()
        return True

    def accept_current(self) -> bool:
        row = self.current_row()
        if row is None or row.application is None:
            return False
        return self._decide(row, "accept_review")

    def assign_current(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        chosen = pick_application(
            self._service,
            self,
            preselect=row.application.id if row.application is not None else None,
        )
        if chosen is None:
            return False
        return self._decide(row, "assign_review", chosen)

    def track_current(self) -> int | None:
        """A new application from the email, its form filled from what the email says."""
        row = self.current_row()
        if row is None:
            return None
        email = row.email
        draft = ApplicationForm(
            company=email.company,
            job_title=email.job_title,
            status=tracking_start(email.category),
            location="",
            url="",
            notes="",
        )
        form = ask_application(
            self,
            draft=draft,
            hint_text="Track the job this email is about; the rest of its conversation"
            " comes with it, and its status follows the mail.",
        )
        if form is None:
            return None
        try:
            app_id: int = self._service.track_review(
                row.item.id,
                form.company,
                form.job_title,
                form.status,
                location=form.location,
                url=form.url,
                notes=form.notes,
            )
        except Exception as exc:
            title, message = describe_error(exc)
            QMessageBox.warning(self, title, message)
            self.reload()
            return None
        position = self.table.currentIndex().row()
        self.reload()  # the rest of the thread left the list with it
        if self.model.rows:
            self.table.selectRow(min(position, len(self.model.rows) - 1))
        self.table.setFocus()
        self.changed.emit()
        return app_id

    def dismiss_current(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self._decide(row, "dismiss_review")

    def open_suggested(self) -> None:
        row = self.current_row()
        if row is not None and row.application is not None:
            self.open_requested.emit(row.application.id)


def _category_accent(row: ReviewRow) -> QColor:
    return category_color(row.email.category)


def _tint(color: QColor) -> QColor:
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return theme.mix(color, base, 0.85 if not theme.is_dark() else 0.75)
