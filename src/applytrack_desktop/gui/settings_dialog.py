"""Settings: sync interval, notifications, matching, retention, the window, and your data.

Every field maps to one ``Settings`` field of the service; Save writes them all in one
transaction (``Service.save_settings``). Export writes JSON or CSV where the user chooses;
the store-wide actions (mbox export, integrity check, new key, delete everything) are in
``data_page.DataActions``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.gui.data_page import DataActions
from applytrack_desktop.gui.integrations import IntegrationsPage

if TYPE_CHECKING:
    from applytrack_desktop.service import Service, Settings

log = logging.getLogger(__name__)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setMinimumWidth(120)
    box.setMaximumWidth(160)
    return box


class SettingsDialog(QDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        current = service.settings()

        self.sync_interval = _spin(1, 1440, " min", "Sync interval in minutes")
        self.active_days = _spin(1, 365, " days", "Threads stay active for days")
        self.notifications = QCheckBox("Show a notification when a status changes")
        self.show_content = QCheckBox("Show the company and email text in notifications")
        self.notifications.toggled.connect(self.show_content.setEnabled)
        self.create_apps = QCheckBox("Create applications from unmatched confirmations")
        self.threshold = _spin(0, 100, " %", "Confidence needed to change a status")
        self.retention = _spin(1, 3650, " days", "Keep email text for days")
        self.close_to_tray = QCheckBox("Keep running in the system tray when the window closes")

        tabs = QTabWidget()
        self.tabs = tabs
        self.integrations = IntegrationsPage(service)
        tabs.addTab(self.integrations, "Integrations")
        tabs.addTab(
            self._page(
                ("Check mail every", self.sync_interval),
                ("Follow threads for", self.active_days),
                (None, _hint("A thread without new mail for this long is no longer checked.")),
                (None, self.close_to_tray),
                (None, _hint("Mail is still checked while ApplyTrack runs in the tray.")),
            ),
            "Sync",
        )
        tabs.addTab(
            self._page(
                (None, self.notifications),
                (None, self.show_content),
                (None, _hint("With this off, a notification names no company and quotes no mail.")),
            ),
            "Notifications",
        )
        tabs.addTab(
            self._page(
                (None, self.create_apps),
                ("Change a status at", self.threshold),
                (
                    None,
                    _hint(
                        "Below this confidence a change is proposed in the review list, "
                        "not applied."
                    ),
                ),
            ),
            "Matching",
        )
        tabs.addTab(self._data_page(), "Data")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("Primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.load(current)

    def _page(self, *rows: tuple[str | None, QWidget]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setVerticalSpacing(10)
        for label, widget in rows:
            if label is None:
                form.addRow(widget)
            else:
                form.addRow(label, widget)
        return page

    def _data_page(self) -> QWidget:
        page = QWidget()
        export_json = QPushButton("Export as JSON…")
        export_json.clicked.connect(lambda: self.export("json"))
        export_csv = QPushButton("Export as CSV…")
        export_csv.clicked.connect(lambda: self.export("csv"))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(export_json)
        row.addWidget(export_csv)
        row.addStretch(1)
        form = QFormLayout(page)
        form.setVerticalSpacing(10)
        form.addRow("Keep email text for", self.retention)
        form.addRow(_hint("Older email text is deleted; dates, senders and categories stay."))
        form.addRow(_section("Export"))
        form.addRow(_hint("Your applications with their history and email details."))
        form.addRow(row)
        self.data = DataActions(self._service)
        # Deleting everything leaves nothing to save: close without writing these fields.
        self.data.everything_deleted.connect(lambda _notes: self.reject())
        form.addRow(_section("Your data"))
        form.addRow(
            _hint(
                "The database is encrypted on this computer. Export the kept mail, check the "
                "file, give it a new key, or delete it all."
            )
        )
        form.addRow(self.data)
        return page

    def load(self, settings: Settings) -> None:
        self.sync_interval.setValue(settings.sync_interval_minutes)
        self.active_days.setValue(settings.active_thread_days)
        self.notifications.setChecked(settings.notifications_enabled)
        self.show_content.setChecked(settings.notifications_show_content)
        self.show_content.setEnabled(settings.notifications_enabled)
        self.create_apps.setChecked(settings.create_from_confirmations)
        self.threshold.setValue(round(settings.confidence_threshold * 100))
        self.retention.setValue(settings.retention_days)
        self.close_to_tray.setChecked(settings.close_to_tray)

    def collected(self) -> Settings:
        return self._service.settings().replace(
            sync_interval_minutes=self.sync_interval.value(),
            active_thread_days=self.active_days.value(),
            notifications_enabled=self.notifications.isChecked(),
            notifications_show_content=self.show_content.isChecked(),
            create_from_confirmations=self.create_apps.isChecked(),
            confidence_threshold=self.threshold.value() / 100,
            retention_days=self.retention.value(),
            close_to_tray=self.close_to_tray.isChecked(),
        )

    def save(self) -> None:
        try:
            self._service.save_settings(self.collected())
        except UserFacingError as exc:
            QMessageBox.warning(self, exc.title, exc.message)
            return
        self.accept()

    def export(self, kind: str, path: Path | None = None) -> int | None:
        """Export to ``path`` (asked for when None); how many applications were written."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                "Export Applications",
                str(Path.home() / f"applications.{kind}"),
                "JSON (*.json)" if kind == "json" else "CSV (*.csv)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            count = (
                self._service.export_json(path)
                if kind == "json"
                else self._service.export_csv(path)
            )
        except (UserFacingError, OSError) as exc:
            message = exc.message if isinstance(exc, UserFacingError) else str(exc.strerror)
            QMessageBox.warning(self, "Export failed", f"Nothing was exported: {message}")
            return None
        noun = "application was" if count == 1 else "applications were"
        QMessageBox.information(self, "Export done", f"{count} {noun} exported to {path.name}.")
        return count
