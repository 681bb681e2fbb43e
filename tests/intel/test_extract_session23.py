"""Extraction cases found in session 23 on the training mail: a domain that adds the firm's
trade ("whitcombehale-law.com"), an umlaut written as two letters, German office titles."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.company_spelling import spelled_before_trade, spelled_in
from applytrack_desktop.intel.title_clean import has_job_noun

from .company_mail import company_name


def test_a_domain_that_adds_the_trade_is_spelled_by_the_signature() -> None:
    found = company_name(
        "Brenda Sykes",
        "bsykes@whitcombehale-law.com",
        "Legal Assistant - writing exercise",
        "Hi Dana,\n\nAttached is the short writing exercise we mentioned. Please send it "
        "back by Friday noon.\n\nBrenda Sykes\nOffice Manager\nWhitcombe & Hale, PLLC\n"
        "210 Market St, Suite 4",
        Category.TECHNICAL_ROUND,
    )
    assert found == "Whitcombe & Hale"


def test_the_trade_word_stays_when_the_domain_abbreviates_it() -> None:
    body = "Mit freundlichen Grüßen\n\nPetra Vogt\nKrämer & Vogt Steuerberatung PartG mbB\n"
    assert spelled_before_trade("kraemer-vogt-stb", body) == "Krämer & Vogt Steuerberatung"
    # "law" does not abbreviate "PLLC": the name alone
    assert spelled_before_trade("whitcombehale-law", "Whitcombe & Hale PLLC") == (
        "Whitcombe & Hale"
    )
    # no hyphen, a long last part or a short head: not this rule's case
    assert spelled_before_trade("whitcombehalelaw", "Whitcombe & Hale PLLC") == ""
    assert spelled_before_trade("whitcombe-halelaw", "Whitcombe & Hale PLLC") == ""
    assert spelled_before_trade("ab-law", "Ab Law") == ""


def test_a_fuller_name_in_the_mail_wins_over_the_domain_spelling() -> None:
    found = company_name(
        "Maria Lopez",
        "mlopez@cedargrove-es.org",
        "Demo lesson on Tuesday",
        "Dear Sam,\n\nThank you for your application to Cedar Grove Elementary. We would "
        "like you to teach a 20-minute demo lesson on Tuesday.\n\nMaria Lopez\nPrincipal",
        Category.TECHNICAL_ROUND,
    )
    assert found == "Cedar Grove Elementary"


@pytest.mark.parametrize(
    ("stem", "text", "name"),
    [
        ("gaertnereisommer", "Ihre Gärtnerei Sommer, Freiburg", "Gärtnerei Sommer"),
        ("mueller", "Viele Grüße\nMüller Haustechnik", "Müller"),
        ("raphaelhotel", "Raphael Hotel, Vienna", "Raphael Hotel"),  # a real "ae"
        ("kraemer", "Kramer and sons", ""),  # no umlaut written: not the same name
    ],
)
def test_an_umlaut_the_domain_writes_as_two_letters(stem: str, text: str, name: str) -> None:
    assert spelled_in(stem, (text,)) == name


@pytest.mark.parametrize(
    "title",
    [
        "Steuerfachangestellte/r (m/w/d)",
        "Industriekaufmann (m/w/d)",
        "Industriekauffrau",
        "Finanzbuchhalter",
        "Pflegefachfrau",
        "Softwareentwicklerin",
        "Bauleiterin",
        "Projektleiterin Hochbau",
        # Québec and France, Spain and Latin America, Portugal and Brazil
        "Producteur(trice) associé(e) – Mobile",
        "Coordonnateur(trice) de production",
        "Encargado/a de Bodega",
        "Asistente de Obra",
        "Empregada de balcão",
        "Zimmerer (m/w/d)",
        # Hungarian, Czech, Turkish, Finnish, Greek, Swedish
        "Junior könyvelő",
        "Účetní",
        "Satış Temsilcisi",
        "Myyntineuvottelija",
        "Λογιστής/Λογίστρια",
        "Fastighetstekniker",
    ],
)
def test_german_office_trades_and_womens_titles_are_job_nouns(title: str) -> None:
    assert has_job_noun(title)


@pytest.mark.parametrize("text", ["Berlin", "Kaffee und Kuchen", "Gartenarbeit", "Hotel Sonne"])
def test_everyday_german_words_are_not_job_nouns(text: str) -> None:
    assert not has_job_noun(text)
