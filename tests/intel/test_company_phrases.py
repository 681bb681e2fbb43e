"""Company phrases and signatures in real-style mail: non-English phrasing, signature blocks,
services writing for an employer, agencies and the names a domain leaves out."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.company_phrases import signature_block, signature_parts

from .company_mail import company_guess, company_name

# An ATS address whose display name is the platform: only the text can name the employer.
_ATS = ("Teamtailor", "no-reply@teamtailor-mail.com")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merci pour votre candidature au poste de Chargé de projet chez Lumière Numérique.",
         "Lumière Numérique"),
        ("vielen Dank für Ihre Bewerbung als Controller bei Hegemann Bau.", "Hegemann Bau"),
        ("Gracias por tu candidatura para Analista de Datos en Nube Verde.", "Nube Verde"),
        ("Grazie per la tua candidatura per Addetto Acquisti presso Fonderia Bellandi.",
         "Fonderia Bellandi"),
        ("Bedankt voor je sollicitatie voor Teamleider Productie bij Bakkerij Van Dalen.",
         "Bakkerij Van Dalen"),
        ("Obrigado pela sua candidatura para a vaga de Analista na Tucano Pagamentos.",
         "Tucano Pagamentos"),
        ("Brückner Systems lädt Sie zu einem Programmiertest ein.", "Brückner Systems"),
        ("Welcome to Copperleaf Grocery! We're excited for you to start.", "Copperleaf Grocery"),
        ("Tavistock Water have come back with an offer for you.", "Tavistock Water"),
    ],
)  # fmt: skip
def test_body_phrases_name_the_employer_behind_a_platform(text: str, expected: str) -> None:
    assert company_name(*_ATS, "Update", text) == expected


def test_subject_von_names_the_employer() -> None:
    name, address = "Codility", "no-reply@codility.com"
    assert company_name(
        name, address, "Einladung zum Online-Test von Brückner Systems", "Hallo"
    ) == ("Brückner Systems")


@pytest.mark.parametrize(
    ("address", "signature", "expected"),
    [
        ("harriet@pebbleandpine.example.com", "Harriet Poole | People & Culture\nPebble & Pine",
         "Pebble & Pine"),
        ("dee@spokeandchain.com", "-dee\nSpoke & Chain Cycles\nsent from my phone",
         "Spoke & Chain Cycles"),
        ("lydia@riverbendliteracy.org", "Lydia Banerjee\nExecutive Director\n"
         "Riverbend Literacy Project", "Riverbend Literacy Project"),
        ("werkenbij@havendam.nl", "namens de selectiecommissie,\nGemeente Havendam",
         "Gemeente Havendam"),
        ("sanne@vandalen-bakkerij.nl", "Sanne de Wit\nHR-adviseur\nBakkerij Van Dalen | Sinds 1931",
         "Bakkerij Van Dalen"),
        ("hiring@bcr.gov", "Human Capital Office\nBureau of Coastal Resilience",
         "Bureau of Coastal Resilience"),
        ("gwen@harwick.ac.uk", "Gwen Abara\nDepartment Administrator\n"
         "Department of Chemistry, Harwick University", "Harwick University"),
    ],
)  # fmt: skip
def test_the_signature_block_spells_the_own_domain(
    address: str, signature: str, expected: str
) -> None:
    name = address.split("@")[0].title()
    text = f"Hi Robin,\n\nThanks for your time today.\n\nBest,\n{signature}"
    assert company_name(name, address, "Following up", text) == expected


def test_signature_block_starts_after_the_sign_off() -> None:
    body = "Hi,\n\nSee you Thursday.\n\nMit freundlichen Grüßen\n\nAnna Berg\nVogt Elektronik GmbH"
    assert signature_block(body) == ["Anna Berg", "Vogt Elektronik GmbH"]
    assert signature_parts("Nurse Recruiter | Mercy Valley Medical Center") == [
        "Nurse Recruiter",
        "Mercy Valley Medical Center",
    ]
    assert signature_parts("Department of History, Bellmont University") == ["Bellmont University"]


@pytest.mark.parametrize(
    ("name", "address", "subject", "text", "expected"),
    [
        ("ClearPath Screening", "noreply@clearpathscreening.com",
         "Ledgerly has requested a background check",
         "Ledgerly has asked ClearPath Screening to conduct a background check.", "Ledgerly"),
        ("RefVerify", "no-reply@refverify.com", "Action needed: add your references",
         "Please add three references.\n\nThanks,\nRefVerify on behalf of Sterling Gate Hospital",
         "Sterling Gate Hospital"),
        ("Kestrel Analytics", "survey@candidatepulse.com", "How was your interview?",
         "You recently interviewed with Kestrel Analytics. The survey takes 2 minutes.",
         "Kestrel Analytics"),
        ("Checkr", "noreply@checkr.com", "Your background check is complete",
         "Your background check ordered by Pinwheel has been completed.", "Pinwheel"),
    ],
)  # fmt: skip
def test_a_service_writing_for_an_employer_names_the_employer(
    name: str, address: str, subject: str, text: str, expected: str
) -> None:
    assert company_name(name, address, subject, text, Category.OTHER_JOB) == expected


def test_agency_signature_gives_the_client_not_the_agency() -> None:
    text = (
        "Good news - Dunmore Foods would like to meet you on Thursday.\n\nCheers,\nCallum\n\n"
        "Callum Reyes\nPrincipal Consultant - Finance & Accounting\nHollis Partners Recruitment"
    )
    address = "callum@hollispartners.co.uk"
    assert company_name("Callum Reyes", address, "RE: Senior Accountant", text) == "Dunmore Foods"


@pytest.mark.parametrize(
    ("name", "address", "text"),
    [
        ("Sophie Marchand", "s.marchand@conseil-rh.fr",
         "Je recrute actuellement pour l'un de nos clients, une scale-up parisienne.\n\n"
         "Bien à vous,\nSophie Marchand\nConsultante senior – Conseil RH Partenaires"),
        ("Marco Ferri", "marco.ferri@executivelink.it",
         "sono Marco Ferri di ExecutiveLink, società di ricerca e selezione. Sto seguendo per il "
         "cliente la ricerca di un Project Manager."),
        ("Oliver Grant", "oliver.grant@brightwaterfinance.co.uk",
         "I'm partnered with a leading FMCG business.\n\nKind regards,\n\nOliver Grant\n"
         "Senior Recruitment Consultant\nBrightwater Finance Recruitment"),
        ("Brandon Kessler via LinkedIn", "inmail-hit-reply@linkedin.com",
         "I'm working with a Series B climate tech company.\n\nBrandon Kessler\n"
         "Partner, Verdant Search"),
    ],
)  # fmt: skip
def test_agency_mail_with_a_confidential_client_has_no_company(
    name: str, address: str, text: str
) -> None:
    assert company_name(name, address, "Opportunity", text, Category.RECRUITER_OUTREACH) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Grupo Marítimo Levante - RRHH", "Grupo Marítimo Levante"),
        ("Fonderia Bellandi S.p.A. – Risorse Umane", "Fonderia Bellandi"),
        ("Kranich Logistik GmbH", "Kranich Logistik"),
        ("Bramble & Co. Careers", "Bramble & Co"),
        ("Kingsbridge Bank Early Careers", "Kingsbridge Bank"),
        ("Harrow Freight Onboarding", "Harrow Freight"),
        ("Dept. of Chemistry, Harwick University", "Harwick University"),
    ],
)
def test_department_words_in_display_names_are_dropped(name: str, expected: str) -> None:
    assert company_name(name, "jobs@smartrecruiters.com", "Update", "Hello") == expected


def test_a_tenant_keeps_the_industry_word_the_text_adds() -> None:
    text = "Your one-time passcode to access the Verdant Foods career site is 482913."
    assert company_name("Workday", "verdant@myworkday.com", "Verify your account", text) == (
        "Verdant Foods"
    )


def test_a_personal_address_display_name_is_a_person() -> None:
    text = "Robin - Maeve runs recruiting at Tidewater Labs, and they're hiring a PM."
    subject = "Intro: Robin <> Maeve (Tidewater Labs)"
    assert company_name("Paloma Reyes", "paloma.reyes@gmail.com", subject, text) == "Tidewater Labs"


def test_a_founder_names_the_own_company_not_the_conference() -> None:
    text = "Loved your talk at PyCon last week.\n\nI'm the CTO at Driftwood (seed stage)."
    guess = company_name(
        "Wren Castellanos", "wren@driftwood.ai", "saw your talk at PyCon", text,
        Category.RECRUITER_OUTREACH,
    )  # fmt: skip
    assert guess == "Driftwood"


def test_requisition_ids_are_not_names() -> None:
    assert company_name(*_ATS, "Interview for Data Analyst (JR4281)", "Hello") is None


def test_an_agency_names_its_client() -> None:
    text = "My client, Globex, is looking for a Financial Controller.\n\nTom\nHarris Finance Search"
    guess = company_name(
        "Tom Harris", "tom@harrisfinancesearch.co.uk", "Controller role", text,
        Category.RECRUITER_OUTREACH,
    )  # fmt: skip
    assert guess == "Globex"


def test_koch_stays_a_company_name() -> None:
    assert company_name("Koch Industries Careers", "careers@kochind.com", "Update", "Hello") == (
        "Koch Industries"
    )


@pytest.mark.parametrize("subject", ["Your interview (Round 2)", "Application update (Tuesday)"])
def test_a_bare_parenthesis_in_a_subject_names_nobody(subject: str) -> None:
    assert company_name("Greenhouse", "no-reply@greenhouse.io", subject, "Hello Robin") is None


def test_an_intermediary_names_the_employer_that_wants_to_meet() -> None:
    text = (
        "Great news, Sequoia Software want to meet you! I've booked you in with their Head of "
        "Data for Tuesday.\n\nGive me a ring beforehand.\n\nTom"
    )
    assert (
        company_name("Tom Bianchi", "tom@harpercole.com", "Good news!", text) == "Sequoia Software"
    )


def test_a_portal_display_name_is_the_employer() -> None:
    name, address = "Hoteles Brisa - Portal de Empleo", "empleo@hotelesbrisa.es"
    assert company_name(name, address, "Completa tu perfil", "Hola Robin") == "Hoteles Brisa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good news, Sequoia Software want to meet you! I've booked you in with their hiring "
         "manager for Monday at 12:30 PM BST.", "Sequoia Software"),
        ("Brilliant news, Granite want to meet you! I've booked you in with their hiring manager "
         "for 20 April at 8:15 AM PST.", "Granite"),
    ],
)  # fmt: skip
def test_a_booked_time_is_not_the_client(text: str, expected: str) -> None:
    address = "carlos@keystonesearch.co"
    assert company_name("Carlos Reyes", address, "Good news!", text, Category.INTERVIEW) == expected


def test_monday_can_be_a_company() -> None:
    assert company_name("Monday", "no-reply@monday.com", "Your application", "Hi") == "Monday"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Je sollicitatie bij Rijksdienst voor Infrastructuur: uitnodiging",
         "Rijksdienst voor Infrastructuur"),  # a Dutch name's "voor", then a colon
        ("Entretien chez Maison Verlaine : confirmation", "Maison Verlaine"),
    ],
)  # fmt: skip
def test_a_subject_names_the_employer_before_a_colon(subject: str, expected: str) -> None:
    found = company_name(
        "Pierre Torres", "pierre@rijksinfra.nl", subject, "Beste Tobias,\n\nTot ziens,\nPierre"
    )
    assert found == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # A Romance title ends the subject with "de X": X is the title's field, not the employer
        ("Atualização do processo seletivo – Analista de BI",
         "Agradecemos sua participação no processo seletivo para a vaga de Analista de BI na "
         "Ipê Varejo.", "Ipê Varejo"),
        ("Entrevista – Coordinador/a de Admisiones",
         "Le escribo de Recursos Humanos del Hospital San Rafael. Nos gustaría hablar.",
         "Hospital San Rafael"),
        ("Oferta – Coordinador/a de Admisiones",
         "Nos complace ofrecerle el puesto de Coordinador/a de Admisiones en Hospital San "
         "Rafael, con contrato indefinido.", "Hospital San Rafael"),
        ("Invitation à un entretien de Maison Lefèvre", "Bonjour,", "Maison Lefèvre"),
    ],
)  # fmt: skip
def test_romance_role_nouns_and_hr_departments(subject: str, text: str, expected: str) -> None:
    assert company_name(*_ATS, subject, text) == expected


def test_an_ampersand_between_team_words_goes_with_them() -> None:
    signature = "Kind regards,\nFernhill Capital Campus & Early Careers"
    assert company_name(*_ATS, "Update", f"Thank you.\n\n{signature}") == "Fernhill Capital"


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("Time de Talentos\nGrupo Atlântida - Pessoas & Cultura", "Grupo Atlântida"),
        ("Denise Walker\nRidgeline Transport Safety Dept", "Ridgeline Transport"),
        ("Equipo\nBanco Sol Talento Humano", "Banco Sol"),
        ("Abraços,\nCajuína Pagamentos - Pessoas", "Cajuína Pagamentos"),
    ],
)
def test_departments_in_more_words_are_trimmed(signature: str, expected: str) -> None:
    assert company_name(*_ATS, "Update", f"Thank you.\n\n{signature}") == expected


@pytest.mark.parametrize(
    ("name", "address", "subject", "text", "expected"),
    [
        # "Director of Eng" names a department; the subject names the employer
        ("Eitan Vasquez", "eitan.vasquez@borealisfintech.com", "Next steps with Borealis",
         "Lina really enjoyed your conversation, so we'd like to bring you in for the final "
         "round.\n\n13:00 - 13:45 Values chat with Grace (Director of Eng)\n\nCheers,\nEitan",
         "Borealis"),
        # an agency's news: the employer that shortlisted the reader
        ("Gareth Pryce", "gareth.pryce@harbourfinch.co.uk", "Interview confirmed - Friday 17th",
         "Good news - Weaver Valley have shortlisted you and I've booked you in.\n\nGareth",
         "Weaver Valley"),
        # a portal names the employer that started the checks, never the check
        ("NHS Jobs", "no-reply@jobs.nhs.uk", "Complete your pre-employment checks",
         "Northbank Teaching Hospitals NHS Foundation Trust has started your pre-employment "
         "checks.\n\n5. Start your DBS application (you will receive a separate email)",
         "Northbank Teaching Hospitals NHS Foundation Trust"),
    ],
)  # fmt: skip
def test_departments_and_check_services_are_never_the_employer(
    name: str, address: str, subject: str, text: str, expected: str
) -> None:
    assert company_name(name, address, subject, text) == expected


def test_a_site_of_the_senders_own_employer_keeps_the_domain_as_an_alias() -> None:
    guess = company_guess(
        "Daniel Ashworth",
        "daniel.ashworth@oakleighhealthcare.co.uk",
        "Patient Flow Coordinator - phone interview",
        "Thanks for applying to join us at Oakleigh Manchester. I'd like to set up a call.\n\n"
        "Best regards,\nDaniel Ashworth\nDirector of Clinical Services\n"
        "Oakleigh Manchester Hospital",
    )
    assert guess is not None
    assert guess.name == "Oakleigh Manchester Hospital"
    assert "oakleighhealthcare" in guess.aliases
