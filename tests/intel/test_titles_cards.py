"""Job cards: the title beside or above the company (LinkedIn, Indeed, job boards), and
signatures of the same shape that must not be read as the role."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_cards import card_title
from applytrack_desktop.intel.titles import extract_title

_FOOTER = "Good luck!\n\nYou are receiving these notification emails. Unsubscribe."


@pytest.mark.parametrize(
    ("body", "company", "title"),
    [
        # the demo's LinkedIn card, lines joined by the HTML-to-text step
        ("Your application was sent to Hooli\n\nProduct Analyst Hooli · Palo Alto, CA (Hybrid) "
         "Applied on September 4\n\n" + _FOOTER, "Hooli", "Product Analyst"),
        ("Your application was sent to Hooli\n\nProduct Analyst\nHooli · Palo Alto, CA\n\n"
         + _FOOTER, "Hooli", "Product Analyst"),
        ("Your application has been submitted\n\nSenior Product Manager\nQuill - Chicago, IL\n\n"
         "Quill will contact you.\n\n" + _FOOTER, "Quill", "Senior Product Manager"),
        ("Your application to Mosaic Data has been submitted!\n\niOS Engineer | Mosaic Data | "
         "Singapore\nApplied: 03/11\n\n" + _FOOTER, "Mosaic Data", "iOS Engineer"),
        ("Interview rescheduled\n\nTeaching Assistant - Pied Piper\nWas: May 9\nNow: May 7",
         "Pied Piper", "Teaching Assistant"),
    ],
)  # fmt: skip
def test_cards(body: str, company: str, title: str) -> None:
    assert card_title(body, company) == title
    assert extract_title(Prepared("Update", body), company) == title


@pytest.mark.parametrize(
    "body",
    [
        "Thanks!\n\nAll the best,\nNoah\nRecruiter | Acme\n+1 (219) 668-4046",
        "Talk soon.\n\nJürgen Bianchi\nSenior Data Engineer - Acme",
        "Best,\nMarcus\nVP Engineering, Acme",
        "New message from Sam Novak\nTechnical Recruiter at Acme\n\nHello Dana",
        "Jane Doe\nHead of Talent\nAcme - London, UK",
        "Acme is hiring across Europe.",
        "We build tools for Acme, Globex and Initech.",
        "Morgan\nCo-founder & CEO, Acme\n\nSent from my iPhone",
        # a signature with no name above it is still at the end of the letter
        "Thanks for your time today.\n\nSenior Data Engineer | Acme\n+1 555 0100",
    ],
)
def test_signatures_and_sentences_are_no_cards(body: str) -> None:
    assert card_title(body, "Acme") is None


def test_no_company_no_card() -> None:
    assert card_title("Product Analyst Hooli · Palo Alto", None) is None
