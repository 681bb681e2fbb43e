"""The committed corpus file, ``models/corpus/corpus.jsonl.gz``: written and read only here.

Why compressed: the corpus is generated text that gzip shrinks about 7.5 times (29.8 MB of
JSON lines became 4.0 MB), and every clone carries it. The size budget that kept the corpus
from growing (tests/models/test_corpus.py) now applies to the compressed file, so the corpus
can take more template families without making a clone heavier than it was.

Why one module: the recipe, the tests and the benchmarks all read the corpus; one reader
means one place that knows the file's name and format.

Deterministic: the gzip header carries no time and no file name, so the same rows always
give the same bytes with the same zlib. The manifest's ``corpus_sha256`` is the hash of the
uncompressed lines (``sha256``), so a different zlib build can never make it look stale.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

NAME = "corpus.jsonl.gz"
MODELS = Path(__file__).resolve().parent.parent


def path(models_dir: Path | None = None) -> Path:
    """Where the corpus of ``models_dir`` (default: this checkout's ``models/``) lives."""
    return (models_dir or MODELS) / "corpus" / NAME


def write(rows: Iterable[dict[str, Any]], target: Path | None = None) -> Path:
    """One JSON object per line, keys sorted, UTF-8, compressed reproducibly."""
    target = target or path()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    buffer = io.BytesIO()
    # filename="" and mtime=0 keep the header free of anything that changes between runs.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))
    target.write_bytes(buffer.getvalue())
    return target


def text(models_dir: Path | None = None) -> str:
    """The uncompressed JSON lines."""
    return gzip.decompress(path(models_dir).read_bytes()).decode("utf-8")


def rows(models_dir: Path | None = None, split: str | None = None) -> list[dict[str, Any]]:
    """Every row (or only those of ``split``: "train" or "eval"), in file order."""
    every = [json.loads(line) for line in text(models_dir).splitlines()]
    return every if split is None else [r for r in every if r["split"] == split]


def sha256(models_dir: Path | None = None) -> str:
    """The SHA-256 of the uncompressed lines: what ``manifest.json`` records as the corpus."""
    return hashlib.sha256(text(models_dir).encode("utf-8")).hexdigest()


def features_sha256(texts: Iterable[str]) -> str:
    """The SHA-256 of the corpus's feature texts (``intel.features.feature_text`` of every row,
    in file order): what ``manifest.json`` records as the features the models were fitted on.

    The corpus can stay the same while the features of its messages change (a platform domain,
    a cue phrase, a quote marker): then the shipped models no longer match what ``make models``
    would fit, and a test comparing this digest says so.
    """
    digest = hashlib.sha256()
    for t in texts:
        digest.update(t.encode("utf-8") + b"\n")
    return digest.hexdigest()
