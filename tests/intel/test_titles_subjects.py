"""Titles in real-style subjects: "X application", "... for X", offer letters, meeting
words in other languages, and subjects that name no role."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Re: BI Developer application", "BI Developer"),
        ("Automatic reply: Staff Accountant application", "Staff Accountant"),
        ("Reminder: Financial Analyst application in progress", "Financial Analyst"),
        ("Data Scientist application status", "Data Scientist"),
        ("RE: Machine Learning Engineer technical round", "Machine Learning Engineer"),
        ("Re: Site Reliability Engineer interviews", "Site Reliability Engineer"),
        ("Acme - Data Scientist Technical Assessment", "Data Scientist"),
        ("Interview Request for Copywriter", "Copywriter"),
        ("Your candidacy for Android Developer", "Android Developer"),
        ("Take home for Supply Chain Analyst", "Supply Chain Analyst"),
        ("Update on Partnerships Manager", "Partnerships Manager"),
        ("La tua candidatura per Junior Developer", "Junior Developer"),
        ("Nieuwe uitdaging als Hardware Engineer?", "Hardware Engineer"),
        ("Je hebt gesolliciteerd op Cloud Architect", "Cloud Architect"),
        ("Urgent Requirement for Store Manager - Dallas", "Store Manager"),
        ("Posición de Enfermera Quirúrgica", "Enfermera Quirúrgica"),
        ("Raj Williams sent you Systems Administrator Offer Letter", "Systems Administrator"),
        ("Angebot: Head of Engineering bei Velocity Sports", "Head of Engineering"),
        ("Re: entrevista Full Stack Developer", "Full Stack Developer"),
        ("Let's chat! Data Engineer at Beacon", "Data Engineer"),
        ("Opportunité Financial Analyst - Madrid", "Financial Analyst"),
        ("Application Received: 30585 iOS Engineer", "iOS Engineer"),
        ("Permanent iOS Engineer role", "iOS Engineer"),
        ("Interview Invitation - Business Development Manager", "Business Development Manager"),
        (
            "Votre candidature au poste d'Analyste Opérations Supply Chain",
            "Analyste Opérations Supply Chain",
        ),  # after the elision
        ("Votre candidature au poste d’Ingénieur DevOps", "Ingénieur DevOps"),
        (
            "Postdoctoral Researcher in Arctic Hydrology - your application",
            "Postdoctoral Researcher in Arctic Hydrology",
        ),  # a research post's field
        ("Lecturer in Economics - your application", "Lecturer in Economics"),
        ("Sam, Business Operations Analyst opportunity at Ridgeway", "Business Operations Analyst"),
    ],
)
def test_subject_titles(subject: str, title: str) -> None:
    assert extract_title(Prepared(subject, "Hello,\n\nThanks."), "Acme") == title


@pytest.mark.parametrize(
    "subject",
    [
        "Update on your application",
        "Thank you for applying to Globex",
        "Re: Application update",
        "Notes for Tuesday",
        "Globex Engineering application",  # a department, not a role
        "Invitation for Customer Support",
        "Your application to Hooli has been submitted",
        "Next steps for your Acme application",
    ],
)
def test_subjects_without_a_role(subject: str) -> None:
    assert extract_title(Prepared(subject, "Hello,\n\nThanks."), "Acme") is None
