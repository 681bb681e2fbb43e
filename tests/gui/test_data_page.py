"""Settings → Data: export the mailbox, check the database, rotate its key, delete everything.

Driven by clicks on a real store keyed from an in-memory keyring installed as keyring's
default (the privacy actions use the default keyring, as the app does).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.gui.data_page import CONFIRM_WORD, DataActions, DeleteEverythingDialog
from applytrack_desktop.gui.main_window import EMPTY, MainWindow
from applytrack_desktop.gui.settings_dialog import SettingsDialog
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.keys import SERVICE, keyring_entry_name
from applytrack_desktop.sync.events import SyncStarted
from tests.conftest import MemoryKeyring
from tests.gui.mail_helpers import add_account


@pytest.fixture
def keyed(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Any]:
    """A service whose store key is in keyring's default backend (an in-memory one)."""
    from applytrack_desktop.service import Service

    svc = Service.open(data_dir)
    try:
        yield svc
    finally:
        svc.close()


def _with_mail(service: Any, n: int = 3) -> None:
    app = service.create_application("Acme", "Data Engineer")

    def run(conn: sqlcipher3.Connection) -> None:
        for i in range(n):
            emails_q.insert(
                conn,
                NewEmail(
                    account_id=None,
                    provider_id=f"p{i}",
                    message_id=f"<m{i}@acme.example>",
                    thread_key="t",
                    date=datetime(2026, 3, i + 1, tzinfo=UTC),
                    subject=f"Interview {i}",
                    category=Category.INTERVIEW,
                    confidence=0.9,
                    sender_address="jobs@acme.example",
                    application_id=app.id,
                    body_text=f"Pick a slot {i}",
                ),
            )

    service.store.write(run)


def _page(qtbot: QtBot, service: Any) -> DataActions:
    page = DataActions(service)
    qtbot.addWidget(page)
    page.show()
    return page


def _click_and_wait(qtbot: QtBot, page: DataActions, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.busy or page.status.text()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)


def test_export_mailbox_button_writes_an_mbox_off_the_gui_thread(
    qtbot: QtBot, keyed: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_mail(keyed, 3)
    out = tmp_path / "mail.mbox"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page = _page(qtbot, keyed)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.busy and not page.check_button.isEnabled()
    assert page.status.text() == "Exporting the mailbox…"
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert page.status.text() == "3 emails were exported to mail.mbox."
    box = mailbox.mbox(out)
    try:
        assert sorted(m["Subject"] for m in box) == [f"Interview {i}" for i in range(3)]
    finally:
        box.close()
    assert all(b.isEnabled() for b in page.buttons)


def test_export_failure_is_one_sentence(qtbot: QtBot, keyed: Any, tmp_path: Path) -> None:
    page = _page(qtbot, keyed)
    assert page.export_mbox(tmp_path / "missing-folder" / "mail.mbox")
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    text = page.status.text()
    assert page.status.objectName() == "ErrorLabel"
    assert text.startswith("Cannot write ") and text.endswith(".") and "Traceback" not in text


def test_check_integrity_button(qtbot: QtBot, keyed: Any) -> None:
    _with_mail(keyed, 2)
    page = _page(qtbot, keyed)
    _click_and_wait(qtbot, page, page.check_button)
    assert page.status.text() == "The database is intact: every page checked out."
    assert page.status.objectName() == "Muted"
    assert keyed.count_applications() == 1  # still open and readable


def test_rotate_key_button_re_encrypts_under_a_new_key(
    qtbot: QtBot,
    keyed: Any,
    memory_keyring: MemoryKeyring,
    when_modal: Any,
) -> None:
    _with_mail(keyed, 2)
    entry = keyring_entry_name(keyed.data_dir)
    before = memory_keyring.get_password(SERVICE, entry)
    page = _page(qtbot, keyed)
    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    when_modal(yes)
    with qtbot.waitSignal(page.store_replaced, timeout=30_000) as replaced:
        qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    assert replaced.args == [False]  # no background sync ran, so none is restarted
    assert asked and "new random key" in asked[0]
    after = memory_keyring.get_password(SERVICE, entry)
    assert before and after and after != before
    assert page.status.text() == "The database was re-encrypted under a new key."
    assert keyed.count_applications() == 1 and len(keyed.emails_for(1)) == 2


def test_rotate_key_on_a_passphrase_store_is_one_sentence_and_keeps_it_open(
    qtbot: QtBot, data_dir: Path, no_keyring: None
) -> None:
    from applytrack_desktop.service import Service

    with Service.open(data_dir, passphrase="long enough words") as service:
        service.create_application("Acme", "Analyst")
        page = _page(qtbot, service)
        assert page.rotate_key(confirmed=True)
        qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
        assert page.status.objectName() == "ErrorLabel"
        assert page.status.text() == "This store is protected by a passphrase; change that instead."
        assert service.count_applications() == 1


def test_delete_everything_dialog_needs_the_word(qtbot: QtBot) -> None:
    dialog = DeleteEverythingDialog("This deletes from this computer: 3 applications.")
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    QTest.keyClicks(dialog.word, "delete")
    assert not dialog.delete_button.isEnabled()  # the exact word, not a look-alike
    dialog.word.clear()
    QTest.keyClicks(dialog.word, CONFIRM_WORD)
    assert dialog.delete_button.isEnabled()


def test_cancelled_delete_keeps_everything(qtbot: QtBot, keyed: Any, when_modal: Any) -> None:
    keyed.create_application("Acme", "Analyst")
    page = _page(qtbot, keyed)
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert not page.delete_everything()
    assert keyed.count_applications() == 1 and not page.busy


def test_delete_everything_from_settings_returns_to_the_welcome_page(
    qtbot: QtBot, keyed: Any, memory_keyring: MemoryKeyring, when_modal: Any
) -> None:
    _with_mail(keyed, 2)
    keyed.create_application("Globex", "Analyst")
    add_account(keyed, AccountKind.FILES, "/tmp/old.mbox")
    entry = keyring_entry_name(keyed.data_dir)
    old_key = memory_keyring.get_password(SERVICE, entry)
    window = MainWindow(keyed)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    keyed.start_background_sync()
    old_events = keyed.sync_events
    summaries: list[str] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, DeleteEverythingDialog)
        summaries.append(dialog.summary.text())
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # disabled: no-op
        assert dialog.isVisible()
        QTest.keyClicks(dialog.word, CONFIRM_WORD)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    def settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # Data
        assert dialog.data.isVisible()
        when_modal(confirm)
        qtbot.mouseClick(dialog.data.delete_button, Qt.MouseButton.LeftButton)

    when_modal(settings)
    shown = window.open_settings()  # returns once the deletion closed the dialog
    assert shown.result() == QDialog.DialogCode.Rejected
    assert "2 applications" in summaries[0] and "/tmp/old.mbox" in summaries[0]
    assert "encryption key" in summaries[0] and "cannot be undone" in summaries[0]
    assert keyed.count_applications() == 0 and keyed.accounts() == []
    assert window.current_view() == EMPTY
    assert window.stack.currentWidget() is window.mail.welcome
    new_key = memory_keyring.get_password(SERVICE, entry)
    assert new_key and new_key != old_key  # a new store under a new key
    # Background sync runs again, and the window still hears its events.
    assert keyed.background_sync_running and window.mail.bridge.attached
    with qtbot.waitSignal(window.mail.bridge.started, timeout=5000):
        keyed.sync_events.publish(SyncStarted(1))
    assert keyed.sync_events is old_events  # one stream for the service's life
    keyed.create_application("Fresh Start", "Engineer")
    window.reload()
    assert window.current_view() != EMPTY
