"""Title trimming: ids before and after the title, public-sector notice numbers, places,
interview stages and candidates' names in calendar titles, meeting words, preview blocks."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import clean_title, extract_title


@pytest.mark.parametrize(
    ("raw", "company", "clean"),
    [
        ("30585 iOS Engineer", None, "iOS Engineer"),
        ("J97550 Growth Marketing Manager", None, "Growth Marketing Manager"),
        ("2024-88964 Line Cook", None, "Line Cook"),
        ("3D Artist", None, "3D Artist"),  # a digit that is part of the title stays
        ("Test Automation Engineer, J27269", None, "Test Automation Engineer"),
        ("Architect, Announcement Number MP-25-41026", None, "Architect"),
        ("Program Analyst, Vacancy ID 12345", None, "Program Analyst"),
        ("Financial Analyst - Madrid", None, "Financial Analyst"),
        ("Operations Manager, Los Angeles", None, "Operations Manager"),
        ("Software Engineer, Backend", None, "Software Engineer, Backend"),
        ("Sales Associate - Part Time", None, "Sales Associate - Part Time"),
        ("Brand Designer - I'm really", None, "Brand Designer"),  # the writer's sentence goes on
        ("Brand Designer - I", None, "Brand Designer"),
        ("Support Analyst - IT", None, "Support Analyst - IT"),  # "IT" is not "It"
        ("Permanent iOS Engineer", None, "iOS Engineer"),
        ("Permanent Biostatistician", None, "Biostatistician"),
        ("Contract Manager", None, "Contract Manager"),  # a role of its own
        ("Contract Business Analyst", None, "Business Analyst"),
        ("Legal Counsel", "Legal", "Legal Counsel"),  # a one-word company keeps the title
        ("Talent Sourcer · Raleigh, NC · Full-time", None, "Talent Sourcer"),  # a job card
        ("Hydrogeologist · Amsterdam", None, "Hydrogeologist"),
        ("Remote · Senior Data Engineer · Acme", None, "Senior Data Engineer"),
        ("Acme Data Engineer", "Acme", "Data Engineer"),
        ("Kennismaking Pharmacist", None, "Pharmacist"),
        ("Gespräch NLP Engineer", None, "NLP Engineer"),
        ("Request for Copywriter", None, "Copywriter"),
        ("Requirement for Store Manager", None, "Store Manager"),
        ("Sam Rivera (Security Engineer) @ Fri Jun 13, 2025 11", "Gravity", "Security Engineer"),
        ("Chris Novak - Technical Program Manager - Hiring Manager Interview", None,
         "Technical Program Manager"),
        ("for People Operations Specialist", None, "People Operations Specialist"),
        ("Forensic Accountant", None, "Forensic Accountant"),  # "for" only as a word
        ("Sam, Business Operations Analyst", None, "Business Operations Analyst"),  # by name
        ("Director, Product Marketing", None, "Director, Product Marketing"),
    ],
)  # fmt: skip
def test_clean_title(raw: str, company: str | None, clean: str) -> None:
    assert clean_title(raw, company) == clean


@pytest.mark.parametrize(
    "subject",
    [
        "Invitation: Acme - Recruiter Screen - Claire Fontaine",
        "Invitation: Stark Dynamics - Recruiter Screen - Tobias Brandt @ Sun Jan 12, 2025",
        "Invitation: Goldfinch Recruiter Call @ Tue Mar 03, 2026",
        "Updated invitation: Tobias / Bianca - Quantum Leaf Hiring Manager Interview",
    ],
)
def test_a_stage_or_a_person_is_no_title(subject: str) -> None:
    assert extract_title(Prepared(subject, "Join with Google Meet"), "Acme") is None


@pytest.mark.parametrize("body", ["Job Title: 00", "Position: #4411", "Role: -"])
def test_a_label_without_a_word_is_no_title(body: str) -> None:
    assert extract_title(Prepared("Hello", body), "Acme") is None


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("vielen Dank für Ihre Bewerbung als HR Generalist und Ihr Interesse an Acme.",
         "HR Generalist"),
        ("Further to your application for the role of Paralegal, I am pleased to invite you.",
         "Paralegal"),
        ("We are pleased to extend an offer for the position of QA Engineer, Reno, NV at $30.",
         "QA Engineer"),
        ("New message regarding your application for QA Engineer Dear Claire, Your applica"
         "\n\nNew message regarding your application for QA Engineer\n\nDear Claire,\n\nHi.",
         "QA Engineer"),
        ("Just a quick note to confirm I have your application for Customer Support Spe"
         "\n\nJust a quick note to confirm I have your application for Customer Support "
         "Specialist. The client reviews CVs next week.", "Customer Support Specialist"),
    ],
)  # fmt: skip
def test_title_ends_where_the_role_does(body: str, title: str) -> None:
    assert extract_title(Prepared("Hello", body), "Acme") == title
