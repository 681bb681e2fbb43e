"""Two limits of the title's evidence: a job alert's subject names roles to apply for, not
one applied for (``role_named`` reads a found title as a sign of job mail), and Nordic role
words ("Systemutvecklare", "Softwareudvikler") and a few trades count as job nouns."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_clean import has_strong_noun
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    "subject",
    [
        "New jobs for you: iOS Engineer",
        "Jobs you may be interested in: HR Generalist",
        "Varsel: Lagermedarbeider",
        "Neue Stellenangebote für Sie – Sachbearbeiter Buchhaltung (m/w/d)",
        "Job alert - Senior Data Analyst",
    ],
)
def test_a_job_alerts_subject_names_no_title(subject: str) -> None:
    assert extract_title(Prepared(subject, "Hi,\n\nSee the latest listings below.")) is None


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Acme - iOS Engineer", "iOS Engineer"),
        ("Svar på din ansøgning - Softwareudvikler", "Softwareudvikler"),
        ("Bekräftelse: Systemutvecklare", "Systemutvecklare"),
        ("Invitation to interview - Cabin Crew", "Cabin Crew"),
        ("Assignment confirmation: Scaffolder", "Scaffolder"),
        ("Application received: Dietitian", "Dietitian"),
    ],
)
def test_a_subject_part_is_a_title(subject: str, title: str) -> None:
    assert extract_title(Prepared(subject, "Hi,\n\nThanks.")) == title


@pytest.mark.parametrize(
    "word",
    ["Softwareudvikler", "Systemutvecklare", "Dataanalytiker", "Økonomimedarbejder",
     "Sjuksköterska", "Bricklayer", "Sommelier", "Medical Science Liaison", "Phlebotomist",
     "Dietitian", "Waitress", "Plasterer"],
)  # fmt: skip
def test_role_words(word: str) -> None:
    assert has_strong_noun(word)


def test_plain_words_are_no_role() -> None:
    assert not has_strong_noun("Nyheder fra biblioteket")
