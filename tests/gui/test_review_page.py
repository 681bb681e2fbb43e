"""The review list: its model passes Qt's model tester; accept, assign and dismiss work."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.gui.app_dialog import ApplicationDialog
from applytrack_desktop.gui.confidence import percent
from applytrack_desktop.gui.pick_application import PickApplicationDialog
from applytrack_desktop.gui.review_model import (
    CATEGORY,
    SUBJECT,
    SUGGESTION,
    ItemIdRole,
    ReviewModel,
    reason_text,
    suggestion_text,
)
from applytrack_desktop.gui.review_page import ReviewPage
from tests.gui.mail_helpers import add_unsure_mail, import_demo


@pytest.fixture
def filled(service: Any) -> Any:
    import_demo(service)
    add_unsure_mail(service)  # a row with a suggestion, whatever the models make of the demo
    assert service.review_count() > 2, "the demo mailbox must leave mail to review"
    return service


def make_page(qtbot: QtBot, service: Any) -> ReviewPage:
    page = ReviewPage(service)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.reload()
    return page


def test_model_passes_the_model_tester_through_reload_and_removal(
    qtbot: QtBot, filled: Any
) -> None:
    model = ReviewModel(filled)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == filled.review_count()
    first = model.rows[0]
    model.remove_item(first.item.id)
    model.reload()
    assert tester is not None
    assert model.rowCount() == filled.review_count()


def test_rows_show_sender_subject_category_and_suggestion(filled: Any) -> None:
    model = ReviewModel(filled)
    model.reload()
    for position, row in enumerate(model.rows):
        email = filled.get_email(row.item.email_id)
        assert model.index(position, SUBJECT).data() == (email.subject or "(no subject)")
        category = model.index(position, CATEGORY).data()
        assert category.endswith(percent(email.confidence))
        assert model.index(position, SUGGESTION).data() == suggestion_text(row)
        assert model.index(position, 0).data(ItemIdRole) == row.item.id
    suggested = [r for r in model.rows if r.application is not None]
    assert suggested, "some demo mail must come with a suggested application"
    assert suggested[0].application is not None
    assert suggested[0].application.company in suggestion_text(suggested[0])
    assert all(reason_text(r).endswith(".") for r in model.rows)


def test_accept_attaches_the_mail_and_drops_the_row(qtbot: QtBot, filled: Any) -> None:
    page = make_page(qtbot, filled)
    rows = page.model.rows
    target = next(r for r in rows if r.application is not None)
    page.table.selectRow(rows.index(target))
    assert page.accept_button.isEnabled()
    before = page.count()
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.count() == before - 1
    assert target.item.id not in [r.item.id for r in page.model.rows]
    email = filled.get_email(target.item.email_id)
    assert target.application is not None
    assert email.application_id == target.application.id
    assert filled.review_count() == before - 1


def test_dismiss_by_key(qtbot: QtBot, filled: Any) -> None:
    page = make_page(qtbot, filled)
    page.table.setFocus()
    page.table.selectRow(0)
    first = page.current_row()
    assert first is not None
    before = page.count()
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert page.count() == before - 1
    open_ids = [i.id for i in filled.review_items()]
    assert first.item.id not in open_ids
    # The next row is selected, ready for the next decision.
    assert page.current_row() is not None


def test_assign_picks_an_application(qtbot: QtBot, filled: Any, when_modal: Any) -> None:
    page = make_page(qtbot, filled)
    page.table.selectRow(0)
    row = page.current_row()
    assert row is not None
    wanted = filled.list_applications()[-1]

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PickApplicationDialog)
        qtbot.keyClicks(dialog.search, wanted.company)
        qtbot.waitUntil(lambda: dialog.list.count() >= 1)
        assert dialog.chosen() == wanted.id
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    when_modal(choose)
    assert page.assign_current()
    email = filled.get_email(row.item.email_id)
    assert email.application_id == wanted.id
    assert row.item.id not in [i.id for i in filled.review_items()]


def test_cancelled_assign_changes_nothing(qtbot: QtBot, filled: Any, when_modal: Any) -> None:
    page = make_page(qtbot, filled)
    before = page.count()
    when_modal(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert not page.assign_current()
    assert page.count() == before == filled.review_count()


def test_track_starts_an_application_from_what_the_email_says(
    qtbot: QtBot, filled: Any, when_modal: Any
) -> None:
    page = make_page(qtbot, filled)
    rows = page.model.rows
    lone = next(r for r in rows if r.application is None)
    page.table.selectRow(rows.index(lone))
    page.table.setFocus()
    before = {a.id for a in filled.list_applications()}
    seen: list[Any] = []

    def fill(dialog: QWidget) -> None:
        # Only record here: a failed assertion inside the dialog's loop would leave it open.
        seen.append(dialog)
        if isinstance(dialog, ApplicationDialog):
            seen.extend([dialog.company.text(), dialog.form().status])
            dialog.company.setText("Massive Dynamic")
            dialog.job_title.setText("Platform Engineer")
            dialog.save_button.click()
        else:
            dialog.close()

    when_modal(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    dialog, company, status = seen
    assert isinstance(dialog, ApplicationDialog)
    assert company == lone.email.company  # the form starts from what the email says
    outreach = lone.email.category is Category.RECRUITER_OUTREACH
    assert status is (Status.WISHLIST if outreach else Status.APPLIED)
    [new] = [a for a in filled.list_applications() if a.id not in before]
    assert (new.company, new.job_title) == ("Massive Dynamic", "Platform Engineer")
    assert filled.get_email(lone.item.email_id).application_id == new.id
    assert lone.item.id not in [r.item.id for r in page.model.rows]
    assert page.count() == filled.review_count()


def test_cancelled_track_changes_nothing(qtbot: QtBot, filled: Any, when_modal: Any) -> None:
    page = make_page(qtbot, filled)
    page.table.selectRow(0)
    before = (page.count(), len(filled.list_applications()))
    when_modal(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert page.track_current() is None
    assert (page.count(), len(filled.list_applications())) == before


def test_enter_opens_the_suggested_application(qtbot: QtBot, filled: Any) -> None:
    page = make_page(qtbot, filled)
    rows = page.model.rows
    target = next(r for r in rows if r.application is not None)
    page.table.selectRow(rows.index(target))
    page.table.setFocus()
    with qtbot.waitSignal(page.open_requested, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert target.application is not None
    assert opened.args == [target.application.id]


def test_a_decision_on_a_gone_item_is_a_sentence(
    qtbot: QtBot, filled: Any, when_modal: Any
) -> None:
    page = make_page(qtbot, filled)
    page.table.selectRow(0)
    row = page.current_row()
    assert row is not None
    filled.dismiss_review(row.item.id)  # decided elsewhere meanwhile
    seen: list[str] = []

    def read(box: QWidget) -> None:
        seen.append(box.findChild(QWidget, "qt_msgbox_label").text())  # type: ignore[union-attr]
        box.close()

    when_modal(read)
    assert not page.dismiss_current()
    assert seen == ["That review item is no longer open."]
    assert row.item.id not in [r.item.id for r in page.model.rows]


def test_empty_list_says_all_caught_up(qtbot: QtBot, service: Any) -> None:
    page = make_page(qtbot, service)
    assert page.count() == 0
    assert page.right.currentWidget() is page.empty
    assert page.summary.text() == "Nothing to review"
    assert not page.accept_button.isEnabled()


def test_hidden_page_only_counts_and_loads_on_show(qtbot: QtBot, filled: Any) -> None:
    page = ReviewPage(filled)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_changed, timeout=1000) as counted:
        page.invalidate()
    assert counted.args == [filled.review_count()]
    assert page.model.rowCount() == 0  # start-up does not pay for the list
    page.show()
    assert page.model.rowCount() == filled.review_count()


def test_reasons_and_suggestions_read_as_sentences(filled: Any) -> None:
    model = ReviewModel(filled)
    model.reload()
    row = model.rows[0]
    for reason, expected in (
        ("the classifier is not sure enough", "ApplyTrack is not sure enough"),
        ("the status was set by hand after this mail", "You set this status by hand"),
        ("the application is Rejected", "The application is already Rejected"),
    ):
        changed = dataclasses.replace(row, item=dataclasses.replace(row.item, reason=reason))
        text = reason_text(changed)
        assert text.startswith(expected) and text.endswith(".")
    lone = dataclasses.replace(
        row,
        application=None,
        email=dataclasses.replace(row.email, company=None),
        item=dataclasses.replace(row.item, suggested_status=Status.INTERVIEWING),
    )
    assert suggestion_text(lone) == "No matching application"
    assert "?" not in suggestion_text(lone)
    # the mail names its employer: what Track as New… would start, as the command line says
    named = dataclasses.replace(lone, email=dataclasses.replace(row.email, company="Initech"))
    assert suggestion_text(named) == "New: Initech"


def test_a_row_without_a_suggestion_says_what_to_do(qtbot: QtBot, filled: Any) -> None:
    page = make_page(qtbot, filled)
    rows = page.model.rows
    lone = next(r for r in rows if r.application is None)
    page.table.selectRow(rows.index(lone))
    assert not page.accept_button.isEnabled()
    for action in ("Assign…", "Track as New…", "Dismiss"):
        assert action in page.suggestion.text()
    matched = next((r for r in rows if r.application is not None), None)
    if matched is not None:  # how many rows come with a suggestion depends on the models
        page.table.selectRow(rows.index(matched))
        assert page.suggestion.text() == suggestion_text(matched)
