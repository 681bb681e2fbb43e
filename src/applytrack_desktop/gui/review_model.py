"""The review list's item model: mail the pipeline would not decide about on its own.

Each row is one open review item with the email it is about and the application it
suggests. The model reads everything at ``reload`` (the list is short: at most
``LIMIT`` open items) and drops a row as soon as the user resolves it, so the view never
shows a stale decision.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.core.models import Application, Email, ReviewItem
from applytrack_desktop.gui import timefmt
from applytrack_desktop.gui.confidence import percent
from applytrack_desktop.gui.detail import CATEGORY_LABELS, category_color

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

LIMIT = 500
ItemIdRole = Qt.ItemDataRole.UserRole + 40
SENDER, SUBJECT, RECEIVED, CATEGORY, SUGGESTION = range(5)
HEADERS = ("From", "Subject", "Received", "What it is", "Suggestion")

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class ReviewRow:
    item: ReviewItem
    email: Email
    application: Application | None


# The status rules give their reasons in a developer's words; these read as a person would.
PLAIN_REASONS = {
    "the classifier is not sure enough": (
        "ApplyTrack is not sure enough about this email to change the status by itself."
    ),
    "the status was set by hand after this mail": (
        "You set this status by hand after the email arrived, so it was not changed."
    ),
}


def reason_text(row: ReviewRow) -> str:
    """Why the mail is here, as a sentence."""
    if row.item.reason == "unmatched":
        if row.application is not None:
            return "Not matched for sure; this application looks likely."
        return "Not matched to any application."
    reason = row.item.reason.strip().rstrip(".")
    if reason in PLAIN_REASONS:
        return PLAIN_REASONS[reason]
    if reason.startswith("the application is "):
        state = reason.removeprefix("the application is ")
        return f"The application is already {state}, so a later email does not move it by itself."
    return (reason[:1].upper() + reason[1:] + ".") if reason else "Needs your decision."


def suggestion_text(row: ReviewRow) -> str:
    """ "Acme — Data Engineer → Interviewing", the new application Track as New… would
    start ("New: Massive Dynamic", as ``applytrack review`` offers "track: X"), or what is
    missing."""
    status = row.item.suggested_status
    if row.application is None:
        if row.email.company:
            return f"New: {row.email.company}"
        return "No matching application" if status is not None else "No suggestion"
    name = f"{row.application.company} — {row.application.job_title}"
    if status is not None and status is not row.application.status:
        return f"{name} → {status.value}"
    return name


def category_text(email: Email) -> str:
    label = CATEGORY_LABELS.get(email.category, email.category.value)
    return f"{label} · {percent(email.confidence)}"


def load_rows(service: Service, limit: int = LIMIT) -> list[ReviewRow]:
    rows: list[ReviewRow] = []
    apps: dict[int, Application | None] = {}
    for item in service.review_items(limit):
        try:
            email = service.get_email(item.email_id)
        except UserFacingError:
            continue  # deleted since (disconnect, retention): nothing left to decide
        app_id = item.suggested_application_id
        if app_id is not None and app_id not in apps:
            try:
                apps[app_id] = service.get_application(app_id)
            except UserFacingError:
                apps[app_id] = None
        rows.append(ReviewRow(item, email, apps.get(app_id) if app_id is not None else None))
    return rows


class ReviewModel(QAbstractTableModel):
    def __init__(self, service: Service, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[ReviewRow] = []

    def reload(self) -> None:
        try:
            rows = load_rows(self._service)
        except UserFacingError as exc:
            log.warning("could not read the review list: %s", exc.title)
            rows = []
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_for(self, index: AnyIndex) -> ReviewRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def remove_item(self, item_id: int) -> None:
        for position, row in enumerate(self.rows):
            if row.item.id == item_id:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()
                return

    # -- QAbstractItemModel -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        column = index.column()
        email = row.email
        if role == ItemIdRole:
            return row.item.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SENDER:
                return email.sender_name or email.sender_address
            if column == SUBJECT:
                return email.subject or "(no subject)"
            if column == RECEIVED:
                return timefmt.short_date(email.date)
            if column == CATEGORY:
                return category_text(email)
            if column == SUGGESTION:
                return suggestion_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SENDER:
                return email.sender_address
            if column == RECEIVED:
                return timefmt.full(email.date)
            return reason_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == CATEGORY:
            return category_color(email.category)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{email.sender_name or email.sender_address}: {email.subject}"
        return None
