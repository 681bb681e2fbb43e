"""Disconnect: everything of the account leaves the store and its file; tokens are revoked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.providers import google_auth
from applytrack_desktop.providers.imap import PASSWORD_SECRET
from applytrack_desktop.providers.ms_auth import CACHE_SECRET
from applytrack_desktop.providers.secrets import SERVICE as SECRETS_SERVICE
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts as accounts_q
from applytrack_desktop.store import activity as activity_q
from applytrack_desktop.store import keys, review, seen
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync import accounts
from tests.conftest import MemoryKeyring
from tests.fakes.google_server import FakeGoogle
from tests.support.canaries import add_mail, canary
from tests.support.pages import found, passphrase_key, plaintext_of_store


@pytest.fixture
def service(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Service]:
    s = Service.open(data_dir)
    try:
        yield s
    finally:
        s.close()


def raw_key(store: Store, keyring: MemoryKeyring) -> str:
    value = keyring.get_password(keys.SERVICE, keys.keyring_entry_name(store.data_dir))
    assert value is not None
    return value


def account_entries(keyring: MemoryKeyring) -> list[str]:
    """Names of account secrets in the keyring (the store key lives there too)."""
    return [u for s, u in keyring.values if s == SECRETS_SERVICE and u.startswith("account:")]


def add_account(store: Store, kind: AccountKind, address: str, **extra: str) -> int:
    settings = {accounts.SECRETS_SETTING: f"ns-{address}", **extra}
    return store.write(lambda conn: accounts_q.insert(conn, kind, address, settings=settings))


def test_disconnect_leaves_nothing_of_the_account_in_the_file(
    service: Service, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = service.store
    gone = add_account(store, AccountKind.IMAP, "gone@example.com", host="imap.example.com")
    kept = add_account(store, AccountKind.IMAP, "kept@example.com", host="imap.example.com")
    app = service.create_application("Acme", "Data Engineer")
    gone_canaries = add_mail(store, 20, days_old=3, label="gone", account_id=gone)
    kept_canaries = add_mail(store, 20, days_old=3, label="kept", account_id=kept)
    accounts.secrets_for(store, "ns-gone@example.com").set(PASSWORD_SECRET, "pw-zq-secret")

    def link(c: sqlcipher3.Connection) -> None:
        ids = [r[0] for r in c.execute("SELECT id FROM emails ORDER BY id")]
        for email_id in ids:
            c.execute("UPDATE emails SET application_id = ? WHERE id = ?", (app.id, email_id))
        first_gone = ids[0]
        activity_q.insert(c, "mail", "quoted " + gone_canaries[0], email_id=first_gone)
        review.insert(c, first_gone, "why " + gone_canaries[1])
        seen.add(c, gone, "provider-id-1")
        c.execute("UPDATE accounts SET cursor = ? WHERE id = ?", (gone_canaries[2], gone))

    store.write(link)
    key = raw_key(store, memory_keyring)
    store.maintain(lambda conn: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
    assert found(plaintext_of_store(store.path, key), gone_canaries) == gone_canaries

    note = accounts.remove_account(store, gone)

    assert note == ""
    plain = plaintext_of_store(store.path, key)
    assert found(plain, gone_canaries) == []
    assert found(plain, kept_canaries) == kept_canaries
    assert b"gone@example.com" not in plain  # not even the address
    with store.read() as conn:
        assert accounts_q.get(conn, gone) is None
        assert conn.execute("SELECT count(*) FROM seen").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM review_items").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] == 0
    assert accounts.secrets_for(store, "ns-gone@example.com").get(PASSWORD_SECRET) is None
    assert service.get_application(app.id).status is Status.APPLIED  # the user's record stays
    assert len(service.emails_for(app.id)) == 20
    out = tmp_path / "export.json"
    service.export_json(out)  # the other accounts' export holds nothing of it
    assert found(out.read_bytes(), gone_canaries) == []


def test_delete_applications_removes_only_those_made_from_the_account(service: Service) -> None:
    store = service.store
    gone = add_account(store, AccountKind.IMAP, "gone@example.com")
    other = add_account(store, AccountKind.IMAP, "other@example.com")
    add_mail(store, 2, days_old=1, label="only", account_id=gone)
    add_mail(store, 1, days_old=1, label="shared", account_id=other)
    only = service.create_application("OnlyCo", "Analyst")
    shared = service.create_application("SharedCo", "Analyst")
    service.create_application("ManualCo", "Analyst")

    def link(c: sqlcipher3.Connection) -> None:
        for app_id in (only.id, shared.id):
            c.execute(
                "UPDATE applications SET created_from_account_id = ? WHERE id = ?", (gone, app_id)
            )
        c.execute("UPDATE emails SET application_id = ? WHERE account_id = ?", (only.id, gone))
        c.execute("UPDATE emails SET application_id = ? WHERE account_id = ?", (shared.id, other))

    store.write(link)
    accounts.remove_account(store, gone, delete_applications=True)
    left = {a.company for a in service.list_applications()}
    assert left == {"SharedCo", "ManualCo"}


def test_gmail_disconnect_revokes_the_refresh_token_in_the_post_body(
    service: Service, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = service.store
    with FakeGoogle() as fake:
        for name, value in fake.env().items():
            monkeypatch.setenv(name, value)
        account_id = add_account(store, AccountKind.GMAIL, fake.mailbox.address)
        secrets = accounts.secrets_for(store, f"ns-{fake.mailbox.address}")
        token = fake.grant_token()
        google_auth.store_token(
            secrets, fake.mailbox.address, token, fake.client_id, fake.client_secret
        )
        assert account_entries(memory_keyring)

        note = accounts.remove_account(store, account_id)

        assert note == ""
        [call] = [c for c in fake.calls if c.route == "revoke"]
        assert call.method == "POST"
        assert parse_qs(call.body.decode())["token"] == [token]
        assert token not in call.path
        assert fake.grants[token].revoked
    assert secrets.get(google_auth.token_secret_name(fake.mailbox.address)) is None
    assert account_entries(memory_keyring) == []


def test_outlook_disconnect_clears_the_cache_and_says_where_to_remove_consent(
    service: Service, memory_keyring: MemoryKeyring
) -> None:
    store = service.store
    account_id = add_account(store, AccountKind.OUTLOOK, "me@outlook.example", client_id="cid")
    secrets = accounts.secrets_for(store, "ns-me@outlook.example")
    # Real msal caches are long: the keyring keeps them in parts, which must all go.
    secrets.set(CACHE_SECRET, json.dumps({"RefreshToken": {"x": {"secret": "rt" * 4000}}}))
    assert len(account_entries(memory_keyring)) > 1

    note = accounts.remove_account(store, account_id)

    assert "account.microsoft.com" in note
    assert secrets.get(CACHE_SECRET) is None
    assert account_entries(memory_keyring) == []


def test_disconnect_of_a_passphrase_store_scrubs_its_in_store_secrets(
    data_dir: Path, no_keyring: object
) -> None:
    password = canary("password")
    with Service.open(data_dir, passphrase="a long passphrase") as service:
        store = service.store
        gone = add_account(store, AccountKind.IMAP, "gone@example.com", host="imap.example.com")
        words = add_mail(store, 5, days_old=2, label="pp", account_id=gone)
        accounts.secrets_for(store, "ns-gone@example.com").set(PASSWORD_SECRET, password)
        key = passphrase_key(store.path, "a long passphrase")
        store.maintain(lambda conn: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
        assert found(plaintext_of_store(store.path, key), [*words, password]) == [*words, password]

        accounts.remove_account(store, gone)

        assert found(plaintext_of_store(store.path, key), [*words, password]) == []
