"""Shared helpers of the cue-lexicon tests: one module's phrases alone, and a body's markers."""

from __future__ import annotations

from collections.abc import Mapping

import ahocorasick
import pytest

from applytrack_desktop.intel import cues
from applytrack_desktop.intel.features import cue_words, normalize


def index_of(lexicon: Mapping[str, tuple[str, ...]]) -> ahocorasick.Automaton:
    """An automaton of ``lexicon``'s phrases alone: a sentence it finds is found by them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "LEXICON", dict(lexicon))
        return cues.build_index(normalize)


def markers(text: str) -> list[str]:
    """The cue markers the features give a message whose body is ``text``."""
    return cue_words("", normalize(text))
