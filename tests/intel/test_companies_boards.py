"""A job board's receipt: the employer it passed the application to, never the board itself."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel import ats

from .company_mail import company_guess, company_name


def _company(name: str, address: str, subject: str, text: str) -> str | None:
    return company_name(name, address, subject, text, Category.CONFIRMATION)


@pytest.mark.parametrize(
    ("name", "address", "subject", "text"),
    [
        (
            "SEEK Applications",
            "applications@s.seek.com.au",
            "You've applied for Grants Coordinator",
            "Hello,\n\nYour application for Grants Coordinator with Yarrow Freight has been"
            " sent.\n\nThe employer may contact you directly.\n\nGood luck,\nThe SEEK team",
        ),
        (
            "reed.co.uk",
            "noreply@reed.co.uk",
            "You've applied for Claims Adjuster (Hybrid)",
            "Hi Robin,\n\nWe've sent your CV and cover letter to Yarrow Freight for the Claims"
            " Adjuster (Hybrid) role in London.\n\nKind regards,\nreed.co.uk",
        ),
        (
            "reed.co.uk",
            "noreply@reed.co.uk",
            "Your application was successfully submitted",
            "Good news - your application for Senior Frontend Engineer - Design Systems was"
            " successfully sent to Yarrow Freight.\n\nKind regards,\nreed.co.uk",
        ),
        (
            "InfoJobs",
            "noreply@infojobs.net",
            "Candidatura enviada: Hydrogeologist",
            "Tu candidatura se ha enviado a Yarrow Freight.\n\nHydrogeologist - Remote (US)\n\n"
            "Si la empresa está interesada, se pondrá en contacto contigo.\n\n© 2025 InfoJobs",
        ),
        (
            "Indeed",
            "no-reply@indeed.com",
            "Você se candidatou para Energy Analyst",
            "Parabéns! Sua candidatura para a vaga de Energy Analyst na Yarrow Freight foi"
            " concluída.\n\nFique atento ao seu e-mail.\n\n© 2025 Indeed",
        ),
        (
            "Indeed",
            "no-reply@indeed.com",
            "Ti sei candidato per Audio Software Engineer",
            "Ti sei candidato per l'offerta Audio Software Engineer di Yarrow Freight.\n\n"
            "Puoi seguire lo stato della candidatura.\n\n© 2025 Indeed",
        ),
        (  # an adverb between the verb and the employer (Spanish, French, German)
            "InfoJobs",
            "noreply@infojobs.net",
            "Te has inscrito en la oferta Hydrogeologist",
            "Hola,\n\nTu candidatura para Hydrogeologist se ha enviado correctamente a Yarrow"
            " Freight.\n\n¡Mucha suerte!",
        ),
        (
            "Welcome to the Jungle",
            "no-reply@welcometothejungle.com",
            "Votre candidature",
            "Bonjour,\n\nVotre candidature pour le poste de Hydrogeologist a bien été transmise"
            " à Yarrow Freight.\n\nBonne chance !",
        ),
        (
            "Welcome to the Jungle",
            "no-reply@welcometothejungle.com",
            "Votre candidature a bien été envoyée à Yarrow Freight",
            "Bonjour,\n\nLe recruteur reviendra vers vous si votre profil correspond.",
        ),
        (
            "Welcome to the Jungle",
            "no-reply@welcometothejungle.com",
            "Yarrow Freight a bien reçu votre candidature",
            "Bonjour,\n\nLe recruteur reviendra vers vous si votre profil correspond.",
        ),
        (
            "Indeed",
            "indeedapply@indeed.com",
            "Bewerbung erfolgreich versendet: Hydrogeologist",
            "Hallo,\n\nIhre Bewerbung als Hydrogeologist wurde erfolgreich an Yarrow Freight"
            " übermittelt.\n\nViel Erfolg!",
        ),
        (
            "Naukri",
            "info@naukri.com",
            "Application sent: Robotics Software Engineer",
            "Application submitted\n\nRobotics Software Engineer\nYarrow Freight · Pune\n"
            "Applied on Sunday, February 23\n\nYou are receiving Naukri notification emails.",
        ),
    ],
)
def test_a_board_receipt_names_the_employer(
    name: str, address: str, subject: str, text: str
) -> None:
    assert _company(name, address, subject, text) == "Yarrow Freight"


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("SEEK Applications", "applications@s.seek.com.au"),
        ("reed.co.uk", "noreply@reed.co.uk"),
        ("Naukri", "info@naukri.com"),
        ("Nationale Vacaturebank", "noreply@nationalevacaturebank.nl"),
        ("InfoJobs", "noreply@infojobs.it"),
    ],
)
def test_a_board_is_never_the_employer(name: str, address: str) -> None:
    # A receipt that names no employer names none: not the board that sent it.
    assert _company(name, address, "Application sent", "Your application was sent.") is None


def test_the_boards_are_known_platforms() -> None:
    for host in ("naukri.com", "nationalevacaturebank.nl", "infojobs.it"):
        assert ats.platform_for_host(host) is not None
    assert ats.is_brand("Naukri")


def test_a_job_board_receipt_lists_the_employer_under_the_role() -> None:
    guess = company_guess(
        "SEEK",
        "noreply@s.seek.com.au",
        "You applied for Claims Adjuster",
        "Your application was successfully submitted.\n\nClaims Adjuster\nBeacon Systems\n"
        "Brisbane\n\nWhat happens next? The employer will review your application.",
    )
    assert guess is not None
    assert guess.name == "Beacon Systems"


def test_a_state_code_in_a_signature_is_a_place_not_the_employer() -> None:
    guess = company_guess(
        "Dovetail Energy",
        "notifications@app.bamboohr.com",
        "Submission received: Energy Analyst",
        "Your submission has been received.\n\nDetails of your submission:\nOpening: Energy "
        "Analyst\nOffice: Boston, MA\nSubmission ID: R64758",
    )
    assert guess is not None
    assert guess.name == "Dovetail Energy"


def test_a_job_board_receipt_names_the_employer_after_the_role() -> None:
    guess = company_guess(
        "Trade Me Jobs",
        "jobs@trademe.co.nz",
        "You applied for Infrastructure Engineer II",
        "Application sent!\n\nYou applied for Infrastructure Engineer II at Cobalt Outfitters "
        "(Full time). The employer will be notified when you apply.",
    )
    assert guess is not None
    assert guess.name == "Cobalt Outfitters"


@pytest.mark.parametrize(
    ("name", "address", "subject", "text"),
    [
        ("LinkedIn Job Applications", "jobs-noreply@linkedin.com", "You applied for NLP Engineer",
         "Great job, Jordan! Your application for NLP Engineer at Greenfield Schools has been "
         "submitted. The employer will contact you directly."),
        ("Glassdoor", "noreply@glassdoor.com", "Application confirmation",
         "Great job, Dana! Your application for Graphic Designer at Greenfield Schools is on "
         "its way."),
        ("Indeed", "no-reply@indeed.com", "Indeed Application: DevOps Engineer",
         "You applied to DevOps Engineer at Greenfield Schools. This employer typically "
         "responds within 3 days."),
    ],
)  # fmt: skip
def test_a_board_receipt_names_the_employer_after_the_role_and_stops_at_the_sentence(
    name: str, address: str, subject: str, text: str
) -> None:
    assert _company(name, address, subject, text) == "Greenfield Schools"


@pytest.mark.parametrize(
    ("name", "address", "subject", "text"),
    [
        ("Wellfound", "noreply@wellfound.com", "Your application status changed",
         "Summit Bank has reviewed your application for Technical Support Engineer and decided "
         "not to move forward at this time."),
        ("Dice Apply", "applyconfirmation@dice.com",
         "Summit Bank has moved forward with other candidates", "See similar jobs."),
        ("Reed Jobs", "jobs@reed.co.uk", "Application update: Summit Bank", "Sign in to see."),
        ("XING Jobs", "jobs@xing.com", "Deine Bewerbung bei Summit Bank ist angekommen",
         "Viel Erfolg!"),
    ],
)  # fmt: skip
def test_a_boards_status_notice_names_the_employer(
    name: str, address: str, subject: str, text: str
) -> None:
    assert _company(name, address, subject, text) == "Summit Bank"


def test_a_status_is_not_an_employer() -> None:
    # "Status update: In Review" names the application's state, the display name the employer.
    name = _company(
        "Meridian Insurance", "noreply@smartrecruiters.com", "Status update: In Review", ""
    )
    assert name == "Meridian Insurance"


def test_a_board_receipts_one_line_job_card_names_the_employer_not_the_boards_state() -> None:
    text = (
        "Congratulations, you applied for Senior Accountant!\n\n"
        "Senior Accountant | Granite | Hybrid - Portland, OR\nApplied: 08/01/2024\n\n"
        "ZipRecruiter · Santa Monica, CA"
    )
    subject = "Your application for Senior Accountant"
    assert _company("ZipRecruiter", "noreply@ziprecruiter.com", subject, text) == "Granite"


def test_a_networks_seen_notice_lists_the_employer_after_the_role() -> None:
    text = (
        "Your application for Financial Crime Analyst was seen\n\n"
        "Financial Crime Analyst · Summit Bank\nDublin · Applied 3 days ago"
    )
    subject = "Your application for Financial Crime Analyst was seen"
    assert _company("LinkedIn", "jobs-noreply@linkedin.com", subject, text) == "Summit Bank"


def test_an_applications_state_heading_the_subject_is_not_the_employer() -> None:
    """ "Applied: Data Engineer" from a board whose text names no employer: none, never
    "Applied" (while "Applied Materials" stays a name)."""
    assert _company("Dice", "noreply@dice.com", "Applied: Data Engineer", "Good luck!") is None
    assert (
        _company(
            "Applied Materials Careers",
            "careers@appliedmaterials.com",
            "Thank you for applying to Applied Materials",
            "We have received your application.",
        )
        == "Applied Materials"
    )


@pytest.mark.parametrize(
    ("name", "address", "subject", "text", "want"),
    [
        (  # a board's status notice names the employer that closed the role
            "reed.co.uk",
            "noreply@reed.co.uk",
            "Your application status changed",
            "Yarrow Freight closed the Data Engineer (Hybrid) position and your application is"
            " no longer being considered.\n\nThe reed.co.uk team",
            "Yarrow Freight",
        ),
        (
            "Handshake",
            "no-reply@joinhandshake.com",
            "An update about Data Engineer",
            "Hello,\n\nUnfortunately, Yarrow Freight has chosen to pursue other candidates for"
            " the Data Engineer role.",
            "Yarrow Freight",
        ),
        (  # an agency passed the CV "over to" its client
            "Tom Rivera",
            "tomrivera@verticaltalent.io",
            "Good news!",
            "Robin,\n\nThanks for applying to my advert - I sent your CV over to Yarrow Freight"
            " and they'd like to meet you!\n\nTom Rivera\nAccount Manager | Vertical Talent",
            "Yarrow Freight",
        ),
    ],
)
def test_status_notices_and_agencies_name_the_employer(
    name: str, address: str, subject: str, text: str, want: str
) -> None:
    assert company_name(name, address, subject, text, Category.REJECTION) == want


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("HelloWork", "candidature@hellowork.com"),
        ("Pracuj.pl", "powiadomienia@pracuj.pl"),
        ("JobStreet", "noreply@jobstreet.com"),
        ("CV-Library", "noreply@cv-library.co.uk"),
        ("StepStone", "noreply@stepstone.nl"),
        ("Computrabajo", "avisos@computrabajo.com"),
        ("Wantedly", "no-reply@wantedly.com"),
    ],
)
def test_regional_boards_are_never_the_employer(name: str, address: str) -> None:
    # Until 2026-11-29 these boards were unknown, and each receipt created an application at
    # the board itself (HelloWork's even when its text named the employer).
    assert _company(name, address, "Application sent", "Your application was sent.") is None
    assert ats.is_brand(name)


def test_a_hellowork_receipt_names_the_employer() -> None:
    text = (
        "Bonjour,\n\nVotre candidature pour le poste de Hydrogeologist a bien été transmise à"
        " Yarrow Freight.\n\nBonne chance !\nL'équipe HelloWork"
    )
    found = _company("HelloWork", "candidature@hellowork.com", "Candidature envoyée", text)
    assert found == "Yarrow Freight"


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("mail.hellowork.com", "hellowork"),
        ("jobs.ch", "jobsch"),
        ("news.saramin.co.kr", "saramin"),
        ("mycareersfuture.gov.sg", "mycareersfuture"),
        ("candidate.tal.net", "oleeo"),
        ("acme.wd3.myworkdaysite.com", "workday"),
        ("hellowork.example", "hellowork"),  # the corpus's reserved-name stand-in
        ("jobs.nhs.example", "nhsjobs"),  # a stem several boards share keeps its old owner
    ],
)
def test_regional_platform_hosts(host: str, platform: str) -> None:
    assert ats.platform_for_host(host) == platform


def test_an_academic_portal_receipt_names_the_university() -> None:
    text = (
        "Hi Dana,\n\nThank you for applying to the position of Assistant Professor of History"
        " at Lakeshore State University.\n\nApplication status: Incomplete - awaiting reference"
        " letters\n\nSincerely,\nOffice of Faculty Affairs\nLakeshore State University"
    )
    found = _company(
        "AcademicJobsOnline.org", "noreply@academicjobsonline.org", "Application received", text
    )
    assert found == "Lakeshore State University"
