"""Job titles: subject and body patterns, trimmed of ids, locations and the company."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared, prepare
from applytrack_desktop.intel.titles import clean_title, extract_title, has_job_noun

from .samples import SAMPLES, Sample


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_hand_written_samples(sample: Sample) -> None:
    assert extract_title(prepare(sample.message()), sample.company) == sample.title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Application for Senior Data Engineer", "", "Senior Data Engineer"),
        ("Req #4411 - Payroll Specialist", "", "Payroll Specialist"),
        ("Job: Site Reliability Engineer (Remote)", "", "Site Reliability Engineer"),
        ("Data Engineer at Acme", "", "Data Engineer"),
        ("Interview invitation: DevOps Engineer", "", "DevOps Engineer"),
        ("Hello", "Job Title: Research Coordinator\nLocation: Boston", "Research Coordinator"),
        ("Hello", "about the Head of Growth role", "Head of Growth"),
        ("Update", "for the position of Account Executive - EMEA.", "Account Executive"),
        ("Bewerbung als Werkstudent Data Science (m/w/d)", "", "Werkstudent Data Science (m/w/d)"),
        ("Candidature", "au poste de Chef de Projet Digital.", "Chef de Projet Digital"),
        ("Hola", "el puesto de Desarrollador Backend en Madrid", "Desarrollador Backend"),
        ("Hi", "I'm reaching out because we're hiring a Sound Designer.", "Sound Designer"),
        ("Hallo", "ich suche für einen Kunden einen Network Engineer (m/w/d).",
         "Network Engineer (m/w/d)"),
        ("Hi", "Your start date for Supply Analyst is confirmed.", "Supply Analyst"),
        ("Acme - DevOps Engineer Technical Assessment", "", "DevOps Engineer"),
        ("Legal Counsel opportunity at Acme", "", "Legal Counsel"),
        ("Pick a time for your Scrum Master interview", "", "Scrum Master"),
        ("Hello", "the next step in our process for Civil Engineer is a test", "Civil Engineer"),
        ("Thanks", "Your applicatoin for Embedded Engineer was received.", "Embedded Engineer"),
        ("Hey", "a screening call about the Buyer (Hybrid) position.", "Buyer"),
        ("Hi", "Round two of the Payroll Specialist (Remote) process", "Payroll Specialist"),
        ("Hi", "We loved the Data Engineer (Berlin, 2 days/week) role", "Data Engineer"),
    ],
)  # fmt: skip
def test_patterns(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Acme") == title


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Thank you for applying to Acme", "We received your application."),
        ("Your application", "Thanks for applying to Globex Corporation!"),
        ("Newsletter", "Our team is growing."),
    ],
)
def test_no_title_without_a_role(subject: str, body: str) -> None:
    assert extract_title(Prepared(subject, body), "Acme") is None


@pytest.mark.parametrize(
    ("raw", "company", "clean"),
    [
        ("Data Engineer (R-12345)", None, "Data Engineer"),
        ("Data Engineer - Acme", "Acme", "Data Engineer"),
        ("Data Engineer (Berlin, DE)", None, "Data Engineer"),
        ("Data Engineer, Remote", None, "Data Engineer"),
        ("Software Engineer, Backend", None, "Software Engineer, Backend"),
        ("the Backend Developer position.", None, "Backend Developer"),
        ("Entwickler (m/w/d)", None, "Entwickler (m/w/d)"),  # as the posting writes it
        ("Systems Administrator ([req])", None, "Systems Administrator"),
        ("Claims Adjuster II (Open)", None, "Claims Adjuster II"),
        ("Respiratory Therapist II (Full Time, Days)", None, "Respiratory Therapist II"),
        ("Sales Associate - Part Time", None, "Sales Associate - Part Time"),
        ("Registered Nurse - Med/Surg", None, "Registered Nurse - Med/Surg"),
        ("Data Engineer - Berlin, DE", None, "Data Engineer"),
        ("Senior Accountant - Dunmore", "Dunmore Foods", "Senior Accountant"),
        ("Finance Business Partner - up to £65k", None, "Finance Business Partner"),
        ("Graduate Analyst Programme 2026", None, "Graduate Analyst Programme"),
        ("Program Analyst, GS-0343-11", None, "Program Analyst"),
        ("Investment Associate, Infrastructure team", None, "Investment Associate"),
        ("Contract Business Analyst (6 months)", None, "Business Analyst"),
        ("Robin Ashe (Senior Product Designer)", None, "Senior Product Designer"),
        ("Oriel Systems Software Engineer II", "Oriel Systems", "Software Engineer II"),
    ],
)
def test_clean_title(raw: str, company: str | None, clean: str) -> None:
    assert clean_title(raw, company) == clean


def test_has_job_noun() -> None:
    assert has_job_noun("Senior Data Engineer")
    assert has_job_noun("Chargée de communication")
    assert not has_job_noun("Acme Analytics")
