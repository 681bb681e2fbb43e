"""``applytrack classify PATH...``: what the device thinks of each message, as JSON lines.

No store and no passphrase: the command parses, classifies and extracts, and prints exactly
one JSON object per message in input order with the keys of CONTRACTS.md, in that order. A
message that cannot be read still gets its line (every key present with a value of the
contract's type: ``job_related`` false, ``category`` "not_job", as the pipeline treats it,
plus an ``error`` reason) and a one-line warning on stderr, so a script
reading the output can count lines against messages. Only when no input path exists at all
does the command fail (exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from applytrack_desktop.core.errors import InvalidInputError, MailParseError

if TYPE_CHECKING:
    from applytrack_desktop.intel.analysis import Analysis
    from applytrack_desktop.mail.message import MailMessage

# The mail parser (icalendar with it) and the models are imported by ``run`` only: every
# command registers at start-up, and all but this one would pay for them.

BATCH = 256  # messages classified per onnxruntime call; output is flushed per batch


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="classify .eml files, folders of them or .mbox files; print one JSON line each",
        description="Classify mail on this device and print one JSON object per message.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")


def result_line(source: str, message: MailMessage, analysis: Analysis) -> dict[str, Any]:
    """The CONTRACTS.md object for one classified message, keys in contract order."""
    return {
        "source": source,
        "message_id": message.message_id,
        "job_related": analysis.job_related,
        "category": str(analysis.category),
        "confidence": round(float(analysis.confidence), 3),
        "company": analysis.company,
        "job_title": analysis.job_title,
        "sentiment": analysis.sentiment,
        "urgent": analysis.urgent,
        "deadlines": [d.isoformat() for d in analysis.deadlines],
        "next_steps": list(analysis.next_steps),
    }


def error_line(source: str, reason: str) -> dict[str, Any]:
    """The object for a message that could not be read: every key, nothing guessed."""
    return {
        "source": source,
        "message_id": None,
        "job_related": False,
        "category": "not_job",
        "confidence": 0.0,
        "company": None,
        "job_title": None,
        "sentiment": "neutral",
        "urgent": False,
        "deadlines": [],
        "next_steps": [],
        "error": reason,
    }


def _existing(paths: Sequence[Path]) -> list[Path]:
    kept = [p for p in paths if p.exists()]
    if not kept:
        names = ", ".join(str(p) for p in paths)
        raise InvalidInputError(f"No such file or folder: {names}.")
    for path in paths:
        if not path.exists():
            print(f"applytrack: skipping {path}: no such file or folder.", file=sys.stderr)
    return kept


def _batches(paths: Sequence[Path]) -> Iterator[list[tuple[str, MailMessage | str]]]:
    """(source, message or error reason) in input order, ``BATCH`` at a time."""
    from applytrack_desktop.mail.parse import parse_message
    from applytrack_desktop.mail.sources import iter_sources

    batch: list[tuple[str, MailMessage | str]] = []
    for source in iter_sources(paths):
        try:
            batch.append((source.label, parse_message(source.raw)))
        except MailParseError as exc:
            batch.append((source.label, exc.message))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def run(args: argparse.Namespace) -> int:
    from applytrack_desktop.intel.analyze import analyze_many
    from applytrack_desktop.intel.classifier import get_classifier
    from applytrack_desktop.mail.message import MailMessage

    paths = _existing(args.paths)
    classifier = get_classifier()
    out = sys.stdout
    for batch in _batches(paths):
        messages = [item for _, item in batch if isinstance(item, MailMessage)]
        analyses = iter(analyze_many(messages, classifier=classifier))
        for source, item in batch:
            if isinstance(item, MailMessage):
                line = result_line(source, item, next(analyses))
            else:
                warning = f"applytrack: skipped an unreadable message in {source}: {item}"
                print(warning, file=sys.stderr)
                line = error_line(source, item)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()
    return 0
