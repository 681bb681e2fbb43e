"""``applytrack classify PATH...``: what the device thinks of each message, as JSON lines.

No store and no passphrase: the command parses, classifies and extracts, and prints exactly
one JSON object per message in input order with exactly the keys of CONTRACTS.md, in that
order (a script checks the keys, so nothing is added). Paths are checked before any work, as
``import`` does: a missing path or a file that is not mail input fails the command at once
with one sentence and nothing on stdout. Something that is not a readable email (an ``.eml``
holding no headers, an empty message in an mbox) is not a message: it gets no line, one
sentence on stderr, and the command exits 1 once the readable messages are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from applytrack_desktop.core.errors import MailParseError

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

    paths: list[Path] = args.paths
    out = sys.stdout
    unreadable = 0
    # iter_sources checks every path before it hands out a message: a missing path or a
    # non-mail file fails the command at the first batch, before any output. The models
    # load after that check (get_classifier caches them), so a typo is reported as such.
    for batch in _batches(paths):
        messages = [item for _, item in batch if isinstance(item, MailMessage)]
        analyses = iter(analyze_many(messages, classifier=get_classifier()))
        for source, item in batch:
            if isinstance(item, MailMessage):
                line = result_line(source, item, next(analyses))
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                unreadable += 1
                out.flush()  # the lines before it come first
                reason = _reason(item)
                print(f"applytrack: {source} is not a readable email ({reason}).", file=sys.stderr)
        out.flush()
    return 1 if unreadable else 0


def _reason(message: str) -> str:
    """A MailParseError sentence as a clause: "The message is empty." -> "the message is empty"."""
    text = message.strip().rstrip(".")
    return text[:1].lower() + text[1:]
