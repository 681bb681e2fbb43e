"""Connecting, building and disconnecting mail accounts.

Each account keeps its secrets (refresh token, msal cache, IMAP password) under its own
namespace, a random id kept in the account's settings: in the OS keyring when the store is
keyed from the keyring, else inside the encrypted store. Never in a plain file, never in
a log. The account row holds only what is not secret (address, host, client id, window).

The Google, Microsoft and IMAP client code is imported where an account of that kind is
used: those libraries cost about half a second at start-up, which every command (and the
app) would otherwise pay even with no such account.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from applytrack_desktop.core.errors import (
    InvalidInputError,
    NetworkError,
    NotFoundError,
    ProviderError,
)
from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.providers.base import MailProvider
from applytrack_desktop.providers.files import FilesProvider
from applytrack_desktop.providers.secrets import KeyringSecrets, SecretStore
from applytrack_desktop.store import accounts, forget, scrub
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.keys import KeySource
from applytrack_desktop.store.secrets import StoreSecrets

SECRETS_SETTING = "secrets"
SINCE_SETTING = "since"


class PrefixedSecrets:
    """One account's view of a shared ``SecretStore``."""

    def __init__(self, inner: SecretStore, prefix: str) -> None:
        self._inner = inner
        self._prefix = prefix

    def get(self, name: str) -> str | None:
        return self._inner.get(f"{self._prefix}:{name}")

    def set(self, name: str, value: str) -> None:
        self._inner.set(f"{self._prefix}:{name}", value)

    def delete(self, name: str) -> None:
        self._inner.delete(f"{self._prefix}:{name}")


def secrets_for(store: Store, namespace: str) -> SecretStore:
    """The secret store of one account of ``store``."""
    if store.key_source is KeySource.KEYRING:
        return KeyringSecrets(f"account:{store.data_dir.resolve()}:{namespace}")
    return PrefixedSecrets(StoreSecrets(store), f"account:{namespace}")


def account_secrets(store: Store, account: Account) -> SecretStore:
    namespace = account.settings.get(SECRETS_SETTING)
    if not namespace:
        raise InvalidInputError(f"Account {account.id} has no secrets; remove and add it again.")
    return secrets_for(store, namespace)


def _settings(since: date | None, **extra: str) -> dict[str, str]:
    values = {SECRETS_SETTING: uuid.uuid4().hex, **extra}
    if since is not None:
        values[SINCE_SETTING] = since.isoformat()
    return values


def _save(store: Store, kind: AccountKind, address: str, settings: Mapping[str, str]) -> Account:
    replaced: list[Account] = []

    def run(conn: Any) -> Account:
        existing = accounts.find(conn, kind, address)
        if existing is not None:
            # Reconnecting: the new grant replaces the old one, the mail stays, and the
            # account is healthy again (it may have been "reconnect needed").
            accounts.update_settings(conn, existing.id, dict(settings))
            accounts.set_state(conn, existing.id, AccountState.OK)
            account_id = existing.id
            replaced.append(existing)
        else:
            account_id = accounts.insert(conn, kind, address, settings=settings)
        found = accounts.get(conn, account_id)
        assert found is not None
        return found

    saved = store.write(run)
    for old in replaced:
        _drop_replaced_secrets(store, old, saved)
    return saved


def _drop_replaced_secrets(store: Store, old: Account, new: Account) -> None:
    """The old grant's secrets live under the old namespace: delete them, never leave them."""
    from applytrack_desktop.providers import google_auth
    from applytrack_desktop.providers.imap import PASSWORD_SECRET
    from applytrack_desktop.providers.ms_auth import CACHE_SECRET

    namespace = old.settings.get(SECRETS_SETTING)
    if not namespace or namespace == new.settings.get(SECRETS_SETTING):
        return
    secrets = secrets_for(store, namespace)
    if old.kind is AccountKind.GMAIL:
        secrets.delete(google_auth.token_secret_name(old.address))
    elif old.kind is AccountKind.OUTLOOK:
        secrets.delete(CACHE_SECRET)
    elif old.kind is AccountKind.IMAP:
        secrets.delete(PASSWORD_SECRET)


def add_gmail(
    store: Store, client_config: Path | Mapping[str, Any], *, since: date | None = None
) -> Account:
    """Sign in with the client in ``client_config`` (a client_secret.json path or parsed)."""
    from applytrack_desktop.providers import google_auth

    settings = _settings(since)
    secrets = secrets_for(store, settings[SECRETS_SETTING])
    address = google_auth.connect_gmail(client_config, secrets)
    return _save(store, AccountKind.GMAIL, address, settings)


def stored_gmail_client(store: Store, account: Account) -> dict[str, Any] | None:
    """The client config a Gmail account signed in with, when its grant still holds it."""
    from applytrack_desktop.providers import google_auth

    if account.kind is not AccountKind.GMAIL or not account.settings.get(SECRETS_SETTING):
        return None
    return google_auth.stored_client_config(account_secrets(store, account), account.address)


def reconnect_gmail(store: Store, account_id: int) -> Account:
    """Sign a Gmail account in again with the client it used before (no file asked)."""
    account = get_account(store, account_id)
    config = stored_gmail_client(store, account)
    if config is None:
        raise InvalidInputError(
            f"The Google client of {account.address} is not stored; choose your "
            "client_secret.json to reconnect it."
        )
    return add_gmail(store, config)


def add_outlook(
    store: Store, client_id: str, *, tenant: str | None = None, since: date | None = None
) -> Account:
    from applytrack_desktop.providers import outlook

    settings = _settings(since, **outlook.account_settings(client_id, tenant))
    secrets = secrets_for(store, settings[SECRETS_SETTING])
    address = outlook.connect_outlook(client_id, secrets, tenant=tenant)
    return _save(store, AccountKind.OUTLOOK, address, settings)


