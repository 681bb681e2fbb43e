"""``applytrack import PATH...``: the whole pipeline on .eml / folder / .mbox input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from applytrack_desktop.commands.store_access import open_service


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import .eml files, folders of them, or .mbox files into the store",
        description="Classify, match and store the job-related mail in PATH..., in date order.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")


def run(args: argparse.Namespace) -> int:
    from applytrack_desktop.mail.sources import count_sources, iter_sources
    from applytrack_desktop.sync.importer import import_sources, summary
    from applytrack_desktop.sync.pipeline import PipelineSettings

    paths: list[Path] = args.paths
    total = count_sources(paths)  # also refuses missing or unknown paths before any work
    show_progress = sys.stderr.isatty()

    def progress(done: int, of: int | None) -> None:
        if show_progress:
            print(
                f"\rread {done} of {of if of is not None else '?'} messages",
                end="",
                file=sys.stderr,
            )

    with open_service(args) as service:
        prefs = service.settings()
        settings = PipelineSettings(
            threshold=prefs.confidence_threshold,
            create_from_confirmations=prefs.create_from_confirmations,
        )
        counts, _changed = import_sources(
            service.store, iter_sources(paths), total=total, settings=settings, progress=progress
        )
    if show_progress:
        print(file=sys.stderr)
    print(f"Imported: {summary(counts)}")
    if total == 0:  # an empty folder, or one of files of other kinds: say why nothing came
        print(
            "applytrack: no .eml or .mbox messages were found in "
            + ", ".join(str(p) for p in paths)
            + ".",
            file=sys.stderr,
        )
    return 0
