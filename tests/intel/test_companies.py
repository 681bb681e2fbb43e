"""Company extraction: every sender style, brands never a company, no substring matches."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.companies import CompanyGuess, extract_company
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import CalendarEvent, MailMessage

from .company_mail import company_guess
from .samples import SAMPLES, Sample


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_hand_written_samples(sample: Sample) -> None:
    message = sample.message()
    guess = extract_company(message, prepare(message), sample.category)
    assert guess is not None
    assert sample.company is not None
    assert normalize_company(guess.name) == normalize_company(sample.company)


def test_workday_tenant_alone_names_the_company() -> None:
    guess = company_guess("Workday", "initech@myworkday.com", "Application received", "Thank you.")
    assert guess is not None
    assert guess.name == "Initech"
    assert guess.aliases == ()


@pytest.mark.parametrize(
    ("name", "address", "subject", "text"),
    [
        ("Workable", "noreply@workablemail.com", "Your application", "Thanks for applying."),
        ("LinkedIn", "jobs-noreply@linkedin.com", "New jobs for you", "Apply to LinkedIn jobs."),
        ("Greenhouse", "no-reply@greenhouse.io", "Application", "Powered by Greenhouse"),
        ("Sam Lee", "sam.lee@gmail.com", "hi", "see you soon"),
    ],
)
def test_brands_and_free_mail_are_never_a_company(
    name: str, address: str, subject: str, text: str
) -> None:
    assert company_guess(name, address, subject, text) is None


def test_staffing_agency_mail_names_the_client_or_nobody() -> None:
    text = "I am hiring for a Staff Engineer role at Helios Energy in Denver."
    for category in (Category.RECRUITER_OUTREACH, Category.INTERVIEW):
        guess = company_guess("Tom", "tom@bridge-search.com", "Role", text, category)
        assert guess == CompanyGuess("Helios Energy")  # the agency is no alias of its client
    unnamed = "My client, a fast-growing fintech, is hiring a Staff Engineer."
    assert company_guess("Tom", "tom@bluesky-staffing.com", "Role", unnamed) is None


def test_outreach_from_another_company_names_the_client() -> None:
    text = "I am hiring for a Staff Engineer role at Helios Energy in Denver."
    outreach = company_guess("Tom", "tom@northpeak.com", "Role", text, Category.RECRUITER_OUTREACH)
    other = company_guess("Tom", "tom@northpeak.com", "Role", text, Category.OTHER_JOB)
    assert outreach == CompanyGuess("Helios Energy", ("northpeak",))
    # Whatever the category, mail that never names its own domain but names another employer
    # strongly comes from an intermediary writing for that employer.
    assert other == CompanyGuess("Helios Energy")
    plain = company_guess("Tom", "tom@northpeak.com", "Role", "Thanks for your time today.")
    assert plain == CompanyGuess("Northpeak")


def test_reply_to_of_an_ats_mail_names_the_company() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Next steps",
        sender_name="Jane Doe",
        sender_address="no-reply@hire.lever.co",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Hi Sam, can we chat this week?",
        reply_to="jane@initech.com",
    )
    guess = extract_company(message, prepare(message))
    assert guess is not None
    assert guess.name == "Initech"


def test_calendar_tools_are_not_their_owners() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Invitation: Phone screen @ Tue Mar 17, 2026 2pm",
        sender_name="Google Calendar",
        sender_address="calendar-notification@google.com",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="You have been invited to the following event.",
        calendar=(CalendarEvent(summary="Phone screen", organizer="jane@initech.com"),),
    )
    assert extract_company(message, prepare(message)) == CompanyGuess("Initech")
    zoom = company_guess(
        "Zoom", "no-reply@zoom.us", "Meeting reminder", "Your meeting starts soon."
    )
    assert zoom is None


@pytest.mark.parametrize(
    ("subject", "text", "company"),
    [
        ("Update", "Just heard back from Pinecone Labs - unfortunately they've gone with "
         "another candidate for the HR Generalist role.\n\nAna\nHarper Search", "Pinecone Labs"),
        ("Update", "Sorry Claire, Lynx Security aren't progressing your application for the "
         "Mobile Developer position.\n\nFelix\nBlueSky Staffing", "Lynx Security"),
        ("Re: HR Generalist", "Clearpath Robotics came back with feedback: they liked you but "
         "have offered the role to someone else.\n\nEthan\nApex Talent Group",
         "Clearpath Robotics"),
        ("Feedback from Coral Bay Resorts", "Unfortunately the hiring manager at my client has "
         "decided not to proceed.\n\nAhmed\nHirewell Search", "Coral Bay Resorts"),
        ("Compass Rose update", "Bad news I'm afraid, the client has decided to go with "
         "someone else.\n\nCarlos\nHarper & Cole Executive Search", "Compass Rose"),
    ],
)  # fmt: skip
def test_an_agency_reports_its_clients_answer(subject: str, text: str, company: str) -> None:
    guess = company_guess("Ana Nguyen", "ana.nguyen@harpercole-search.com", subject, text)
    assert guess is not None
    assert guess.name == company


def test_an_agency_passing_on_a_persons_answer_names_no_company() -> None:
    guess = company_guess(
        "Ana Nguyen",
        "ana.nguyen@harpercole-search.com",
        "Update",
        "Just heard back from Sarah - she came back with feedback for you.\n\nAna",
    )
    assert guess is None


def test_a_job_networks_viewed_notice_names_the_employer() -> None:
    guess = company_guess(
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Your application was viewed by Hooli",
        "Hooli viewed your application for Product Analyst.\n\nYour profile stands out when "
        "it's complete.",
    )
    assert guess is not None
    assert guess.name == "Hooli"


def test_an_employer_via_a_hiring_platform_is_the_employer_whatever_the_domain() -> None:
    # "via InHire" names the platform; its sending domain is never the employer.
    guess = company_guess(
        "Emberly Biosciences via InHire",
        "no-reply@inhire.com.br",
        "Atualização da sua candidatura",
        "Prezado(a) Robin,\n\nInformamos que o processo seletivo foi encerrado.\n\n"
        "Atenciosamente,\nEquipe de Gente e Cultura",
    )
    assert guess is not None
    assert guess.name == "Emberly Biosciences"
    guess = company_guess(
        "Indigo Textiles via Taleez",
        "no-reply@taleez.com",
        "Invitation à un entretien - Mobile Developer",
        "Votre candidature a retenu toute notre attention.\n\nCordialement,\nAisha Patel\n"
        "Recruteur - Indigo Textiles",
    )
    assert guess is not None
    assert guess.name == "Indigo Textiles"


def test_an_employers_resourcing_team_is_the_employer() -> None:
    guess = company_guess(
        "Blueprint Resourcing",
        "resourcing@blueprint.io",
        "Interview invitation - Financial Analyst",
        "Thank you for your application for the post of Financial Analyst.",
    )
    assert guess is not None
    assert guess.name == "Blueprint"


def test_a_french_service_recrutement_is_the_employers_team_not_an_agency() -> None:
    guess = company_guess(
        "Solaria Jobs",
        "jobs@solaria.es",
        "Entretien Solaria",
        "Madame, Monsieur,\n\nSuite à votre candidature, je vous propose un entretien lundi.\n\n"
        "Bien à vous,\nJordan Mensah\nService Recrutement",
    )
    assert guess is not None
    assert guess.name == "Solaria"


def test_an_unlisted_platform_sending_in_the_employers_name_names_the_employer() -> None:
    # "Brightwater Media" <noreply@altamirahrm.com>: the domain is never spelled in the mail.
    text = (
        "Gentile candidato/a,\n\ngrazie per aver inviato la tua candidatura per Product "
        "Marketing Manager.\n\nCi dispiace informarti che non potremo procedere.\n\n"
        "Cordiali saluti,\nFatima Khan\nHR Specialist"
    )
    guess = company_guess("Brightwater Media", "noreply@altamirahrm.com", "Esito", text)
    assert guess is not None and guess.name == "Brightwater Media"
    # A person's own address is not a platform: the employer is the domain's.
    guess = company_guess("Fatima Khan", "fatima@brightwatermedia.com", "Esito", text)
    assert guess is not None and guess.name == "Brightwater Media"


def test_an_agency_reporting_its_clients_feedback_names_the_client_not_itself() -> None:
    # The agency's own domain (rwconsulting) fits its own name, but it writes for its client.
    text = (
        "Robin,\n\nI've had feedback from Brightwater Pharma on your CV and it's a yes for "
        "first stage!\n\nSpeak soon,\nNadia Bianchi\nTalent Consultant | RW Consulting"
    )
    guess = company_guess(
        "Nadia Bianchi", "nadia@rwconsulting.com", "Client feedback", text, Category.INTERVIEW
    )
    assert guess is not None and guess.name == "Brightwater Pharma"


def test_an_hr_platforms_offer_notice_names_the_employer() -> None:
    text = (
        "Good morning Robin,\n\nCongratulations! Dovetail Studios would like to offer you the "
        "role of Warehouse Operations Lead.\n\nReview offer letter: https://app.rippling.com/x"
    )
    subject = "You have a new offer letter from Dovetail Studios"
    guess = company_guess("Rippling", "no-reply@rippling.com", subject, text, Category.OFFER)
    assert guess is not None and guess.name == "Dovetail Studios"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Shortlisted for Technical Interview - Ridgeline Outdoor",
         "Dear Student,\n\nYou are shortlisted for the technical interview.\n\nPlacement Cell"),
        ("Result of Online Assessment",
         "Dear Student,\n\nYou have cleared the online aptitude test conducted by Ridgeline "
         "Outdoor as part of the campus placement drive."),
    ],
)  # fmt: skip
def test_a_schools_placement_office_names_the_employer_not_the_school(
    subject: str, text: str
) -> None:
    guess = company_guess("Training & Placement Cell", "tpo@college.ac.in", subject, text)
    assert guess is not None and guess.name == "Ridgeline Outdoor"
    careers = company_guess(
        "Harwick University Careers Service", "careers@harwick.ac.uk", subject, text
    )
    assert careers is not None and careers.name == "Ridgeline Outdoor"
