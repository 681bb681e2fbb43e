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
