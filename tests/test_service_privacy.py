"""Service privacy actions against the real gnome-keyring: delete everything, rotate, passphrase."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import secretstorage

from applytrack_desktop import service_privacy
from applytrack_desktop.core.errors import StoreError, WrongKeyError
from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.providers.imap import PASSWORD_SECRET
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts as accounts_q
from applytrack_desktop.store import keys
from applytrack_desktop.sync import accounts
from tests.conftest import SecretService
from tests.support.canaries import add_mail


@pytest.fixture
def real_keyring(secret_service: SecretService) -> Iterator[SecretService]:
    previous = keyring.get_keyring()
    keyring.set_keyring(secret_service.backend)  # account secrets use the default backend
    try:
        yield secret_service
    finally:
        keyring.set_keyring(previous)


def our_entries(data_dir: Path) -> list[str]:
    """Every Secret Service item of ours that names this data folder (key and accounts)."""
    with contextlib.closing(secretstorage.dbus_init()) as bus:
        items = secretstorage.get_default_collection(bus).search_items({"service": keys.SERVICE})
        names = [item.get_attributes().get("username", "") for item in items]
    return [n for n in names if str(data_dir.resolve()) in n]


def test_delete_everything_leaves_a_fresh_state(
    data_dir: Path, real_keyring: SecretService
) -> None:
    service = Service.open(data_dir, keyring_backend=real_keyring.backend)
    add_mail(service.store, 10, days_old=1, label="all")
    settings = {accounts.SECRETS_SETTING: "ns1", "host": "imap.example.com"}
    service.store.write(
        lambda c: accounts_q.insert(c, AccountKind.IMAP, "me@example.com", settings=settings)
    )
    accounts.secrets_for(service.store, "ns1").set(PASSWORD_SECRET, "app-password")
    service.store.backup()
    old_key = real_keyring.get(keys.SERVICE, keys.keyring_entry_name(data_dir))
    assert len(our_entries(data_dir)) == 2  # the store key and the IMAP password

    notes = service_privacy.delete_everything(service, real_keyring.backend)

    assert notes == []
    assert our_entries(data_dir) == []
    assert list(data_dir.iterdir()) == []
    with Service.open(data_dir, keyring_backend=real_keyring.backend) as fresh:
        assert fresh.list_applications() == []
        with fresh.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM emails").fetchone()[0] == 0
    assert real_keyring.get(keys.SERVICE, keys.keyring_entry_name(data_dir)) != old_key


def test_rotate_key_through_the_service(data_dir: Path, real_keyring: SecretService) -> None:
    with Service.open(data_dir, keyring_backend=real_keyring.backend) as service:
        service.create_application("Acme", "Engineer")
        before = real_keyring.get(keys.SERVICE, keys.keyring_entry_name(data_dir))
        service_privacy.rotate_key(service, real_keyring.backend)
        assert real_keyring.get(keys.SERVICE, keys.keyring_entry_name(data_dir)) != before
        assert [a.company for a in service.list_applications()] == ["Acme"]  # reopened


def test_change_passphrase_through_the_service(data_dir: Path, no_keyring: object) -> None:
    with Service.open(data_dir, passphrase="old words") as service:
        service.create_application("Acme", "Engineer")
        store = service.store
        with pytest.raises(WrongKeyError):
            service_privacy.change_passphrase(service, "not the old words", "new words")
        assert service.store is store and not store.closed  # a wrong old one changes nothing
        assert len(service.list_applications()) == 1
        service_privacy.change_passphrase(service, "old words", "new words")
        assert len(service.list_applications()) == 1
    with pytest.raises(WrongKeyError):
        Service.open(data_dir, passphrase="old words")


def test_disconnect_preview_says_what_goes_and_what_stays(
    data_dir: Path, memory_keyring: object
) -> None:
    with Service.open(data_dir) as service:
        store = service.store
        settings = {accounts.SECRETS_SETTING: "ns", "client_id": "cid"}
        account_id = store.write(
            lambda c: accounts_q.insert(
                c, AccountKind.OUTLOOK, "me@outlook.example", settings=settings
            )
        )
        add_mail(store, 4, days_old=1, label="prev", account_id=account_id)
        before = service_privacy.disconnect_preview(service, account_id)
        assert "me@outlook.example" in before and "4 stored email(s)" in before
        assert "applications stay" in before and "account.microsoft.com" in before
        with store.read() as conn:  # a preview deletes nothing
            assert conn.execute("SELECT count(*) FROM emails").fetchone()[0] == 4
        also = service_privacy.disconnect_preview(service, account_id, delete_applications=True)
        assert "0 application(s) made only from its mail are deleted too" in also


def test_the_service_methods_reach_the_privacy_actions(
    data_dir: Path, memory_keyring: object, tmp_path: Path
) -> None:
    service = Service.open(data_dir)
    words = add_mail(service.store, 3, days_old=200, label="svc")
    assert service.purge().purged == 3  # the 90-day default
    assert service.export_mbox(tmp_path / "out.mbox") == 3
    assert not any(w in (tmp_path / "out.mbox").read_text(encoding="utf-8") for w in words)
    service.check_integrity()
    service.rotate_key()
    assert len(service.list_applications()) == 0  # reopened under the new key
    assert service.delete_everything() == []
    assert list(data_dir.iterdir()) == []


def test_reopen_after_delete_everything_gives_a_fresh_store_in_place(
    data_dir: Path, memory_keyring: object
) -> None:
    service = Service.open(data_dir)
    try:
        add_mail(service.store, 3, days_old=1, label="gone")
        service.delete_everything()
        # The closed store never makes a new file under the old key when read.
        with pytest.raises(StoreError, match="closed"):
            service.list_applications()
        assert list(data_dir.iterdir()) == []
        service.reopen()
        assert service.list_applications() == []
        service.create_application("Fresh", "Start")
        assert service.count_applications() == 1
    finally:
        service.close()