def add_imap(
    store: Store,
    *,
    host: str,
    user: str,
    password: str,
    port: int | None = None,
    security: str = "ssl",
    since: date | None = None,
) -> Account:
    from applytrack_desktop.providers.imap import PASSWORD_SECRET, ImapProvider

    extra = {"host": host, "security": security}
    if port is not None:
        extra["port"] = str(port)
    settings = _settings(since, **extra)
    secrets = secrets_for(store, settings[SECRETS_SETTING])
    secrets.set(PASSWORD_SECRET, password)
    try:
        ImapProvider(host, user, secrets=secrets, port=port, security=security).verify()
    except BaseException:
        secrets.delete(PASSWORD_SECRET)
        raise
    return _save(store, AccountKind.IMAP, user, settings)


def add_files(store: Store, paths: Sequence[Path], *, since: date | None = None) -> Account:
    resolved = [str(p.resolve()) for p in paths]
    for path in paths:
        if not path.exists():
            raise InvalidInputError(f"{path} does not exist.")
    # Files carry their own dates; by default a re-scannable file account reads all of it.
    settings = _settings(since or date(1970, 1, 1), paths=json.dumps(resolved))
    return _save(store, AccountKind.FILES, ", ".join(resolved), settings)


def provider_for(store: Store, account: Account) -> MailProvider:
    """The provider that reads ``account``."""
    # Each client library is imported only for an account of its kind (googleapiclient
    # alone costs a command ~0.3 s CPU).
    settings = account.settings
    if account.kind is AccountKind.FILES:
        return FilesProvider(json.loads(settings.get("paths", "[]")))
    secrets = account_secrets(store, account)
    if account.kind is AccountKind.GMAIL:
        from applytrack_desktop.providers.gmail import GmailProvider

        return GmailProvider(account.address, secrets)
    if account.kind is AccountKind.OUTLOOK:
        from applytrack_desktop.providers import outlook

        return outlook.from_account_settings(settings, secrets)
    from applytrack_desktop.providers.imap import ImapProvider

    port = settings.get("port")
    return ImapProvider(
        settings.get("host", ""),
        account.address,
        secrets=secrets,
        port=int(port) if port else None,
        security=settings.get("security", "ssl"),
    )


def forget_secrets(store: Store, account: Account) -> None:
    """Revoke what can be revoked and delete the account's secrets (best effort revoke)."""
    if not account.settings.get(SECRETS_SETTING):
        return
    secrets = account_secrets(store, account)
    if account.kind is AccountKind.GMAIL:
        from applytrack_desktop.providers import google_auth

        google_auth.disconnect_gmail(secrets, account.address)
    elif account.kind is AccountKind.OUTLOOK:
        from applytrack_desktop.providers import outlook

        outlook.disconnect_outlook(secrets)
    elif account.kind is AccountKind.IMAP:
        from applytrack_desktop.providers.imap import PASSWORD_SECRET

        secrets.delete(PASSWORD_SECRET)


def get_account(store: Store, account_id: int) -> Account:
    with store.read() as conn:
        account = accounts.get(conn, account_id)
    if account is None:
        raise NotFoundError(f"There is no account {account_id}.")
    return account


def remove_account(store: Store, account_id: int, *, delete_applications: bool = False) -> str:
    """Disconnect: revoke and forget secrets, delete everything stored for the account.

    Applications the account created stay (without its mail) unless
    ``delete_applications``, which removes those that no other mail supports. Returns a
    note for the user when something could not be done remotely (e.g. revoke offline).
    """
    account = get_account(store, account_id)
    note = ""
    try:
        forget_secrets(store, account)
    except (ProviderError, NetworkError) as exc:
        note = f"The sign-in could not be revoked at the provider ({exc.message})."
    if account.kind is AccountKind.OUTLOOK:
        note = (note + " " if note else "") + (
            "To remove ApplyTrack's access from your Microsoft account, open "
            "account.microsoft.com, then Privacy, then Apps and services."
        )

    store.write(
        lambda conn: forget.account_rows(conn, account_id, delete_applications=delete_applications)
    )
    scrub.scrub(store)  # nothing of the account may survive in the file or its WAL
    return note


def list_accounts(store: Store) -> list[Account]:
    with store.read() as conn:
        return accounts.list_(conn)


class ProviderPool:
    """One provider per account, kept between syncs.

    A kept provider keeps its access token and connections, so an idle incremental sync
    costs one call (Gmail: one ``history.list``) instead of a token refresh as well. A
    provider is rebuilt when its account's settings change (a reconnect) and closed when
    its account is removed or the pool shuts down.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._providers: dict[int, tuple[tuple[object, ...], MailProvider]] = {}
        self._lock = threading.Lock()

    def get(self, account: Account) -> MailProvider:
        key = (account.kind, account.address, tuple(sorted(account.settings.items())))
        with self._lock:
            kept = self._providers.get(account.id)
            if kept is not None and kept[0] == key:
                return kept[1]
            if kept is not None:
                kept[1].close()
            provider = provider_for(self._store, account)
            self._providers[account.id] = (key, provider)
            return provider

    def discard(self, account_id: int) -> None:
        with self._lock:
            kept = self._providers.pop(account_id, None)
        if kept is not None:
            kept[1].close()

    def close(self) -> None:
        with self._lock:
            kept, self._providers = list(self._providers.values()), {}
        for _key, provider in kept:
            provider.close()
