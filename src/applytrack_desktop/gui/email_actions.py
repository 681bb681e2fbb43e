"""What the user can do to one email: unmatch it, or move it to another application.

The three-dot menu of an email in the detail panel offers these. Both recompute the
statuses involved (the service does), so the views must refresh the applications named in
``changed``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from applytrack_desktop.core.models import Email
from applytrack_desktop.gui.background import describe_error
from applytrack_desktop.gui.pick_application import pick_application

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)


class EmailActions(QObject):
    changed = Signal(list)  # ids of the applications whose mail changed

    def __init__(self, service: Service, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._service = service
        self._parent = parent_widget

    def build_menu(self, email: Email, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self._parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName("Email actions")
        unmatch = QAction("Unmatch Email", menu)
        unmatch.setEnabled(email.application_id is not None)
        unmatch.triggered.connect(lambda: self.unmatch(email.id))
        move = QAction("Move to another application…", menu)
        move.triggered.connect(lambda: self.move(email.id))
        menu.addAction(unmatch)
        menu.addAction(move)
        return menu

    def _fail(self, exc: Exception) -> None:
        title, message = describe_error(exc)
        QMessageBox.warning(self._parent, title, message)

    def confirm_unmatch(self, email: Email) -> bool:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unmatch Email")
        box.setText("Unmatch this email from its application?")
        box.setInformativeText(
            "It no longer counts for this application and is never matched to it again; "
            "the status is worked out again without it. The email stays in your mailbox."
        )
        go = box.addButton("Unmatch", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def unmatch(self, email_id: int) -> bool:
        try:
            email = self._service.get_email(email_id)
        except Exception as exc:
            self._fail(exc)
            return False
        if email.application_id is None or not self.confirm_unmatch(email):
            return False
        try:
            self._service.unmatch_email(email_id)
        except Exception as exc:
            self._fail(exc)
            return False
        self.changed.emit([email.application_id])
        return True

    def move(self, email_id: int) -> bool:
        try:
            email = self._service.get_email(email_id)
        except Exception as exc:
            self._fail(exc)
            return False
        target = pick_application(
            self._service,
            self._parent,
            title="Move Email",
            prompt="Which application is this email really about?",
            exclude=email.application_id,
        )
        if target is None:
            return False
        try:
            self._service.move_email(email_id, target)
        except Exception as exc:
            self._fail(exc)
            return False
        ids = [i for i in (email.application_id, target) if i is not None]
        self.changed.emit(ids)
        return True
