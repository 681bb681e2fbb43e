"""What ``clean_title`` cuts from the applicant's own subject when an auto-reply or a reply
echoes it: the application word before the role ("Bewerbung Database Administrator", "CV for
Store Manager") and the applicant's name after it ("Data Scientist - Mina Kang"), while roles
that start with the same words stay whole."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.title_clean import clean_title, looks_like_person


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Bewerbung Database Administrator", "Database Administrator"),
        ("Bewerbung als Data Analyst", "Data Analyst"),
        ("CV Curriculum Developer", "Curriculum Developer"),
        ("CV for Store Manager - Tobias Brandt", "Store Manager"),
        ("Resume for Biostatistician", "Biostatistician"),
        ("Ansökan Line Cook", "Line Cook"),
        ("Ansøgning som Sales Manager", "Sales Manager"),
        ("Sollicitatie voor Product Owner", "Product Owner"),
        ("Candidatura para Data Engineer", "Data Engineer"),
        ("Aplikacja na Software Tester", "Software Tester"),
        ("Oferta Data Scientist - Mina Kang", "Data Scientist"),
        ("Application for Senior Data Engineer", "Senior Data Engineer"),
        ("Video Editor - Mina Kang", "Video Editor"),
        # roles that begin with the same words stay
        ("Application Developer", "Application Developer"),
        ("Application Support Analyst", "Application Support Analyst"),
        ("CV Engineer", "CV Engineer"),
        ("Resume Writer", "Resume Writer"),
    ],
)
def test_applicant_subject(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tobias Brandt", True),
        ("Mina Kang", True),
        ("Zeynep Yilmaz", True),
        ("Chioma Eze", True),
        ("Axel Springer", False),  # a publisher, not a person
        ("Data Engineer", False),
        ("Ana Analyst", False),  # a job noun is never a person's surname here
    ],
)
def test_more_given_names(text: str, person: bool) -> None:
    assert looks_like_person(text) is person
