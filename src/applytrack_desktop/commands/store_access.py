"""Opening the store from a command: ``--data-dir``, the keyring, the passphrase, a prompt.

Shared by every command that needs the store. The key comes from the OS keyring; where
there is none, from ``APPLYTRACK_PASSPHRASE``, else from a prompt when a person is at the
terminal. With no terminal the command fails with one sentence saying what to set.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from applytrack_desktop import paths
from applytrack_desktop.core.errors import InvalidInputError, PassphraseRequiredError

if TYPE_CHECKING:
    from applytrack_desktop.service import Service


def add_data_dir_option(parser: Any) -> None:
    """Accept ``--data-dir`` after the command too (``applytrack CMD --data-dir D``)."""
    parser.add_argument(
        "--data-dir",
        type=data_dir_arg,
        default=argparse.SUPPRESS,  # keep the value given before the command, if any
        metavar="DIR",
        help="where the encrypted store lives (default: $APPLYTRACK_DATA_DIR or the "
        "platform's data folder)",
    )


def data_dir_arg(text: str) -> Path:
    """``--data-dir``: an empty value would silently mean the current folder; refuse it."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the data folder cannot be empty")
    return Path(text)


def _row_id(text: str, what: str, listed_by: str) -> int:
    """A row id given on the command line: a whole number SQLite can hold (a 20-digit one
    used to overflow into "an unexpected error")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"{text} is not {what} ({listed_by})")
    return value


def account_id(text: str) -> int:
    """An ``--account``/``remove`` id."""
    return _row_id(text, "an account id", "'accounts list'")


def review_item_id(text: str) -> int:
    """A ``review accept|assign|track|dismiss`` item id."""
    return _row_id(text, "a review item id", "'review' lists them")


def application_id(text: str) -> int:
    """An application id (``review assign``)."""
    return _row_id(text, "an application id", "'applications' lists them")


def data_dir(args: argparse.Namespace) -> Path:
    given: Path | None = getattr(args, "data_dir", None)
    return given if given is not None else paths.default_data_dir()


def open_service(args: argparse.Namespace) -> Service:
    # Imported here: every command registers at start-up, and only some open the store.
    from applytrack_desktop.service import Service
    from applytrack_desktop.store.db import DB_NAME
    from applytrack_desktop.store.keys import PASSPHRASE_ENV

    folder = data_dir(args)
    if folder.exists() and not folder.is_dir():
        raise InvalidInputError(f"The data folder {folder} is a file, not a folder.")
    try:
        return Service.open(folder)
    except PassphraseRequiredError:
        if not _interactive():
            raise PassphraseRequiredError(
                f"No keyring is available and no passphrase was given: set {PASSPHRASE_ENV} "
                "or run the command in a terminal to type it."
            ) from None
    return Service.open(folder, passphrase=_prompt(new=not (folder / DB_NAME).exists()))


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt(*, new: bool) -> str:
    if new:
        print(
            "No keyring is available, so the new store is protected by a passphrase.",
            file=sys.stderr,
        )
    passphrase = getpass.getpass("Store passphrase: ")
    if not passphrase:
        raise InvalidInputError("The passphrase cannot be empty.")
    if new and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise InvalidInputError("The two passphrases differ; nothing was created.")
    return passphrase
