"""Company readings the session-20 blind inboxes needed: a host's name on a scheduling tool,
the owner's possessive, a ward, a city, "Pvt. Ltd.", a role that ends in "Team Leader"; a
domain spelling "&" as "and", a role's initials ("The NUM has asked"), an Italian selection team."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.company_names import clean_candidate, strip_legal_form

from .company_mail import company_guess


def test_the_host_a_scheduling_tool_names_is_never_the_employer() -> None:
    guess = company_guess(
        "Calendly",
        "notifications@calendly.com",
        "Confirmed: Intro chat with Dana Whitfield on Wednesday, March 4, 2026",
        "Hi Jordan,\n\nYour event has been scheduled.\n\nWhat: Intro chat (30 min)\n"
        "When: 4:30pm - 5:00pm, Wednesday, March 4, 2026\n\nPowered by Calendly.com",
        Category.INTERVIEW,
    )
    assert guess is None or guess.name != "Dana Whitfield"


def test_the_owner_of_a_recruiting_system_is_named_without_its_possessive() -> None:
    guess = company_guess(
        "Kingsford Park Hospital",
        "kingsfordpark@myworkday.com",
        "We've received your application",
        "Hi Priya,\n\nThanks for applying for Clinical Nurse Educator - Surgical.\n\n"
        "Thanks again for your interest in Kingsford Park.\n\nThis is an automated message "
        "from Kingsford Park Hospital's Workday recruiting system.",
        Category.CONFIRMATION,
    )
    assert guess is not None and guess.name == "Kingsford Park Hospital"


def test_a_name_that_is_possessive_on_its_own_keeps_it() -> None:
    guess = company_guess(
        "St Brigid's Careers",
        "careers@stbrigids.org.au",
        "Thank you for applying",
        "Thank you for applying to St Brigid's. We will be in touch.",
        Category.CONFIRMATION,
    )
    assert guess is not None and guess.name == "St Brigid's"


@pytest.mark.parametrize(
    "name", ["Acute Medicine", "Day Surgery Unit", "Emergency Department", "Bangalore", "Pune"]
)
def test_a_ward_or_a_city_is_not_an_employer(name: str) -> None:
    assert clean_candidate(name) == ""


@pytest.mark.parametrize("name", ["Wattle Park Health", "Banksia Grove Care", "Paris Baguette"])
def test_employers_named_after_care_or_a_city_stay(name: str) -> None:
    assert clean_candidate(name) == name


def test_an_indian_private_limited_company_loses_its_legal_form() -> None:
    assert strip_legal_form("Meghdoot Payments Pvt") == "Meghdoot Payments"
    assert strip_legal_form("Meghdoot Payments Pvt. Ltd.") == "Meghdoot Payments"


def test_an_agency_names_the_client_that_wants_to_offer_and_no_team_leader_team() -> None:
    guess = company_guess(
        "Leon Garvey",
        "leon@apexindustrialrecruitment.co.uk",
        "Northgate - offer!!",
        "Daniel,\n\nGreat news mate - Northgate Distribution want to offer you the Warehouse "
        "Team Leader role!\n\nCheers\nLeon\n\nLeon Garvey\nBranch Manager\n"
        "Apex Industrial Recruitment - Wakefield",
        Category.OFFER,
    )
    assert guess is not None and guess.name == "Northgate Distribution"


@pytest.mark.parametrize(
    ("name", "address", "subject", "text", "want"),
    [
        (
            "Ramya S",
            "ramya.talentbridgehr@gmail.com",
            "Re: Urgent Opening || Big Data Engineer || Bangalore || Client: Nimbuslytics Tech",
            "Hi Arjun,\n\nYour profile got shortlisted by the client.\n\nThanks & Regards,\n"
            "Ramya S\nTalentBridge HR Solutions",
            "Nimbuslytics Tech",
        ),
        (
            "Marcus Oyelaran",
            "moyelaran@talentbridgepartners.com",
            "Re: your call",
            "Jordan -- great talking yesterday. I submitted you to Harborline last night and "
            "the L&D manager already wants to meet.\n\nMarcus",
            "Harborline",
        ),
        (
            "Claire Dumont",
            "c.dumont@talentis-conseil.fr",
            "RE: Opportunité",
            "Bonjour Camille,\n\nJe vous propose un entretien au cabinet avant de présenter "
            "votre candidature à Botanéa.\n\nBien cordialement,\nClaire Dumont",
            "Botanéa",
        ),
        (
            "Daniel Whitford",
            "daniel.whitford@kestrelhealth.com.au",
            "RE: Clinical Care Manager opportunity – Harbourview Living, Sandringham",
            "Hi Priya,\n\nLouise would love to meet you on Tuesday.\n\nCheers,\nDaniel\n\n"
            "Daniel Whitford\nSenior Consultant\nKestrel Health",
            "Harbourview Living",
        ),
    ],
)
def test_a_recruiter_names_the_client_it_writes_for(
    name: str, address: str, subject: str, text: str, want: str
) -> None:
    guess = company_guess(name, address, subject, text, Category.INTERVIEW)
    assert guess is not None and guess.name == want


def test_a_small_employers_gmail_address_confirms_the_name_it_signs_with() -> None:
    text = (
        "Hi Sam!\n\nWe'd love to offer you the barista job - 30 hrs a week.\n\nLet me know!!\n"
        "Jess x\n\nJess Morley\nKettle & Crumb\n17 Castlegate, Knaresborough"
    )
    guess = company_guess(
        "Jess Morley", "jess.kettleandcrumb@gmail.com", "good news!!", text, Category.OFFER
    )
    assert guess is not None and guess.name == "Kettle & Crumb"
    # the same note from a mailbox that spells nobody's business names no employer
    assert company_guess("Jess Morley", "jmorley@gmail.com", "good news!!", text) is None


def test_a_writers_mailbox_spelling_their_own_name_is_not_an_employer() -> None:
    guess = company_guess(
        "Dean Walsh",
        "deanwalsh.chef@gmail.com",
        "Re: sous chef",
        "hi sam, we went with someone whos run a kitchen before.\n\ncheers\nDean",
        Category.REJECTION,
    )
    assert guess is None or guess.name != "Dean Walsh"


def test_a_boards_notice_that_the_employer_viewed_the_cv_names_it() -> None:
    guess = company_guess(
        "Computrabajo",
        "notificaciones@computrabajo.com.mx",
        "Distribuidora Cantera vio tu hoja de vida",
        "¡Buenas noticias, Valeria!\n\nDistribuidora Cantera revisó tu hoja de vida para la "
        "oferta Ejecutivo de Ventas B2B Sr.\n\nVer el detalle: "
        "https://mx.computrabajo.com/candidato/postulaciones/detalle?o=CT88219",
        Category.OTHER_JOB,
    )
    assert guess is not None and guess.name == "Distribuidora Cantera"


def test_a_public_portal_and_a_nursing_department_are_not_employers() -> None:
    guess = company_guess(
        "Careers@Gov",
        "no-reply@careers.gov.sg",
        "Application Submitted: Manager (Enterprise Risk) - Enterprise Finance Agency",
        "Dear TAN WEI LING,\n\nThank you for your application for the following position.",
        Category.CONFIRMATION,
    )
    assert guess is not None and guess.name == "Enterprise Finance Agency"
    assert clean_candidate("Nursing") == ""


def test_linkedin_in_spanish_names_the_employer_and_never_the_reader() -> None:
    guess = company_guess(
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Valeria, tu solicitud se envió a Brightloom Software",
        "Tu solicitud se envió a Brightloom Software\n\nEnterprise Account Executive\n\n"
        "Este correo se envió a Valeria Ortiz (Key Account Manager en Envases del Valle)",
        Category.CONFIRMATION,
    )
    assert guess is not None and guess.name == "Brightloom Software"


def test_indeeds_relay_names_the_employer_before_via_but_a_person_stays_a_person() -> None:
    text = "Southern Crescent Pediatrics sent you a message about Practice Manager\n\nHi Marcus"
    address = "employer-7b4d2e91c3@indeedemail.com"
    subject = "Interview request for Practice Manager"
    guess = company_guess("Southern Crescent Pediatrics via Indeed", address, subject, text)
    assert guess is not None and guess.name == "Southern Crescent Pediatrics"
    assert clean_candidate("Southern Crescent Pediatrics") == "Southern Crescent Pediatrics"
    person = company_guess("Jane Doe via LinkedIn", "inmail-hit-reply@linkedin.com", "Hi", "Hi")
    assert person is None or person.name != "Jane Doe"


def test_a_domain_that_spells_the_ampersand_confirms_the_signed_name() -> None:
    guess = company_guess(
        "Sheila Barker",
        "sheila@barkerandlane.co.uk",
        "Bookkeeper role - practical test",
        "Dear Daniel,\n\nPlease complete the short practical exercise attached.\n\n"
        "Kind regards,\n\nSheila Barker FCCA\nDirector\nBarker & Lane Chartered Accountants\n"
        "18 High Street, Otley LS21 3AB",
        Category.TECHNICAL_ROUND,
    )
    assert guess is not None and guess.name == "Barker & Lane"


def test_a_roles_initials_are_never_the_employer() -> None:
    guess = company_guess(
        "Megan O'Sullivan",
        "megan.osullivan@easternrangeshealth.org.au",
        "Next stage – written clinical scenario task",
        "Hi Priya,\n\nThe scenario is attached:\n\n  A graduate nurse in the ED has been involved "
        "in two medication incidents.\n  The NUM has asked the CNE to respond.\n\n"
        "Kind regards,\nMegan\n\nMegan O'Sullivan\nTalent Acquisition Advisor | People & "
        "Culture\nEastern Ranges Health\nT 03 9871 4402",
        Category.TECHNICAL_ROUND,
    )
    assert guess is not None and guess.name == "Eastern Ranges Health"
    assert clean_candidate("NUM") == "" and clean_candidate("CEO") == ""


def test_an_italian_selection_team_is_cut_from_the_employer() -> None:
    assert clean_candidate("Ferramenta Bellini - Selezione del personale") == "Ferramenta Bellini"
    assert clean_candidate("Vinicola Marchetti – Selezione") == "Vinicola Marchetti"
