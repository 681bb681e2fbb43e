"""What the user can do to an application, in one place for every view.

Board cards, table rows, the detail panel and the keyboard shortcuts all call these methods,
so each action asks the same questions (dialogs, confirmations), calls the service once and
announces what changed through signals that the views listen to.

Writes run on the GUI thread: each is a single-row change through the store's writer, which
takes milliseconds; bulk work (sync, import) is never started from here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.app_dialog import ask_application

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

StatusRole = Qt.ItemDataRole.UserRole


class SetStatusDialog(QDialog):
    """Pick a status for an application; the current one is preselected."""

    def __init__(self, parent: QWidget | None, app: Application) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set Status")
        label = QLabel(f"Move <b>{_esc(app.company)}</b> — {_esc(app.job_title)} to:")
        label.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName("Statuses")
        for status in theme.BOARD_STATUSES:
            item = QListWidgetItem(
                theme.icon(theme.status_icon_name(status), theme.status_color(status), 16),
                status.value,
            )
            item.setData(StatusRole, status)
            self.choices.addItem(item)
            if status is app.status:
                self.choices.setCurrentItem(item)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Set Status")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)
        self.choices.setFocus()

    def chosen(self) -> Status | None:
        item = self.choices.currentItem()
        return theme.as_status(item.data(StatusRole)) if item is not None else None


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ApplicationActions(QObject):
    """Add, edit, delete, set status, undo: dialogs, the service call, then a signal."""

    # An application was created, edited or changed status (its id).
    changed = Signal(int)
    # The set of applications changed (created or deleted): lists must re-query.
    reloaded = Signal()
    deleted = Signal(int)

    def __init__(self, service: Service, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.service = service
        self._parent = parent_widget

    def _fail(self, exc: Exception) -> None:
        if isinstance(exc, UserFacingError):
            QMessageBox.warning(self._parent, exc.title, exc.message)
        else:
            log.error("action failed", exc_info=exc)
            QMessageBox.critical(
                self._parent,
                "Something went wrong",
                "That did not work. Nothing was changed; details are in the log file.",
            )

    def add(self) -> Application | None:
        form = ask_application(self._parent)
        if form is None:
            return None
        try:
            app = self.service.create_application(
                form.company,
                form.job_title,
                status=form.status,
                location=form.location,
                url=form.url,
                notes=form.notes,
            )
        except Exception as exc:
            self._fail(exc)
            return None
        self.reloaded.emit()
        self.changed.emit(app.id)
        return app

    def edit(self, app_id: int) -> Application | None:
        try:
            current = self.service.get_application(app_id)
        except Exception as exc:
            self._fail(exc)
            return None
        form = ask_application(self._parent, current)
        if form is None:
            return None
        return self.save(
            app_id,
            company=form.company,
            job_title=form.job_title,
            location=form.location,
            url=form.url,
            notes=form.notes,
        )

    def save(
        self,
        app_id: int,
        *,
        company: str,
        job_title: str,
        location: str,
        url: str,
        notes: str,
    ) -> Application | None:
        try:
            app = self.service.update_application(
                app_id,
                company=company,
                job_title=job_title,
                location=location,
                url=url,
                notes=notes,
            )
        except Exception as exc:
            self._fail(exc)
            return None
        self.changed.emit(app.id)
        return app

    def delete(self, app_id: int) -> bool:
        try:
            app = self.service.get_application(app_id)
        except Exception as exc:
            self._fail(exc)
            return False
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete Application")
        box.setText(f"Delete {app.company} — {app.job_title}?")
        box.setInformativeText(
            "Its details and status history are removed from ApplyTrack. "
            "Your mailbox is not changed."
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return False
        try:
            self.service.delete_application(app_id)
        except Exception as exc:
            self._fail(exc)
            return False
        self.deleted.emit(app_id)
        self.reloaded.emit()
        return True

    def choose_status(self, app_id: int) -> bool:
        try:
            app = self.service.get_application(app_id)
        except Exception as exc:
            self._fail(exc)
            return False
        dialog = SetStatusDialog(self._parent, app)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        status = dialog.chosen()
        if status is None or status is app.status:
            return False
        return self.set_status([app_id], status)

    def set_status(self, ids: list[int], status: Status) -> bool:
        """Set the status of each application by hand (drag and drop, menus)."""
        done = False
        for app_id in ids:
            try:
                self.service.set_status(app_id, status)
            except Exception as exc:
                self._fail(exc)
                break
            done = True
            self.changed.emit(app_id)
        if done:
            self.reloaded.emit()
        return done

    def undo(self, app_id: int) -> bool:
        try:
            change = self.service.undo_last_change(app_id)
        except Exception as exc:
            self._fail(exc)
            return False
        if change is None:
            return False
        self.changed.emit(app_id)
        self.reloaded.emit()
        return True

    # -- mail of an application -------------------------------------------------------
    def unmatch_email(self, email_id: int, app_id: int) -> bool:
        """Detach an email from its application after asking; it is never re-attached."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unmatch Email")
        box.setText("Unmatch this email from the application?")
        box.setInformativeText(
            "It will no longer count for this application, and ApplyTrack will not attach "
            "it again by itself. The status is worked out again without it. The email "
            "waits in Review, where you can assign it elsewhere, track it as a new "
            "application or dismiss it."
        )
        unmatch = box.addButton("Unmatch", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not unmatch:
            return False
        try:
            self.service.unmatch_email(email_id)
        except Exception as exc:
            self._fail(exc)
            return False
        self.changed.emit(app_id)
        self.reloaded.emit()
        return True

    def move_email(self, email_id: int, app_id: int) -> bool:
        """Move an email to another application the user picks."""
        from applytrack_desktop.gui.pick_application import pick_application

        target = pick_application(
            self.service,
            self._parent,
            title="Move Email",
            prompt="Which application is this email about?",
            exclude=app_id,
        )
        if target is None:
            return False
        try:
            self.service.move_email(email_id, target)
        except Exception as exc:
            self._fail(exc)
            return False
        self.changed.emit(app_id)
        self.changed.emit(target)
        self.reloaded.emit()
        return True
