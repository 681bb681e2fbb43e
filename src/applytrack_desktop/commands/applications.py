"""``applytrack applications [--format table|json|csv]``: list the tracked applications.

``json`` is the exact CONTRACTS.md shape (a JSON array; ``[]`` for an empty store), ``csv``
the same columns as ``export --format csv``, ``table`` a plain aligned listing for people.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from applytrack_desktop.commands import text_table
from applytrack_desktop.commands.store_access import add_data_dir_option, open_service
from applytrack_desktop.core.models import Application

FORMATS = ("table", "json", "csv")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "applications",
        help="list applications",
        description="List the tracked applications, newest activity first.",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    add_data_dir_option(parser)


def run(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        if args.format == "json":
            text = json.dumps(service.export_applications_json(), ensure_ascii=False, indent=2)
            sys.stdout.write(text + "\n")
        elif args.format == "csv":
            sys.stdout.write(service.export_csv_text())
        else:
            sys.stdout.write(table(service.list_applications()))
    return 0


_HEADERS = ("ID", "Company", "Role", "Status", "Updated")
_MAX_WIDTH = 40


def _cell(text: str) -> str:
    return text_table.cell(text, _MAX_WIDTH)


def table(apps: list[Application]) -> str:
    if not apps:
        return "No applications yet.\n"
    rows = [
        (str(a.id), _cell(a.company), _cell(a.job_title), a.status.value,
         a.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        for a in apps
    ]  # fmt: skip
    return text_table.render(_HEADERS, rows)
