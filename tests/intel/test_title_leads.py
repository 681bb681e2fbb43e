"""What ``clean_title`` cuts around a role: the hiring process named before it ("Proceso de
selección Store Manager"), a blank left by an id ("JR65924 - Administrative Officer"), a
French place ("à Atlanta, GA") and an evaluation stage after a dash."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import clean_title, extract_title


@pytest.mark.parametrize(
    ("raw", "company", "clean"),
    [
        ("Proceso de selección Store Manager", None, "Store Manager"),
        ("Rekrutacja Concept Artist", None, "Concept Artist"),
        ("Selezione Risk Analyst", None, "Risk Analyst"),
        ("Posizione Mobile Developer", None, "Mobile Developer"),
        ("Zweitgespräch Projektmanager (m/w/d)", None, "Projektmanager (m/w/d)"),
        ("JR65924 - Administrative Officer", None, "Administrative Officer"),
        ("JR65924 - Administrative Officer", "Office for National Statistics",
         "Administrative Officer"),
        ("NLP Engineer à Atlanta, GA", None, "NLP Engineer"),
        ("UX Designer - Technical Evaluation", None, "UX Designer"),
        # what must stay
        ("Selection Manager", None, "Selection Manager"),
        ("Chargé de recrutement", None, "Chargé de recrutement"),
    ],
)  # fmt: skip
def test_clean_title_cuts_what_is_not_the_role(raw: str, company: str | None, clean: str) -> None:
    assert clean_title(raw, company) == clean


def test_a_labelled_vacancy_with_its_id() -> None:
    body = "Dear Applicant,\n\nVacancy: JR65924 - Administrative Officer\nDepartment: ONS\n"
    assert extract_title(Prepared("Your application: online tests", body)) == (
        "Administrative Officer"
    )
