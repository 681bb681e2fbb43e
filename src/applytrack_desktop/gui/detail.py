"""The application detail panel: editable fields, the status history with undo, the emails.

It slides in to the right of the board or table when an application is opened (Enter or a
double-click) and closes with Escape. Edits go through ``ApplicationActions`` so the views
refresh exactly like after an edit from a card menu.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.enums import CATEGORY_TARGET, Category, Status
from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.core.models import Application, ChangeCause, Email, StatusChange
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.gui.actions import ApplicationActions
from applytrack_desktop.gui.app_dialog import validate
from applytrack_desktop.gui.confidence import percent
from applytrack_desktop.gui.email_view import EmailView
from applytrack_desktop.gui.list_delegate import (
    AccentRole,
    MutedRole,
    SubtitleRole,
    TwoLineDelegate,
)

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

CATEGORY_LABELS: dict[Category, str] = {
    Category.CONFIRMATION: "Confirmation",
    Category.INTERVIEW: "Interview",
    Category.TECHNICAL_ROUND: "Technical round",
    Category.OFFER: "Offer",
    Category.REJECTION: "Rejection",
    Category.RECRUITER_OUTREACH: "Recruiter outreach",
    Category.OTHER_JOB: "Other job mail",
    Category.NOT_JOB: "Not about a job",
}


def describe_change(change: StatusChange) -> tuple[str, str]:
    """The two lines a timeline entry shows: what changed, and why and when."""
    if change.from_status is None:
        what = f"Added as {change.to_status.value}"
    else:
        what = f"{change.from_status.value} → {change.to_status.value}"
    why = "from email" if change.cause is ChangeCause.EMAIL else "by you"
    when = timefmt.ago(change.at)
    line = f"{why} · {when}"
    if change.undone:
        line += " · undone"
    return what, line


def describe_email(email: Email) -> tuple[str, str]:
    """The subject line, then "sender · date" and "category · confidence"."""
    sender = email.sender_name or email.sender_address
    label = CATEGORY_LABELS.get(email.category, email.category.value)
    subject = email.subject or "(no subject)"
    meta = f"{sender} · {timefmt.short_date(email.date)}"
    return subject, f"{meta}\n{label} · {percent(email.confidence)} sure"


def next_steps_text(emails: list[Email], now: datetime | None = None) -> str:
    """What the mail asks for, newest first: its next steps, then deadlines still ahead."""
    now = now or datetime.now(UTC)
    lines: list[str] = []
    for email in sorted(emails, key=lambda e: e.date, reverse=True):
        lines.extend(f"• {step}" for step in email.next_steps if f"• {step}" not in lines)
    deadlines = sorted({d for e in emails for d in e.deadlines if d > now})
    lines.extend(f"• Deadline: {timefmt.full(d)}" for d in deadlines)
    return "\n".join(lines)


def next_event_text(app: Application, now: datetime | None = None) -> str:
    """The "Next" line: the coming interview or deadline; a past one is not called next."""
    if app.next_event_at is None:
        return "Nothing scheduled"
    if timefmt.upcoming(app.next_event_at, now):
        return timefmt.full(app.next_event_at)
    return f"Nothing coming up · the last was {timefmt.full(app.next_event_at)}"


def category_color(category: Category) -> QColor:
    """The colour of the status a category leads to; neutral for mail that moves nothing."""
    target = CATEGORY_TARGET.get(category)
    return (
        theme.status_color(target) if target is not None else theme.status_color(Status.WITHDRAWN)
    )


class DetailPanel(QFrame):
    """Everything about one application; ``show_application`` fills it."""

    closed = Signal()

    def __init__(
        self, service: Service, actions: ApplicationActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DetailPanel")
        self.setAccessibleName("Application details")
        self.setMinimumWidth(380)
        self._service = service
        self._actions = actions
        self.app: Application | None = None

        self.title = QLabel()
        self.title.setObjectName("DetailTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Muted")
        self.subtitle.setWordWrap(True)
        self.status_chip = QLabel()
        self.status_button = QPushButton("Set status…")
        self.status_button.setAccessibleName("Set status")
        self.status_button.clicked.connect(self._choose_status)
        self.delete_button = QPushButton(theme.icon("delete", theme.danger_color(), 16), "Delete")
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self._delete)
        close = QToolButton()
        close.setObjectName("IconButton")
        close.setIcon(theme.icon("close", size=18))
        close.setAccessibleName("Close details")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_panel)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        chips = QHBoxLayout()
        chips.addWidget(self.status_chip)
        chips.addStretch(1)
        chips.addWidget(self.status_button)
        chips.addWidget(self.delete_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_details(), "Details")
        self.tabs.addTab(self._build_history(), "History")
        self.tabs.addTab(self._build_emails(), "Emails")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(chips)
        layout.addWidget(self.tabs, 1)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_panel)

    # -- sections -------------------------------------------------------------------------
    def _build_details(self) -> QWidget:
        page = QWidget()
        self.company = QLineEdit()
        self.company.setAccessibleName("Company")
        self.job_title = QLineEdit()
        self.job_title.setAccessibleName("Role")
        self.location = QLineEdit()
        self.location.setAccessibleName("Location")
        self.url = QLineEdit()
        self.url.setAccessibleName("Link to the job posting")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(200)
        self.next_event = QLabel()
        self.next_event.setObjectName("Muted")
        self.next_event.setWordWrap(True)
        self.form_error = QLabel()
        self.form_error.setObjectName("ErrorLabel")
        self.form_error.setWordWrap(True)
        self.save_button = QPushButton("Save Changes")
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton("Revert")
        self.revert_button.clicked.connect(self._fill_fields)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow("Company", self.company)
        form.addRow("Role", self.job_title)
        form.addRow("Location", self.location)
        form.addRow("Link", self.url)
        form.addRow("Next", self.next_event)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.next_steps.setAccessibleName("Next steps and deadlines")
        self.next_steps.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("To do", self.next_steps)
        form.addRow("Notes", self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_error, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for edit in (self.company, self.job_title, self.location, self.url):
            edit.textEdited.connect(self._update_dirty)
        self.notes.textChanged.connect(self._update_dirty)
        return page

    def _build_history(self) -> QWidget:
        page = QWidget()
        self.timeline = QListWidget()
        self.timeline.setObjectName("Timeline")
        self.timeline.setAccessibleName("Status history")
        self.timeline.setItemDelegate(TwoLineDelegate(self.timeline, timeline=True, lines=1))
        self.timeline.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button = QPushButton(theme.icon("undo", size=16), "Undo Last Change")
        self.undo_button.setAccessibleName("Undo the last status change")
        self.undo_button.clicked.connect(self._undo)
        hint = QLabel("Every status change, made by you or read from your email.")
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.timeline, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        return page

    def _build_emails(self) -> QWidget:
        page = QWidget()
        self.email_list = QListWidget()
        self.email_list.setObjectName("EmailList")
        self.email_list.setAccessibleName("Emails of this application")
        self.email_list.setItemDelegate(TwoLineDelegate(self.email_list, lines=2))
        self.email_list.currentRowChanged.connect(self._show_email)
        self.email_body = EmailView()
        self.email_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.email_list.customContextMenuRequested.connect(
            lambda pos: self.email_menu().popup(self.email_list.viewport().mapToGlobal(pos))
        )
        self.email_actions = QToolButton()
        self.email_actions.setObjectName("IconButton")
        self.email_actions.setIcon(theme.icon("more", size=18))
        self.email_actions.setToolTip("Email actions")
        self.email_actions.setAccessibleName("Email actions")
        self.email_actions.setEnabled(False)
        self.email_actions.clicked.connect(
            lambda: self.email_menu().popup(
                self.email_actions.mapToGlobal(self.email_actions.rect().bottomLeft())
            )
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.email_list)
        split.addWidget(self.email_body)
        split.setSizes([200, 260])
        bar = QHBoxLayout()
        hint = QLabel("Mail read from your mailbox about this application.")
        hint.setObjectName("Muted")
        bar.addWidget(hint, 1)
        bar.addWidget(self.email_actions)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split)
        self._emails: list[Email] = []
        return page

    # -- filling --------------------------------------------------------------------------
    def show_application(self, app_id: int) -> bool:
        try:
            self.app = self._service.get_application(app_id)
        except UserFacingError:
            self.close_panel()
            return False
        self._fill_header()
        self._fill_fields()
        self._fill_history()
        self._fill_emails()
        self.show()
        return True

    def refresh(self) -> None:
        """Re-read the shown application (after any change elsewhere); keep unsaved edits."""
        if self.app is None or not self.isVisible():
            return
        dirty = self.save_button.isEnabled()
        try:
            self.app = self._service.get_application(self.app.id)
        except UserFacingError:
            self.close_panel()
            return
        self._fill_header()
        if not dirty:
            self._fill_fields()
        self._fill_history()

    def forget(self, app_id: int) -> None:
        if self.app is not None and self.app.id == app_id:
            self.close_panel()

    def _fill_header(self) -> None:
        app = self.app
        assert app is not None
        self.title.setText(app.company)
        self.subtitle.setText(app.job_title + (f" · {app.location}" if app.location else ""))
        accent = theme.status_color(app.status).name()
        tint = theme.status_tint(app.status).name()
        self.status_chip.setText(app.status.value)
        self.status_chip.setAccessibleName(f"Status: {app.status.value}")
        self.status_chip.setStyleSheet(
            f"background:{tint}; color:{accent}; border-radius:10px; padding:3px 10px;"
            "font-weight:600;"
        )
        count = app.email_count
        self.tabs.setTabText(2, f"Emails ({count})" if count else "Emails")

    def _fill_fields(self) -> None:
        app = self.app
        if app is None:
            return
        self.company.setText(app.company)
        self.job_title.setText(app.job_title)
        self.location.setText(app.location)
        self.url.setText(app.url)
        self.notes.blockSignals(True)
        self.notes.setPlainText(app.notes)
        self.notes.blockSignals(False)
        self.next_event.setText(next_event_text(app))
        self._update_dirty()

    def _fill_history(self) -> None:
        assert self.app is not None
        self.timeline.clear()
        changes = self._service.history(self.app.id)
        # Newest first: the change an undo would revert is on top.
        for change in sorted(changes, key=lambda c: (c.at, c.id), reverse=True):
            what, why = describe_change(change)
            item = QListWidgetItem(what)
            item.setData(SubtitleRole, why)
            item.setData(AccentRole, theme.status_color(change.to_status))
            item.setData(MutedRole, change.undone)
            item.setToolTip(timefmt.full(change.at))
            self.timeline.addItem(item)
        self.undo_button.setEnabled(any(not c.undone for c in changes if c.from_status))

    def _fill_emails(self) -> None:
        assert self.app is not None
        self._emails = sorted(self._service.emails_for(self.app.id), key=lambda e: e.date)
        self._emails.reverse()
        self.email_list.clear()
        self.email_body.clear()
        for email in self._emails:
            subject, rest = describe_email(email)
            item = QListWidgetItem(subject)
            item.setData(SubtitleRole, rest)
            item.setData(AccentRole, category_color(email.category))
            item.setToolTip(timefmt.full(email.date))
            self.email_list.addItem(item)
        self.next_steps.setText(next_steps_text(self._emails) or "Nothing to do right now")
        if self._emails:
            self.email_list.setCurrentRow(0)  # the newest mail is open, not an empty pane
        else:
            self.email_body.setPlaceholderText(
                "No emails yet. Mail about this application appears here once your "
                "mailbox is synced."
            )

    def current_email(self) -> Email | None:
        row = self.email_list.currentRow()
        return self._emails[row] if 0 <= row < len(self._emails) else None

    def email_menu(self) -> QMenu:
        """The actions on the selected email (the three-dot button and right click)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        email = self.current_email()
        app = self.app
        enabled = email is not None and app is not None
        unmatch = QAction("Unmatch Email", menu)
        move = QAction("Move to another application…", menu)
        status = QAction("Set status…", menu)
        for action in (unmatch, move, status):
            action.setEnabled(enabled)
            menu.addAction(action)
        if email is not None and app is not None:
            unmatch.triggered.connect(
                lambda: self._after_mail_change(self._actions.unmatch_email(email.id, app.id))
            )
            move.triggered.connect(
                lambda: self._after_mail_change(self._actions.move_email(email.id, app.id))
            )
            status.triggered.connect(lambda: self._actions.choose_status(app.id))
        return menu

    def _after_mail_change(self, changed: bool) -> None:
        if changed and self.app is not None:
            self.refresh()
            self._fill_emails()

    def show_emails(self) -> None:
        """ "View Email Thread": the Emails tab, newest email selected."""
        self.tabs.setCurrentIndex(2)
        if self.email_list.count():
            self.email_list.setCurrentRow(0)
        self.email_list.setFocus()

    def _show_email(self, row: int) -> None:
        self.email_actions.setEnabled(0 <= row < len(self._emails))
        if not 0 <= row < len(self._emails):
            self.email_body.clear()
            return
        self.email_body.show_email(self._emails[row])

    # -- actions --------------------------------------------------------------------------
    def _form_values(self) -> dict[str, str]:
        return {
            "company": self.company.text().strip(),
            "job_title": self.job_title.text().strip(),
            "location": self.location.text().strip(),
            "url": self.url.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def _update_dirty(self) -> None:
        app = self.app
        if app is None:
            return
        values = self._form_values()
        original = {
            "company": app.company,
            "job_title": app.job_title,
            "location": app.location,
            "url": app.url,
            "notes": app.notes,
        }
        dirty = values != original
        problem = validate(values["company"], values["job_title"], values["url"])
        self.form_error.setText(problem if dirty else "")
        self.save_button.setEnabled(dirty and not problem)
        self.revert_button.setEnabled(dirty)

    def save(self) -> None:
        if self.app is None or not self.save_button.isEnabled():
            return
        saved = self._actions.save(self.app.id, **self._form_values())
        if saved is not None:
            self.app = saved
            self._fill_header()
            self._fill_fields()

    def _choose_status(self) -> None:
        if self.app is not None:
            self._actions.choose_status(self.app.id)

    def _delete(self) -> None:
        if self.app is not None:
            self._actions.delete(self.app.id)

    def _undo(self) -> None:
        if self.app is not None:
            self._actions.undo(self.app.id)

    def close_panel(self) -> None:
        self.app = None
        self.hide()
        self.closed.emit()
