"""The privacy actions of the service: open safely, check, rotate keys, delete everything.

These need the whole store (closing and reopening it, touching the keyring and the files
beside the database), so they live here rather than in ``store``; ``Service`` exposes each
as a thin method. Rotating a key and deleting everything close the store, so they stop the
background sync first; the caller starts it again (``start_background_sync``) if it wants.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import keyring.errors
import sqlcipher3
from keyring.backend import KeyringBackend

from applytrack_desktop.core.errors import (
    InvalidInputError,
    NetworkError,
    ProviderError,
    StoreError,
    UserFacingError,
    WrongKeyError,
)
from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.store import forget, integrity, keys, rekey
from applytrack_desktop.store.db import BACKUP_DIR, DB_NAME, Store
from applytrack_desktop.sync import accounts as account_ops

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)


def _backend(backend: KeyringBackend | None) -> KeyringBackend:
    return backend or keyring.get_keyring()


def open_store(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> Store:
    """``Store.open``, plus: finish an interrupted key rotation first, and tell a damaged
    file (``StoreCorruptError``, the file kept aside) from a wrong key (``WrongKeyError``)."""
    backend = _backend(keyring_backend)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if keys.read_marker(data_dir) is keys.KeySource.KEYRING and keys.keyring_usable(backend):
        rekey.resolve_pending(data_dir, backend)
    try:
        return Store.open(data_dir, passphrase=passphrase, keyring_backend=backend)
    except (WrongKeyError, sqlcipher3.DatabaseError) as exc:
        key = keys.choose_key(
            data_dir, store_exists=True, passphrase=passphrase, backend=backend
        ).key
        corrupt = integrity.diagnose(data_dir, key, exc)
        if corrupt is not None:
            raise corrupt from None
        if isinstance(exc, WrongKeyError):
            raise
        raise StoreError("The database could not be read; it was left untouched.") from exc


def check_integrity(service: Service) -> None:
    """Verify every page; a damaged file is closed, kept aside, and StoreCorruptError raised."""
    problems = service.store.maintain(integrity.check_connection)
    if not problems:
        return
    log.warning("integrity check found %d problem(s)", len(problems))
    service.stop_background_sync()
    service.store.close()
    raise integrity.corrupt_error(integrity.set_aside(service.data_dir))


def rotate_key(service: Service, keyring_backend: KeyringBackend | None = None) -> None:
    """Re-encrypt the store under a new random key (keyring stores); reopens the store."""
    backend = _backend(keyring_backend)
    data_dir = service.data_dir
    if service.store.key_source is not keys.KeySource.KEYRING:
        # Checked before closing: reopening a passphrase store here would need the passphrase.
        raise InvalidInputError("This store is protected by a passphrase; change that instead.")
    service.stop_background_sync()
    service.store.close()
    try:
        rekey.rotate_raw_key(data_dir, backend)
    finally:
        service.store = open_store(data_dir, keyring_backend=backend)


def change_passphrase(service: Service, old: str, new: str) -> None:
    """Re-encrypt a passphrase store under ``new``; reopens the store with it."""
    data_dir = service.data_dir
    # A wrong old passphrase must change nothing: check it on a second connection while the
    # service's own store stays open, because a store closed under a wrong passphrase could
    # not be reopened.
    open_store(data_dir, passphrase=old).close()
    service.stop_background_sync()
    service.store.close()
    try:
        rekey.change_passphrase(data_dir, old, new)
    except BaseException:
        service.store = open_store(data_dir, passphrase=old)
        raise
    service.store = open_store(data_dir, passphrase=new)


def disconnect_preview(
    service: Service, account_id: int, *, delete_applications: bool = False
) -> str:
    """The sentence a confirmation shows before a disconnect: what will go, and what stays."""
    account = account_ops.get_account(service.store, account_id)
    with service.store.read() as conn:
        counts = forget.preview(conn, account_id, delete_applications=delete_applications)
    parts = [
        f"Disconnecting {account.address} deletes its {counts.emails} stored email(s)",
        f"their threads, sync position, {counts.review_items} review item(s)"
        f" and {counts.activity} activity entr{'y' if counts.activity == 1 else 'ies'}",
    ]
    if account.kind is AccountKind.GMAIL:
        parts.append("and its sign-in from this computer (Google access is revoked)")
    elif account.kind is AccountKind.IMAP:
        parts.append("and its saved app password from this computer")
    elif account.kind is AccountKind.OUTLOOK:
        parts.append("and its sign-in from this computer")
    stays = (
        f"{counts.applications} application(s) made only from its mail are deleted too."
        if delete_applications
        else "Your applications stay, without this account's mail."
    )
    text = ", ".join(parts) + ". " + stays
    if account.kind is AccountKind.FILES:
        text += " The mailbox files themselves are not changed."
    if account.kind is AccountKind.OUTLOOK:
        text += (
            " Microsoft has no per-app revoke: remove ApplyTrack's access at "
            "account.microsoft.com, Privacy, Apps and services."
        )
    return text


def reopen(
    service: Service,
    *,
    passphrase: str | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> None:
    """Open the service's folder again, in place (after ``delete_everything``: a new, empty
    store). Raises ``PassphraseRequiredError`` where no keyring exists and none was given."""
    service.stop_background_sync()
    service.store.close()  # a no-op when it is closed already
    service.store = open_store(
        service.data_dir, passphrase=passphrase, keyring_backend=keyring_backend
    )


def _store_files(data_dir: Path) -> list[Path]:
    """The database, its WAL/SHM and any damaged copies kept aside."""
    return sorted(p for p in data_dir.glob(DB_NAME + "*") if p.is_file())


def delete_everything(service: Service, keyring_backend: KeyringBackend | None = None) -> list[str]:
    """Revoke and forget every account's secrets, delete the store, its backups and its key.

    Returns notes for the user (a revoke that failed, where to remove Microsoft consent).
    The service is closed afterwards; ``Service.open`` on the folder makes a new store.
    """
    backend = _backend(keyring_backend)
    notes: list[str] = []
    data_dir = service.data_dir
    service.stop_background_sync()
    for account in account_ops.list_accounts(service.store):
        try:
            account_ops.forget_secrets(service.store, account)
        except (ProviderError, NetworkError) as exc:
            notes.append(f"{account.address}: access could not be revoked ({exc.message}).")
        except UserFacingError as exc:
            notes.append(f"{account.address}: {exc.message}")
        if account.kind is AccountKind.OUTLOOK:
            notes.append(
                f"{account.address}: to remove ApplyTrack's access, open account.microsoft.com,"
                " then Privacy, then Apps and services."
            )
    service.store.close()
    delete_store_files(data_dir, backend)
    log.info("everything was deleted: store, backups, key and account secrets")
    return notes


def delete_store_files(data_dir: Path, keyring_backend: KeyringBackend | None = None) -> None:
    """Delete the store's files and its key, for a store that is closed (or cannot be opened:
    then its accounts' keyring secrets cannot be found, since their names are inside it)."""
    backend = _backend(keyring_backend)
    for path in _store_files(data_dir):
        path.unlink()
    shutil.rmtree(data_dir / BACKUP_DIR, ignore_errors=True)
    (data_dir / keys.MARKER_NAME).unlink(missing_ok=True)
    if keys.keyring_usable(backend):
        for name in (keys.keyring_entry_name(data_dir), rekey.pending_entry_name(data_dir)):
            with contextlib.suppress(keyring.errors.KeyringError):
                backend.delete_password(keys.SERVICE, name)
