"""Title readings the session-20 blind mail needed: a council's "Post:" line and reference,
an ATS's "position(s):" list, French inclusive writing, a team leader; a gendered title's
lower-case tail, German's suspended compound and Polish "i" (and) inside a title."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_clean import clean_title, has_job_noun
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Acknowledgement of application",
            "Dear Mr Whitaker\n\nPost: Grounds Maintenance Operative (Ref: ATC/2026/014)\n"
            "Grade: SCP 4-6\n\nThank you for your application for the above post.",
            "Grounds Maintenance Operative",
        ),
        (
            "Application Submitted",
            "Your application has been received for the following position(s):\n\n"
            "   Science Instructional Specialist\n\nPlease note: the references you listed...",
            "Science Instructional Specialist",
        ),
        (
            "Opportunité – Directeur·rice Marketing & Communication, cosmétique (Paris 9e)",
            "Bonjour Camille,\n\nJe me permets de vous contacter.",
            "Directeur·rice Marketing & Communication",
        ),
        (
            "Northgate - offer!!",
            "Great news mate - they want to offer you the Warehouse Team Leader role!",
            "Warehouse Team Leader",
        ),
        (
            "Votre candidature - Assistant(e) comptable",
            "Madame,\n\nNous vous remercions de votre candidature au poste "
            "d'Assistant(e) comptable.",
            "Assistant(e) comptable",
        ),
        (
            "Aggiornamento",
            "ti scriviamo per la tua candidatura per la\nposizione di Addetta/o vendite presso "
            "il nostro punto vendita di Arezzo.",
            "Addetta/o vendite",
        ),
        (
            "Ihre Bewerbung als Elektroniker für Energie- und Gebäudetechnik",
            "Sehr geehrter Herr Becker,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle "
            "besetzt ist.",
            "Elektroniker für Energie- und Gebäudetechnik",
        ),
        (
            "Dziękujemy za udział w rekrutacji",
            "dziękujemy za zainteresowanie ofertą pracy na stanowisku Specjalista ds. Kadr i "
            "Płac w Grupie Mostowa oraz za czas poświęcony na rozmowę z nami.",
            "Specjalista ds. Kadr i Płac",
        ),
        (
            "Thank you for your application to Ledgerwise",
            "We received your application for Software Development Engineer in Test (SDET), "
            "and we are delighted.",
            "Software Development Engineer in Test (SDET)",
        ),
    ],
)
def test_blind_mail_titles(subject: str, body: str, want: str) -> None:
    assert extract_title(Prepared(subject, body), None) == want


def test_a_councils_reference_before_the_post_is_not_the_title() -> None:
    assert clean_title("Ref ATC/2026/014 Grounds Maintenance Operative") == (
        "Grounds Maintenance Operative"
    )
    assert clean_title("Reference: HR-2291 Care Worker") == "Care Worker"


@pytest.mark.parametrize("title", ["Team Leader", "Grounds Operative", "Support Worker"])
def test_more_roles_are_job_nouns(title: str) -> None:
    assert has_job_noun(title)
