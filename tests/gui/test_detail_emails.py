"""The emails of an application in the detail panel: reading, unmatching, moving."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from applytrack_desktop.gui.pick_application import PickApplicationDialog
from applytrack_desktop.gui.sample_data import sample_records


@pytest.fixture
def stories(service: Any, window: Any, tmp_path: Path) -> dict[str, int]:
    path = tmp_path / "sample.json"
    path.write_text(json.dumps(sample_records(datetime.now(UTC))), encoding="utf-8")
    service.import_json(path)
    window.reload()
    return {app.company: app.id for app in service.list_applications()}


def test_view_email_thread_from_the_card(qtbot: Any, window: Any, stories: dict[str, int]) -> None:
    app_id = stories["Northwind Analytics"]
    window.board.thread_requested.emit(app_id)
    panel = window.detail
    assert panel.isVisible()
    assert panel.tabs.currentIndex() == 2
    assert panel.email_list.count() == 3
    assert panel.email_list.currentRow() == 0
    assert panel.email_list.item(0).text() == "Next step: technical assessment"
    assert "Subject: Next step: technical assessment" in panel.email_body.toPlainText()
    assert panel.email_actions.isEnabled()
    assert "Complete the streaming-pipeline take-home" in panel.next_steps.text()


def test_opening_an_application_shows_its_newest_email(
    qtbot: Any, window: Any, stories: dict[str, int]
) -> None:
    window.open_application(stories["Northwind Analytics"])
    panel = window.detail
    panel.tabs.setCurrentIndex(2)
    assert panel.email_list.currentRow() == 0
    assert "Subject: Next step: technical assessment" in panel.email_body.toPlainText()


def test_unmatch_email_after_confirming(
    qtbot: Any, window: Any, service: Any, stories: dict[str, int], when_modal: Any
) -> None:
    app_id = stories["Brightline Robotics"]
    window.open_thread(app_id)
    panel = window.detail
    assert panel.email_list.count() == 1

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Unmatch").click()

    when_modal(confirm)
    actions = {a.text(): a for a in panel.email_menu().actions()}
    assert set(actions) == {"Unmatch Email", "Move to another application…", "Set status…"}
    waiting = service.review_count()
    actions["Unmatch Email"].trigger()
    assert service.emails_for(app_id) == []
    assert service.review_count() == waiting + 1  # it waits in Review for a decision
    assert panel.email_list.count() == 0
    assert not panel.email_actions.isEnabled()


def test_move_email_to_another_application(
    qtbot: Any, window: Any, service: Any, stories: dict[str, int], when_modal: Any
) -> None:
    source = stories["Meridian Travel"]
    target = stories["Orbital Freight"]
    window.open_thread(source)
    panel = window.detail

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, PickApplicationDialog)
        dialog.search.setText("Orbital")
        qtbot.waitUntil(lambda: dialog.list.count() >= 1)
        for row in range(dialog.list.count()):
            dialog.list.setCurrentRow(row)
            if dialog.chosen() == target:
                break
        dialog.accept()

    when_modal(pick)
    next(a for a in panel.email_menu().actions() if a.text().startswith("Move")).trigger()
    assert service.emails_for(source) == []
    assert len(service.emails_for(target)) == 3
    assert panel.email_list.count() == 0
