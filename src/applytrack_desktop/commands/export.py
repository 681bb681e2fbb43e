"""``applytrack export --format json|csv|mbox OUT``: applications with their mail and history.

JSON holds every stored field but full email bodies and imports back losslessly
(``Service.import_json``); CSV is one row per application for spreadsheets; mbox holds the
kept mail itself (``service_mbox``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from applytrack_desktop.commands.store_access import add_data_dir_option, open_service

FORMATS = ("json", "csv", "mbox")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export applications with their emails and history",
        description="Export applications with their emails and history to a file.",
    )
    parser.add_argument("--format", choices=FORMATS, required=True, help="file format")
    parser.add_argument("out", type=Path, metavar="OUT", help="the file to write")
    add_data_dir_option(parser)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    with open_service(args) as service:
        if args.format == "mbox":
            count = service.export_mbox(out)
            print(f"Exported {count} email(s) to {out}.", file=sys.stderr)
            return 0
        count = service.export_json(out) if args.format == "json" else service.export_csv(out)
    print(f"Exported {count} application(s) to {out}.", file=sys.stderr)
    return 0
