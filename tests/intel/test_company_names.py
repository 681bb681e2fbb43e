"""What is an employer's name: trimmed captures, display names, never a team or a person."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.companies import CompanyGuess
from applytrack_desktop.intel.company_names import clean_candidate, strip_legal_form

from .company_mail import company_guess


def test_display_name_keeps_the_tidy_spelling() -> None:
    guess = company_guess(
        "Acme Analytics Hiring Team", "no-reply@us.greenhouse-mail.io", "Thanks!", "Hi Sam."
    )
    assert guess == CompanyGuess("Acme Analytics")


def test_person_display_names_are_not_companies() -> None:
    guess = company_guess("Jennifer Walsh", "no-reply@hire.lever.co", "Update", "Thanks, Jennifer")
    assert guess is None


def test_person_from_company_display_name() -> None:
    guess = company_guess("Lena from Quantiq", "no-reply@hire.lever.co", "Next steps", "Hi Sam")
    assert guess == CompanyGuess("Quantiq")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The Acme Team", "Acme"),
        ("Acme Recruiting Team", "Acme"),
        ("Careers at Initech", "Initech"),
        ("Globex via Greenhouse", "Globex"),
        ("Senior Data Engineer", ""),
        ("Workable", ""),
        ("Our Team", ""),
        ("Hiring Team", ""),
        ("Equipa de", ""),  # what is left of "Equipa de Recrutamento"
        ("Recruteur", ""),
        ("Banco do Brasil", "Banco do Brasil"),
        ("Das Thistle Pharma Talent Team", "Thistle Pharma"),  # the article of "Team"
        ("L'équipe", ""),
        ("Glasshouse Software Recrutamento", "Glasshouse Software"),
        ("Talento de Quill Logistics", "Quill Logistics"),
        ("Dział HR", ""),  # "HR department", signed in Polish, Dutch, German
        ("Afdeling HR", ""),
        ("Abteilung Personal", ""),  # "L'équipe Talent Acquisition": the team, not an employer
        ("Umberfield Insurance Lavora con noi", "Umberfield Insurance"),  # its careers inbox
        ("Cinder Insurance Personalabteilung", "Cinder Insurance"),  # HR departments and
        ("RH de Orchard Energy", "Orchard Energy"),  # careers inboxes in other languages
        ("Larkspur Labs Carreiras", "Larkspur Labs"),
        ("Glasshouse Systems Werken bij", "Glasshouse Systems"),
        ("Carreras Group", "Carreras Group"),  # a name, not a suffix
        ("Dein Yarrow Bank", "Yarrow Bank"),  # German "your"
        ("Dein", ""),  # what "Dein Team von Acme" leaves before "Team"
        ("E-Mail", ""),  # "wir informieren Sie per E-Mail"
        ("Halvorsen College HR Services", "Halvorsen College"),  # the HR department signing
        ("Kingsbridge University People Services", "Kingsbridge University"),
        ("Northline Rail Services", "Northline Rail Services"),  # a name ending in Services
        ("Ember Recruiting Coordination", "Ember"),  # the team booking interviews
        ("Blue Harbor Bank Interview Scheduling", "Blue Harbor Bank"),
        ("Fieldstone Candidate Experience", "Fieldstone"),  # the team asking for feedback
        ("Halcyon Faculty Recruitment", "Halcyon"),  # a university's academic hiring team
        ("Confidential", ""),  # "Client: Confidential" on an agency's job card
        ("Das People-Team", ""),  # German "The People team": the article is no name
        ("Ufficio Risorse Umane", ""),  # Italian "HR office"
        ("Trellis HackerRank", "Trellis"),  # "the Trellis HackerRank assessment"
        ("Technical Round 2", ""),  # a step of the process ("Technical Round 2 - Analyst")
        ("First Stage", ""),
        ("Equipo de Selección de Soylent Foods", "Soylent Foods"),  # a team of the employer
        ("Equipe de Recrutamento da Larkspur Labs", "Larkspur Labs"),
        ("Ufficio Risorse Umane di Umberfield Insurance", "Umberfield Insurance"),
        ("Fjällvind Energi Rekrytering", "Fjällvind Energi"),  # the recruiting team in
        ("Nordlys Energi Rekruttering", "Nordlys Energi"),  # Swedish, Danish, Polish
        ("Bank Pomorski Kariera", "Bank Pomorski"),
        ("Elbtal Kliniken Ausbildung", "Elbtal Kliniken"),  # its apprenticeships team
        ("Skyreach Airways Cabin Crew Recruitment", "Skyreach Airways"),  # whom it hires
        ("Carrow Kent Student Recruitment", "Carrow Kent"),
        ("Halvorsen College Faculty Search", "Halvorsen College"),
        ("HM Revenue and Customs Vetting Unit", "HM Revenue and Customs"),
        ("Home Office Vetting Unit", "Home Office"),  # "Office" of a name stays
        ("Fairley Young People & Culture", "Fairley Young"),
        ("Hollins Park High School Office", "Hollins Park High School"),
        ("Blue Harbor Bank HR Helpdesk", "Blue Harbor Bank"),  # an HR help desk's ticket
        ("Umbrella Health HR Service Desk", "Umbrella Health"),
        ("Blue Harbor Bank People Support", "Blue Harbor Bank"),
        ("Alder Freight HR Department", "Alder Freight"),
        ("Human Resources Department", ""),
        ("Springfield Fire Department", "Springfield Fire Department"),  # the employer
        ("Graduate Recruitment", ""),
        ("Driftwood Bookings", "Driftwood"),  # a booking page named after the firm
        ("Confirmed", ""),  # "Confirmed: Acme intro call", what a calendar tool writes
        ("Neuer Termin", ""),
        ("Einladung", ""),
    ],
)
def test_clean_candidate(raw: str, expected: str) -> None:
    assert clean_candidate(raw) == expected


def test_a_branch_number_is_not_part_of_the_name() -> None:
    assert clean_candidate("Sterling Motors Store #4257") == "Sterling Motors"
    assert clean_candidate("Echo Location No. 12") == "Echo"
    assert clean_candidate("Store 24") == "Store 24"  # a number alone is not a branch suffix


def test_a_team_signing_a_platform_receipt_is_not_the_employer() -> None:
    assert clean_candidate("Recruitment Services") == ""
    assert clean_candidate("HR Shared Services") == ""
    assert clean_candidate("Acme Services") == "Acme Services"
    guess = company_guess(
        "Harbor Biosciences Inc.",
        "do-not-reply@taleo.net",
        "Your Application for Solutions Consultant (Toronto, ON)",
        "Thank you for your interest in employment with Harbor Biosciences Inc.. This email "
        "confirms that we have received your application.\n\nRegards,\nRecruitment Services\n"
        "Harbor Biosciences Inc.",
    )
    assert guess is not None
    assert guess.name == "Harbor Biosciences"


def test_a_display_name_naming_the_employer_then_its_ats_is_the_employer() -> None:
    guess = company_guess(
        "Meridian Foods | Gupy",
        "naoresponda@gupy.io",
        "Atualização sobre sua candidatura",
        "Olá Robin, agradecemos o seu interesse.",
    )
    assert guess is not None
    assert guess.name == "Meridian Foods"


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Saffron Software - Traffit", "noreply@traffit.com"),
        ("Saffron Software - HRlink", "noreply@hrlink.pl"),
        ("Saffron Software | eRecruiter", "noreply@erecruiter.pl"),
    ],
)
def test_a_platform_sending_as_employer_dash_platform_names_the_employer(
    name: str, address: str
) -> None:
    # A hiring platform we do not list sends from its own domain as "employer - platform":
    # the domain's name is the platform, the part before the dash the employer.
    text = (
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji. Potwierdzamy jej otrzymanie."
        "\n\nPozdrawiamy,\nDział HR"
    )
    guess = company_guess(name, address, "Potwierdzenie aplikacji", text, Category.CONFIRMATION)
    assert guess is not None and guess.name == "Saffron Software"


def test_a_person_before_the_dash_is_not_the_employer() -> None:
    guess = company_guess("Jane Doe - Acme", "jane@acme.com", "Hello", "Hi Robin, quick note.")
    assert guess is not None and guess.name == "Acme"


def test_a_writer_then_their_team_in_a_display_name_names_the_team() -> None:
    guess = company_guess(
        "Daniel Novak | Sunrise Senior Living Talent",
        "daniel.novak@sunriseliving.com",
        "Colloquio Sound Designer",
        "Ciao Robin, ti scrivo per fissare un colloquio.",
    )
    assert guess is not None and guess.name == "Sunrise Senior Living"
    guess = company_guess("Tariq Clarke (Halcyon Recruiting)", "no-reply@hire.lever.co", "Hi", "")
    assert guess is not None and guess.name == "Halcyon"


def test_a_one_word_display_name_on_an_ats_is_the_employer_even_if_a_given_name() -> None:
    ats_mail = company_guess("Amber", "noreply@smartrecruiters.com", "Prochaines étapes", "")
    assert ats_mail is not None and ats_mail.name == "Amber"
    # On a job network the same name is a person writing.
    network = company_guess("Amber", "inmail-hit-reply@linkedin.com", "Hi", "Quick question?")
    assert network is None


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Kranich Logistik GmbH", "Kranich Logistik"),
        ("Nordlicht Software GmbH & Co. KG", "Nordlicht Software"),
        ("Kookaburra Pty Ltd", "Kookaburra"),
        ("Sakura Tech Co., Ltd.", "Sakura Tech"),
        ("Infotech Solutions Pvt. Ltd.", "Infotech Solutions"),
        ("Acme Private Limited", "Acme"),
        ("Polmex Sp. z o.o.", "Polmex"),
        ("Danske Byg A/S", "Danske Byg"),
        ("Tejo Engenharia, Lda.", "Tejo Engenharia"),
        ("Grupo Sol S.A. de C.V.", "Grupo Sol"),
        ("Praha Data s.r.o.", "Praha Data"),
        ("Sakura Tech株式会社", "Sakura Tech"),  # Japanese, Chinese, Korean forms, no blank
        ("株式会社サクラ", "サクラ"),
        ("华为技术有限公司", "华为技术"),
        ("주식회사 한빛", "한빛"),
        ("Bramble & Co.", "Bramble & Co."),  # "& Co." is part of the brand
        ("Co", "Co"),  # never emptied
    ],
)
def test_legal_forms_of_many_countries_are_not_shown(name: str, shown: str) -> None:
    assert strip_legal_form(name) == shown


def test_a_guess_shows_the_name_without_its_legal_forms() -> None:
    guess = company_guess(
        "Talent Team",
        "noreply@talent.kookaburra.com.au",
        "Your application",
        "Thank you for applying to Kookaburra Pty Ltd.",
    )
    assert guess is not None and guess.name == "Kookaburra"


def test_a_writer_dash_employer_display_name_names_the_employer() -> None:
    guess = company_guess(
        "Yuki Tanaka - Wayne Logistics", "notifications@recruitee.com", "Next step", "Hi Sam."
    )
    assert guess is not None and guess.name == "Wayne Logistics"


def test_a_recruiter_hiring_for_at_an_employer_names_it() -> None:
    guess = company_guess(
        "Kwame Rivera via LinkedIn",
        "inmail-hit-reply@linkedin.com",
        "Dana, quick question",
        "Your experience looks like a great match for a Logistics Coordinator role I'm hiring "
        "for at Lattice Bio. Open to a quick chat?",
        Category.RECRUITER_OUTREACH,
    )
    assert guess is not None and guess.name == "Lattice Bio"


def test_a_department_then_the_employer_in_a_display_name_names_the_employer() -> None:
    guess = company_guess(
        "HR, Oakfield Community College", "hr@oakfieldcc.org.uk", "Selection process", "Hi."
    )
    assert guess is not None and guess.name == "Oakfield Community College"


def test_a_post_at_an_employer_names_it() -> None:
    guess = company_guess(
        "Arjun Wilson",
        "arjun@verticaltalent.io",
        "Teacher of Mathematics opportunity",
        "I'm currently looking for someone for a long-term Teacher of Mathematics cover post at "
        "Cedar Grove Elementary starting after half term.",
        Category.RECRUITER_OUTREACH,
    )
    assert guess is not None and guess.name == "Cedar Grove Elementary"


def test_a_person_writing_from_free_mail_names_the_employer_in_passing() -> None:
    process = company_guess(
        "Chloe Rossi",
        "chloerossi@gmail.com",
        "Phone screen confirmed",
        "Confirming our call. We'll go over the role and next steps in our process at Ember.",
    )
    assert process is not None and process.name == "Ember"
    reply = company_guess("Hiroshi Kowalski", "hk@gmail.com", "Re: Nordlicht - next steps", "Ok!")
    assert reply is not None and reply.name == "Nordlicht"


@pytest.mark.parametrize(
    "text",
    [
        "I'm currently looking for candidates for an opportunity as Associate Solicitor - "
        "Employment with Hale Whitmore LLP in their Atlanta office.",
        "I'm currently looking for candidates for an interim assignment (Library Assistant) "
        "with Hale Whitmore LLP, 3 months initially.",
    ],
)
def test_an_opportunity_with_an_employer_names_it(text: str) -> None:
    guess = company_guess(
        "Taylor Okafor via LinkedIn",
        "inmail-hit-reply@linkedin.com",
        "Work in Munich?",
        text,
        Category.RECRUITER_OUTREACH,
    )
    assert guess is not None and guess.name == "Hale Whitmore"  # "LLP" is not shown


def test_the_kind_of_an_offer_is_never_a_name() -> None:
    for kind in ("Provisional", "Conditional", "Verbal", "Final"):
        assert clean_candidate(kind) == ""


def test_a_schools_office_after_its_full_name_is_trimmed() -> None:
    assert clean_candidate("Oakfield Community College School Office") == (
        "Oakfield Community College"
    )
    assert clean_candidate("Kingsmead Learning Trust Office") == "Kingsmead Learning Trust"
    assert clean_candidate("Riverside Academy School") == "Riverside Academy"
    assert clean_candidate("Riverside School") == "Riverside School"  # the school itself


def test_faculty_or_staff_alone_is_a_team_not_a_name() -> None:
    for team in ("Faculty", "Staff", "Faculty Staff"):
        assert clean_candidate(team) == ""
    assert clean_candidate("Faculty of Medicine") == "Faculty of Medicine"
