"""How an email feels to the candidate: positive, neutral or negative.

The category carries most of it (a rejection is bad news however warmly it starts, an offer
or an interview invitation is good news), so it sets a prior; a small lexicon in English,
French, German and Spanish moves the other categories ("unfortunately", "congratulations").
"""

from __future__ import annotations

import re
from typing import Final

import ahocorasick

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.analysis import Sentiment
from applytrack_desktop.intel.features import has_cue

_PRIOR: Final[dict[Category, int]] = {
    Category.OFFER: 3,
    Category.INTERVIEW: 2,
    Category.TECHNICAL_ROUND: 2,
    Category.REJECTION: -3,
    Category.CONFIRMATION: 0,
    Category.RECRUITER_OUTREACH: 0,
    Category.OTHER_JOB: 0,
    Category.NOT_JOB: 0,
}

# Lower-case phrases, counted as ``str.count`` would (a regex alternation is ~30x slower).
_POSITIVE: Final = (
    "congratulations", "congrats", "delighted", "thrilled", "excited to", "pleased to",
    "happy to inform", "happy to offer", "happy to invite", "happy to share",
    "happy to let you know", "glad to", "impressed", "great news", "good news",
    "move forward with you", "moving forward with you", "move you forward", "advance you",
    "next round", "invite you", "we'd love to", "we would love to", "félicitations",
    "ravis de", "heureux de", "nous avons le plaisir", "herzlichen glückwunsch",
    "wir freuen uns", "gratulieren", "enhorabuena", "felicidades", "nos complace",
    "encantados de",
)  # fmt: skip
_NEGATIVE: Final = (
    "unfortunately", "regret", "not be moving forward", "not moving forward",
    "not move forward", "not to move forward", "not to proceed", "decided to pursue other",
    "move forward with other", "other candidates", "not selected", "not been selected",
    "no longer being considered", "no longer considered", "position has been filled",
    "will not be proceeding", "unable to offer", "unable to move", "unable to proceed",
    "rescind", "withdrawn", "cancel", "declin", "malheureusement", "pas été retenu", " leider",
    "\nleider",
    "bedauern", "absage", "nicht berücksichtig", "lamentablemente", "lamentamos",
    "no ha sido seleccionad", "desafortunadamente",
)  # fmt: skip


def _finder() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrases, positive in ((_POSITIVE, True), (_NEGATIVE, False)):
        for phrase in phrases:
            automaton.add_word(phrase, (phrase, positive))
    automaton.make_automaton()
    return automaton


# Both lexicons found by one Aho-Corasick scan of the text instead of 68 ``str.count`` scans.
_FINDER: Final = _finder()


def _count(text: str) -> tuple[int, int]:
    """(positive, negative) phrase counts, each phrase counted as ``text.count(phrase)`` does.

    The scan reports every occurrence, overlapping ones too ("delightedelighted" holds two);
    ``str.count`` counts from the left without overlap, so an occurrence that starts inside
    the last counted one of the same phrase is skipped.
    """
    last_end: dict[str, int] = {}
    positive = negative = 0
    for end, (phrase, is_positive) in _FINDER.iter(text):
        if end - len(phrase) < last_end.get(phrase, -1):
            continue
        last_end[phrase] = end
        if is_positive:
            positive += 1
        else:
            negative += 1
    return positive, negative


_SENTENCE: Final = re.compile(r"[^.!?\n]+")


def _without_silence(text: str) -> str:
    """``text`` without the sentences of a receipt's conditional close ("if you do not hear
    from us within four weeks, please treat this as an Absage"): a "no" that has not happened
    (the ``silence`` cue, in the languages the cue lexicons read)."""
    kept = (s for s in _SENTENCE.findall(text) if not has_cue(s, "silence"))
    return "\n" + "\n".join(kept)


def sentiment(category: Category, subject: str, body: str) -> Sentiment:
    """positive / neutral / negative for an email of ``category``."""
    if category is Category.REJECTION:
        return "negative"
    if category is Category.OFFER:
        return "positive"
    # A leading newline lets " leider"/"\nleider" match the word alone, never "Teamleider".
    text = f"\n{subject}\n{body}".lower()
    positive, negative = _count(text)
    # Read sentence by sentence only when there is a conditional close to take out (one scan
    # of the whole text first: a normalise and a cue scan per sentence cost far more).
    if negative and has_cue(text, "silence"):
        positive, negative = _count(_without_silence(text))
    score = _PRIOR[category] + min(2, positive) - 2 * min(2, negative)
    if score >= 2:
        return "positive"
    if score <= -2:
        return "negative"
    return "neutral"
