"""``applytrack purge [--older-than DAYS]``: drop full email bodies now (CONTRACTS).

The same purge the daily job runs: bodies of mail older than DAYS (default: the
``retention_days`` setting, 90) are removed from the tables, the search index and the
database file itself; the metadata stays. Prints one line saying what was done.
"""

from __future__ import annotations

import argparse
from typing import Any

from applytrack_desktop.commands.store_access import add_data_dir_option, open_service

MAX_DAYS = 36500


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of days cannot be negative")
    if value > MAX_DAYS:  # far beyond any mail; a huge number used to overflow the date
        raise argparse.ArgumentTypeError(f"at most {MAX_DAYS} days (100 years)")
    return value


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "purge",
        help="purge full email bodies older than the retention period",
        description="Remove full email bodies older than DAYS from the store and its file; "
        "sender, date, subject, category and links stay.",
    )
    parser.add_argument(
        "--older-than",
        type=_days,
        default=None,
        metavar="DAYS",
        help="age in days (default: the retention setting, 90 days unless changed)",
    )
    add_data_dir_option(parser)


def run(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        result = service.purge(args.older_than)
    print(result.summary())
    return 0
