"""Company extraction cases found on the session-23 blind set's job mail (after it was first
measured): initials spelled out on a line of their own, a domain with "and", a postcode,
department phrases around a name, country domains of free mail, honorifics in Japanese."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.ats import is_free_mail
from applytrack_desktop.intel.company_acronyms import name_of_initials
from applytrack_desktop.intel.company_cjk import cjk_company
from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.company_spelling import spelled_in

from .company_mail import company_name


def test_initials_are_spelled_out_by_a_line_of_the_body() -> None:
    found = company_name(
        "GACN Talent Acquisition",
        "no-reply@ekxq.fa.em2.oraclecloud.com",
        "Thank you for applying: Regional M&E Advisor",
        "Global Alliance for Child Nutrition | Careers\n\nDear Njeri,\n\nThank you for "
        "applying for the Regional M&E Advisor position. We will review your application.\n\n"
        "GACN Talent Acquisition",
        Category.CONFIRMATION,
    )
    assert found == "Global Alliance for Child Nutrition"


@pytest.mark.parametrize(
    ("body", "acronym", "name"),
    [
        (
            "Global Alliance for Child Nutrition | Careers",
            "GACN",
            "Global Alliance for Child Nutrition",
        ),
        ("Bureau of Coastal Resilience, Room 4", "BCR", "Bureau of Coastal Resilience"),
        ("Good And Clean Nights are here", "GACN", None),  # "are" breaks the run: no name
        ("Human Resources", "HR", None),  # two letters: too many runs match by chance
        ("global alliance for child nutrition", "GACN", None),  # not capitalised
    ],
)
def test_name_of_initials(body: str, acronym: str, name: str | None) -> None:
    assert name_of_initials(body, acronym) == name


def test_a_domain_that_spells_and_keeps_its_ai_ending() -> None:
    found = company_name(
        "Lani Fonoti",
        "lani@smokeandkai.co.nz",
        "hey from Smoke & Kai",
        "Hi Tama,\n\nSaw your CV come through - we're after a senior line cook. Keen for a "
        "chat this week?\n\nLani",
        Category.RECRUITER_OUTREACH,
    )
    assert found == "Smoke & Kai"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("20124 Milano", ""),  # a postcode and its town
        ("D-30177 Hannover", ""),
        ("School Office - St Brendan's Academy", "St Brendan's Academy"),
        ("HR Dela Cruz Tan & Associates", "Dela Cruz Tan & Associates"),
        ("HR Block", "HR Block"),  # one word after "HR": a name of its own
        ("SKILLS ASSESSMENT SCHEDULE", ""),
        ("Acme Update", ""),
        ("Tessitura Valsecchi - Ufficio Personale", "Tessitura Valsecchi"),
        ("Casa Orsolina - Ricerca e Selezione", "Casa Orsolina"),
        ("UNDPO eRecruit", "UNDPO"),
        ("UNDPO Recruitment Nairobi", "UNDPO"),  # the team of one office
        ("Acme Talent Brooks", "Acme Talent Brooks"),  # no town after the team word
        ("Northwind Foods", "Northwind Foods"),
    ],
)
def test_clean_candidate_drops_places_teams_and_steps(raw: str, clean: str) -> None:
    assert clean_candidate(raw) == clean


def test_a_team_before_the_domains_firm_is_not_an_employer_before_a_platform() -> None:
    found = company_name(
        "School Office - St Brendan's Academy",
        "office@stbrendansacademy.org.uk",
        "Invitation to Interview - Teacher of Mathematics",
        "Dear Ms Reid,\n\nI am delighted to invite you to interview on Wednesday.\n\nYours "
        "sincerely\n\nMrs Alison Crichton\nSchool Business Manager\n\nSt Brendan's Academy\n"
        "Inverleith Terrace, Edinburgh EH3 5NS",
        Category.INTERVIEW,
    )
    assert found == "St Brendan's Academy"


def test_an_agency_names_its_client_after_a_comma() -> None:
    found = company_name(
        "Federica Gatti",
        "f.gatti@selectahr.it",
        "Opportunità Buyer Home Décor & Tessile",
        "Ciao Chiara,\n\nti scrivo per una posizione che sto seguendo per un nostro cliente, "
        "Deda Home. È un'azienda brianzola di complementi d'arredo.\n\nFederica Gatti\n"
        "Selecta HR S.r.l. | Corso Buenos Aires 54, 20124 Milano",
        Category.RECRUITER_OUTREACH,
    )
    assert found == "Deda Home"


@pytest.mark.parametrize(
    ("host", "free"),
    [("yahoo.gr", True), ("hotmail.com.br", True), ("outlook.es", True), ("acme.gr", False)],
)
def test_free_mail_in_any_country(host: str, free: bool) -> None:
    assert is_free_mail(host) is free


def test_a_person_a_scheduling_tool_names_is_not_the_employer() -> None:
    found = company_name(
        "Calendly",
        "notifications@calendly.com",
        "Confirmed: Quality Engineer Interview with Yuko Hamada on Thursday, April 16",
        "Hi Kenta,\n\nYour Quality Engineer Interview with Yuko Hamada is scheduled.\n",
        Category.INTERVIEW,
    )
    assert found != "Yuko Hamada"


@pytest.mark.parametrize(
    ("subject", "body", "name"),
    [
        (
            "【doda】応募(推薦)手続きが完了しました",
            "■企業名\n企業名新和ゴム工業株式会社\n",
            "新和ゴム工業株式会社",
        ),
        (
            "【浪速電装様】一次面接日程確定のご連絡",
            "早速ですが、浪速電装様へ推薦させていただきました。",
            "浪速電装",
        ),
        (
            "選考結果のご連絡(新和ゴム工業様)",
            "新和ゴム工業様より選考結果のご連絡をいただきました。",
            "新和ゴム工業",
        ),
        (
            "【新和ゴム工業様】書類選考通過のご連絡",
            "先日推薦いたしました新和ゴム工業株式会社様(品質保証エンジニア)より、ご連絡がありました。",
            "新和ゴム工業株式会社",
        ),
    ],
)
def test_japanese_agents_name_the_client_with_an_honorific(
    subject: str, body: str, name: str
) -> None:
    found = cjk_company("doda 吉川 翔太", subject, f"田中 健太 様\n\n{body}")
    assert found is not None and found.name == name


def test_a_persons_name_with_an_honorific_is_not_a_firm() -> None:
    found = cjk_company("森田 浩二", "ご連絡", "田中 健太 様\n\n吉川様よりご連絡をいただきました。")
    assert found is None or found.name != "吉川"


@pytest.mark.parametrize(
    ("stem", "text", "name"),
    [
        ("albertierossi", "Alberti & Rossi | Colloquio", "Alberti & Rossi"),  # Italian "e"
        ("garciayruiz", "Bufete García & Ruiz", "García & Ruiz"),  # Spanish "y"
        ("muellerundsohn", "Müller & Sohn GmbH", "Müller & Sohn"),  # German "und"
        ("barkerandlane", "Barker & Lane Estates", "Barker & Lane"),
        ("albertirossi", "Alberti & Rossi", "Alberti & Rossi"),  # the "&" left out
    ],
)
def test_a_domain_spells_the_ampersand_in_its_language(stem: str, text: str, name: str) -> None:
    assert spelled_in(stem, (text,)) == name


def test_a_board_we_know_by_name_lists_the_employer_under_the_role() -> None:
    found = company_name(
        "BrighterMonday Kenya",
        "noreply@brightermonday.co.ke",
        "Your application for Programme Manager - Youth Livelihoods has been sent",
        "BrighterMonday\n\nHi Njeri,\n\nYour application has been sent successfully!\n\n"
        "Programme Manager - Youth Livelihoods\nPwani Youth Empowerment Trust\n"
        "Mombasa · Full Time · NGO, NPO & Charity\n",
        Category.CONFIRMATION,
    )
    assert found == "Pwani Youth Empowerment Trust"


@pytest.mark.parametrize(
    ("subject", "body", "name"),
    [
        (
            "Bazar Meneghino ha visualizzato la tua candidatura",
            "Buone notizie, Chiara!\n\nBazar Meneghino ha visualizzato la tua candidatura per "
            "Category Manager Junior.",
            "Bazar Meneghino",
        ),
        (
            "Hai inviato la tua candidatura per: Buyer Abbigliamento Bambino",
            "Ciao Chiara,\nla tua candidatura per l'offerta Buyer Abbigliamento Bambino di "
            "PICCOLO PASSO S.R.L. (Cernusco sul Naviglio, MI) è stata inviata.",
            "PICCOLO PASSO",
        ),
    ],
)
def test_boards_notices_in_italian_name_the_employer(subject: str, body: str, name: str) -> None:
    assert company_name("InfoJobs", "noreply@infojobs.it", subject, body) == name


def test_a_platforms_sender_name_spells_out_the_name_its_mail_signs_with() -> None:
    found = company_name(
        "Grandi Magazzini Aurelia",
        "noreply@smartrecruiters.com",
        "Update on the Buyer Casa & Regalo position",
        "Dear Chiara,\n\nThe Buyer Casa & Regalo position has been put on hold.\n\n"
        "Kind regards,\nAurelia Talent Acquisition\nAurelia",
        Category.OTHER_JOB,
    )
    assert found == "Grandi Magazzini Aurelia"


def test_an_agency_known_by_its_licence_names_the_client_of_a_bilingual_subject() -> None:
    found = company_name(
        "Sarah Lin",
        "sarah.lin@harbourline-partners.com",
        "Re: Interview invitation - Vantor Fluid Systems / 面接のご案内",
        "Matsumoto-san,\n\nGood news - feedback from the first interview was very strong. They "
        "would like to move straight to the final round.\n\nSarah Lin\nSenior Consultant\n"
        "Harbourline Partners K.K.\nwww.harbourline-partners.com\nLicence No. 27-ユ-301234",
        Category.INTERVIEW,
    )
    assert found == "Vantor Fluid Systems"


@pytest.mark.parametrize(
    "flattery",
    [
        "Tes 7 ans chez Jeux Boussole, dont 3 comme lead, cochent pas mal toutes les cases.",
        "Your 6 years at Jeux Boussole are exactly what they need.",
    ],
)
def test_a_recruiters_flattery_names_the_readers_current_employer_not_the_client(
    flattery: str,
) -> None:
    found = company_name(
        "Jean-François Cyr",
        "jfcyr@talentspixel.ca",
        "Opportunité – Producteur(trice) associé(e)",
        "Salut Camille,\n\nUn de mes clients, un studio indépendant, cherche un(e) "
        f"Producteur(trice) associé(e). {flattery}\n\nJean-François Cyr\nTalents Pixel",
        Category.RECRUITER_OUTREACH,
    )
    assert found != "Jeux Boussole"
