"""Names that are never the employer: the sender writing as themselves, an HR department."""

from __future__ import annotations

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.companies import CompanyGuess
from applytrack_desktop.intel.company_names import clean_candidate

from .company_mail import company_guess


def _company(name: str, address: str, subject: str, text: str) -> CompanyGuess | None:
    return company_guess(name, address, subject, text, Category.INTERVIEW)


def test_a_calendar_invite_sent_by_a_person_is_not_from_an_employer_of_that_name() -> None:
    guess = _company(
        "Kwame Martin",
        "kwame.martin@meridianins.com",
        "Invitation: Phone Screen: Staff Software Engineer @ Mon Feb 9, 2026 12:30 pm",
        "Kwame Martin has invited you to this event.\n\nJoin Zoom Meeting\n\nTalk soon.",
    )
    assert guess is not None
    assert guess.name != "Kwame Martin"
    assert "meridianins" in {guess.name.casefold(), *guess.aliases}


def test_an_hr_department_is_not_an_employer() -> None:
    assert clean_candidate("People & Culture") == ""
    assert clean_candidate("People and Culture") == ""
    assert clean_candidate("Culture Amp") == "Culture Amp"


def test_a_person_inviting_you_through_a_scheduling_tool_is_not_the_employer() -> None:
    guess = _company(
        "Umbrella Health Recruiting",
        "scheduling@scheduling.gem.com",
        "Please schedule: Instructional Designer",
        "Jamie Evans has invited you to schedule an interview for Instructional Designer.\n\n"
        "Jamie Evans has requested your availability.\n\nSelect a time: https://gem.com/x",
    )
    assert guess is not None
    assert guess.name == "Umbrella Health"


def test_the_writers_own_first_name_is_not_the_employer() -> None:
    guess = _company(
        "Ben Okafor",
        "ben@rivet.work",
        "Re: Hardware Engineer interview",
        "Dear Tobias,\n\nThank you for interviewing with Ben on February 7! Next up is a "
        "coding interview.\n\nSincerely,\nBen Okafor\nRecruiting Coordinator",
    )
    assert guess is not None
    assert guess.name == "Rivet"
    # A team named like a person ("Amber Hiring" <amber@...>) keeps its name.
    team = _company("Amber Hiring", "amber@bamboohr.com", "Application received", "Thanks.")
    assert team is not None and team.name == "Amber"


def test_a_sign_off_or_a_global_team_is_not_the_employer() -> None:
    assert clean_candidate("Respectfully") == ""
    assert clean_candidate("Global Talent Acquisition") == ""  # what is left: "Global"
    assert clean_candidate("Global Industries") == "Global Industries"
    tenant = _company(
        "Workday",
        "beacon@myworkday.com",
        "An update on your application",
        "Unfortunately, your application was not selected.\n\nSincerely,\nGlobal Talent "
        "Acquisition\n\nPlease do not reply to this email.",
    )
    assert tenant is not None and tenant.name == "Beacon"
    taleo = _company(
        "Birchbox Labs",
        "do-not-reply@taleo.net",
        "Update: Copywriter (R73442)",
        "Your candidacy was not selected to advance.\n\nRespectfully,\nBirchbox Labs "
        "Recruitment Services\n\nThis message was sent from an unmonitored account.",
    )
    assert taleo is not None and taleo.name == "Birchbox Labs"


def test_a_tradesmans_firm_named_after_himself_signs_his_personal_mail() -> None:
    text = (
        "Hi Callum\n\nGot your CV thanks. Will have a proper look over the weekend.\n\nMick\n\n"
        "Doherty Plumbing & Heating\n07723 118402\nGas Safe reg. 558921"
    )
    guess = company_guess("Mick Doherty", "doherty.plumbheat@gmail.com", "Re: Apprentice", text)
    assert guess is not None
    assert guess.name == "Doherty Plumbing & Heating"
