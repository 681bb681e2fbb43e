"""The settings dialog reads and writes the service's settings and exports data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from applytrack_desktop.gui.settings_dialog import SettingsDialog


def test_shows_and_saves_settings(qtbot: Any, service: Any) -> None:
    before = service.settings()
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.sync_interval.value() == before.sync_interval_minutes
    assert dialog.threshold.value() == round(before.confidence_threshold * 100)
    dialog.sync_interval.setValue(15)
    dialog.threshold.setValue(85)
    dialog.notifications.setChecked(False)
    assert not dialog.show_content.isEnabled()
    dialog.retention.setValue(30)
    dialog.save()
    after = service.settings()
    assert after.sync_interval_minutes == 15
    assert after.confidence_threshold == 0.85
    assert after.notifications_enabled is False
    assert after.retention_days == 30
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_ctrl_comma_opens_settings(qtbot: Any, window: Any, when_modal: Any) -> None:
    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(close)
    QTest.keySequence(window, "Ctrl+,")
    assert seen == ["SettingsDialog"]


def test_export_json(qtbot: Any, service: Any, tmp_path: Path, when_modal: Any) -> None:
    service.create_application("Acme", "Data Engineer")
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    messages: list[str] = []

    def done(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(done)
    out = tmp_path / "out.json"
    assert dialog.export("json", out) == 1
    assert json.loads(out.read_text())[0]["company"] == "Acme"
    assert messages == ["1 application was exported to out.json."]


def test_close_to_tray_sits_with_the_sync_settings(qtbot: Any, service: Any) -> None:
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    sync = next(tabs.widget(i) for i in range(tabs.count()) if tabs.tabText(i) == "Sync")
    assert sync.isAncestorOf(dialog.close_to_tray)
