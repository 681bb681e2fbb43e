"""A job board's recommendations, a form's place field and a job card's work mode never name
the employer."""

from __future__ import annotations

from applytrack_desktop.intel.company_blocks import without_recommendations
from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.text import Prepared

from .company_mail import company_name

_CARD = "Warehouse Operations Lead (Remote) - Umberfield Labs - Munich"


def test_a_boards_recommendations_never_name_the_employer() -> None:
    text = (
        f"Application submitted\n\n{_CARD}\n\nPeople also applied to:\n"
        "- Data Analyst at Nimbus\n- Marketing Manager at Tandem\n\n"
        "You are receiving Wellfound notification emails. Unsubscribe · Help"
    )
    subject = "Application sent: Warehouse Operations Lead (Remote)"
    found = company_name("Wellfound", "notifications@wellfound.com", subject, text)
    assert found == "Umberfield Labs"


def test_only_the_recommendation_list_is_cut_and_the_footer_stays() -> None:
    body = (
        "We decided to move forward with other candidates.\n\nJobs you may like\n\n"
        "Recruiter II at Nimbus\nAnalyst at Tandem\n\nMercury Works LLC is an Equal "
        "Opportunity Employer."
    )
    cut = without_recommendations(Prepared("Update", body))
    assert "Nimbus" not in cut.body
    assert "Tandem" not in cut.body
    assert cut.body.startswith("We decided")
    assert cut.body.endswith("Mercury Works LLC is an Equal Opportunity Employer.")


def test_a_heading_in_prose_or_at_the_very_start_is_kept() -> None:
    prose = Prepared("Hi", "We post similar jobs at Acme every week.\n\nBest,\nAna")
    assert without_recommendations(prose) is prose
    alert = Prepared("Jobs", "Similar jobs\n\nAnalyst at Nimbus")
    assert without_recommendations(alert) is alert


def test_a_forms_location_field_is_never_the_employer() -> None:
    text = (
        "Hi Robin,\n\nThanks, we received your application.\n\n"
        "Position: Data Analyst\nLocation: Hybrid - Portland, OR\n"
    )
    sender = "notifications@bamboohr.com"
    assert company_name("BambooHR", sender, "Form submission received", text) is None
    signed = text + "\nZephyr Systems"
    found = company_name("Zephyr Systems", sender, "Form submission received", signed)
    assert found == "Zephyr Systems"


def test_a_work_mode_alone_is_never_a_name() -> None:
    for mode in ("Remote", "Hybrid", "Full-time", "On-site", "Part Time"):
        assert clean_candidate(mode) == ""
    assert clean_candidate("Remote Health Partners") == "Remote Health Partners"
