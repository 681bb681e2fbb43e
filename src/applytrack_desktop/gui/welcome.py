"""The first-run page: shown while there is no mail account and no application yet.

It offers the three ways in — connect a mailbox, import mailbox files, or try the demo —
and says up front what happens to the user's mail (it stays on this computer). Adding an
application by hand stays one click away for people who do not want to connect anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.gui import theme


class _Choice(QFrame):
    """One card: an icon, a title, two lines of text and a button."""

    def __init__(
        self, icon: str, title: str, text: str, button: QPushButton, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Column")
        self.setFixedWidth(280)
        picture = QLabel()
        picture.setPixmap(theme.pixmap(icon, theme.primary_color(), 32))
        heading = QLabel(title)
        heading.setObjectName("SectionTitle")
        body = QLabel(text)
        body.setObjectName("Muted")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        layout.addSpacing(6)
        layout.addWidget(button)


class WelcomePage(QWidget):
    connect_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardArea")
        self.setAccessibleName("Welcome")
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Welcome to ApplyTrack")
        title.setObjectName("WelcomeTitle")
        title.setStyleSheet("font-size: 24px; font-weight: 700;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(
            "Your job applications, kept up to date from your inbox. Confirmations, "
            "interviews, offers and rejections move each application along by themselves."
        )
        subtitle.setObjectName("Muted")
        subtitle.setWordWrap(True)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setFixedWidth(600)
        # A wrapped label in a box layout is given one line unless told its real height.
        subtitle.setFixedHeight(subtitle.heightForWidth(600) + 4)

        primary_text = QColor(theme.tones().primary_text)
        self.connect_button = QPushButton(theme.icon("mail", primary_text, 16), "Connect Mail…")
        self.connect_button.setObjectName("Primary")
        self.connect_button.setAccessibleName("Connect a mail account")
        self.connect_button.clicked.connect(self.connect_requested)
        self.import_button = QPushButton(theme.icon("import", size=16), "Import Mailbox…")
        self.import_button.setAccessibleName("Import a mailbox file")
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(theme.icon("play", size=16), "Try the Demo")
        self.demo_button.setAccessibleName("Try the demo")
        self.demo_button.clicked.connect(self.demo_requested)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addStretch(1)
        cards.addWidget(
            _Choice(
                "mail",
                "Connect your mailbox",
                "Gmail, Outlook or any IMAP account. New mail is checked every few minutes, "
                "read-only.",
                self.connect_button,
            )
        )
        cards.addWidget(
            _Choice(
                "import",
                "Import a mailbox file",
                "A Google Takeout or Thunderbird .mbox, or .eml files. Good for your past "
                "applications.",
                self.import_button,
            )
        )
        cards.addWidget(
            _Choice(
                "play",
                "Look around first",
                "Open a demo with a dozen sample applications. Nothing of yours is touched.",
                self.demo_button,
            )
        )
        cards.addStretch(1)

        privacy = QLabel()
        privacy.setPixmap(theme.pixmap("lock", QColor(theme.tones().muted), 14))
        privacy_text = QLabel(
            "Your mail is read and classified on this computer, in an encrypted database. "
            "Nothing is sent anywhere."
        )
        privacy_text.setObjectName("Muted")
        privacy_row = QHBoxLayout()
        privacy_row.addStretch(1)
        privacy_row.addWidget(privacy)
        privacy_row.addWidget(privacy_text)
        privacy_row.addStretch(1)
        self.add_button = QPushButton("Or add an application by hand")
        self.add_button.setFlat(True)
        self.add_button.setStyleSheet(
            f"border: none; background: transparent; color: {theme.tones().primary};"
            "text-decoration: underline;"
        )
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.add_requested)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(subtitle, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(22)
        layout.addLayout(cards)
        layout.addSpacing(18)
        layout.addLayout(privacy_row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setTabOrder(self.connect_button, self.import_button)
        self.setTabOrder(self.import_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.add_button)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While the demo loads: buttons off, the demo button says what is happening."""
        for button in (self.connect_button, self.import_button, self.demo_button):
            button.setEnabled(not busy)
        self.demo_button.setText(text if busy and text else "Try the Demo")
