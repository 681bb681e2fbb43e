"""Vendors writing for an employer: screening services, e-signature envelopes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.companies import extract_company
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import MailMessage

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


def test_an_esignature_request_names_the_requesters_employer() -> None:
    guess = company_guess(
        "Adobe Acrobat Sign",
        "adobesign@adobesign.com",
        "You're invited to sign: Robin Okafor - Claims Adjuster Offer",
        "Ngozi Fischer (people@kestrel-outfitters.co) has requested your signature on Robin "
        "Okafor - Claims Adjuster Offer.\n\nReview and sign\n"
        "https://secure.na1.adobesign.com/public/esign/iggsryzfg5ckva3k",
    )
    assert guess is not None
    assert normalize_company(guess.name) == "kestrel outfitters"  # never the "na1" shard


def test_an_esignature_request_never_names_the_person_who_sent_it() -> None:
    guess = company_guess(
        "Dropbox Sign",
        "noreply@mail.hellosign.com",
        "Fatima Rivera has requested your signature on Offer Letter REQ-70697",
        "Fatima Rivera has requested your signature on Offer Letter REQ-70697.",
    )
    assert guess is None or guess.name != "Fatima Rivera"


def test_an_esignature_document_quoted_in_the_subject_names_the_employer() -> None:
    # Dropbox Sign quotes the document's name; "Message from Isabel" shows who sent it.
    guess = company_guess(
        "Dovetail Insurance via Dropbox Sign",
        "noreply@mail.hellosign.com",
        'You\'ve been asked to sign "Dovetail Insurance - Offer of Employment - Okafor"',
        'Isabel Andersen has requested your signature on "Dovetail Insurance - Offer of '
        'Employment - Okafor".\n\nMessage from Isabel: Please sign and return by April 6.',
    )
    assert guess is not None
    assert guess.name == "Dovetail Insurance"


def test_an_esignature_document_named_after_signature_on_names_the_employer() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Jordan Laurent has requested your signature on Yarrow Foods - Offer of "
        "Employment - Okafor",
        sender_name="Jordan Laurent via Dropbox Sign",
        sender_address="noreply@mail.hellosign.com",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Jordan Laurent has requested your signature.\n\nMessage from Jordan: Attached is "
        "the offer we discussed on the phone.",
        recipients=("robin.okafor@fastmail.com",),
    )
    guess = extract_company(message, prepare(message), Category.OFFER)
    assert guess is not None
    assert guess.name == "Yarrow Foods"


def test_an_esignature_requester_under_their_name_gives_the_employers_domain() -> None:
    guess = company_guess(
        "Bianca Ali via Docusign",
        "dse_na3@docusign.net",
        "Reminder: Complete with Docusign: Offer Letter REQ-18578",
        "Bianca Ali sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
        "Bianca Ali\nbianca@redwoodstudios.io\n\nDo Not Share This Email",
    )
    assert guess is not None
    assert normalize_company(guess.name) == "redwood studios"


def test_an_employer_requesting_a_signature_stays_the_employer() -> None:
    # Named like a person ("Nautilus Marine") but the person is Ana: the employer stays.
    guess = company_guess(
        "Ana Nguyen via Dropbox Sign",
        "noreply@mail.hellosign.com",
        "Ana Nguyen sent you Offer of Employment_Claire_Fontaine.pdf",
        'Nautilus Marine has requested your signature on "Offer of Employment.pdf".\n\n'
        "Message from Ana Nguyen: So excited to have you join us!",
    )
    assert guess is not None
    assert guess.name == "Nautilus Marine"


def test_the_candidates_own_name_is_never_the_employer() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Complete with Docusign: Pinecrest Insurance - Offer of Employment - Okafor",
        sender_name="Lucía O'Brien via Docusign",
        sender_address="dse_na3@docusign.net",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Lucía O'Brien sent you a document to review and sign.",
        recipients=("robin.okafor@fastmail.com",),
    )
    guess = extract_company(message, prepare(message), Category.OFFER)
    assert guess is not None
    assert guess.name == "Pinecrest Insurance"


def test_an_assessment_or_reference_service_names_the_employer_it_works_for() -> None:
    reminder = company_guess(
        "CodeSignal",
        "noreply@codesignal.com",
        "Your invitation expires in 48 hours",
        "This is a reminder that your invitation to the Globex technical exercise will expire "
        "on November 1.",
    )
    assert reminder is not None and reminder.name == "Globex"
    references = company_guess(
        "Crosschq",
        "notifications@crosschq.com",
        "Reference check status",
        "2 of your 3 references have completed their feedback.\n\nCrosschq is used by "
        "Wildflower to collect reference feedback.",
    )
    assert references is not None and references.name == "Wildflower"


def test_an_esignature_subject_names_the_employers_offer_letter() -> None:
    for subject in (
        "Emily Gupta sent you Ridgeline Outdoor Offer Letter - Sam Rivera",
        "Reminder: please sign Ridgeline Outdoor Offer Letter - Sam Rivera",
        'Signature requested on "Ridgeline Outdoor Offer Letter - Sam Rivera"',
    ):
        guess = company_guess(
            "Emily Gupta via DocuSign", "dse@eumail.docusign.net", subject, "Please sign."
        )
        assert guess is not None and guess.name == "Ridgeline Outdoor", subject


def test_a_screening_service_names_the_employer_it_screens_for() -> None:
    uses = company_guess(
        "Sterling",
        "candidates@sterlingcheck.com",
        "Please authorize your background check",
        "As part of the hiring process for Warehouse Associate, Quantum Leaf uses Sterling to "
        "run a pre-employment screening.",
    )
    assert uses is not None and uses.name == "Quantum Leaf"
    subject = company_guess(
        "HireRight",
        "candidates@hireright.com",
        "Otter Robotics background check - action needed",
        "",
    )
    assert subject is not None and subject.name == "Otter Robotics"


def test_an_unlisted_service_sending_as_its_own_domain_writes_for_the_employer() -> None:
    guess = company_guess(
        "Referoo",
        "no-reply@referoo.app",
        "Action needed: add your references",
        "As part of the final stage for the Logistics Coordinator role at Gravity, we'll be "
        "collecting references.\n\nReferoo",
    )
    assert guess is not None and guess.name == "Gravity"
    # An employer's own no-reply mail stays the employer's.
    own = company_guess(
        "Gravity", "no-reply@gravity.io", "Thanks", "Thanks for applying for the role at Gravity."
    )
    assert own is not None and own.name == "Gravity"


def test_a_vendor_on_behalf_of_an_employer_at_its_own_domain_names_the_employer() -> None:
    guess = company_guess(
        "Accurate Background on behalf of Redwood Analytics",
        "no-reply@accurate.com",
        "Your background check invitation",
        "Please complete your background check.\n\nAccurate Background",
    )
    assert guess is not None and guess.name == "Redwood Analytics"


def test_a_booking_tool_we_do_not_list_sends_for_the_employers_team() -> None:
    guess = company_guess(
        "Penny Lane Pharmacy Recruitment",
        "scheduling@cronofy.com",
        "Scheduled: Luis Ortega and Penny Lane Pharmacy",
        "Your interview is booked.\n\nSent via Cronofy",
    )
    assert guess is not None and guess.name == "Penny Lane Pharmacy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallo Tobias,\n\nim Auftrag von Nordhafen Versicherung führen wir eine "
         "Hintergrundüberprüfung durch.\n\nVG\nVerifile Candidate Care", "Nordhafen Versicherung"),
        ("Bonjour,\n\nPour le compte de Maison Verlaine, nous réalisons une vérification "
         "d'antécédents.\n\nVerifile", "Maison Verlaine"),
    ],
)  # fmt: skip
def test_a_vendor_working_for_an_employer_in_other_languages_names_it(
    text: str, expected: str
) -> None:
    guess = company_guess(
        "Verifile Screening",
        "no-reply@verifile.com",
        "Hintergrundprüfung",
        text,
        Category.OTHER_JOB,
    )
    assert guess is not None
    assert guess.name == expected
