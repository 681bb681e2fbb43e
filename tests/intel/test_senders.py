"""Who wrote a mail: persons, employer teams and agencies, and signature-block employers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.intel.companies import extract_company
from applytrack_desktop.intel.senders import (
    is_agency,
    looks_like_person,
    signature_block_names,
)
from applytrack_desktop.intel.text import Prepared, prepare
from applytrack_desktop.mail.message import MailMessage


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Jane Doe", True),
        ("Sam K.", True),
        ("Acme Analytics", False),
        ("Riverbend", False),
        # A given name leading a firm's or a team's name: "Wayne Logistics", "Amber Hiring".
        ("Wayne Logistics LLC", False),
        ("Morgan Foods", False),
        ("Amber Hiring", False),
        ("Amber Careers", False),
        ("Morgan Lee", True),
        ("Nadia Murphy", True),  # given names of more countries
        ("Kwame Okafor", True),
    ],
)
def test_looks_like_person(name: str, person: bool) -> None:
    assert looks_like_person(name) is person


def test_signature_block_names_skip_the_writer_and_weigh_role_lines() -> None:
    body = (
        "Hi Robin,\n\nCan you do Thursday?\n\nWarmly,\nLydia\n\nLydia Banerjee\n"
        "Executive Director\nRiverbend Literacy Project"
    )
    assert list(signature_block_names("Lydia Banerjee", body)) == [
        ("Riverbend Literacy Project", 55)
    ]
    assert list(signature_block_names("Jo", "Thanks,\nJo\nBoise Office")) == [("Boise Office", 35)]
    # The employer's own team signing ("Solaria Resourcing") weighs like a role line.
    team = "Best wishes,\nSolaria Resourcing"
    assert list(signature_block_names("NHS Jobs", team)) == [("Solaria Resourcing", 55)]


@pytest.mark.parametrize(
    ("stem", "sender", "body", "agency"),
    [
        ("trailheadstaffing", "Kayla", "I have ICU openings.", True),
        ("talentisconseil", "Sophie", "Bonjour", True),
        ("executivelink", "Marco", "Sto seguendo per il cliente la ricerca.", True),
        ("hollispartners", "Callum Reyes",
         "Cheers,\nCallum\n\nCallum Reyes\nPrincipal Consultant\nHollis Partners Recruitment",
         True),
        ("maisonbelin", "Recrutement Maison Belin",
         "Merci.\n\nCordialement,\nL'équipe Recrutement", False),
        ("acme", "Acme Recruiting", "Thanks for applying.\n\nAcme Recruiting", False),
        # The employer's own team named after its domain, not an agency of that name.
        ("brightwatersoftware", "Brightwater Software Recruitment",
         "Please upload your passport.\n\nBest wishes,\nBrightwater Software Resourcing", False),
        ("cobaltfreight", "Kwame Baker",
         "Un saluto,\nKwame Baker\nResponsabile Selezione", False),  # a role, not a firm
        # A shared mailbox signing as the employer's team, not a consultant.
        ("cascadesystems", "Recruitment", "We will review your details.\n\n"
         "Cascade Systems Recruitment", False),
        ("northgatebank", "Callum Reyes",
         "Cheers,\nCallum\n\nCallum Reyes\nConsultant\nBrightwater Software Resourcing", True),
    ],
)  # fmt: skip
def test_is_agency(stem: str, sender: str, body: str, agency: bool) -> None:
    assert is_agency(stem, sender, Prepared("Hello", body)) is agency


def test_an_employer_team_signature_is_not_an_agency() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Votre candidature",
        sender_name="Recrutement Maison Belin",
        sender_address="recrutement@maisonbelin.fr",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Bonjour,\n\nMerci.\n\nCordialement,\nL'équipe Recrutement",
    )
    guess = extract_company(message, prepare(message))
    assert guess is not None
    assert guess.name == "Maison Belin"


@pytest.mark.parametrize(
    ("name", "address", "signature", "company"),
    [
        ("University of Harwick Recruitment", "recruitment@harwick.ac.uk",
         "University of Harwick Recruitment", "University of Harwick"),
        ("Harwick University Recruitment", "jobs@harwick.edu", "Harwick University Recruitment",
         "Harwick University"),
        ("City of Springfield Jobs", "careers@springfield.gov", "City of Springfield Recruitment",
         "City of Springfield"),
        # A person at a public body signing with its recruitment team: still the body's own.
        ("Jane Smith", "j.smith@harwick.ac.uk", "Jane Smith\nHR Officer\n"
         "University of Harwick Recruitment", "University of Harwick"),
    ],
)  # fmt: skip
def test_an_institutions_own_recruitment_team_is_not_an_agency(
    name: str, address: str, signature: str, company: str
) -> None:
    body = (
        "Dear Robin,\n\nThank you for your application for the post of Lecturer in Law. We "
        f"would like to invite you to interview.\n\nKind regards,\n{signature}"
    )
    stem = address.rpartition("@")[2].split(".")[0]
    assert not is_agency(stem, name, Prepared("Interview", body), address.rpartition("@")[2])
    message = MailMessage(
        message_id="<t@test>",
        subject="Interview",
        sender_name=name,
        sender_address=address,
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text=body,
    )
    guess = extract_company(message, prepare(message))
    assert guess is not None
    assert guess.name == company


def test_a_consultancy_signing_its_own_recruitment_name_is_still_an_agency() -> None:
    # A consultant (a person) at a private domain named like the firm: an agency.
    body = "Cheers,\nCallum\n\nCallum Reyes\nPrincipal Consultant\nHollis Partners Recruitment"
    prepared = Prepared("Hello", body)
    assert is_agency("hollispartners", "Callum Reyes", prepared, "hollispartners.com")
