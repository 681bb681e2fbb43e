"""The committed corpus: labels valid, split by family, labels present in the text."""

from __future__ import annotations

import json
from collections import defaultdict
from email import message_from_string, policy

import pytest

from applytrack_desktop import paths
from applytrack_desktop.core.enums import Category

CORPUS = paths.models_dir() / "corpus" / "corpus.jsonl"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_size_and_categories(rows: list[dict[str, object]]) -> None:
    # A budget that keeps clones light: 24.8 MB held 19,120 messages from 665 families
    # (session 6, after the zd_ families); more families need a leaner corpus.
    assert CORPUS.stat().st_size < 30_000_000
    assert {r["category"] for r in rows} == {c.value for c in Category}
    assert len({r["id"] for r in rows}) == len(rows)


def test_split_is_by_family(rows: list[dict[str, object]]) -> None:
    splits: dict[object, set[object]] = defaultdict(set)
    for r in rows:
        splits[r["family"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())
    for category in Category:
        held = {r["family"] for r in rows if r["category"] == category and r["split"] == "eval"}
        trained = {r["family"] for r in rows if r["category"] == category and r["split"] == "train"}
        assert held and trained, category


def test_labels_appear_in_the_message(rows: list[dict[str, object]]) -> None:
    for r in rows[::7]:
        msg = message_from_string(str(r["eml"]), policy=policy.default)
        text = (
            " ".join(
                str(part.get_content())
                for part in msg.walk()
                if part.get_content_maintype() == "text"
            )
            + " "
            + str(msg["From"])
            + " "
            + str(msg["Subject"])
        )
        if r["job_title"]:
            assert str(r["job_title"]) in text, r["id"]
        if r["company"]:
            # Named in the text, or only by its domain / ATS tenant (``acme@myworkday.com``).
            name = str(r["company"])
            stem = "".join(ch for ch in name.lower() if ch.isalnum())
            compact = "".join(ch for ch in text.lower() if ch.isalnum())
            assert name in text or stem in compact, r["id"]
        if r["category"] == "not_job":
            assert r["company"] is None and r["job_title"] is None
