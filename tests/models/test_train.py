"""The recipe's vocabulary filter: only terms several template families share, and no names."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.models.recipe import import_recipe


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return import_recipe("train", "sklearn")


def test_the_corpus_names_are_never_vocabulary(train: ModuleType) -> None:
    # "nadia" (a corpus first name) and the domain marker of a corpus employer are in every
    # family here, yet stay out; ordinary words, and names that are words too, stay in.
    texts = [
        f"hi nadia xdomhooli xdomtalent your interview at grace park {word}"
        for word in ("monday", "tuesday", "friday")
    ] * 2
    families = ["a", "b", "c", "a", "b", "c"]
    vocabulary = train.family_vocabulary(texts, families)
    assert "interview" in vocabulary and "your interview" in vocabulary
    assert "xdomtalent" in vocabulary and "grace" in vocabulary
    assert not {"nadia", "hi nadia", "xdomhooli", "nadia xdomhooli"} & set(vocabulary)
    assert "xlocnadia" in train.NAME_WORDS


def test_a_phrase_of_one_family_is_left_out(train: ModuleType) -> None:
    texts = [
        "we would like to meet",
        "we would like to meet",
        "we would like to meet",
        "please meet the team",
        "please meet the team",
        "please meet the team",
    ]
    vocabulary = train.family_vocabulary(texts, ["a", "a", "a", "a", "b", "c"])
    assert "meet" in vocabulary and "please meet" in vocabulary
    assert "would like" not in vocabulary  # three messages, but all from family "a"
