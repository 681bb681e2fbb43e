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
from applytrack_desktop.gui import theme, timefmt
from applytrack_desktop.mail.html_text import sanitize_html

NOT_KEPT = (
    "Only this email's details are kept on this computer: its text was deleted after the "
    "retention period, or it was imported without it."
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
        self.document().setDocumentMargin(10)
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
        # The headers in the muted colour, the subject in bold, a rule, then the mail itself.
        muted = theme.tones().muted
        lines = header_lines(email)
        header = "".join(
            f'<div style="color:{muted}">{html.escape(line)}</div>' for line in lines[:-1]
        )
        header += f'<div style="font-weight:600">{html.escape(lines[-1])}</div>'
        if email.body_html and email.body_html.strip():
            body = sanitize_html(email.body_html)
        elif email.body_text is not None:
            body = f'<div style="white-space:pre-wrap">{html.escape(email.body_text)}</div>'
        else:
            body = f'<div style="color:{muted}"><i>{html.escape(NOT_KEPT)}</i></div>'
        self.setHtml(f"{header}<hr>{body}")
