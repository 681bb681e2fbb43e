"""How fast the on-device classifier is: load time, memory, and messages per second.

Run: ``.venv/bin/python benchmarks/bench_classifier.py``. One core (onnxruntime is set to one
intra-op thread). Messages are the eval split of ``models/corpus/corpus.jsonl.gz``, already
parsed, so only feature building + ONNX inference + rules are timed (parsing has its own
benchmark). Figures: model load time, RSS after load, ms per message one at a time, and
messages/s in batches as the import pipeline calls it.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models" / "recipe"))

import corpus_file

from applytrack_desktop import paths
from applytrack_desktop.intel.classifier import Classifier
from applytrack_desktop.mail.parse import parse_message


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    rows = corpus_file.rows(paths.models_dir(), split="eval")
    messages = [parse_message(r["eml"].encode("utf-8")) for r in rows]
    rss_before = _rss_mb()
    start = time.perf_counter()
    classifier = Classifier.load()
    classifier.predict(messages[0])  # the first run allocates onnxruntime's buffers
    load_s = time.perf_counter() - start
    rss_after = _rss_mb()

    start = time.perf_counter()
    for message in messages:
        classifier.predict(message)
    single_s = time.perf_counter() - start

    rounds = 3
    start = time.perf_counter()
    for _ in range(rounds):
        classifier.predict_many(messages)
    batch_s = (time.perf_counter() - start) / rounds

    n = len(messages)
    print(f"classifier layout: {classifier.layout}, {n} messages (eval split)")
    print(f"model load (incl. first prediction): {load_s * 1000:.0f} ms")
    print(f"RSS: {rss_before:.0f} MB before load, {rss_after:.0f} MB after")
    print(f"one at a time: {single_s / n * 1000:.3f} ms/message, {n / single_s:,.0f} messages/s")
    print(f"batched: {batch_s / n * 1000:.3f} ms/message, {n / batch_s:,.0f} messages/s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
