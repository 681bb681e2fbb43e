"""The train / eval split by family is frozen: a new family never moves an existing one.

``models/recipe/split_2026-11-27.txt`` lists every family of 2026-11-27 (session 9) with its
category and the split it had then (the quarter-by-hash rule of that day); the cutoff rule in
``corpus.split_of`` must keep each of them where it was, and must place a new family by its
name's hash alone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.models.recipe import import_recipe

FROZEN = Path(__file__).resolve().parents[2] / "models" / "recipe" / "split_2026-11-27.txt"


def _frozen() -> list[tuple[str, str, str]]:
    lines = FROZEN.read_text(encoding="utf-8").splitlines()
    return [(cat, name, split) for cat, name, split in (line.split() for line in lines)]


def test_every_family_of_the_freeze_keeps_its_split() -> None:
    corpus = import_recipe("corpus")
    frozen = _frozen()
    assert len(frozen) == 778
    assert sum(split == "eval" for _, _, split in frozen) == 197
    for category, name, split in frozen:
        assert corpus.split_of(name, category) == split, name
    # ... and they are all still registered with the same category and split.
    now = corpus.split_of_families()
    categories = {fam.name: fam.category for fam in corpus.kit.REGISTRY}
    for category, name, split in frozen:
        assert now[name] == split and categories[name] == category, name


def test_a_new_family_falls_by_its_hash_against_the_cutoff() -> None:
    corpus = import_recipe("corpus")
    for category, cutoff in corpus.EVAL_CUTOFF.items():
        names = [f"new_family_{category}_{i}" for i in range(64)]
        splits = {corpus.split_of(n, category) for n in names}
        assert splits == {"eval", "train"}, category  # both sides occur among 64 names
        for n in names:
            below = hashlib.sha256(n.encode()).hexdigest() < cutoff
            assert corpus.split_of(n, category) == ("eval" if below else "train")


def test_registered_families_follow_the_rule() -> None:
    corpus = import_recipe("corpus")
    split = corpus.split_of_families()
    for fam in corpus.kit.REGISTRY:
        assert split[fam.name] == corpus.split_of(fam.name, fam.category)


def test_the_families_held_out_then_are_the_frozen_eval_families() -> None:
    corpus = import_recipe("corpus")
    then = corpus.families_held_out_then()
    assert then == {name for _, name, split in _frozen() if split == "eval"}
    assert all(corpus.split_of_families()[name] == "eval" for name in then)
