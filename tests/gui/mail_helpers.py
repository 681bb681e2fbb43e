"""Shared set-up for the mail-side GUI tests: demo mail in a store, accounts in any state."""

from __future__ import annotations

from typing import Any

from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.paths import resources_dir
from applytrack_desktop.store import accounts
from applytrack_desktop.sync.demo import demo_sources
from applytrack_desktop.sync.events import SyncCounts
from applytrack_desktop.sync.importer import import_sources

DEMO_MBOX = resources_dir() / "demo" / "demo.mbox"


def import_demo(service: Any) -> SyncCounts:
    """The bundled demo mailbox, dated as if it arrived lately, through the real pipeline."""
    counts, _changed = import_sources(service.store, demo_sources())
    return counts


def add_account(
    service: Any,
    kind: AccountKind,
    address: str,
    state: AccountState = AccountState.OK,
    error: str = "",
    settings: dict[str, str] | None = None,
) -> Account:
    """An account row as a provider would leave it (no sign-in needed)."""

    def run(conn: Any) -> Account:
        account_id = accounts.insert(conn, kind, address, settings=settings or {})
        accounts.set_state(conn, account_id, state, error=error)
        found = accounts.get(conn, account_id)
        assert found is not None
        return found

    result: Account = service.store.write(run)
    return result
