"""Pipeline benchmark: parse + classify + extract + match + store, on one core.

Targets (issue 3): at least 1,000 messages/s end to end on a realistic mix (about a third
job-related), a 50,000-message mbox imported in under 60 s, peak memory under 300 MB with
the models loaded. Figures are printed, never asserted. CPU time (all threads) is the figure
to compare on a shared machine; wall time also counts other processes' turns on the cores.

The mix is drawn from the training corpus (models/corpus/corpus.jsonl.gz) with fresh
Message-IDs, so each message is new to the store. ``APPLYTRACK_BENCH_MESSAGES`` sets the
size (default 50,000).
"""

from __future__ import annotations

import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "models" / "recipe"))

import corpus_file  # noqa: E402

N = int(os.environ.get("APPLYTRACK_BENCH_MESSAGES", "50000"))
_MESSAGE_ID = re.compile(r"^Message-ID:.*$", re.M | re.I)


def build_mbox(path: Path, n: int) -> int:
    rows = corpus_file.rows()
    job = [r["eml"] for r in rows if r["category"] != "not_job"]
    other = [r["eml"] for r in rows if r["category"] == "not_job"]
    rng = random.Random(7)
    job_count = 0
    with path.open("wb") as out:
        for i in range(n):
            is_job = rng.random() < 1 / 3
            job_count += is_job
            eml = rng.choice(job if is_job else other)
            eml = _MESSAGE_ID.sub(f"Message-ID: <bench-{i}@bench.example>", eml, count=1)
            body = eml.replace("\r\n", "\n")
            body = re.sub(r"^From ", ">From ", body, flags=re.M)
            out.write(b"From bench@example Mon Jan  5 09:00:00 2026\n")
            out.write(body.encode("utf-8", "surrogateescape"))
            out.write(b"\n\n")
    return job_count


def warm_up() -> None:
    """What the app does once, before its first message: the lazily compiled title patterns
    and the lazily imported icalendar, made ready so that the figures are the steady state
    (as when both happened at import, before the clock started)."""
    import icalendar  # noqa: F401

    from applytrack_desktop.intel.title_patterns import BODY_PATTERNS, SUBJECT_PATTERNS

    for row in (*SUBJECT_PATTERNS, *BODY_PATTERNS):
        row[0].compiled()


def main() -> int:
    from applytrack_desktop.intel.classifier import get_classifier
    from applytrack_desktop.mail.sources import count_sources, iter_sources
    from applytrack_desktop.store.db import Store
    from applytrack_desktop.store.ephemeral import EphemeralKeyring
    from applytrack_desktop.sync.importer import import_sources, summary

    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / "bench.mbox"
        t0 = time.perf_counter()
        jobs = build_mbox(box, N)
        size_mb = box.stat().st_size / 1e6
        built = time.perf_counter() - t0
        print(f"mbox: {N} messages ({jobs} job-related), {size_mb:.0f} MB, built in {built:.1f} s")

        get_classifier()  # load the models first: the figure below is the steady state
        warm_up()
        rss_models = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        store = Store.open(Path(tmp) / "data", keyring_backend=EphemeralKeyring())
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            main_cpu = time.thread_time()
            total = count_sources([box])
            counts, _changed = import_sources(store, iter_sources([box]), total=total)
            main_cpu = time.thread_time() - main_cpu
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            store.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import: {summary(counts)}")
    print(f"import of {N} messages: {wall:.1f} s wall, {cpu:.1f} s CPU")
    # The caller's thread reads, parses, classifies and extracts; the store's writer thread
    # matches and stores (the rest of the process CPU time).
    print(
        f"CPU split: {main_cpu:.1f} s read + parse + classify + extract,"
        f" {cpu - main_cpu:.1f} s match + store (writer thread)"
    )
    print(f"throughput: {N / wall:.0f} messages/s wall, {N / cpu:.0f} messages/s per CPU second")
    print(f"memory: {rss_models:.0f} MB with models loaded, {peak:.0f} MB peak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
