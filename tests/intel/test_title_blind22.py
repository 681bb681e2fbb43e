"""Title readings the session-22 mail needed: a board's receipt listing the role on the line
under "for the following job:", and a role's specialisation after a colon or a dash."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_tail import spelled_out
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
    ],
)
def test_a_specialisation_the_body_writes_joined_stays(subject: str, body: str, want: str) -> None:
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
