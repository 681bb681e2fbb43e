"""The extraction view: quoted replies cut, blanks squeezed, size capped, sentences split."""

from __future__ import annotations

from applytrack_desktop.intel.text import MAX_EXTRACT_CHARS, Prepared, clean_body, strip_quoted


def test_quoted_reply_is_cut() -> None:
    text = "Thanks, see you then.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Jane <j@x.com> wrote:\n> old"
    assert strip_quoted(text) == "Thanks, see you then.\n\n"


def test_outlook_and_german_quotes_are_cut() -> None:
    assert strip_quoted("New.\nFrom: Jane\nSent: Monday\nOld").strip() == "New."
    assert strip_quoted("Neu.\nAm 2. März 2026 schrieb Jane:\nAlt").strip() == "Neu."


def test_clean_body_squeezes_and_caps() -> None:
    body = clean_body("a\u00a0\u00a0 b\r\n\r\n\r\n\r\nc" + "x" * (MAX_EXTRACT_CHARS * 2))
    assert body.startswith("a b\n\nc")
    assert len(body) == MAX_EXTRACT_CHARS


def test_sentences_split_on_ends_and_lines_not_german_dates() -> None:
    prepared = Prepared("", "Hi Sam. Bitte bis zum 13. März antworten! Danke\nJane")
    assert prepared.sentences() == ["Hi Sam.", "Bitte bis zum 13. März antworten!", "Danke", "Jane"]


def test_hard_wrapped_paragraphs_are_joined_short_lines_kept() -> None:
    text = (
        "Thank you for applying! We have received your application for the\n"
        "Senior Data Engineer position and our team is reviewing it now, and we\n"
        "will be in touch.\n\nBest,\nJane\nRecruiter\n- item one\n"
    )
    assert clean_body(text) == (
        "Thank you for applying! We have received your application for the "
        "Senior Data Engineer position and our team is reviewing it now, and we "
        "will be in touch.\n\nBest,\nJane\nRecruiter\n- item one"
    )
