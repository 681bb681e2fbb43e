"""Mail relayed for an employer by something that is not one: a carrier's text-message
gateway, a booking tool's confirmation, an employer's own team signing like an agency."""

from __future__ import annotations

from dataclasses import replace

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.companies import extract_company
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import CalendarEvent

from .company_mail import company_mail, company_name


@pytest.mark.parametrize(
    ("address", "text", "expected"),
    [
        ("5464155026@mms.att.net", "Hello this is Sunny Side Diner hiring. We reviewed your "
         "application (Server). Interview available 03/08 9am. Text back YES", "Sunny Side Diner"),
        ("7128098472@vzwpix.com", "Priya, Ethan w/ GreenCart Grocery here re: the Dishwasher job."
         " Are you free for a quick interview Mon around 8:30am?", "GreenCart Grocery"),
        ("9124659737@tmomail.net", "Hi Claire this is Michael from Mountain Mart. Got your "
         "application for Cashier, can you come in tmrw at 3pm?", "Mountain Mart"),
    ],
)  # fmt: skip
def test_a_text_message_names_the_employer_never_the_carrier(
    address: str, text: str, expected: str
) -> None:
    assert company_name("", address, "Text Message", text, Category.INTERVIEW) == expected


@pytest.mark.parametrize(
    ("name", "address", "subject", "organizer", "expected"),
    [
        ("Cal.com", "no-reply@cal.com", "Invitation: Quietloop intro call @ March 6",
         "dlaurent@quietloop.com", "Quietloop"),
        ("Studio Marrow Bookings", "no-reply@bookings.microsoft.com",
         "Invitation : Entretien Studio Marrow", "avery.novak@studiomarrow.com", "Studio Marrow"),
    ],
)  # fmt: skip
def test_a_booking_tool_writes_for_the_organizer_firm(
    name: str, address: str, subject: str, organizer: str, expected: str
) -> None:
    text = "A new event has been scheduled.\n\nInvitee: Jordan Lee\n\nSent by the booking tool"
    message = replace(
        company_mail(name, address, subject, text), calendar=(CalendarEvent(organizer=organizer),)
    )
    guess = extract_company(message, prepare(message), Category.INTERVIEW)
    assert guess is not None
    assert guess.name == expected


def test_an_employer_team_signing_with_its_own_name_is_not_an_agency() -> None:
    text = (
        "Hello Dana,\n\nCongratulations! We are delighted to offer you the position of Flight "
        "Attendant with Aurora Air, subject to the conditions below.\n\nKind regards,\n"
        "Alexis Garcia\nCabin Crew Recruitment, Aurora Air"
    )
    found = company_name(
        "Aurora Air Recruitment",
        "cabincrew@auroraair.com",
        "Congratulations from Aurora Air",
        text,
        Category.OFFER,
    )
    assert found == "Aurora Air"
