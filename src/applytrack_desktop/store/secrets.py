"""Account secrets kept inside the encrypted store, for machines without an OS keyring.

Same methods as ``providers.secrets.SecretStore`` (get/set/delete), so the sync layer can
hand either one to a provider. Values never leave the SQLCipher file.
"""

from __future__ import annotations

import sqlcipher3

from applytrack_desktop.store.db import Store


class StoreSecrets:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, name: str) -> str | None:
        with self._store.read() as conn:
            row = conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, name: str, value: str) -> None:
        def run(conn: sqlcipher3.Connection) -> None:
            conn.execute(
                "INSERT INTO secrets (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

        self._store.write(run)

    def delete(self, name: str) -> None:
        self._store.write(lambda conn: conn.execute("DELETE FROM secrets WHERE name = ?", (name,)))
