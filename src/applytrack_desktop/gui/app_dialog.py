"""The Add / Edit application dialog, with inline validation.

Company and role are required; a link, when given, must be a web address. The Save button
stays disabled until the form is valid and the reason is shown under the form, so the user
never meets an error only after pressing Save.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui import theme


@dataclass(frozen=True, slots=True)
class ApplicationForm:
    """What the dialog collected; ``status`` is only used for a new application."""

    company: str
    job_title: str
    status: Status
    location: str
    url: str
    notes: str


def validate(company: str, job_title: str, url: str) -> str:
    """The first problem with the form as a sentence, or "" when it can be saved."""
    if not company.strip():
        return "Enter the company you applied to."
    if not job_title.strip():
        return "Enter the role you applied for."
    link = url.strip().lower()
    if link and not link.startswith(("http://", "https://")):
        return "The link must start with http:// or https://."
    return ""


class ApplicationDialog(QDialog):
    """Add a new application (``app=None``) or edit an existing one."""

    def __init__(
        self,
        parent: QWidget | None = None,
        app: Application | None = None,
        *,
        draft: ApplicationForm | None = None,
        hint_text: str = "",
    ) -> None:
        """``draft`` fills a new application's form (what an email says, say)."""
        super().__init__(parent)
        self._editing = app is not None
        self.setWindowTitle("Edit Application" if app else "Add Application")
        self.setMinimumWidth(460)

        heading = QLabel("Edit application" if app else "New application")
        heading.setObjectName("DetailTitle")
        hint = QLabel(
            "Update the details of this application."
            if app
            else hint_text or "Track a job you applied for, or one you want to apply for."
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)

        self.company = QLineEdit(app.company if app else "")
        self.company.setPlaceholderText("e.g. Acme Corp")
        self.company.setAccessibleName("Company")
        self.job_title = QLineEdit(app.job_title if app else "")
        self.job_title.setPlaceholderText("e.g. Data Engineer")
        self.job_title.setAccessibleName("Role")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for status in theme.BOARD_STATUSES:
            self.status.addItem(
                theme.icon(theme.status_icon_name(status), theme.status_color(status), 16),
                status.value,
                status,
            )
        self.status.setCurrentIndex(self.status.findData(app.status if app else Status.APPLIED))
        self.location = QLineEdit(app.location if app else "")
        self.location.setPlaceholderText("e.g. Berlin or Remote")
        self.location.setAccessibleName("Location")
        self.url = QLineEdit(app.url if app else "")
        self.url.setPlaceholderText("https://…")
        self.url.setAccessibleName("Link to the job posting")
        self.notes = QPlainTextEdit(app.notes if app else "")
        self.notes.setPlaceholderText("Contacts, salary range, anything worth remembering")
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        form.addRow("&Company", self.company)
        form.addRow("&Role", self.job_title)
        if not self._editing:
            # On an existing application the status changes through history-keeping actions.
            form.addRow("&Status", self.status)
        else:
            self.status.hide()
        form.addRow("&Location", self.location)
        form.addRow("Lin&k", self.url)
        form.addRow("&Notes", self.notes)

        self.error = QLabel()
        self.error.setObjectName("ErrorLabel")
        self.error.setAccessibleName("Form problem")
        self.error.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Save" if app else "Add Application")
        self.save_button.setObjectName("Primary")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for edit in (self.company, self.job_title, self.url):
            edit.textChanged.connect(self._revalidate)
        self._touched = self._editing or draft is not None
        if app is None and draft is not None:
            self._fill(draft)
        self.company.textEdited.connect(self._touch)
        self.job_title.textEdited.connect(self._touch)
        self._revalidate()

    def _fill(self, draft: ApplicationForm) -> None:
        self.company.setText(draft.company)
        self.job_title.setText(draft.job_title)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.location.setText(draft.location)
        self.url.setText(draft.url)
        self.notes.setPlainText(draft.notes)

    def _touch(self) -> None:
        self._touched = True
        self._revalidate()

    def _revalidate(self) -> None:
        problem = validate(self.company.text(), self.job_title.text(), self.url.text())
        self.save_button.setEnabled(not problem)
        # Do not scold an empty, untouched form; explain once the user has started typing.
        self.error.setText(problem if self._touched else "")

    def _accept_if_valid(self) -> None:
        problem = validate(self.company.text(), self.job_title.text(), self.url.text())
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def form(self) -> ApplicationForm:
        status = theme.as_status(self.status.currentData())
        return ApplicationForm(
            company=self.company.text().strip(),
            job_title=self.job_title.text().strip(),
            status=status if status is not None else Status.APPLIED,
            location=self.location.text().strip(),
            url=self.url.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )


def ask_application(
    parent: QWidget | None,
    app: Application | None = None,
    *,
    draft: ApplicationForm | None = None,
    hint_text: str = "",
) -> ApplicationForm | None:
    """Run the dialog; the filled form, or None when cancelled."""
    dialog = ApplicationDialog(parent, app, draft=draft, hint_text=hint_text)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.form()
    return None
