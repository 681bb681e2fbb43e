"""Reading one email: its headers, then its text, or its HTML made safe.

HTML goes through ``mail.html_text.sanitize_html`` (nh3: no scripts, no images, no styles
that fetch, only http/https/mailto links), and the browser widget refuses every resource it
is asked to load on top, so opening a message never contacts a server. Links open in the
system browser only when clicked.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from applytrack_desktop.core.models import Email
from applytrack_desktop.gui import timefmt
from applytrack_desktop.mail.html_text import sanitize_html

NOT_KEPT = (
    "(The text of this email is not kept on this computer: it was removed after the "
    "retention period, or imported without it. Its details above are kept.)"
)


def header_lines(email: Email) -> list[str]:
    sender = (
        f"{email.sender_name} <{email.sender_address}>"
        if email.sender_name
        else (email.sender_address)
    )
    return [
        f"From: {sender}",
        f"Date: {timefmt.full(email.date)}",
        f"Subject: {email.subject}",
    ]


class EmailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setAccessibleName("Email text")
        self.setPlaceholderText("Select an email to read it.")
        self.anchorClicked.connect(self._open_link)
        self.refused: list[str] = []  # resources the mail asked for (never loaded)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Nothing is fetched for a mail: not remote images, not local files.
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def show_email(self, email: Email) -> None:
        head = header_lines(email)
        if email.body_html and email.body_html.strip():
            header = "".join(f"<div>{html.escape(line)}</div>" for line in head)
            self.setHtml(f"{header}<hr>{sanitize_html(email.body_html)}")
        else:
            body = email.body_text if email.body_text is not None else NOT_KEPT
            self.setPlainText("\n".join(head) + "\n\n" + body)
