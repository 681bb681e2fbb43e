"""A staffing firm is never the employer: international groups and recruiters' own words."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.companies import extract_company
from applytrack_desktop.intel.company_agency import staffing_mail
from applytrack_desktop.intel.text import prepare

from .company_mail import company_mail


@pytest.mark.parametrize(
    ("name", "address", "text"),
    [
        # A staffing group whose name carries no agency word.
        (
            "Pierre Ivanova",
            "pierre.ivanova@roberthalf.fr",
            "Bonjour Mina, je suis consultante chez Robert Half et votre profil a retenu mon "
            "attention pour un poste de Social Media Manager en CDI.\n\nPierre Ivanova",
        ),
        # A firm we do not list, saying what it is.
        (
            "Ethan Kowalski",
            "ethan.kowalski@northbridge-partners.de",
            "Hallo, ich bin Personalberater bei Northbridge Partners und suche derzeit einen "
            "Machine Learning Engineer (m/w/d).\n\nEthan Kowalski\nNorthbridge Partners",
        ),
        (
            "Devon Singh",
            "devon.singh@iberiaconsult.es",
            "Estimada Claire: soy consultora de selección en Iberia Consult. Tengo una "
            "oportunidad como Community Manager.\n\nDevon Singh\nIberia Consult",
        ),
    ],
)
def test_a_recruiter_at_a_staffing_firm_does_not_name_the_firm(
    name: str, address: str, text: str
) -> None:
    message = company_mail(name, address, "Opportunity", text)
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert guess is None


def test_the_client_a_staffing_group_names_is_the_employer() -> None:
    message = company_mail(
        "Amara Torres",
        "amara.torres@hays.de",
        "Interview bei Quarry Analytics",
        "Hallo Sam,\n\nQuarry Analytics would like to invite you to an interview for the "
        "Data Engineer role.\n\nAmara Torres\nHays",
    )
    guess = extract_company(message, prepare(message), Category.INTERVIEW)
    assert guess is not None
    assert guess.name == "Quarry Analytics"


def test_an_employer_recruiting_for_itself_is_not_a_staffing_firm() -> None:
    message = company_mail(
        "Lena Yilmaz",
        "lena@linearmotion.com",
        "Android Developer",
        "Hi Mina, I'm the recruiter for our Android Developer team here at Linear Motion.",
    )
    assert not staffing_mail("linearmotion", prepare(message))
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert guess is not None
    assert guess.name == "Linear Motion"


def _agency_guess(text: str) -> str | None:
    message = company_mail("Olivia Brown", "olivia.brown@codehire.io", "Your profile", text)
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    return None if guess is None else guess.name


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("We have an urgent requirement with one of our clients.\n\nRole: Auditor\n"
         "Client: Marigold\nDuration: 6 months", "Marigold"),
        ("Urgent requirement with a direct client.\n\nRole: Auditor\nClient: Confidential\n"
         "Type: Permanent", None),
        ("I'm working exclusively with Mercury Works on an Investment Analyst hire.",
         "Mercury Works"),
        ("Good news on the Research Fellow job you applied for through us - Institute of "
         "Marine Sciences liked your CV.", "Institute of Marine Sciences"),
    ],
)  # fmt: skip
def test_an_agency_names_its_client_on_a_job_card_or_in_passing(
    text: str, company: str | None
) -> None:
    assert _agency_guess(text) == company


@pytest.mark.parametrize(
    "text",
    [
        "Just confirming I've received your application. If your experience fits I'll be in "
        "touch before putting you forward.\n\nBen Gupta\nTalent Partner\nRW Consulting",
        "ich melde mich, weil ich eine spannende Position als Curriculum Developer zu besetzen "
        "habe.\n\nArjun Silva\nSenior Consultant | Personalwerk Consulting",
    ],
)
def test_a_consultant_putting_you_forward_is_an_agency_not_the_employer(text: str) -> None:
    message = company_mail("Ben Gupta", "ben@rwconsulting.com", "Thanks for your application", text)
    assert staffing_mail("rwconsulting", prepare(message))
    assert extract_company(message, prepare(message), Category.CONFIRMATION) is None


@pytest.mark.parametrize(
    ("name", "address", "text", "expected"),
    [
        # A travel-nurse agency signing its own name; its client's hospital, "I" not in it.
        ("Rosa Kowalski", "rkowalski@meridiantravelnursing.com",
         "Hey Priya - are you open to a new assignment? I have a hot Travel CT Technologist job "
         "at Desert Palms Medical Center I think you'd be great for.\n\nRosa Kowalski\n"
         "Recruiter | Meridian Travel Nursing", "Desert Palms Medical Center"),
        ("Liam Khan", "liam.khan@vividtravel.com",
         "Hi Claire! I wanted to reach out about a Travel Respiratory Therapist contract at St. "
         "Brendan Regional Hospital.\n\nIf you're interested, reply and I'll submit you today.\n\n"
         "Liam Khan\nRecruiter | Vivid Travel Health", "St. Brendan Regional Hospital"),
        # A temp agency's booking, and a trades agency's one-liner.
        ("Jamie Khan", "j.khan@bluearrow.com", "Hello Priya,\n\nConfirming your booking: "
         "Scaffolder at Ashdown Construction.\n\nThanks,\nJamie\nBlue Arrow Temps",
         "Ashdown Construction"),
        ("Camille Davis", "camille@buildright.com", "Morning Alex - Keller Mechanical are after "
         "a Scaffolder on their housing job. Need CSCS and own tools. The client has asked for "
         "tickets. You about?\n\nCamille", "Keller Mechanical"),
    ],
)  # fmt: skip
def test_an_agency_for_temps_and_travel_nurses_names_its_client(
    name: str, address: str, text: str, expected: str
) -> None:
    message = company_mail(name, address, "Job for you", text)
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert guess is not None
    assert guess.name == expected


@pytest.mark.parametrize(
    ("name", "address", "text", "expected"),
    [
        ("Alexis Evans", "aevans@kompassearch.dk", "Hej,\n\nJeg skriver til dig, fordi vi "
         "hjælper Region Østjylland med at finde en ny IT-supporter.\n\nMvh.\nAlexis Evans\n"
         "Researcher, Kompas Rekruttering", "Region Østjylland"),
        ("Sofia Johnson", "sofia@hyggesearch.no", "Hei,\n\nJeg tar kontakt fordi vi bistår "
         "Fjordkraft Nett med å rekruttere en Driftsoperatør.\n\nHilsen\nSofia Johnson",
         "Fjordkraft Nett"),
    ],
)  # fmt: skip
def test_a_search_firm_helping_its_client_names_the_client(
    name: str, address: str, text: str, expected: str
) -> None:
    message = company_mail(name, address, "Fortrolig henvendelse", text)
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert guess is not None
    assert guess.name == expected


@pytest.mark.parametrize(
    ("address", "text", "expected"),
    [
        ("ajohnson@ridgewaypartners.com", "Hi Claire,\n\nI lead the technology practice at "
         "Ridgeway Partners, and we have been retained by Brightwater Foods to appoint their "
         "Head of Supply Chain.\n\nKind regards,\nAna Johnson\nManaging Partner, Ridgeway "
         "Partners", "Brightwater Foods"),
        ("pierre@stanmorepartners.com", "Hi Tobias,\n\nStanmore Associates has been asked to run "
         "a confidential search for a Chief Operating Officer for Harcourt Lane.\n\nPierre "
         "Ivanova\nPrincipal, Stanmore Associates", "Harcourt Lane"),
        # A mandate from an unnamed client names no employer, never the search firm.
        ("asilva@ridgeway.com", "Dear Jordan,\n\nI lead the consumer practice at Ridgeway "
         "Partners, and we have been retained by a FTSE 250 client to appoint their Managing "
         "Director.\n\nAhmed Silva\nPartner, Ridgeway Partners", None),
    ],
)  # fmt: skip
def test_an_executive_search_mandate_names_the_client_or_nobody(
    address: str, text: str, expected: str | None
) -> None:
    message = company_mail("Ana Johnson", address, "Confidential search", text)
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert (guess.name if guess else None) == expected


@pytest.mark.parametrize(
    ("name", "address", "subject", "text", "client"),
    [
        # A French search firm's client, named after "l'un de nos clients"
        ("Julie Morel", "j.morel@santerh-conseil.fr", "Opportunité IBODE",
         "Je suis consultante en recrutement chez SantéRH Conseil. Je recherche pour l'un de "
         "nos clients, la Clinique des Alpes à Annecy, un(e) IBODE.\n\nJulie Morel\n"
         "SantéRH Conseil - Lyon", "Clinique des Alpes"),
        # A Spanish firm "helping" its client; the subject ends with the client and a place
        ("Álvaro Ruiz", "alvaro.ruiz@talentonorte.es",
         "Propuesta: Jefe de Obra - Construcciones Ibarra (Bilbao)",
         "Soy Álvaro, consultor de Talento Norte. Estamos ayudando a Construcciones Ibarra a "
         "incorporar un Jefe de Obra.\n\nÁlvaro Ruiz\nTalento Norte", "Construcciones Ibarra"),
        # The reader's own employer ("your work at Northgate") is never the one hiring
        ("Tom Ellery", "tom.ellery@harcourtsearch.co.uk", "Quick one - QA contract",
         "I've got a contract going for a Senior QA Automation Engineer. Saw on your CV you "
         "did similar work at Northgate. Are you available?\n\nTom\nHarcourt Search Ltd", None),
    ],
)  # fmt: skip
def test_agency_clients_in_french_and_spanish(
    name: str, address: str, subject: str, text: str, client: str | None
) -> None:
    message = company_mail(name, address, subject, text)
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert (None if guess is None else guess.name) == client


def test_a_school_districts_recruitment_team_is_no_agency() -> None:
    message = company_mail(
        "Angela Brooks",
        "abrooks@lakeviewusd.org",
        "Math teacher opening at Lakeview Middle School",
        "I'm the certificated recruiter for Lakeview Unified School District. We have an "
        "opening for a Math Teacher at Lakeview Middle School.\n\nAngela Brooks\n"
        "Certificated Recruitment, Human Resources\nLakeview Unified School District",
    )
    guess = extract_company(message, prepare(message), Category.RECRUITER_OUTREACH)
    assert guess is not None
    assert guess.name == "Lakeview Unified School District"


def test_an_employers_recruitment_team_signing_above_the_firm_is_no_agency() -> None:
    message = company_mail(
        "Olivia Marsh",
        "olivia.marsh@haldenrowe.com",
        "Second round - case study | Strategy Associate",
        "Thank you for your time with Edward and Priyanka last week. They would like to invite "
        "you to the second round.\n\nBest regards,\n\nOlivia Marsh\nGraduate & Associate "
        "Recruitment\nHalden & Rowe LLP",
    )
    guess = extract_company(message, prepare(message), Category.TECHNICAL_ROUND)
    assert guess is not None
    assert guess.name == "Halden & Rowe"
