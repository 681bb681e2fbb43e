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
