"""What every store-backed subcommand shares: opening the store the CONTRACTS way.

The key comes from the OS keyring; where there is none, from ``APPLYTRACK_PASSPHRASE``;
else the user is asked on the terminal. With no terminal to ask on, the error says how to
give the passphrase instead of hanging.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from applytrack_desktop.core.errors import PassphraseRequiredError
from applytrack_desktop.service import Service


def open_service(args: argparse.Namespace) -> Service:
    try:
        return Service.open(args.data_dir)
    except PassphraseRequiredError:
        if not sys.stdin.isatty():
            raise PassphraseRequiredError(
                "No system keyring is available: set APPLYTRACK_PASSPHRASE to the store's "
                "passphrase (or run this command in a terminal to be asked for it)."
            ) from None
        passphrase = getpass.getpass("Passphrase for the ApplyTrack store: ")
        return Service.open(args.data_dir, passphrase=passphrase)
