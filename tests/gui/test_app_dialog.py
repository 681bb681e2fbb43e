"""The Add / Edit dialog's validation and what it returns."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui.app_dialog import ApplicationDialog, ApplicationForm, validate


@pytest.mark.parametrize(
    ("company", "title", "url", "problem"),
    [
        ("", "Engineer", "", "company"),
        ("   ", "Engineer", "", "company"),
        ("Acme", "", "", "role"),
        ("Acme", "Engineer", "acme.example", "http"),
        ("Acme", "Engineer", "", ""),
        ("Acme", "Engineer", "HTTPS://acme.example", ""),
    ],
)
def test_validate(company: str, title: str, url: str, problem: str) -> None:
    result = validate(company, title, url)
    if problem:
        assert problem in result
    else:
        assert result == ""


def test_new_form_by_keyboard(qtbot: Any) -> None:
    dialog = ApplicationDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.error.text() == ""  # an untouched form is not scolded
    assert not dialog.save_button.isEnabled()
    dialog.company.setFocus()
    QTest.keyClicks(dialog.company, "  Acme  ")
    assert "role" in dialog.error.text()
    QTest.keyClick(dialog.company, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.job_title
    QTest.keyClicks(dialog.job_title, "Engineer")
    assert dialog.save_button.isEnabled()
    form = dialog.form()
    assert form.company == "Acme"
    assert form.status is Status.APPLIED


def test_edit_form_hides_status_and_keeps_values(qtbot: Any) -> None:
    at = datetime.now(UTC)
    app = Application(
        5, "Acme", "Engineer", Status.INTERVIEWING, at, at, location="Berlin", notes="n"
    )
    dialog = ApplicationDialog(None, app)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit Application"
    assert not dialog.status.isVisible()
    assert dialog.save_button.isEnabled()
    form = dialog.form()
    assert (form.company, form.location, form.notes) == ("Acme", "Berlin", "n")


def test_a_draft_fills_a_new_form_and_says_what_is_missing(qtbot: Any) -> None:
    draft = ApplicationForm("Globex", "", Status.WISHLIST, "Berlin", "https://globex.test/j/1", "")
    dialog = ApplicationDialog(None, draft=draft, hint_text="From an email.")
    qtbot.addWidget(dialog)
    form = dialog.form()
    assert (form.company, form.status, form.location, form.url) == (
        "Globex",
        Status.WISHLIST,
        "Berlin",
        "https://globex.test/j/1",
    )
    # The email named no role: the form says so at once instead of a silent grey button.
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text() == "Enter the role you applied for."
    dialog.job_title.setText("Analyst")
    assert dialog.save_button.isEnabled() and dialog.error.text() == ""
