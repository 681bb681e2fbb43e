"""The small forms that collect what connecting an Outlook or IMAP account needs.

They only collect and check input; the connecting itself (which may open the browser or
talk to a server) is done by the Integrations page off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

SECURITY_CHOICES = (("SSL/TLS (port 993)", "ssl"), ("STARTTLS (port 143)", "starttls"))


@dataclass(frozen=True, slots=True)
class OutlookForm:
    client_id: str
    tenant: str | None


@dataclass(frozen=True, slots=True)
class ImapForm:
    host: str
    port: int | None
    security: str
    user: str
    password: str


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.error = QLabel()
        self.error.setObjectName("ErrorLabel")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Connect")
        ok.setObjectName("Primary")
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def _try_accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            self.accept()


class OutlookDialog(_FormDialog):
    def __init__(
        self, parent: QWidget | None = None, client_id: str = "", tenant: str = ""
    ) -> None:
        super().__init__("Connect Outlook", parent)
        self.client_id = QLineEdit(client_id)
        self.client_id.setAccessibleName("Application (client) ID")
        self.client_id.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.tenant = QLineEdit(tenant)
        self.tenant.setAccessibleName("Tenant")
        self.tenant.setPlaceholderText("common")
        self.form.addRow(
            _hint(
                "Use the application ID of your own Azure app registration (a public client "
                "with the Mail.Read permission). Your browser opens to sign in; ApplyTrack only "
                "ever reads mail."
            )
        )
        self.form.addRow("Application ID", self.client_id)
        self.form.addRow("Tenant", self.tenant)

    def problem(self) -> str:
        if not self.client_id.text().strip():
            return "Enter the application (client) ID of your Azure app."
        return ""

    def value(self) -> OutlookForm:
        return OutlookForm(self.client_id.text().strip(), self.tenant.text().strip() or None)


class ImapDialog(_FormDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        host: str = "",
        port: int | None = None,
        security: str = "ssl",
        user: str = "",
    ) -> None:
        super().__init__("Connect IMAP", parent)
        self.host = QLineEdit(host)
        self.host.setAccessibleName("IMAP server")
        self.host.setPlaceholderText("imap.example.com")
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText("Default")
        self.port.setValue(port or 0)
        self.port.setAccessibleName("Port")
        self.security = QComboBox()
        self.security.setAccessibleName("Security")
        for label, value in SECURITY_CHOICES:
            self.security.addItem(label, value)
        self.security.setCurrentIndex(max(0, self.security.findData(security)))
        self.user = QLineEdit(user)
        self.user.setAccessibleName("Email address")
        self.user.setPlaceholderText("you@example.com")
        self.password = QLineEdit()
        self.password.setAccessibleName("App password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(
            _hint(
                "The connection is always encrypted. Use an app password from your mail "
                "provider; it is kept in your system keyring. ApplyTrack never changes your "
                "mailbox."
            )
        )
        self.form.addRow("Server", self.host)
        self.form.addRow("Port", self.port)
        self.form.addRow("Security", self.security)
        self.form.addRow("Email address", self.user)
        self.form.addRow("App password", self.password)
        if host and user:
            self.password.setFocus()

    def problem(self) -> str:
        if not self.host.text().strip():
            return "Enter the IMAP server's name, such as imap.example.com."
        if "@" not in self.user.text():
            return "Enter your full email address."
        if not self.password.text():
            return "Enter the app password."
        return ""

    def value(self) -> ImapForm:
        return ImapForm(
            host=self.host.text().strip(),
            port=self.port.value() or None,
            security=str(self.security.currentData()),
            user=self.user.text().strip(),
            password=self.password.text(),
        )
