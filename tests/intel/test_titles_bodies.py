"""Titles in real-style bodies: labelled lines, "be our X", "about X.", requisition ids,
other languages; and bodies whose capitalised phrases are not the role applied for."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Hello Luis,\n\nApplication received: Sound Designer (Munich).\n\nKind regards",
         "Sound Designer"),
        ("Someone sent you a document.\n\nOffer Letter: UX Designer\n\nREVIEW", "UX Designer"),
        ("Hey Claire,\n\nReference: JR98075 / Civil Engineer\n\nThis position has been filled.",
         "Civil Engineer"),
        ("We have updated the status of your candidacy for Job J66723 - Staff Accountant.",
         "Staff Accountant"),
        ("Your submission for job R76471 - Operations Manager has been received.",
         "Operations Manager"),
        ("Hey Claire, thanks for applying to be our Controller. A real human will read it.",
         "Controller"),
        ("We're excited that you're interested in joining us as our next Lab Technician.",
         "Lab Technician"),
        ("it's unanimous, we want you as our Senior Data Engineer. offer's coming.",
         "Senior Data Engineer"),
        ("one of the roles I'm hiring for is a Chief of Staff.\n\nInterested?", "Chief of Staff"),
        ("Please pick a time for your Partnerships Manager conversation with us.",
         "Partnerships Manager"),
        ("I wanted to reach out about a permanent Junior Developer role I'm recruiting for.",
         "Junior Developer"),
        ("we've made the difficult decision to pause the Hardware Engineer search.",
         "Hardware Engineer"),
        ("Thanks for taking the time to chat with us about Research Scientist.\n\nThe position "
         "has been filled.", "Research Scientist"),
        ("No news yet on Interior Designer, sorry! Still in review.", "Interior Designer"),
        ("You recently interviewed for Software Engineer at Fieldstone. Feedback?",
         "Software Engineer"),
        ("Tu candidatura para Frontend Engineer sigue en revisión.", "Frontend Engineer"),
        ("¡Gracias por inscribirte en nuestra oferta de Sound Designer!", "Sound Designer"),
        ("Temos o prazer de lhe apresentar uma proposta para a função de Platform Engineer.",
         "Platform Engineer"),
        ("danke, dass du dich als Site Reliability Engineer bei Acme beworben hast.",
         "Site Reliability Engineer"),
        ("Wir suchen eine/n Paralegal (m/w/d) in Amsterdam oder remote.", "Paralegal (m/w/d)"),
        ("Estoy buscando un Copywriter para un cliente en Amsterdam.", "Copywriter"),
        ("Ti sei candidato per l'offerta UX Designer di Beacon.", "UX Designer"),
        ("We zoeken een Math Teacher (hybride) voor ons team.", "Math Teacher"),
    ],
)  # fmt: skip
def test_body_titles(body: str, title: str) -> None:
    assert extract_title(Prepared("Hello", body), "Acme") == title


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your interest in Globex Engineering. We will be in touch.",
        "I'll pass your CV to our team and come back to you.",
        "Thanks for reaching out about Customer Support. Reply STOP to opt out.",
        "We are excited about the future.\n\nBest,\nJane Doe",
        "Please find the agenda for Tuesday attached.",
        "The interview is on Monday. Join with Google Meet.",
        "Reference: 12345\n\nPlease log in to the portal.",
        "We received your rental application for Unit 4B. Our leasing team will call.",
    ],
)
def test_bodies_without_a_role(body: str) -> None:
    assert extract_title(Prepared("Update", body), "Acme") is None
