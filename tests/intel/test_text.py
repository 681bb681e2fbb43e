"""The extraction view: quoted replies cut, blanks squeezed, size capped, sentences split."""

from __future__ import annotations

from applytrack_desktop.intel.text import MAX_EXTRACT_CHARS, Prepared, clean_body, strip_quoted


def test_quoted_reply_is_cut() -> None:
    text = "Thanks, see you then.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Jane <j@x.com> wrote:\n> old"
    assert strip_quoted(text) == "Thanks, see you then.\n\n"


def test_outlook_and_german_quotes_are_cut() -> None:
    new = "See you on Friday."
    assert strip_quoted(f"{new}\nFrom: Jane\nSent: Monday\nOld").strip() == new
    assert strip_quoted(f"{new}\nAm 2. März 2026 schrieb Jane:\nAlt").strip() == new


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


def test_a_bare_forward_keeps_the_forwarded_message() -> None:
    text = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\n"
        "Thank you for applying to Acme."
    )
    assert "Thank you for applying to Acme." in strip_quoted(text)
    reply = "FYI\n\nOn Mon, Mar 2, 2026 at 10:00 AM Jane wrote:\n> Can you do Friday?"
    assert strip_quoted(reply) == "Can you do Friday?"
