"""``applytrack delete-everything --yes``: the store, its backups, its key and every secret.

The command-line twin of Settings -> Delete everything, for machines without the window.
Without ``--yes`` it only says what would go and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from applytrack_desktop.commands.store_access import add_data_dir_option, data_dir, open_service
from applytrack_desktop.core.errors import StoreError

WHAT_GOES = (
    "This deletes the encrypted store in {folder} (applications, mail, history, settings), "
    "its backups, its key in the OS keyring and every connected account's secrets "
    "(Google access is revoked first)."
)


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "delete-everything",
        help="delete the store, its key and all account secrets",
        description="Delete everything ApplyTrack keeps. Nothing can be recovered.",
    )
    parser.add_argument("--yes", action="store_true", help="really delete (required)")
    add_data_dir_option(parser)


def run(args: argparse.Namespace) -> int:
    from applytrack_desktop import service_privacy

    folder = data_dir(args)
    if not args.yes:
        print(WHAT_GOES.format(folder=folder), file=sys.stderr)
        print("Nothing was deleted; run again with --yes to do it.", file=sys.stderr)
        return 1
    try:
        service = open_service(args)
    except StoreError as exc:  # no key, damaged: the files and the key can still go
        service_privacy.delete_store_files(folder)
        print(f"Deleted the store in {folder} and its key; it could not be opened", end="")
        print(f" ({exc.message}), so account secrets in the keyring were left.")
        return 0
    notes = service_privacy.delete_everything(service)
    print(f"Deleted everything in {folder}: the store, its backups, its key and all secrets.")
    for note in notes:
        print(note)
    return 0
