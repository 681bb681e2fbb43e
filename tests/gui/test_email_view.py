"""Showing one email: plain text, safe HTML, nothing ever loaded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QUrl

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.models import Email
from applytrack_desktop.gui.email_view import NOT_KEPT, EmailView


def _email(**body: Any) -> Email:
    return Email(
        1,
        None,
        "p1",
        "<m1@acme.example>",
        "t1",
        7,
        "Dana Kim",
        "dana@acme.example",
        datetime(2026, 3, 4, 9, 30, tzinfo=UTC),
        "Your interview",
        Category.INTERVIEW,
        0.95,
        **body,
    )


def test_plain_text_with_headers(qtbot: Any) -> None:
    view = EmailView()
    qtbot.addWidget(view)
    view.show_email(_email(body_text="Hi Alex,\nPick a slot."))
    text = view.toPlainText()
    assert text.startswith("From: Dana Kim <dana@acme.example>\n")
    assert "Subject: Your interview" in text
    assert text.endswith("Hi Alex,\nPick a slot.")


def test_plain_text_is_shown_as_written_not_as_html(qtbot: Any) -> None:
    view = EmailView()
    qtbot.addWidget(view)
    body = "Tags like <b>this</b> & <img src='http://x.example/p.png'> stay text.\n  Indented."
    view.show_email(_email(body_text=body))
    assert view.toPlainText().endswith(body)
    assert view.refused == []


def test_purged_body_says_so(qtbot: Any) -> None:
    view = EmailView()
    qtbot.addWidget(view)
    view.show_email(_email(body_text=None))
    assert view.toPlainText().endswith(NOT_KEPT)


def test_html_is_sanitized_and_loads_nothing(qtbot: Any) -> None:
    view = EmailView()
    qtbot.addWidget(view)
    view.show()
    markup = (
        "<p>Hello <b>Alex</b></p><script>alert('x')</script>"
        '<img src="https://tracker.example/pixel.gif">'
        '<p style="background:url(https://tracker.example/bg.png)">Pick a '
        '<a href="https://acme.example/slots">slot</a> or '
        '<a href="javascript:alert(1)">this</a>.</p>'
    )
    view.show_email(_email(body_text="Hello Alex", body_html=markup))
    text = view.toPlainText()
    assert "Hello Alex" in text
    assert "alert" not in text
    rendered = view.toHtml()
    assert "tracker.example" not in rendered
    assert "javascript:" not in rendered
    assert "https://acme.example/slots" in rendered
    assert not [r for r in view.refused if "tracker" in r]
    # Even if asked directly, the view fetches nothing.
    assert view.loadResource(2, QUrl("https://tracker.example/pixel.gif")) is None
    assert view.refused[-1] == "https://tracker.example/pixel.gif"
