"""Importing mailbox files (.eml, folders, .mbox) through the whole pipeline, in date order.

Used by ``applytrack import``, the window's "Import Mailbox" and the demo. Messages are
parsed and classified in batches as they stream in; mail that is not about a job is
dropped on the spot (unless it is a reply, which may belong to an application's thread, or
mail the classifier doubted, whose thread may hold job mail: ``thread_rescue``), so memory
holds little more than the job-related third. The rest is then sorted by date, looked ahead
in (``thread_rescue``) and stored in transactions of a few hundred. Importing the same file
twice adds nothing: each message is known by a hash of its bytes and by its Message-ID.
What a Gmail sync of the same account would never read (a Takeout export's sent mail,
drafts, spam, trash and chats: ``mail.takeout_labels``) is skipped before parsing.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlcipher3 import Connection

from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.intel.analyze import analyze_many
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.sources import RawSource
from applytrack_desktop.mail.takeout_labels import skipped_label
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.events import SyncCounts
from applytrack_desktop.sync.pipeline import (
    Analyzer,
    ApplyResult,
    Incoming,
    PipelineSettings,
    Prepared,
    apply,
    prepare,
)
from applytrack_desktop.sync.second_choice import held_for_thread
from applytrack_desktop.sync.thread_rescue import rescue_in_batch

PARSE_BATCH = 256
WRITE_BATCH = 400
# Young-generation threshold while importing (Python's default is 700): parsing allocates
# hundreds of objects per message, so the default ran a collection every few messages.
IMPORT_GC_THRESHOLD = 20_000

Progress = Callable[[int, int | None], None]


class DefaultAnalyzer:
    """The shipped ONNX classifier plus the extractors."""

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        return analyze_many(messages)


def content_id(raw: bytes) -> str:
    """A stable id for a message that has no provider: the hash of its bytes."""
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def import_sources(
    store: Store,
    sources: Iterable[RawSource],
    *,
    total: int | None = None,
    settings: PipelineSettings | None = None,
    analyzer: Analyzer | None = None,
    progress: Progress | None = None,
) -> tuple[SyncCounts, frozenset[int]]:
    """Run every message through the pipeline; returns the counts and changed application ids."""
    with _fewer_collections():
        return _import(
            store, sources, total=total, settings=settings, analyzer=analyzer, progress=progress
        )


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Garbage collection tuned for a long import, restored after.

    The objects alive before the import (models, modules, the caller's data) are frozen out
    of collection, and young collections run less often: full collections otherwise walk the
    growing list of kept mail again and again (about 1 s of a 50,000-message import). Only
    the timing of collections changes; reference counting frees almost everything anyway.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], IMPORT_GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _import(
    store: Store,
    sources: Iterable[RawSource],
    *,
    total: int | None,
    settings: PipelineSettings | None,
    analyzer: Analyzer | None,
    progress: Progress | None,
) -> tuple[SyncCounts, frozenset[int]]:
    analyzer = analyzer or DefaultAnalyzer()
    settings = settings or PipelineSettings()
    kept: list[Prepared] = []
    dropped = 0
    skipped = 0
    done = 0
    batch: list[Incoming] = []

    def flush() -> None:
        nonlocal dropped, done
        for item in prepare(batch, analyzer):
            if item.analysis is not None and not item.job_related and not _may_be_kept(item):
                dropped += 1
            else:
                # Held until the whole mailbox is read (for date order), so without the raw
                # bytes: nothing after parsing reads them, and 50,000 messages add up.
                incoming = item.incoming
                bare = Incoming(incoming.provider_id, b"", incoming.thread_id, incoming.source)
                kept.append(Prepared(bare, item.message, item.analysis, item.error))
        done += len(batch)
        batch.clear()
        if progress is not None:
            progress(done, total)

    for source in sources:
        if skipped_label(source.raw) is not None:  # a Takeout export's sent mail, spam, ...
            skipped += 1
            done += 1  # counted as read, so progress still reaches the total
            continue
        batch.append(Incoming(content_id(source.raw), source.raw, source=source.label))
        if len(batch) >= PARSE_BATCH:
            flush()
    if batch:
        flush()

    kept.sort(key=_date_key)
    kept = rescue_in_batch(kept)  # the whole import, not one write batch: threads span them
    counts = SyncCounts(fetched=dropped + skipped, dropped=dropped, skipped=skipped)
    changed: set[int] = set()
    for start in range(0, len(kept), WRITE_BATCH):
        chunk = kept[start : start + WRITE_BATCH]

        def write(conn: Connection, chunk: list[Prepared] = chunk) -> ApplyResult:
            return apply(conn, None, chunk, settings)

        result = store.write(write)
        counts = counts + result.counts
        changed.update(result.changed_application_ids)
    return counts, frozenset(changed)


def _may_be_kept(item: Prepared) -> bool:
    # A reply may be in the thread of an application stored later in this import, and a
    # message the classifier doubted may have job mail in its thread: the pipeline and
    # ``thread_rescue`` decide; both are few, so holding them is cheap.
    message = item.message
    if message is None or item.analysis is None:
        return False
    return bool(message.in_reply_to or message.references) or held_for_thread(item.analysis)


def _date_key(item: Prepared) -> float:
    return item.message.date.timestamp() if item.message is not None else 0.0


def summary(counts: SyncCounts) -> str:
    """One line for people: what an import or a sync did."""
    parts = [
        f"{counts.fetched} messages read",
        f"{counts.stored} about job applications kept",
        f"{counts.dropped} others dropped",
    ]
    if counts.duplicates:
        parts.append(f"{counts.duplicates} already known")
    parts.append(f"{counts.created} applications created")
    parts.append(f"{counts.status_changes} status changes")
    if counts.review:
        parts.append(f"{counts.review} for review")
    if counts.unreadable:
        parts.append(f"{counts.unreadable} unreadable (set aside)")
    if counts.skipped:
        parts.append(f"{counts.skipped} skipped (Gmail sent mail, drafts, spam, trash or chats)")
    return ", ".join(parts) + "."
