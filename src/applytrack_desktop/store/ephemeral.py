"""A keyring that lives only as long as the process, for throwaway stores.

The demo opens a store that must vanish when the app closes. Giving it a random raw key
held only in memory keeps it as encrypted as a real store (and as fast: a raw key needs no
key derivation), while nothing of it outlives the process, in the OS keyring or elsewhere.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class EphemeralKeyring(KeyringBackend):
    priority = 1  # usable, but never chosen by keyring itself

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
