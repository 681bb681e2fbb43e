"""Company phrases found on story mailboxes: a sender's greeting in the subject, a kind of test
before "challenge", a lower-case team sign-off, "X would like to extend your contract" and an
outreach's "X + you?"."""

from __future__ import annotations

from applytrack_desktop.core.enums import Category

from .company_mail import company_name


def test_a_greeting_from_the_employer_in_the_subject_names_it() -> None:
    text = "Thanks for your patience while we reviewed applications.\n\nBest,\nCarlos Rossi"
    for subject in ("Thanks from Vantage Logistics", "A note from Vantage Logistics"):
        found = company_name("Carlos Rossi", "no-reply@ashbyhq.com", subject, text)
        assert found == "Vantage Logistics"


def test_a_kind_of_test_may_sit_before_the_word_test() -> None:
    subject = "Reminder: your Heron Freight technical challenge expires soon"
    text = "Friendly reminder: please complete the challenge we sent a few days ago by Monday."
    found = company_name("HackerRank", "support@hackerrankforwork.com", subject, text)
    assert found == "Heron Freight"


def test_a_lower_case_team_sign_off_names_the_employer() -> None:
    text = (
        "Hi Robin!\n\nWe have chosen a candidate who more closely matches our requirements."
        "\n\nAll the best,\nThe Brightwater Outfitters recruitment team"
    )
    found = company_name("Recruitee", "jobs@recruiteemail.com", "Your application", text)
    assert found == "Brightwater Outfitters"


def test_an_agency_names_the_client_that_would_like_to_extend_a_contract() -> None:
    text = (
        "Hi Robin -\n\nGood news - Vantage Media would like to extend your contract for a "
        "further 4 months.\n\nKind regards,\nJulia Dubois\nAccount Manager | Vertical Talent"
    )
    address = "julia.dubois@verticaltalent.io"
    found = company_name("Julia Dubois", address, "Contract extension", text, Category.OFFER)
    assert found == "Vantage Media"


def test_an_outreach_pairing_in_the_subject_names_the_client() -> None:
    text = "Hi Robin -\n\nLast try, I promise :) If you're not looking, just let me know.\n\nEmily"
    address = "emily@rwconsulting.example"
    subject = "Re: Juniper Biosciences + you?"
    found = company_name("Emily Müller", address, subject, text, Category.RECRUITER_OUTREACH)
    assert found == "Juniper Biosciences"


def test_and_joins_the_words_of_one_name_but_never_a_pronoun() -> None:
    text = "Thank you for applying for the Prison Officer vacancy at HM Revenue and Customs."
    address = "noreply@csjobs.cabinetoffice.gov.uk"
    found = company_name("Civil Service Jobs", address, "Online test invitation", text)
    assert found == "HM Revenue and Customs"
    outreach = "I'm a recruiter at Kestrel and I think you'd be a great fit for our team."
    address = "sam@kestrel.io"
    found = company_name("Sam Ortiz", address, "Hello", outreach, Category.RECRUITER_OUTREACH)
    assert found == "Kestrel"
