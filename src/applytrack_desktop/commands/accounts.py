"""``applytrack accounts add|list|remove``: connect and disconnect mailboxes (CONTRACTS)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from applytrack_desktop.commands.store_access import account_id, open_service
from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.core.models import Account
from applytrack_desktop.providers import browser

IMAP_PASSWORD_ENV = "APPLYTRACK_IMAP_PASSWORD"
SINCE_HELP = "how far back the first sync reaches (YYYY-MM-DD; default 180 days)"


def _since(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from None


def _text(text: str) -> str:
    """A value that must say something (an empty --client-id used to crash deep in msal)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("cannot be empty")
    return text.strip()


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1-65535)")
    return port


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("accounts", help="connect and list mailboxes")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="connect a mailbox")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)

    gmail = kinds.add_parser("gmail", help="Gmail (OAuth in your browser, read-only)")
    gmail.add_argument("--client-config", type=Path, required=True, help="client_secret.json")
    gmail.add_argument("--since", type=_since, default=None, metavar="YYYY-MM-DD", help=SINCE_HELP)

    outlook = kinds.add_parser("outlook", help="Outlook / Microsoft 365 (read-only)")
    outlook.add_argument(
        "--client-id", type=_text, required=True, help="your Azure app's client id"
    )
    outlook.add_argument(
        "--tenant", type=_text, default=None, help="tenant id or domain (default: common)"
    )
    outlook.add_argument(
        "--since", type=_since, default=None, metavar="YYYY-MM-DD", help=SINCE_HELP
    )

    imap = kinds.add_parser("imap", help="any IMAP mailbox (TLS, app password)")
    imap.add_argument(
        "--host", type=_text, required=True, metavar="H", help="the IMAP server's name"
    )
    imap.add_argument(
        "--port", type=_port, default=None, metavar="P", help="default: 993 (ssl), 143 (starttls)"
    )
    imap.add_argument(
        "--security",
        choices=("ssl", "starttls"),
        default="ssl",
        help="ssl = implicit TLS (default), starttls = TLS after connecting",
    )
    imap.add_argument("--user", type=_text, required=True, help="the full address")
    imap.add_argument("--since", type=_since, default=None, metavar="YYYY-MM-DD", help=SINCE_HELP)

    files = kinds.add_parser("files", help=".mbox files or folders of .eml, re-scannable")
    files.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    files.add_argument("--since", type=_since, default=None, metavar="YYYY-MM-DD", help=SINCE_HELP)

    listing = actions.add_parser("list", help="list connected mailboxes")
    listing.add_argument("--format", choices=("table", "json"), default="table")

    remove = actions.add_parser("remove", help="disconnect: revoke and delete its data")
    remove.add_argument("id", type=account_id, metavar="ID", help="the id 'accounts list' shows")
    remove.add_argument(
        "--delete-applications",
        action="store_true",
        help="also delete applications created only from this account's mail",
    )


def _imap_password(user: str) -> str:
    password = os.environ.get(IMAP_PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise InvalidInputError(
            f"Set {IMAP_PASSWORD_ENV} to the app password (or run this in a terminal)."
        )
    return getpass.getpass(f"App password for {user}: ")


def _show_sign_in_address(url: str) -> None:
    print(
        f"No browser could be started; open this address to sign in:\n{url}",
        file=sys.stderr,
        flush=True,
    )


def _add(args: argparse.Namespace) -> Account:
    from applytrack_desktop.sync import accounts as account_ops

    if args.kind == "files":
        from applytrack_desktop.mail.sources import count_sources

        # The same check as ``import``: a missing path or a file that is not mail input is
        # refused now, not connected as an account whose syncs read nothing useful.
        count_sources(args.paths)
    browser.set_no_browser_handler(_show_sign_in_address)
    with open_service(args) as service:
        store = service.store
        if args.kind == "gmail":
            return account_ops.add_gmail(store, args.client_config, since=args.since)
        if args.kind == "outlook":
            return account_ops.add_outlook(
                store, args.client_id, tenant=args.tenant, since=args.since
            )
        if args.kind == "imap":
            return account_ops.add_imap(
                store,
                host=args.host,
                port=args.port,
                security=args.security,
                user=args.user,
                password=_imap_password(args.user),
                since=args.since,
            )
        return account_ops.add_files(store, args.paths, since=args.since)


def _record(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "kind": account.kind.value,
        "address": account.address,
        "state": account.state.value,
        "last_sync_at": account.last_sync_at.isoformat() if account.last_sync_at else None,
        "error": account.last_error or None,
    }


def run(args: argparse.Namespace) -> int:
    from applytrack_desktop.sync import accounts as account_ops

    if args.action == "add":
        account = _add(args)
        print(f"Connected {account.kind.value} account {account.id}: {account.address}")
        return 0
    with open_service(args) as service:
        if args.action == "list":
            records = [_record(a) for a in account_ops.list_accounts(service.store)]
            if args.format == "json":
                print(json.dumps(records, indent=2))
            elif not records:
                print("No accounts connected.")
            else:
                for r in records:
                    synced = r["last_sync_at"] or "never synced"
                    error = f"  ({r['error']})" if r["error"] else ""
                    state = f"{r['state']}, {synced}{error}"
                    print(f"{r['id']:>3}  {r['kind']:<8} {r['address']}  {state}")
            return 0
        note = account_ops.remove_account(
            service.store, args.id, delete_applications=args.delete_applications
        )
    print(f"Disconnected account {args.id}; its mail and secrets are deleted.")
    if note:
        print(note)
    return 0
