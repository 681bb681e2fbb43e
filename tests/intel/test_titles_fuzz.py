"""Titles from arbitrary text: the extractor never crashes, and what it returns reads as a
role (trimmed, one line, words with letters, a sane length), whatever the text and company."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_cards import card_title
from applytrack_desktop.intel.titles import clean_title, extract_title, has_job_noun

# Words that steer the text into the patterns, so the search reaches deep paths.
_STEERING = (
    "Application for Senior Data Engineer the role of position at Acme · | - : , ( ) "
    "Req #123 Job Title: Re: interview Offer Letter Bewerbung als Posición de Requirement "
    "for our next Hooli Palo Alto (m/w/d) Dear Jane Recruiter Best, \n \n\n about X. "
    "Thanks! candidatura para Nurse 30585 Announcement Number"
)
_WORDS = st.sampled_from(_STEERING.split(" "))
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=60).map(" ".join),
)


def _reads_as_a_role(title: str, noun: bool = False) -> bool:
    """Trimmed, one line, a few words with letters; a role noun where ``noun`` (a labelled
    line "Position: Sommelier" may name a role without one)."""
    return (
        title == title.strip()
        and 0 < len(title) <= 90
        and len(title.split()) <= 10
        and "\n" not in title
        and any(len([c for c in w if c.isalpha()]) >= 2 for w in title.split())
        and (has_job_noun(title) or not noun)
    )


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT, st.one_of(st.none(), st.sampled_from(["Acme", "Hooli", "Legal", "A"])))
def test_never_crashes_and_returns_a_role(subject: str, body: str, company: str | None) -> None:
    title = extract_title(Prepared(subject, body), company)
    assert title is None or _reads_as_a_role(title)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.sampled_from(["Acme", "Hooli"])))
def test_clean_title_never_grows(raw: str, company: str | None) -> None:
    assert len(clean_title(raw, company)) <= len(raw.strip())


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from(["Acme", "Hooli", "Pied Piper"]))
def test_cards_never_crash(body: str, company: str) -> None:
    title = card_title(body, company)
    assert title is None or _reads_as_a_role(title, noun=True)
