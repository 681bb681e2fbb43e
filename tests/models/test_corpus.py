"""The committed corpus: labels valid, split by family, labels present in the text."""

from __future__ import annotations

from collections import defaultdict

import pytest

from applytrack_desktop import paths
from applytrack_desktop.core.enums import Category
from applytrack_desktop.mail.parse import parse_message
from tests.models.recipe import import_recipe

corpus_file = import_recipe("corpus_file")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return corpus_file.rows(paths.models_dir())  # type: ignore[no-any-return]


def test_size_and_categories(rows: list[dict[str, object]]) -> None:
    # A budget that keeps clones light, on the compressed file: 22,858 messages from 818
    # families took 4.0 MB (29.8 MB uncompressed, the old budget's limit).
    assert corpus_file.path(paths.models_dir()).stat().st_size < 12_000_000
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
        # what the app reads of the message: HTML as text, sender, subject, calendar invites
        # (their organizer too: an invite organized by jane@acme.com names Acme)
        mail = parse_message(str(r["eml"]).encode("utf-8"))
        events = " ".join(f"{e.summary} {e.location} {e.organizer}" for e in mail.calendar)
        text = f"{mail.text} {mail.sender_name} {mail.sender_address} {mail.subject} {events}"
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
