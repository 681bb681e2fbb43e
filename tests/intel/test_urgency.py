"""Urgency: a date within three days of the Date header, or urgent wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.intel.urgency import (
    _PROMISE,
    _PROMISE_WINDOW,
    _URGENT_PHRASES,
    _asked_urgently,
    is_urgent,
)

REF = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("offset", "urgent"),
    [
        (timedelta(days=2), True),
        (timedelta(days=3), True),
        (timedelta(days=3, hours=1), False),
        (timedelta(days=-2), False),
    ],
)
def test_dates(offset: timedelta, urgent: bool) -> None:
    assert is_urgent(REF, [REF + offset], "", "") is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("Please reply as soon as possible.", True),
        ("URGENT: documents needed", True),
        ("Send it by end of day.", True),
        ("Complete it within 24 hours.", True),
        ("Bitte antworten Sie so schnell wie möglich.", True),
        ("Merci de répondre dès que possible.", True),
        ("Responde lo antes posible.", True),
        ("Thank you for applying today.", False),
        ("We will get back to you within two weeks.", False),
        # The employer's promise to answer quickly asks nothing of the candidate.
        ("We will get back to you as soon as possible.", False),
        ("Wir werden uns so schnell wie möglich bei Ihnen melden.", False),
        ("Nous reviendrons vers vous dès que possible.", False),
        ("We'll review it shortly. Please reply as soon as possible.", True),
    ],
)
def test_words(text: str, urgent: bool) -> None:
    assert is_urgent(REF, [], "", text) is urgent


def _asked_by_find(text: str) -> bool:
    """The plain reading: each phrase's occurrences found left to right, without overlap."""
    for phrase in _URGENT_PHRASES:
        at = text.find(phrase)
        while at >= 0:
            start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - _PROMISE_WINDOW)
            if not any(promise in text[start + 1 : at] for promise in _PROMISE):
                return True
            at = text.find(phrase, at + len(phrase))
    return False


@pytest.mark.parametrize(
    "text",
    [
        "",
        "please reply asap.",
        "we will get back to you asap. please sign asap",
        "wir melden uns dringendringend",
        "we'll answer as soon as possible\nreply within 24 hours",
        "nothing to see here",
    ],
)
def test_one_scan_reads_as_a_search_per_phrase(text: str) -> None:
    assert _asked_urgently(text) == _asked_by_find(text)
