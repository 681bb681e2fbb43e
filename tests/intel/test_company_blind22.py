"""Company extraction cases found in session 22 (agency subjects naming the client)."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_acronyms import name_before_initials
from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.company_notices import client_in_subject
from applytrack_desktop.intel.company_spelling import segmented

from .company_mail import company_name

_SIGNATURE = (
    "\n\nDarragh Fitzgerald\nSenior Consultant - Life Sciences Engineering\n"
    "Bellview Technical Recruitment\nwww.bellviewtechnical.ie"
)


@pytest.mark.parametrize(
    ("subject", "client"),
    [
        ("Brookfield - offer summary", "Brookfield"),
        ("Brookfield - 2nd round (site visit)", "Brookfield"),
        ("Re: Tolka Diagnostics - call with hiring manager", "Tolka Diagnostics"),
        ("Harrow Foods - final interview details", "Harrow Foods"),
        ("Data Engineer - interview", None),  # a role, not a client
        ("Senior Accountant - offer details", None),
        ("Update - interview", None),
        ("Brookfield - lunch on Friday?", None),  # no stage after the dash
    ],
)
def test_an_agency_subject_names_the_client_before_the_stage(
    subject: str, client: str | None
) -> None:
    assert client_in_subject(subject) == client


def test_an_agencys_offer_summary_names_the_client_of_its_subject() -> None:
    found = company_name(
        "Darragh Fitzgerald",
        "darragh@bellviewtechnical.ie",
        "Brookfield - offer summary",
        "Hi Aoife,\n\nA quick summary of what we went through on the phone:\n\n"
        "Role: CQV Engineer - Aseptic Fill Finish (permanent)\nBase salary: EUR 66,500\n\n"
        "Louise in Brookfield HR will send the formal offer letter by Monday." + _SIGNATURE,
        Category.OFFER,
    )
    assert found == "Brookfield"


def test_the_body_spelling_the_subjects_client_out_wins() -> None:
    found = company_name(
        "Leon Garvey",
        "leon@apexindustrialrecruitment.co.uk",
        "Northgate - offer!!",
        "Daniel,\n\nGreat news mate - Northgate Distribution want to offer you the Warehouse "
        "Team Leader role!\n\nLeon\nApex Industrial Recruitment",
        Category.OFFER,
    )
    assert found == "Northgate Distribution"


def test_a_successfactors_data_centre_is_no_tenant() -> None:
    assert ats.tenant_from_url("career2.successfactors.com", "/career?company=x") == ""
    assert ats.tenant_from_url("performancemanager5.successfactors.eu", "/sf/start") == ""


@pytest.mark.parametrize(
    "name", ["Ridgeback Engineering Group", "Halden Engineering Partners", "Ridgeback Engineering"]
)
def test_a_firm_named_for_its_trade_is_a_company(name: str) -> None:
    assert clean_candidate(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "Engineering",
        "Software Engineering",
        "Engineering Manager",
        "Head of Engineering",
        "VP Engineering",
        "Civil Engineering",
    ],
)
def test_a_trade_or_a_role_alone_is_not(name: str) -> None:
    assert clean_candidate(name) == ""


def test_an_employers_receipt_through_successfactors() -> None:
    found = company_name(
        "Ridgeback Engineering Group",
        "noreply@successfactors.com",
        "We have received your application - Job Req 21877",
        "Dear Thandiwe,\n\nThank you for applying for the position of Project Manager - Water "
        "& Sanitation (Job Req 21877) at Ridgeback Engineering Group, Cape Town.\n\nView it in "
        "the Ridgeback Careers portal (https://career2.successfactors.com/career?company=rb).",
        Category.CONFIRMATION,
    )
    assert found == "Ridgeback Engineering Group"


def test_a_spanish_boards_labelled_employer_with_its_legal_form() -> None:
    found = company_name(
        "InfoJobs",
        "noreply@infojobs.net",
        "Te has inscrito en la oferta: Jefe/a de Operaciones Logísticas",
        "Hola Lucía:\n\nTu inscripción se ha realizado correctamente.\n\nOferta: Jefe/a de "
        "Operaciones Logísticas\nEmpresa: Distribuciones Carpetana, S.L.\nUbicación: Madrid\n",
        Category.CONFIRMATION,
    )
    assert found == "Distribuciones Carpetana"


def test_a_boards_viewed_notice_names_the_employer_not_the_footers_zip_code() -> None:
    found = company_name(
        "ZipRecruiter",
        "noreply@ziprecruiter.com",
        "Good news: Fiesta Family Foods viewed your application",
        "Hi Marcus,\n\nFiesta Family Foods just viewed your application for Store Director.\n\n"
        "ZipRecruiter, Inc. 604 Arizona Ave, Santa Monica, CA 90401",
        Category.OTHER_JOB,
    )
    assert found == "Fiesta Family Foods"


@pytest.mark.parametrize("name", ["CA 90401", "NY 10001-2345"])
def test_a_state_and_zip_code_is_no_company(name: str) -> None:
    assert clean_candidate(name) == ""


def test_an_executive_search_names_the_client_it_is_retained_by() -> None:
    found = company_name(
        "Omar Haddad",
        "omar.haddad@meridiantalent.ae",
        "Senior Project Manager - Utilities & Infrastructure",
        "Dear Thandiwe,\n\nI lead the infrastructure desk at Meridian Talent Partners. I'm "
        "currently retained by Al Sahel Development Company to find a Senior Project Manager. "
        "The role sits in the client's Delivery Directorate.\n\nOmar",
        Category.RECRUITER_OUTREACH,
    )
    assert found == "Al Sahel Development Company"


def test_the_clients_assistant_is_no_company() -> None:
    found = company_name(
        "Omar Haddad",
        "omar.haddad@meridiantalent.ae",
        "Re: Senior Project Manager",
        "Dear Thandiwe,\n\nThe director would like to interview you on Thursday.\n\nLink: to "
        "follow from the client's EA, Ms. Reem.\n\nOmar\nMeridian Talent Partners",
        Category.INTERVIEW,
    )
    assert found != "EA"


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("noreply.pnet.co.za", "pnet"),
        ("careerjunction.co.za", "careerjunction"),
        ("mie.co.za", "mie"),
        ("jobandtalent.com", "jobandtalent"),
        ("talentclue.com", "talentclue"),
        ("harri.com", "harri"),
        ("zohorecruit.com.au", "zoho"),
    ],
)
def test_the_boards_and_tools_the_session_22_mail_came_from(host: str, platform: str) -> None:
    assert ats.platform_for_host(host) == platform


def test_a_boards_recruiter_is_not_the_employer() -> None:
    found = company_name(
        "Noelia García (Jobandtalent)",
        "noelia.garcia@jobandtalent.com",
        "Novedades sobre el proceso de Frigoríficos del Henares",
        "Hola Lucía:\n\nFrigoríficos del Henares nos ha comunicado que deja en pausa esta "
        "contratación.\n\nUn saludo,\nNoelia García\nRecruiter\nJobandtalent",
        Category.OTHER_JOB,
    )
    assert found == "Frigoríficos del Henares"


def test_a_boards_receipt_lists_the_employer_under_the_role() -> None:
    found = company_name(
        "CareerJunction",
        "noreply@careerjunction.co.za",
        "Application successful: Project Manager (Civils)",
        "Hi Thandiwe\n\nYour application was successfully submitted.\n\nProject Manager "
        "(Civils)\nMhlongo-Van Zyl Construction\nCape Town - Bellville | Permanent\n",
        Category.CONFIRMATION,
    )
    assert found == "Mhlongo-Van Zyl Construction"


def test_a_groups_talent_team_names_the_group() -> None:
    assert clean_candidate("Talento Grupo Ferrol") == "Grupo Ferrol"


def test_initials_spelled_out_in_brackets_name_the_employer() -> None:
    found = company_name(
        "TML · Talento",
        "notificaciones@talentclue.com",
        "Confirmación de candidatura – Responsable de Planificación",
        "Hola Lucía,\n\nGracias por inscribirte en la vacante Responsable de Planificación de "
        "Operaciones Portuarias de Terminales Marítimas del Levante (TML), en Valencia.",
        Category.CONFIRMATION,
    )
    assert found == "Terminales Marítimas del Levante"


def test_initials_of_a_law_are_no_employer() -> None:
    text = "Under the General Data Protection Regulation (GDPR) we keep"
    assert name_before_initials(text, "GDPR") == "General Data Protection Regulation"
    assert name_before_initials(text, "GDP") is None
    found = company_name(
        "Acme Careers",
        "careers@acme.com",
        "Your application",
        "Thank you for applying. Under the General Data Protection Regulation (GDPR) we keep "
        "your data for six months.\n\nAcme Careers",
        Category.CONFIRMATION,
    )
    assert found == "Acme"


@pytest.mark.parametrize(
    ("name", "cleaned"), [("HVM e-Recruitment", "HVM"), ("TML · Talento", "TML")]
)
def test_a_portals_name_keeps_the_employers_initials(name: str, cleaned: str) -> None:
    assert clean_candidate(name) == cleaned


def test_a_boards_read_receipt_in_spanish() -> None:
    found = company_name(
        "InfoJobs",
        "noreply@infojobs.net",
        "Distribuciones Carpetana ha leído tu CV",
        "Hola Lucía,\n\nDistribuciones Carpetana, S.L. ha leído el CV que enviaste para la "
        "oferta Jefe/a de Operaciones Logísticas.",
        Category.OTHER_JOB,
    )
    assert found == "Distribuciones Carpetana"


def test_an_agency_presenting_the_candidate_in_spanish_names_the_client() -> None:
    found = company_name(
        "Álvaro Quintana",
        "aquintana@montalbanreyes.es",
        "Re: Oportunidad confidencial – Jefe/a de Operaciones Logísticas",
        "Hola Lucía,\n\nYa he presentado tu candidatura a Farmadis y me confirman que quieren "
        "conocerte.\n\nÁlvaro Quintana Mesa\nSenior Consultant\nMontalbán & Reyes Selección",
        Category.INTERVIEW,
    )
    assert found == "Farmadis"


def test_a_subject_naming_the_employer_its_owners_mailbox_spells() -> None:
    text = "Marcus - we decided to go with an internal candidate.\n\nLuis\n\nSent from my iPhone"
    assert company_name("Luis Ortega", "luis.ortega.redmesa@gmail.com", "Red Mesa", text) == (
        "Red Mesa"
    )
    # a subject the mailbox does not spell names nobody
    assert company_name("Luis Ortega", "luis.ortega@gmail.com", "Red Mesa", text) is None


def test_a_signature_firm_whose_domain_adds_its_town() -> None:
    found = company_name(
        "Colm O'Sullivan",
        "gm@anchoragehotelkinsale.ie",
        "Front Office Supervisor",
        "Hi Orla,\n\nWe've decided to go with another candidate.\n\nColm O'Sullivan\nGeneral "
        "Manager\nThe Anchorage Hotel, Pier Road, Kinsale, Co. Cork\n021 477 551",
        Category.REJECTION,
    )
    assert found == "Anchorage Hotel"


def test_a_signature_firm_the_owners_mailbox_spells() -> None:
    found = company_name(
        "Dimitri Kalogeropoulos",
        "dimitri.saltbush@gmail.com",
        "Barista job!!",
        "Hey Ruby!\n\nWe'd love to have you on board as our barista.\n\nCheers,\nDimitri\n"
        "Saltbush Café - 401 Sydney Rd Brunswick\n0433 555 291",
        Category.OFFER,
    )
    assert found == "Saltbush Café"


def test_a_nordic_agency_names_its_client() -> None:
    found = company_name(
        "Mattias Öberg",
        "mattias.oberg@ljusgarden.se",
        "Lead Service Designer till Solvik Energi – intressant?",
        "Hej Aino,\n\nJag är rekryteringskonsult på Ljusgården Rekrytering.\n\nMin kund Solvik "
        "Energi – ett växande bolag – söker en Lead Service Designer.",
        Category.RECRUITER_OUTREACH,
    )
    assert found == "Solvik Energi"


def test_a_department_before_the_dash_is_not_the_employer() -> None:
    found = company_name(
        "Administración - Ortega Climent Abogados",
        "administracion@ortegaclimentabogados.es",
        "Recepción de candidatura - Auxiliar administrativo/a",
        "Estimada Lucía:\n\nLe confirmamos la recepción de su candidatura.\n\nRosa Climent\n"
        "Responsable de Administración\nOrtega Climent Abogados",
        Category.CONFIRMATION,
    )
    assert found == "Ortega Climent Abogados"


@pytest.mark.parametrize(
    ("stem", "readable"),
    [
        ("greerandsons", "Greer & Sons"),
        ("smithandpartners", "Smith & Partners"),
        ("maisonverdier", "Maison Verdier"),
        ("estudionube", "Estudio Nube"),
        ("norrlogistik", "Norr Logistik"),
        ("studiomarrow", "Studio Marrow"),
        ("brandsons", "Brandsons"),  # "and" needs a name before it
        ("groveandpine", "Groveandpine"),  # no known word after "and": left whole
    ],
)
def test_a_small_firms_domain_made_readable(stem: str, readable: str) -> None:
    assert segmented(stem) == readable


def test_a_spanish_search_firm_is_an_agency_and_its_subject_names_the_client() -> None:
    found = company_name(
        "Álvaro Quintana",
        "aquintana@montalbanreyes.es",
        "Farmadis – siguiente fase",
        "Hola Lucía,\n\nFarmadis quiere avanzar contigo: te envío el caso práctico.\n\n"
        "Álvaro Quintana Mesa\nSenior Consultant · Supply Chain & Logistics\n"
        "Montalbán & Reyes Selección\nwww.montalbanreyes.es",
        Category.TECHNICAL_ROUND,
    )
    assert found == "Farmadis"


@pytest.mark.parametrize(
    ("subject", "client"),
    [
        ("Farmadis – siguiente fase", "Farmadis"),
        ("Solvik – nästa steg", "Solvik"),
        ("Acme - entretien jeudi", "Acme"),
        ("Data Analyst - entrevista", None),
        ("SV: Återkoppling från Solvik", "Solvik"),
        ("Rückmeldung von Hallstrom Pharma", "Hallstrom Pharma"),
    ],
)
def test_an_agency_subject_names_the_client_in_other_languages(
    subject: str, client: str | None
) -> None:
    assert client_in_subject(subject) == client


def test_a_turkish_hr_team_is_the_employers() -> None:
    assert clean_candidate("Demirtaş Lojistik İK") == "Demirtaş Lojistik"
