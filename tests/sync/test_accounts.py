"""Account wiring: secret namespaces, the provider factory and the provider pool."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.providers.files import FilesProvider
from applytrack_desktop.providers.imap import PASSWORD_SECRET, ImapProvider
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync import accounts as account_ops
from tests.fakes.dovecot import ImapAccount
from tests.providers.conftest import dovecot, imap_account
from tests.support.keyrings import MemoryKeyring

__all__ = ["dovecot", "imap_account"]  # fixtures of the real Dovecot


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    svc = Service(Store.open(tmp_path / "data", keyring_backend=MemoryKeyring()))
    yield svc
    svc.close()


def test_each_account_has_its_own_secrets(service: Service) -> None:
    a = account_ops.secrets_for(service.store, "one")
    b = account_ops.secrets_for(service.store, "two")
    a.set(PASSWORD_SECRET, "pw-a")
    assert b.get(PASSWORD_SECRET) is None
    assert a.get(PASSWORD_SECRET) == "pw-a"


def test_store_kept_secrets_when_there_is_no_keyring(tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    store = Store.open(tmp_path / "d", passphrase="pw", keyring_backend=FailKeyring())
    try:
        secrets = account_ops.secrets_for(store, "ns")
        secrets.set("token", "s3cret")
        assert secrets.get("token") == "s3cret"
        with store.read() as conn:
            [(name,)] = conn.execute("SELECT name FROM secrets").fetchall()
        assert name == "account:ns:token"
        secrets.delete("token")
        assert secrets.get("token") is None
    finally:
        store.close()


def test_provider_for_each_kind(service: Service, tmp_path: Path) -> None:
    box = tmp_path / "a.mbox"
    box.write_bytes(b"")
    files = account_ops.add_files(service.store, [box])
    assert isinstance(account_ops.provider_for(service.store, files), FilesProvider)
    imap_id = service.store.write(
        lambda c: accounts.insert(
            c,
            AccountKind.IMAP,
            "me@example.com",
            settings={"host": "imap.example.com", "secrets": "x", "port": "1993"},
        )
    )
    imap = account_ops.provider_for(service.store, account_ops.get_account(service.store, imap_id))
    assert isinstance(imap, ImapProvider)
    assert (imap.host, imap.port, imap.user) == ("imap.example.com", 1993, "me@example.com")


def test_pool_keeps_one_provider_per_account(service: Service, tmp_path: Path) -> None:
    box = tmp_path / "a.mbox"
    box.write_bytes(b"")
    account = account_ops.add_files(service.store, [box])
    pool = account_ops.ProviderPool(service.store)
    first = pool.get(account)
    assert pool.get(account) is first
    service.store.write(lambda c: accounts.update_settings(c, account.id, {"since": "2020-01-01"}))
    changed = account_ops.get_account(service.store, account.id)
    assert pool.get(changed) is not first
    pool.close()


def test_adding_an_account_again_reconnects_it(
    service: Service, imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same kind and address: one account, healthy again, the old grant's secrets gone."""
    monkeypatch.setenv("SSL_CERT_FILE", str(imap_account.server.ca_file))
    store = service.store

    def add() -> Account:
        return account_ops.add_imap(
            store,
            host="127.0.0.1",
            port=imap_account.server.port,
            user=imap_account.user,
            password=imap_account.password,
        )

    first = add()
    store.write(lambda c: accounts.set_state(c, first.id, AccountState.RECONNECT_NEEDED))
    again = add()
    assert again.id == first.id
    assert again.state is AccountState.OK
    old = account_ops.secrets_for(store, first.settings[account_ops.SECRETS_SETTING])
    new = account_ops.account_secrets(store, again)
    assert old.get(PASSWORD_SECRET) is None
    assert new.get(PASSWORD_SECRET) == imap_account.password
    assert [a.id for a in account_ops.list_accounts(store)] == [first.id]
