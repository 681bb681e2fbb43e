"""Settings → Integrations: connect (Gmail through a real OAuth flow, IMAP, files), sync,
disconnect with a confirmation that says what goes; failures are one sentence."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.errors import InvalidInputError, NotFoundError
from applytrack_desktop.core.models import AccountKind, AccountState
from applytrack_desktop.gui.account_forms import ImapDialog, ImapForm, OutlookDialog
from applytrack_desktop.gui.integrations import (
    IntegrationsPage,
    account_title,
    describe_account,
    disconnect_text,
)
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store import review as review_q
from applytrack_desktop.store.emails import NewEmail
from tests.fakes.browser import TestBrowser
from tests.fakes.google_server import FakeGoogle
from tests.gui.mail_helpers import DEMO_MBOX, add_account


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    with FakeGoogle() as server:
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("OAUTHLIB_INSECURE_TRANSPORT", raising=False)
        yield server


@pytest.fixture
def browser() -> Iterator[TestBrowser]:
    test_browser = TestBrowser().install()
    yield test_browser
    test_browser.wait()
    test_browser.uninstall()


def make(qtbot: QtBot, service: Any) -> IntegrationsPage:
    page = IntegrationsPage(service)
    qtbot.addWidget(page)
    page.resize(560, 560)
    page.show()
    return page


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_describe_account_says_kind_last_sync_and_state(service: Any) -> None:
    account = add_account(
        service, AccountKind.GMAIL, "me@gmail.com", AccountState.RECONNECT_NEEDED, "Sign in again."
    )
    text = describe_account(account)
    assert text.startswith("Gmail · not synced yet · Needs reconnecting")
    assert text.endswith("\nSign in again.")
    assert "sign-in secrets" in disconnect_text(account)
    files = add_account(service, AccountKind.FILES, "/tmp/a.mbox")
    assert "sign-in" not in disconnect_text(files)
    assert describe_account(files) == "Mailbox file · waiting for its first sync"
    assert account_title(files) == "a.mbox"
    assert account_title(account) == account.address


def test_connect_gmail_through_the_browser_without_blocking(
    qtbot: QtBot, service: Any, fake: FakeGoogle, browser: TestBrowser, tmp_path: Path
) -> None:
    client_file = tmp_path / "client_secret.json"
    client_file.write_text(json.dumps(fake.client_config()), encoding="utf-8")
    page = make(qtbot, service)
    with qtbot.waitSignal(page.accounts_changed, timeout=30_000):
        assert page.connect_gmail(client_file)
        assert page.busy and "browser" in page.status.text()
        assert not page.gmail_button.isEnabled()
    [account] = service.accounts()
    assert account.address == fake.mailbox.address
    assert page.list.count() == 1 and page.list.item(0).text() == fake.mailbox.address
    assert page.status.text().startswith(f"Connected {fake.mailbox.address}")
    assert page.gmail_button.isEnabled() and not page.busy


def test_a_bad_client_file_is_one_sentence(qtbot: QtBot, service: Any, tmp_path: Path) -> None:
    bad = tmp_path / "client_secret.json"
    bad.write_text("{not json", encoding="utf-8")
    page = make(qtbot, service)
    assert page.connect_gmail(bad)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.status.objectName() == "ErrorLabel"
    assert page.status.text() and "Traceback" not in page.status.text()
    assert service.accounts() == []


def test_imap_that_cannot_be_reached_is_one_sentence(qtbot: QtBot, service: Any) -> None:
    page = make(qtbot, service)
    form = ImapForm("127.0.0.1", closed_port(), "ssl", "me@example.com", "app-password")
    assert page.connect_imap(form)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    text = page.status.text()
    assert page.status.objectName() == "ErrorLabel"
    assert text and "Traceback" not in text and "app-password" not in text
    assert service.accounts() == []


def test_imap_form_checks_its_fields(qtbot: QtBot) -> None:
    dialog = ImapDialog(host="imap.example.com", port=993, user="me@example.com")
    qtbot.addWidget(dialog)
    assert dialog.problem() == "Enter the app password."
    dialog.password.setText("secret")
    dialog.security.setCurrentIndex(1)
    value = dialog.value()
    assert (value.host, value.port, value.security, value.user) == (
        "imap.example.com",
        993,
        "starttls",
        "me@example.com",
    )
    dialog.user.setText("me")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Enter your full email address."
    assert dialog.result() == 0  # still open
    outlook = OutlookDialog()
    qtbot.addWidget(outlook)
    assert outlook.problem().startswith("Enter the application")
    outlook.client_id.setText(" abc ")
    assert outlook.value().client_id == "abc" and outlook.value().tenant is None


def test_files_account_sync_now_and_disconnect_with_confirmation(
    qtbot: QtBot, service: Any, when_modal: Any
) -> None:
    page = make(qtbot, service)
    with qtbot.waitSignal(page.accounts_changed, timeout=10_000):
        page.connect_files([DEMO_MBOX])
    account = page.current_account()
    assert account is not None and account.kind is AccountKind.FILES
    assert page.list.item(0).text() == DEMO_MBOX.name  # the file, not its whole path
    assert page.sync_selected()
    assert page.status.text().startswith("Syncing ")
    assert not page.reconnect_button.isVisible()  # a file has nothing to sign in to

    texts: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text() + " " + box.informativeText())
        check = box.findChild(QCheckBox)
        assert check is not None and not check.isChecked()
        go = next(b for b in box.buttons() if b.text() == "Disconnect")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    when_modal(confirm)
    with qtbot.waitSignal(page.accounts_changed, timeout=30_000):
        assert page.disconnect_selected()
    assert texts[0].startswith(f"Disconnect {DEMO_MBOX.name}?")
    assert "stored email(s)" in texts[0] and "Your applications stay" in texts[0]
    assert "mailbox files themselves are not changed" in texts[0]
    assert service.accounts() == []
    assert page.list.count() == 0 and page.empty.isVisible()
    assert page.status.text().startswith("Disconnected ")


def test_cancelled_disconnect_keeps_the_account(
    qtbot: QtBot, service: Any, when_modal: Any
) -> None:
    add_account(service, AccountKind.IMAP, "me@example.com")
    page = make(qtbot, service)
    page.reload()
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert not page.disconnect_selected()
    assert len(service.accounts()) == 1


def test_outlook_disconnect_shows_where_to_remove_consent(
    qtbot: QtBot, service: Any, when_modal: Any
) -> None:
    add_account(service, AccountKind.OUTLOOK, "me@outlook.com", settings={"client_id": "abc"})
    page = make(qtbot, service)
    page.reload()
    notes: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        go = next(b for b in box.buttons() if b.text() == "Disconnect")

        def note(info: QWidget) -> None:
            label = info.findChild(QLabel, "qt_msgbox_label")
            assert label is not None
            notes.append(label.text())
            info.close()

        when_modal(note)
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    when_modal(confirm)
    with qtbot.waitSignal(page.accounts_changed, timeout=30_000):
        page.disconnect_selected()
    qtbot.waitUntil(lambda: bool(notes), timeout=5000)
    assert "account.microsoft.com" in notes[0]
    assert page.last_note == notes[0]


def _account_with_mail(service: Any) -> int:
    """An IMAP account with 3 stored emails (one in review) and one application it made."""
    account = add_account(service, AccountKind.IMAP, "me@example.com", settings={"host": "h"})
    when = datetime(2026, 3, 1, tzinfo=UTC)

    def run(conn: Any) -> None:
        app_id = apps_q.insert(
            conn, company="Acme", job_title="Analyst", created_from_account_id=account.id
        )
        for i in range(3):
            email_id = emails_q.insert(
                conn,
                NewEmail(
                    account_id=account.id,
                    provider_id=f"p{i}",
                    message_id=f"<m{i}@example.com>",
                    thread_key=f"t{i}",
                    date=when,
                    subject="Your application",
                    category=Category.CONFIRMATION,
                    confidence=0.9,
                    application_id=app_id if i else None,
                ),
            )
            if i == 0:
                review_q.insert(conn, email_id, "unmatched")

    service.store.write(run)
    return account.id


def test_disconnect_confirmation_counts_what_goes(
    qtbot: QtBot, service: Any, when_modal: Any
) -> None:
    account_id = _account_with_mail(service)
    page = make(qtbot, service)
    page.reload()
    expected = service.disconnect_preview(account_id)
    texts: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.informativeText())
        check = box.findChild(QCheckBox)
        assert check is not None
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)  # also delete its applications
        texts.append(box.informativeText())
        go = next(b for b in box.buttons() if b.text() == "Disconnect")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    when_modal(confirm)
    with qtbot.waitSignal(page.accounts_changed, timeout=30_000):
        assert page.disconnect_selected()
    first, ticked = texts
    assert first == f"{expected} Your mailbox itself is not changed."
    assert "deletes its 3 stored email(s)" in first and "1 review item(s)" in first
    assert "saved app password" in first and "Your applications stay" in first
    assert "1 application(s) made only from its mail are deleted too" in ticked
    assert service.accounts() == [] and service.count_applications() == 0


def test_disconnect_preview_failure_falls_back_to_plain_words(
    qtbot: QtBot, service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_account(service, AccountKind.GMAIL, "me@gmail.com")
    page = make(qtbot, service)
    page.reload()
    account = page.current_account()
    assert account is not None
    assert "stored email(s)" in page.preview(account)

    def broken(*_a: Any, **_k: Any) -> str:
        raise NotFoundError("There is no account 1.")

    monkeypatch.setattr(service, "disconnect_preview", broken)
    assert page.preview(account) == disconnect_text(account)


def test_reconnect_gmail_reuses_the_stored_client(
    qtbot: QtBot,
    service: Any,
    fake: FakeGoogle,
    browser: TestBrowser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client_file = tmp_path / "client_secret.json"
    client_file.write_text(json.dumps(fake.client_config()), encoding="utf-8")
    page = make(qtbot, service)
    with qtbot.waitSignal(page.accounts_changed, timeout=30_000):
        assert page.connect_gmail(client_file)
    [account] = service.accounts()
    client_file.unlink()  # the file is gone: a reconnect must not need it
    fake.revoke_all()  # the grant died (reconnect needed)
    asked: list[str] = []

    def no_dialog(*args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append(str(args[1]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_dialog)
    assert service.gmail_client_stored(account.id)
    with qtbot.waitSignal(page.accounts_changed, timeout=30_000):
        assert page.reconnect(account.id)
    assert asked == []
    [again] = service.accounts()
    assert again.id == account.id and again.state is AccountState.OK
    live = [token for token, grant in fake.grants.items() if not grant.revoked]
    assert len(live) == 1 and len(fake.grants) == 2  # a new grant from the same client
    assert {g.client_id for g in fake.grants.values()} == {fake.client_id}
    assert page.status.text().startswith(f"Connected {fake.mailbox.address}")


def test_reconnect_gmail_without_a_stored_client_asks_for_the_file(
    qtbot: QtBot, service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = add_account(service, AccountKind.GMAIL, "me@gmail.com", AccountState.RECONNECT_NEEDED)
    page = make(qtbot, service)
    page.reload()
    asked: list[str] = []

    def cancel(*args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append(str(args[1]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancel)
    assert not service.gmail_client_stored(account.id)
    assert not page.reconnect(account.id)  # cancelled at the file dialog
    assert asked == ["Choose your Google client_secret.json"]
    with pytest.raises(InvalidInputError, match=r"client_secret\.json"):
        service.reconnect_gmail(account.id)
