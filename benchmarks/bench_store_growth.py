"""Store growth benchmark: the writer's cost per message as the store fills to 50k emails.

A mailbox of years must not get slower to sync as its store grows. This script stores the
same kind of mail again and again and prints the writer thread's CPU time per message (the
matching and storing an import does, commit included) for each 10,000 emails of store size.
Figures are printed, never asserted; CPU time of the writer thread, so the neighbours' load
on a shared machine moves them less than wall time (still some 10-20%: compare runs made
one after the other, or alternately).

The mail is ``bench_pipeline``'s mix (a third job-related, from the training corpus), parsed
and classified once; only the job-related mail and what the importer holds are applied. To
grow the store past one mix, the mix is stored again as later "years": each copy gets its
own ids, threads and dates shifted past the previous copy's, so the store grows in number of
applications and threads, as a long mailbox does, not in mail per application.

    APPLYTRACK_BENCH_MESSAGES=50000 APPLYTRACK_BENCH_COPIES=3 .venv/bin/python \\
        benchmarks/bench_store_growth.py

``APPLYTRACK_BENCH_SCHEMA=7`` runs the same code on an older schema (before/after an index
migration); ``APPLYTRACK_BENCH_STATEMENTS=1`` adds each window's costliest statements.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from bench_pipeline import N, build_mbox, warm_up  # this script's folder is on the path

COPIES = int(os.environ.get("APPLYTRACK_BENCH_COPIES", "3"))
WINDOW = 10_000  # emails of store size per line
STATEMENTS = os.environ.get("APPLYTRACK_BENCH_STATEMENTS") == "1"


def prepared_mix(n: int) -> list[Any]:
    """The mix's messages the importer would store or hold, parsed, classified, date order."""
    from applytrack_desktop.mail.sources import iter_sources
    from applytrack_desktop.sync import importer
    from applytrack_desktop.sync.pipeline import Incoming, Prepared, prepare
    from applytrack_desktop.sync.thread_rescue import rescue_in_batch

    analyzer = importer.DefaultAnalyzer()
    kept: list[Prepared] = []
    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / "bench.mbox"
        build_mbox(box, n)
        batch: list[Incoming] = []
        sources = iter(iter_sources([box]))
        while True:
            batch = [
                Incoming(importer.content_id(s.raw), s.raw, source=s.label)
                for _, s in zip(range(importer.PARSE_BATCH), sources, strict=False)
            ]
            if not batch:
                break
            for item in prepare(batch, analyzer):
                if item.analysis is None or item.job_related or importer._may_be_kept(item):
                    bare = Incoming(item.incoming.provider_id, b"", None, item.incoming.source)
                    kept.append(Prepared(bare, item.message, item.analysis, item.error))
    kept.sort(key=importer._date_key)
    return rescue_in_batch(kept)


def copies(kept: Sequence[Any], count: int) -> Iterator[Any]:
    """``kept``, then ``count - 1`` later copies with their own ids, threads and dates."""
    from applytrack_desktop.sync.pipeline import Incoming, Prepared

    dates = [p.message.date for p in kept if p.message is not None]
    span = max(dates) - min(dates) + timedelta(days=60)
    yield from kept
    for k in range(1, count):
        tag = f"copy{k}."
        for p in kept:
            msg = p.message
            if msg is not None:
                msg = replace(
                    msg,
                    message_id=tag + msg.message_id,
                    in_reply_to=None if msg.in_reply_to is None else tag + msg.in_reply_to,
                    references=tuple(tag + r for r in msg.references),
                    date=msg.date + k * span,
                )
            bare = Incoming(f"{p.incoming.provider_id}:{tag}", b"", None, p.incoming.source)
            yield Prepared(bare, msg, p.analysis, p.error)


class _Rows:
    def __init__(self, rows: list[Any], lastrowid: int | None, rowcount: int) -> None:
        self.rows, self.lastrowid, self.rowcount = rows, lastrowid, rowcount

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[Any]:
        return self.rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rows)


class TimedConnection:
    """The writer's connection, timing each statement (fetched whole) under its text."""

    def __init__(self, conn: sqlcipher3.Connection, into: dict[str, list[float]]) -> None:
        self._conn, self._into = conn, into

    def execute(self, sql: str, params: Any = ()) -> _Rows:
        start = time.thread_time()
        cur = self._conn.execute(sql, params)
        rows = cur.fetchall()
        self._note(sql, time.thread_time() - start)
        return _Rows(rows, cur.lastrowid, cur.rowcount)

    def executemany(self, sql: str, params: Iterable[Any]) -> Any:
        start = time.thread_time()
        cur = self._conn.executemany(sql, params)
        self._note(sql, time.thread_time() - start)
        return cur

    def _note(self, sql: str, spent: float) -> None:
        entry = self._into[" ".join(sql.split())[:72]]
        entry[0] += 1
        entry[1] += spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def main() -> int:
    from applytrack_desktop.store import migrations
    from applytrack_desktop.store.db import Store
    from applytrack_desktop.store.ephemeral import EphemeralKeyring
    from applytrack_desktop.sync.importer import WRITE_BATCH
    from applytrack_desktop.sync.pipeline import PipelineSettings, apply

    schema = int(os.environ.get("APPLYTRACK_BENCH_SCHEMA", str(migrations.LATEST_VERSION)))
    warm_up()
    start = time.process_time()
    kept = prepared_mix(N)
    print(
        f"mix: {N} messages, {len(kept)} to apply per copy, {COPIES} copies, schema {schema}"
        f" (parsed and classified in {time.process_time() - start:.0f} CPU s)",
        flush=True,
    )
    items = list(copies(kept, COPIES))
    settings = PipelineSettings()
    applied: dict[int, int] = defaultdict(int)
    cpu: dict[int, float] = defaultdict(float)
    commit: dict[int, float] = defaultdict(float)
    statements: dict[int, dict[str, list[float]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0.0])
    )
    stored = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(
            Path(tmp) / "data", keyring_backend=EphemeralKeyring(), schema_target=schema
        )
        try:
            for first in range(0, len(items), WRITE_BATCH):
                chunk = items[first : first + WRITE_BATCH]
                window = stored // WINDOW * WINDOW

                def write(
                    conn: sqlcipher3.Connection, chunk: list[Any] = chunk, window: int = window
                ) -> Any:
                    # The writer's own transaction, timed with its commit on its thread.
                    target = TimedConnection(conn, statements[window]) if STATEMENTS else conn
                    began = time.thread_time()
                    conn.execute("BEGIN IMMEDIATE")
                    result = apply(target, None, chunk, settings)
                    committing = time.thread_time()
                    conn.execute("COMMIT")
                    done = time.thread_time()
                    return result, done - began, done - committing

                result, spent, committed = store.maintain(write)
                applied[window] += len(chunk)
                cpu[window] += spent
                commit[window] += committed
                stored += result.counts.stored
        finally:
            store.close()
    print(f"stored {stored} emails; writer CPU per message applied, by store size:")
    for window in sorted(applied):
        n = applied[window]
        print(
            f"  {window:>6}-{window + WINDOW:<6} emails: {cpu[window] / n * 1e6:6.0f} us"
            f" (commit {commit[window] / n * 1e6:4.0f} us) over {n} messages",
            flush=True,
        )
        top = sorted(statements[window].items(), key=lambda kv: -kv[1][1])[:8]
        for sql, (calls, spent) in top:
            print(f"      {spent / n * 1e6:6.1f} us/msg {spent / calls * 1e6:7.1f} us/call  {sql}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
