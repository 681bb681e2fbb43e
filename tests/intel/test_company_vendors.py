"""Vendors writing for an employer: screening services, e-signature envelopes."""

from __future__ import annotations

from datetime import UTC, datetime

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.companies import CompanyGuess, extract_company
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import MailMessage


def _company(
    name: str, address: str, subject: str, text: str, category: Category
) -> CompanyGuess | None:
    message = MailMessage(
        message_id="<t@test>",
        subject=subject,
        sender_name=name,
        sender_address=address,
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text=text,
    )
    return extract_company(message, prepare(message), category)


def test_a_vendor_on_behalf_of_an_employer_names_the_employer() -> None:
    guess = _company(
        "Sterling on behalf of Indigo Textiles",  # a screening vendor sending for the employer
        "noreply@sterlingcheck.com",
        "Reminder: complete your background check",
        "Hello Tobias,\n\nYour background check is still pending.\n\nKind regards,\nAlexis",
        Category.OTHER_JOB,
    )
    assert guess is not None
    assert guess.name == "Indigo Textiles"


def test_an_employment_offer_envelope_does_not_name_employment() -> None:
    guess = _company(
        "Javier Park via Dropbox Sign",
        "dse@hellosign.com",
        "Complete with Dropbox Sign: Employment Offer - IT Administrator",
        "Javier Park sent you a document to review and sign.\n\nEmployment Offer - IT "
        "Administrator\n\nREVIEW DOCUMENT",
        Category.OFFER,
    )
    assert guess is None or guess.name != "Employment"


def test_the_person_who_sent_an_esignature_envelope_is_not_the_employer() -> None:
    guess = _company(
        "Bianca Kowalski via Dropbox Sign",
        "dse@hellosign.com",
        "Please sign: Offer Letter - Claire Fontaine",
        "Bianca Kowalski sent you a document to review and sign.\n\nOffer Letter - Claire "
        "Fontaine\n\nView document",
        Category.OFFER,
    )
    assert guess is None or guess.name != "Bianca Kowalski"


def test_a_tool_we_do_not_list_sending_via_its_own_domain_is_not_the_employer() -> None:
    guess = _company(
        "Estrella Foods via Referoo",
        "noreply@referoo.com.au",
        "Reminder: references outstanding",
        "Dear Candidate,\n\nYou've been invited to complete the Referoo reference process. Add "
        "your references using the secure link below.\n\nThanks,\nReferoo",
        Category.OTHER_JOB,
    )
    assert guess is not None
    assert guess.name == "Estrella Foods"
