"""The passphrase dialog shown when the store's key cannot come from a system keyring.

It says why it appears (no keyring on this computer), whether it is creating a new store
(then the passphrase is typed twice, because a forgotten one cannot be recovered) or opening
an existing one, and, after a wrong try, that the passphrase did not match.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.gui import theme

MIN_LENGTH = 8

WHY = (
    "ApplyTrack keeps your applications and emails in an encrypted database on this computer. "
    "Its key is normally kept in the system keyring (such as GNOME Keyring, KWallet, macOS "
    "Keychain or Windows Credential Manager), but none is available here, so a passphrase "
    "protects the database instead."
)


class PassphraseDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, new_store: bool = False, error: str = ""
    ) -> None:
        super().__init__(parent)
        self.new_store = new_store
        self.setWindowTitle("Unlock ApplyTrack" if not new_store else "Protect ApplyTrack")
        self.setWindowIcon(theme.app_icon())
        self.setMinimumWidth(480)

        lock = QLabel()
        lock.setPixmap(theme.pixmap("lock", theme.primary_color(), 28))
        heading = QLabel("Create a passphrase" if new_store else "Enter your passphrase")
        heading.setObjectName("DetailTitle")
        top = QHBoxLayout()
        top.addWidget(lock)
        top.addWidget(heading, 1)

        why = QLabel(WHY)
        why.setWordWrap(True)
        why.setObjectName("Muted")
        what = QLabel(
            "Choose a passphrase of at least 8 characters. Keep it safe: without it the "
            "database cannot be opened, and it cannot be recovered."
            if new_store
            else "Enter the passphrase you chose when you first opened ApplyTrack."
        )
        what.setWordWrap(True)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName("Repeat passphrase")
        form = QFormLayout()
        form.addRow("&Passphrase", self.passphrase)
        if new_store:
            form.addRow("&Repeat", self.confirm)
        else:
            self.confirm.hide()

        self.error = QLabel(error)
        self.error.setObjectName("ErrorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Passphrase problem")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Create" if new_store else "Unlock")
        self.ok_button.setObjectName("Primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Quit")
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(why)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.passphrase.setFocus()

    def problem(self) -> str:
        text = self.passphrase.text()
        if not text:
            return "Enter the passphrase."
        if self.new_store:
            if len(text) < MIN_LENGTH:
                return f"Use at least {MIN_LENGTH} characters."
            if text != self.confirm.text():
                return "The two passphrases are not the same."
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(
    parent: QWidget | None = None, *, new_store: bool = False, error: str = ""
) -> str | None:
    """Show the dialog; the passphrase, or None when the user chose Quit."""
    dialog = PassphraseDialog(parent, new_store=new_store, error=error)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.value()
    return None
