"""``applytrack sync [--account ID]``: one headless sync, progress on stderr."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from applytrack_desktop.commands.store_access import account_id, open_service

if TYPE_CHECKING:
    from applytrack_desktop.sync.engine import SyncOutcome
    from applytrack_desktop.sync.events import SyncEvent


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "sync", help="sync every account (or one) once, now"
    )
    parser.add_argument(
        "--account", type=account_id, default=None, metavar="ID", help="only this account"
    )


def run(args: argparse.Namespace) -> int:
    # Imported here: every command registers at start-up, only this one syncs.
    from applytrack_desktop.sync import accounts as account_ops
    from applytrack_desktop.sync.engine import SyncEngine
    from applytrack_desktop.sync.events import EventStream
    from applytrack_desktop.sync.importer import DefaultAnalyzer
    from applytrack_desktop.sync.pipeline import PipelineSettings
    from applytrack_desktop.sync.prefilter import is_candidate
    from applytrack_desktop.sync.store_target import StoreTarget

    with open_service(args) as service:
        store = service.store
        prefs = service.settings()
        settings = PipelineSettings(
            threshold=prefs.confidence_threshold,
            create_from_confirmations=prefs.create_from_confirmations,
        )
        target = StoreTarget(store, DefaultAnalyzer(), lambda: settings)
        events = EventStream()
        events.subscribe(_progress)
        engine = SyncEngine(
            target, lambda a: account_ops.provider_for(store, a), events, wanted=is_candidate
        )
        if args.account is not None:
            ids = [account_ops.get_account(store, args.account).id]
        else:
            ids = [a.id for a in account_ops.list_accounts(store)]
        if not ids:
            print("No accounts to sync: add one with 'applytrack accounts add'.", file=sys.stderr)
            return 0
        outcomes = [engine.sync_account(account_id) for account_id in ids]
    return _report(outcomes)


def _progress(event: SyncEvent) -> None:
    from applytrack_desktop.sync.events import SyncProgress

    if isinstance(event, SyncProgress):
        of = f" of {event.total}" if event.total is not None else ""
        print(f"account {event.account_id}: {event.done}{of} messages", file=sys.stderr)


def _report(outcomes: list[SyncOutcome]) -> int:
    """A summary per synced account, then, if any failed, one last sentence saying which
    and why (what to do next is in each reason: reconnect, retry later, check the network)."""
    from applytrack_desktop.sync.importer import summary

    failures: list[tuple[int, str]] = []
    for outcome in outcomes:
        if outcome.ok:
            print(f"account {outcome.account_id}: {summary(outcome.counts)}", file=sys.stderr)
        else:
            assert outcome.error is not None
            failures.append((outcome.account_id, outcome.error.message.strip().rstrip(".")))
    if not failures:
        return 0
    if len(failures) == 1:
        [(account_id, reason)] = failures
        print(f"applytrack: account {account_id} failed to sync: {reason}.", file=sys.stderr)
    else:
        which = "; ".join(f"account {account_id}: {reason}" for account_id, reason in failures)
        print(
            f"applytrack: {len(failures)} of {len(outcomes)} accounts failed to sync ({which}).",
            file=sys.stderr,
        )
    return 1
