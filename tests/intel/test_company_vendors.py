"""Vendors writing for an employer: screening services, e-signature envelopes."""

from __future__ import annotations

from applytrack_desktop.core.enums import Category

from .company_mail import company_guess


def test_a_vendor_on_behalf_of_an_employer_names_the_employer() -> None:
    guess = company_guess(
        "Sterling on behalf of Indigo Textiles",  # a screening vendor sending for the employer
        "noreply@sterlingcheck.com",
        "Reminder: complete your background check",
        "Hello Tobias,\n\nYour background check is still pending.\n\nKind regards,\nAlexis",
        Category.OTHER_JOB,
    )
    assert guess is not None
    assert guess.name == "Indigo Textiles"


def test_an_employment_offer_envelope_does_not_name_employment() -> None:
    guess = company_guess(
        "Javier Park via Dropbox Sign",
        "dse@hellosign.com",
        "Complete with Dropbox Sign: Employment Offer - IT Administrator",
        "Javier Park sent you a document to review and sign.\n\nEmployment Offer - IT "
        "Administrator\n\nREVIEW DOCUMENT",
        Category.OFFER,
    )
    assert guess is None or guess.name != "Employment"


def test_the_person_who_sent_an_esignature_envelope_is_not_the_employer() -> None:
    guess = company_guess(
        "Bianca Kowalski via Dropbox Sign",
        "dse@hellosign.com",
        "Please sign: Offer Letter - Claire Fontaine",
        "Bianca Kowalski sent you a document to review and sign.\n\nOffer Letter - Claire "
        "Fontaine\n\nView document",
        Category.OFFER,
    )
    assert guess is None or guess.name != "Bianca Kowalski"


def test_a_tool_we_do_not_list_sending_via_its_own_domain_is_not_the_employer() -> None:
    guess = company_guess(
        "Estrella Foods via Referoo",
        "noreply@referoo.com.au",
        "Reminder: references outstanding",
        "Dear Candidate,\n\nYou've been invited to complete the Referoo reference process. Add "
        "your references using the secure link below.\n\nThanks,\nReferoo",
        Category.OTHER_JOB,
    )
    assert guess is not None
    assert guess.name == "Estrella Foods"
