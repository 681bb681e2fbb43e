"""Where the store's key comes from: a random raw key in the OS keyring, or a passphrase.

With a usable keyring the store is keyed by 32 random bytes (``PRAGMA key = "x'..'"``, no
KDF, so opening costs nothing) kept under the service ``applytrack-desktop``, one entry per
data folder. Without one (headless Linux falls back to ``keyring.backends.fail``) the user
gives a passphrase, which goes through SQLCipher's own KDF. A key is never written to a
plain file: the plain marker file ``store.json`` only says WHICH way the store is keyed, so
a keyring entry that has gone missing is reported instead of a new empty store being made
over the old one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from applytrack_desktop.core.errors import (
    InvalidInputError,
    KeyMissingError,
    PassphraseRequiredError,
    StoreError,
)

SERVICE = "applytrack-desktop"
PASSPHRASE_ENV = "APPLYTRACK_PASSPHRASE"
MARKER_NAME = "store.json"
MARKER_FORMAT = 1
KDF_ITERATIONS = 256_000  # SQLCipher 4's default for PBKDF2-HMAC-SHA512
SALT_SIZE = 16
_RAW_KEY = re.compile(r"[0-9a-f]{64}")


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True, slots=True)
class StoreKey:
    """The secret that opens the store; ``repr`` never shows it."""

    source: KeySource
    secret: str = field(repr=False)  # hex (raw key [+ salt]) or the passphrase
    is_raw: bool = True  # False: ``secret`` is a passphrase that goes through the KDF

    @classmethod
    def raw(cls, hex_key: str) -> StoreKey:
        if not _RAW_KEY.fullmatch(hex_key):
            raise KeyMissingError("The store key in the keyring is damaged.")
        return cls(KeySource.KEYRING, hex_key)

    @classmethod
    def passphrase(cls, text: str) -> StoreKey:
        if "\x00" in text:
            raise InvalidInputError("A passphrase cannot contain a NUL character.")
        return cls(KeySource.PASSPHRASE, text, is_raw=False)

    def derived(self, salt: bytes) -> StoreKey:
        """For a passphrase: the raw key SQLCipher's KDF makes of it with this file's salt.

        SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, 32 bytes; the salt is
        the file's first 16 bytes. ``x'<key><salt>'`` then opens the file without the KDF,
        so extra connections (one per reader thread) cost nothing. The caller verifies it.
        """
        if self.is_raw:
            return self
        key = hashlib.pbkdf2_hmac("sha512", self.secret.encode(), salt, KDF_ITERATIONS, 32)
        return StoreKey(KeySource.PASSPHRASE, key.hex() + salt.hex(), is_raw=True)

    def key_text(self) -> str:
        """The key as SQLCipher reads it: ``x'<hex>'`` is a raw key, anything else a passphrase."""
        return f"x'{self.secret}'" if self.is_raw else self.secret

    def pragma_literal(self) -> str:
        """``key_text`` as an SQL string literal, for ``PRAGMA key = ...``."""
        return "'" + self.key_text().replace("'", "''") + "'"


def new_raw_key() -> StoreKey:
    return StoreKey.raw(secrets.token_bytes(32).hex())


def keyring_usable(backend: KeyringBackend) -> bool:
    """False where keyring fell back to a backend that keeps nothing (``fail``, ``null``)."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend whose priority probe itself fails is not usable
        return False


def keyring_entry_name(data_dir: Path) -> str:
    """One keyring entry per data folder, named after the folder's resolved path."""
    return f"store-key:{data_dir.resolve()}"


# -- the plain marker file ------------------------------------------------------------------


def read_marker(data_dir: Path) -> KeySource | None:
    path = data_dir / MARKER_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return KeySource(data["key_source"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"The file {path} is damaged; it says how the store is keyed.") from exc


def write_marker(data_dir: Path, source: KeySource) -> None:
    """Atomically (write + rename) record how the store is keyed; it holds no secret."""
    path = data_dir / MARKER_NAME
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"key_source": source.value, "format": MARKER_FORMAT}) + "\n")
    os.replace(tmp, path)


# -- choosing the key -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyChoice:
    key: StoreKey
    created: bool  # a new raw key was put in the keyring for a new store


def _given_passphrase(passphrase: str | None) -> str | None:
    return passphrase or os.environ.get(PASSPHRASE_ENV) or None


def _need_passphrase() -> PassphraseRequiredError:
    return PassphraseRequiredError(
        f"No keyring is available, so the store needs a passphrase: set {PASSPHRASE_ENV} "
        "or enter it when asked."
    )


def choose_key(
    data_dir: Path,
    *,
    store_exists: bool,
    passphrase: str | None = None,
    backend: KeyringBackend | None = None,
) -> KeyChoice:
    """The key for the store in ``data_dir``; for a new store, make one.

    Raises ``KeyMissingError`` when an existing store's keyring entry is gone and
    ``PassphraseRequiredError`` when a passphrase is needed and none was given.
    """
    backend = backend or keyring.get_keyring()
    usable = keyring_usable(backend)
    name = keyring_entry_name(data_dir)
    # The marker matters only while the database exists: it guards that file, nothing else.
    marker = read_marker(data_dir) if store_exists else None
    given = _given_passphrase(passphrase)

    if marker is KeySource.KEYRING:
        if not usable:
            raise KeyMissingError(
                "This store's key is kept in the OS keyring, which is not available now."
            )
        stored = _get(backend, name)
        if stored is None:
            raise KeyMissingError(
                "This store's key is missing from the OS keyring, so the store cannot be opened."
            )
        return KeyChoice(StoreKey.raw(stored), created=False)
    if marker is KeySource.PASSPHRASE or (store_exists and not usable):
        if given is None:
            raise _need_passphrase()
        return KeyChoice(StoreKey.passphrase(given), created=False)
    if store_exists:  # a store without its marker: use what is there, never make a new key
        stored = _get(backend, name)
        if stored is not None:
            return KeyChoice(StoreKey.raw(stored), created=False)
        if given is not None:
            return KeyChoice(StoreKey.passphrase(given), created=False)
        raise KeyMissingError("No key for this store was found in the OS keyring.")

    # A new store.
    if usable:
        stored = _get(backend, name)
        if stored is not None:  # left by a store that was moved away: keep it, reuse it
            return KeyChoice(StoreKey.raw(stored), created=False)
        key = new_raw_key()
        try:
            backend.set_password(SERVICE, name, key.secret)
        except keyring.errors.KeyringError:
            if given is None:
                raise _need_passphrase() from None
            return KeyChoice(StoreKey.passphrase(given), created=False)
        return KeyChoice(key, created=True)
    if given is None:
        raise _need_passphrase()
    return KeyChoice(StoreKey.passphrase(given), created=False)


def _get(backend: KeyringBackend, name: str) -> str | None:
    try:
        value: str | None = backend.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyMissingError("The OS keyring could not be read (is it locked?).") from exc
    return value


def forget_key(data_dir: Path, backend: KeyringBackend | None = None) -> None:
    """Delete the keyring entry of a store that is being deleted."""
    backend = backend or keyring.get_keyring()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, keyring_entry_name(data_dir))
