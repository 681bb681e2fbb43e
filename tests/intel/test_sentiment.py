"""Sentiment: the category sets a prior, a small lexicon moves it."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.sentiment import _NEGATIVE, _POSITIVE, _count, sentiment


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    [
        (Category.REJECTION, "We were so impressed and delighted to meet you.", "negative"),
        (Category.OFFER, "Unfortunately the start date moved; congratulations!", "positive"),
        (Category.INTERVIEW, "We'd like to schedule a call.", "positive"),
        (Category.INTERVIEW, "Unfortunately we need to reschedule our call.", "neutral"),
        (Category.CONFIRMATION, "We received your application.", "neutral"),
        (Category.CONFIRMATION, "We are excited to have received it. Great news!", "positive"),
        (Category.OTHER_JOB, "Unfortunately the position has been filled.", "negative"),
        (Category.RECRUITER_OUTREACH, "Leider ist die Stelle besetzt, wir bedauern.", "negative"),
        (Category.OTHER_JOB, "Félicitations, nous avons le plaisir de vous informer.", "positive"),
        # "Teamleider" (Dutch: team lead) holds the German "leider" but is no bad news.
        (
            Category.CONFIRMATION,
            "Je sollicitatie voor Teamleider Productie is ontvangen.",
            "neutral",
        ),
        (Category.OTHER_JOB, "Leider müssen wir absagen.", "negative"),
        # A receipt's conditional close describes a "no" that has not happened.
        (
            Category.CONFIRMATION,
            "Vielen Dank für Ihre Bewerbung. Sollten Sie innerhalb von vier Wochen nichts von "
            "uns hören, betrachten Sie dies bitte als Absage.",
            "neutral",
        ),
        (
            Category.CONFIRMATION,
            "Thanks for applying! If you have not heard from us within 30 days, unfortunately "
            "we have decided to pursue other candidates.",
            "neutral",
        ),
        # ... but the same words outside the condition still count.
        (
            Category.CONFIRMATION,
            "Unfortunately the role has been paused. If you do not hear from us, it is still "
            "paused; we regret the delay.",
            "negative",
        ),
    ],
)
def test_sentiment(category: Category, text: str, expected: str) -> None:
    assert sentiment(category, "", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "delightedelighted",  # two overlapping occurrences: str.count sees one
        "delighted delighted, congratulations! unfortunately, we regret",
        "not be moving forward; not moving forward with other candidates",
        "\nleider leider teamleider",
    ],
)
def test_phrases_are_counted_as_str_count_counts_them(text: str) -> None:
    expected = (
        sum(text.count(p) for p in _POSITIVE),
        sum(text.count(p) for p in _NEGATIVE),
    )
    assert _count(text) == expected
