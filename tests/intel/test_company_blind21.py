"""Company readings the session-21 blind mail needed, after it was first measured: a day, a
language, an honorific or a street address is never the employer; a job board's receipt in
Polish or Portuguese lists the employer under the role; an agency names its client in
Portuguese or Polish; an interviewer's given name and a talent team are not employers; the
boards and tools the mail came from are platforms."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_names import clean_candidate

from .company_mail import company_name


@pytest.mark.parametrize(
    "name",
    ["Thursday", "German", "Mr Andrew Shaw", "Mrs Patel", "2101 W Belleview", "9 Rope Walk Road"],
)
def test_a_day_a_language_a_person_or_an_address_is_not_an_employer(name: str) -> None:
    assert clean_candidate(name) == ""


@pytest.mark.parametrize("name", ["Monday", "84 Lumber", "Dr. Oetker", "Polish Pottery House"])
def test_brands_that_look_like_them_stay(name: str) -> None:
    assert clean_candidate(name) == name


def test_an_agency_feedback_from_a_weekday_names_no_employer() -> None:
    found = company_name(
        "Darragh Fitzgerald",
        "darragh@bellviewtechnical.ie",
        "Update",
        "Morning Aoife,\n\nFeedback from Thursday was very positive. They'd like you back.",
        Category.INTERVIEW,
    )
    assert found != "Thursday"


def test_a_role_with_a_language_does_not_name_the_language() -> None:
    found = company_name(
        "Orbitale Shared Services",
        "no-reply@erecruiter.pl",
        "Orbitale Shared Services – application received",
        "Thank you for applying for the position of General Ledger Accountant with German. "
        "We confirm that your application has been registered.",
        Category.CONFIRMATION,
    )
    assert found is not None and found.startswith("Orbitale")


@pytest.mark.parametrize(
    ("sender", "address", "subject", "body", "want"),
    [
        (
            "Pracuj.pl",
            "noreply@pracuj.pl",
            "Aplikacja wysłana: Starsza Księgowa",
            "Pracuj.pl\n\nGotowe! Twoja aplikacja trafiła do pracodawcy\n\nStarsza Księgowa\n\n"
            "Grupa Mazowsze Energia S.A.\n\nWarszawa, Wola · umowa o pracę · pełny etat\n",
            "Grupa Mazowsze Energia",
        ),
        (
            "Catho",
            "noreply@catho.com.br",
            "Você se candidatou para Analista de QA Pleno",
            "Candidatura enviada!\n\nOi, Camila. Seu currículo foi enviado para a vaga Analista "
            "de QA Pleno.\n\nKairos Digital · São Paulo - SP · Presencial/Híbrido\n\n"
            "Vagas parecidas que podem te interessar:\nAnalista de Testes Jr · Grupo Navegantes\n",
            "Kairos Digital",
        ),
    ],
)
def test_a_boards_receipt_in_other_languages_lists_the_employer_under_the_role(
    sender: str, address: str, subject: str, body: str, want: str
) -> None:
    assert company_name(sender, address, subject, body, Category.CONFIRMATION) == want


@pytest.mark.parametrize(
    ("sender", "address", "body", "want"),
    [
        (
            "Bruno Sakamoto",
            "bruno.sakamoto@talentrix.com.br",
            "Olá Camila,\n\nsou tech recruiter na Talentrix e encontrei seu perfil.\n\n"
            "Cliente: Finvera (fintech de crédito para PMEs, ~400 pessoas)\n"
            "Posição: SDET Sênior\n",
            "Finvera",
        ),
        (
            "Agnieszka Zielińska",
            "a.zielinska@kadrowapartners.pl",
            "Dzień dobry,\n\njestem konsultantką w Kadrowa Partners - specjalizuję się w "
            "rekrutacjach finansowych.\n\nNaszym Klientem jest Hallstrom Pharma Services - centrum "
            "usług wspólnych.\n",
            "Hallstrom Pharma Services",
        ),
    ],
)
def test_an_agency_names_its_client_in_other_languages(
    sender: str, address: str, body: str, want: str
) -> None:
    found = company_name(
        sender, address, "Propozycja / Oportunidade", body, Category.RECRUITER_OUTREACH
    )
    assert found == want


def test_an_interviewer_named_by_first_name_is_not_the_employer() -> None:
    found = company_name(
        "Kelli Morrow",
        "kelli.morrow@stbrendanhealth.org",
        "Interview invitation - St. Brendan Plant Operations",
        "Good morning Marcus,\n\nDale Porter, our Director of Plant Operations, reviewed your "
        "application and would like to meet with you: a panel interview with Dale and two of "
        "our lead engineers.\n\nThank you",
        Category.INTERVIEW,
    )
    assert found is not None and found != "Dale"


def test_a_portuguese_talent_team_is_not_the_employer() -> None:
    assert clean_candidate("Equipe de Talentos") == ""
    found = company_name(
        "Saúde Prisma",
        "noreply@recrutei.com.br",
        "Inscrição registrada – QA Analyst Pleno",
        "Olá Camila,\n\nSua inscrição na vaga QA Analyst Pleno foi registrada com sucesso.\n\n"
        "Equipe de Talentos · Saúde Prisma\n\nEnviado através da Recrutei · Não responda",
        Category.CONFIRMATION,
    )
    assert found == "Saúde Prisma"


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("irishjobs.ie", "irishjobs"),
        ("jobs.ie", "jobsie"),
        ("recrutei.com.br", "recrutei"),
        ("tedk12.com", "talentedhire"),
        ("jobs.nhs.example", "nhsjobs"),  # the corpus's stand-in keeps the shared stem
    ],
)
def test_the_boards_and_tools_the_session_21_mail_came_from(host: str, platform: str) -> None:
    assert ats.platform_for_host(host) == platform


@pytest.mark.parametrize(
    ("name", "host", "platform_itself"),
    [
        ("Willow Pharma", "willo.video", False),  # an employer whose name begins with "willo"
        ("Leverton Labs", "hire.lever.co", False),
        ("SEEK Applications", "seek.com.au", True),
        ("reed.co.uk", "reed.co.uk", True),
        ("Info", "infojobs.net", True),  # a piece of the board's name
    ],
)
def test_a_platform_names_itself_by_whole_words(
    name: str, host: str, platform_itself: bool
) -> None:
    assert ats.names_sender_platform(name, host) is platform_itself


def test_a_recruiters_desk_after_the_bar_is_not_the_employer() -> None:
    found = company_name(
        "Gráinne Hegarty",
        "grainne.hegarty@kestrelrecruitment.ie",
        "Re: call with the hiring manager",
        "Hi Aoife,\n\nRuairí would like to bring you up to Swords for a panel interview.\n\n"
        "Gráinne\n\nGráinne Hegarty\nSenior Recruitment Consultant | Validation & Quality\n"
        "Kestrel Engineering Recruitment\nD: 01 4",
        Category.INTERVIEW,
    )
    assert found != "Validation & Quality"
