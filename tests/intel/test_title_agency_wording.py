"""Agency, trades and school wording around a role: "a Travel CT Technologist contract", "a
hot X job", "a SEO Specialist hire", "the Scaffolder assignment", "the appointment of
Teaching Assistant", "an opportunity as Trainee Solicitor"."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("I wanted to reach out about a Travel Respiratory Therapist contract at Mercy Valley.",
         "Travel Respiratory Therapist"),
        ("I have a hot Travel CT Technologist job at Desert Palms I think you'd be great for.",
         "Travel CT Technologist"),
        ("I'm working exclusively with Ferris & Co on a Senior Software Engineer hire "
         "(£84,000 - £94,000).", "Senior Software Engineer"),
        ("Good news - the client has accepted you for the Bricklayer assignment you applied for.",
         "Bricklayer"),
        ("I'm looking for someone for a long-term Special Education Teacher maternity cover post "
         "at Oakfield.", "Special Education Teacher"),
        ("I am writing to offer you the appointment of Teaching Assistant at Tandem.",
         "Teaching Assistant"),
        ("I'm looking for candidates for an opportunity as Trainee Solicitor with Hale LLP.",
         "Trainee Solicitor"),
    ],
)  # fmt: skip
def test_agency_wording(body: str, title: str) -> None:
    assert extract_title(Prepared("Hello", body)) == title


@pytest.mark.parametrize(
    "body",
    [
        "Your Premium Plan contract renews on 1 March.",  # no role noun
        "We confirm the appointment of Dr Lee at 10:00 on Monday.",
        "Your Booking reference is ABC123 for the Lisbon hotel.",
    ],
)
def test_no_title_without_a_role(body: str) -> None:
    assert extract_title(Prepared("Hello", body)) is None


@pytest.mark.parametrize(
    ("body", "company", "title"),
    [
        ("we have been retained by a FTSE 250 client to appoint their Chief People Officer.",
         None, "Chief People Officer"),
        ("Stanmore has been asked to run a confidential search for a Chief Operating Officer "
         "for Harcourt Lane.", "Harcourt Lane", "Chief Operating Officer"),
        ("je monte l'équipe tech de Loopwise et je cherche un·e Founding Engineer.", None,
         "Founding Engineer"),
        ("We are delighted to invite you to a Cabin Crew assessment day.", None, "Cabin Crew"),
    ],
)  # fmt: skip
def test_search_and_assessment_day_wording(body: str, company: str | None, title: str) -> None:
    assert extract_title(Prepared("Hello", body), company) == title


def test_a_job_alerts_search_names_no_title() -> None:
    body = "New jobs matching your search for Software Engineer in Austin, TX:"
    assert extract_title(Prepared("Hello", body)) is None


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The Research Scientist offer is currently on hold while leadership reviews headcount.",
         "Research Scientist"),
        ("Below are the details for your visit and interviews (Delivery Driver).",
         "Delivery Driver"),
    ],
)  # fmt: skip
def test_offer_and_interview_asides(body: str, title: str) -> None:
    assert extract_title(Prepared("Quick update", body)) == title


def test_an_offer_without_a_role_names_none() -> None:
    body = "The Spring Sale offer ends tonight: your Premium application is ready (Gold tier)."
    assert extract_title(Prepared("Quick update", body)) is None
