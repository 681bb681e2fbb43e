"""The corpus file: written reproducibly, read back as written, and the corpus the models know."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from applytrack_desktop import paths
from tests.models.recipe import import_recipe

corpus_file = import_recipe("corpus_file")
wild_set = import_recipe("wild_set")

ROWS = [
    {"id": "b", "family": "f", "split": "train", "eml": "Subject: Grüße\n\nZürich ✓\n"},
    {"id": "a", "family": "g", "split": "eval", "eml": "Subject: x\n\n\r\n"},
]


def test_same_rows_give_the_same_bytes(tmp_path: Path) -> None:
    first = corpus_file.write(ROWS, tmp_path / "one" / "corpus" / corpus_file.NAME)
    second = corpus_file.write(ROWS, tmp_path / "two" / "corpus" / corpus_file.NAME)
    assert first.read_bytes() == second.read_bytes()
    # no time and no file name in the gzip header (RFC 1952: MTIME at bytes 4-7, FLG bit 3)
    header = first.read_bytes()[:10]
    assert header[4:8] == b"\0\0\0\0"
    assert not header[3] & 0x08


def test_rows_read_back_as_written(tmp_path: Path) -> None:
    corpus_file.write(ROWS, tmp_path / "corpus" / corpus_file.NAME)
    assert corpus_file.rows(tmp_path) == ROWS
    assert corpus_file.rows(tmp_path, split="eval") == [ROWS[1]]
    lines = gzip.decompress((tmp_path / "corpus" / corpus_file.NAME).read_bytes()).decode()
    assert [json.loads(line)["id"] for line in lines.splitlines()] == ["b", "a"]
    # keys sorted, non-ASCII kept as it is: the JSON lines the corpus always had
    assert lines.splitlines()[0].startswith('{"eml": "Subject: Grüße')


def test_hash_is_of_the_uncompressed_lines(tmp_path: Path) -> None:
    corpus_file.write(ROWS, tmp_path / "corpus" / corpus_file.NAME)
    text = corpus_file.text(tmp_path)
    assert corpus_file.sha256(tmp_path) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    corpus_file.write(ROWS[:1], tmp_path / "corpus" / corpus_file.NAME)
    assert corpus_file.sha256(tmp_path) != hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_shipped_models_were_fitted_on_the_committed_corpus() -> None:
    manifest = json.loads((paths.models_dir() / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus_sha256"] == corpus_file.sha256(paths.models_dir())


def test_the_shipped_models_were_fitted_on_todays_features_of_the_training_mail() -> None:
    # The corpus can be unchanged while its features change (a platform domain, a cue phrase,
    # a quote marker): the models must then be rebuilt, with a new FEATURE_VERSION.
    from applytrack_desktop.intel.features import feature_text
    from applytrack_desktop.mail.parse import parse_message

    manifest = json.loads((paths.models_dir() / "manifest.json").read_text(encoding="utf-8"))
    rows = corpus_file.rows(paths.models_dir())
    messages = [parse_message(str(r["eml"]).encode("utf-8")) for r in rows]
    messages += wild_set.training()[1]  # the hand-written wild set trains too
    found = corpus_file.features_sha256(feature_text(m) for m in messages)
    assert manifest["features_sha256"] == found, "features changed: bump it and `make models`"
