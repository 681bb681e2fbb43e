"""Where account secrets (refresh tokens, msal caches, IMAP passwords) are kept.

The OS keyring by default. Some keyrings limit a secret's size (Windows Credential Manager
takes about 2.5 KB) while an msal token cache is larger, so long values are split into
numbered parts under one name. Where no keyring exists the store provides its own
``SecretStore`` that keeps secrets inside the encrypted database: never a plain file.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "applytrack-desktop"
PART_SIZE = 1200  # characters; safe for every keyring backend we know of
_MAX_PARTS = 256


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def keyring_usable(backend: KeyringBackend | None = None) -> bool:
    """False on a headless machine where keyring falls back to its ``fail`` backend."""
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        return False


class KeyringSecrets:
    """``SecretStore`` on the OS keyring, chunking values longer than ``PART_SIZE``."""

    def __init__(self, namespace: str, backend: KeyringBackend | None = None) -> None:
        self._namespace = namespace
        self._backend = backend or keyring.get_keyring()

    def _key(self, name: str, part: int | None = None) -> str:
        base = f"{self._namespace}:{name}"
        return base if part is None else f"{base}#{part}"

    def get(self, name: str) -> str | None:
        head = self._backend.get_password(SERVICE, self._key(name))
        if head is None or not head.startswith("parts:"):
            return head
        count = int(head.removeprefix("parts:"))
        chunks = []
        for i in range(count):
            chunk = self._backend.get_password(SERVICE, self._key(name, i))
            if chunk is None:
                return None  # a half-written value is no value
            chunks.append(chunk)
        return "".join(chunks)

    def set(self, name: str, value: str) -> None:
        self.delete(name)
        if len(value) <= PART_SIZE and not value.startswith("parts:"):
            self._backend.set_password(SERVICE, self._key(name), value)
            return
        chunks = [value[i : i + PART_SIZE] for i in range(0, len(value), PART_SIZE)]
        if len(chunks) > _MAX_PARTS:
            raise ValueError("secret too large for the keyring")
        for i, chunk in enumerate(chunks):
            self._backend.set_password(SERVICE, self._key(name, i), chunk)
        # The head is written last: a crash part-way leaves no head, so no torn value.
        self._backend.set_password(SERVICE, self._key(name), f"parts:{len(chunks)}")

    def delete(self, name: str) -> None:
        head = self._backend.get_password(SERVICE, self._key(name))
        count = 0
        if head is not None and head.startswith("parts:"):
            count = int(head.removeprefix("parts:"))
        for key in [self._key(name)] + [self._key(name, i) for i in range(count)]:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._backend.delete_password(SERVICE, key)


class MemorySecrets:
    """An in-process ``SecretStore`` for tests and for the throwaway demo store."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)
