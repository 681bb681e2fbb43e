"""Title readings the session-22 mail needed: a board's receipt listing the role on the line
under "for the following job:", and a role's specialisation after a colon or a dash."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_tail import lowercase_tail, spelled_out
from applytrack_desktop.intel.titles import extract_title


def test_the_role_under_for_the_following_job() -> None:
    body = (
        "Thanks for applying, Aoife!\nWe've passed your CV and cover letter on to Slaney Medical "
        "for the following job:\nQuality Engineer (Sterilisation)\nSlaney Medical – Tallaght\n"
    )
    assert extract_title(Prepared("Your application to Slaney Medical", body)) == (
        "Quality Engineer (Sterilisation)"
    )


def test_a_digest_of_the_following_jobs_names_no_role() -> None:
    body = "We found the following jobs:\nQuality Engineer\nValidation Engineer\n"
    assert extract_title(Prepared("New jobs for you", body)) is None


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Boland Bulk Water: Application received - Project Manager: Capital Projects (Bulk "
            "Water Infrastructure)",
            "We have received your application for the position of Project Manager: Capital "
            "Projects (Bulk Water Infrastructure) (Requisition ID 4187).",
            "Project Manager: Capital Projects (Bulk Water Infrastructure)",
        ),
        (
            "Project Manager - Civil Infrastructure | Grootbos Civils | Northern Suburbs",
            "I'm running a retained search for Grootbos Civils and they're looking for a Project "
            "Manager - Civil Infrastructure. In short:",
            "Project Manager - Civil Infrastructure",
        ),
        # the lower-case words of a title, in the languages that write them so
        (
            "Votre candidature au poste d'Assistant(e) comptable - proposition d'entretien",
            "Nous avons bien reçu votre candidature au poste d'Assistant(e) comptable et nous "
            "vous en remercions.",
            "Assistant(e) comptable",
        ),
        (
            "Recepción de candidatura - Auxiliar administrativo/a",
            "Le confirmamos la recepción de su candidatura para el puesto de Auxiliar "
            "administrativo/a (jornada completa).",
            "Auxiliar administrativo/a",
        ),
        (
            "Takk for din søknad – Senior tjenestedesigner",
            "Tusen takk for at du søkte på stillingen som Senior tjenestedesigner i Fjellstrøm "
            "Energi.",
            "Senior tjenestedesigner",
        ),
    ],
)
def test_a_titles_specialisation_and_lower_case_words_stay(
    subject: str, body: str, want: str
) -> None:
    assert extract_title(Prepared(subject, body)) == want


def test_a_step_after_the_dash_is_not_part_of_the_title() -> None:
    assert spelled_out(
        "Branch Cashier", "Branch Cashier - First Stage", "Your Branch Cashier - First Stage slot"
    ) == ("Branch Cashier")


def test_a_tail_the_body_never_joins_is_left_off() -> None:
    subject = "Project Manager: Capital Projects"
    assert spelled_out("Project Manager", subject, "We are hiring a Project Manager.") == (
        "Project Manager"
    )


def test_the_employer_after_the_dash_is_not_a_field() -> None:
    subject = "Data Analyst - Grootbos Civils"
    body = "Thank you for applying: Data Analyst - Grootbos Civils."
    assert spelled_out("Data Analyst", subject, body, "Grootbos Civils") == "Data Analyst"


@pytest.mark.parametrize(
    ("title", "subject", "body"),
    [
        (
            "Program Manager",
            "Your application for Program Manager was seen",
            "Your application for Program Manager was seen by Acme.",
        ),
        (
            "Hardware Engineer",
            "Hardware Engineer search - an update",
            "The Hardware Engineer search is closed.",
        ),
        ("Kierownik", "Kierownik zmiany", "Stanowisko Kierownik w Acme."),  # body never says it
    ],
)
def test_words_after_a_title_that_are_not_its_own(title: str, subject: str, body: str) -> None:
    assert lowercase_tail(title, subject, body) == title


def test_a_portals_bare_position_label() -> None:
    body = (
        "This is an automated acknowledgement.\n\nReference number HVM/INF/2026/014\n\n"
        "Position Senior Engineer: Programme Management Unit (Infrastructure Services)\n\n"
        "Directorate Infrastructure Services\n"
    )
    assert extract_title(Prepared("Acknowledgement of Application: HVM/INF/2026/014", body)) == (
        "Senior Engineer: Programme Management Unit (Infrastructure Services)"
    )


def test_a_position_line_without_a_role_names_none() -> None:
    body = "Thanks for your interest.\n\nPosition Status Open\nVacancy Reference 2231\n"
    assert extract_title(Prepared("Your enquiry", body)) is None
