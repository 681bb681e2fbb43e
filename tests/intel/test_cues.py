"""The cue lexicons: pattern expansion, phrase matching, and the marker words they give."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel import cues
from applytrack_desktop.intel.features import normalize


@pytest.fixture(scope="module")
def index() -> dict[str, object]:
    return cues.build_index(normalize)


def found(text: str, index: dict[str, object]) -> set[str]:
    return cues.find_cues(normalize(text).split(), index)


def test_expand_alternatives_and_optional_slots() -> None:
    assert sorted(cues.expand("not [be |]moving forward")) == [
        "not be moving forward",
        "not moving forward",
    ]
    assert sorted(cues.expand("[a|b] x [c|d]")) == ["a x c", "a x d", "b x c", "b x d"]
    assert cues.expand("plain phrase") == ["plain phrase"]


def test_cue_names_are_marker_safe() -> None:
    assert all(name.isalpha() and name.islower() for name in cues.LEXICON)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We have decided to move forward with other candidates.", "reject"),
        ("The position has now been filled.", "reject"),
        ("Unfortunately we will not be progressing your application", "reject"),
        ("Thank you for applying! We've received your application.", "applied"),
        ("Could you send me your availability for a 30-minute call?", "schedule"),
        ("Please complete the HackerRank coding challenge within 5 days", "assess"),
        ("We are pleased to offer you the role; your start date is June 1", "offer"),
        ("I came across your profile and wanted to reach out", "outreach"),
        ("Your lease renewal is ready for the tenant portal", "housing"),
        ("Your credit card application was approved", "finance"),
        ("Leider müssen wir Ihnen eine Absage erteilen", "reject"),
        ("Purtroppo abbiamo scelto altri candidati", "reject"),
        ("Helaas hebben we gekozen voor een andere kandidaat", "reject"),
    ],
)
def test_phrases_find_their_cue(text: str, cue: str, index: dict[str, object]) -> None:
    assert cue in found(text, index)


def test_phrases_match_whole_words_in_order(index: dict[str, object]) -> None:
    assert "reject" not in found("forward moving not we are", index)
    assert "housing" not in found("please release the build", index)  # "lease" inside a word
    assert found("", index) == set()


def test_a_phrase_holding_a_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cues.LEXICON, "bad", ("form 401k",))
    with pytest.raises(ValueError, match="number"):
        cues.build_index(normalize)
