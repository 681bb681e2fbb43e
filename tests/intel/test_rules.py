"""Each high-precision rule: when it fires, when it must not, and the precedence order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel import rules
from applytrack_desktop.mail.message import CalendarEvent, MailMessage


def mail(
    subject: str = "",
    text: str = "",
    sender: str = "someone@example.com",
    headers: dict[str, str] | None = None,
    calendar: tuple[CalendarEvent, ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id="<r@example.com>",
        subject=subject,
        sender_name="",
        sender_address=sender,
        date=datetime(2026, 3, 2, tzinfo=UTC),
        text=text,
        headers=headers or {},
        calendar=calendar,
    )


def probs(top: Category, p: float = 0.7) -> dict[Category, float]:
    rest = (1.0 - p) / (len(Category) - 1)
    return {c: (p if c is top else rest) for c in Category}


REJECTION_TEXT = (
    "Thank you for your interest in Acme. Unfortunately, we have decided not to move forward "
    "with your application at this time."
)


def test_rejection_phrase_fires_on_job_mail() -> None:
    found = rules.apply(mail("Your application", REJECTION_TEXT), probs(Category.OTHER_JOB))
    assert found is not None and found.rule == "rejection_phrase"
    assert found.probabilities[Category.REJECTION] >= 0.95


def test_rejection_phrase_needs_job_mail() -> None:
    # A loan refusal phrased the same way stays with the model when it says not_job.
    assert rules.rejection_phrase(mail("Loan", REJECTION_TEXT), probs(Category.NOT_JOB)) is None


def test_rejection_phrase_needs_both_parts() -> None:
    text = "Unfortunately the interview room changed; see you at 3pm."
    assert rules.rejection_phrase(mail("Update", text), probs(Category.INTERVIEW)) is None


def test_nothing_fires_on_plain_mail() -> None:
    assert rules.apply(mail("Hello", "Lunch tomorrow?"), probs(Category.NOT_JOB)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for applying. The position has now been filled.",
        "Thanks for your interest - we've gone with another candidate.",
        "I am sorry to inform you that your application has not been successful.",
        "We won't be moving forward with your application.",
    ],
)
def test_rejection_phrases_without_unfortunately(text: str) -> None:
    found = rules.rejection_phrase(mail("Your application", text), probs(Category.CONFIRMATION))
    assert found is not None and found.rule == "rejection_phrase"


@pytest.mark.parametrize(
    "text",
    [
        "We have received your application. If you have not heard from us within four weeks, "
        "please assume you have not been shortlisted on this occasion.",
        "Your application has landed safely. If you don't hear from us within six weeks, your "
        "application has not been successful.",
        "Thank you for applying. Please note: if you do not hear from us, it means we have "
        "decided to move forward with other applicants.",
        "Thanks for applying. Only shortlisted candidates will be contacted; the others have "
        "not been selected for interview.",
    ],
)
def test_a_receipts_conditional_no_is_not_a_rejection(text: str) -> None:
    assert (
        rules.rejection_phrase(mail("Application received", text), probs(Category.CONFIRMATION))
        is None
    )


def test_a_rejection_that_invites_future_applications_still_fires() -> None:
    text = (
        "Unfortunately we have decided not to move forward with your application. Please "
        "consider applying for future roles."
    )
    found = rules.rejection_phrase(mail("Your application", text), probs(Category.CONFIRMATION))
    assert found is not None and found.rule == "rejection_phrase"


def test_technical_subject_turns_interview_into_technical_round() -> None:
    message = mail("Round 2: system design interview", "See you Monday at 10.")
    found = rules.apply(message, probs(Category.INTERVIEW))
    assert found is not None and found.rule == "technical_phrase"
    assert max(found.probabilities, key=found.probabilities.__getitem__) is (
        Category.TECHNICAL_ROUND
    )


def test_assessment_tool_sender_is_technical() -> None:
    message = mail("Schedule your interview for Acme", "Pick a time.", "noreply@karat.io")
    found = rules.technical_phrase(message, probs(Category.INTERVIEW))
    assert found is not None


def test_single_passing_technical_mention_does_not_fire() -> None:
    text = "Let's set up a recruiter screen. Later stages include a technical interview."
    message = mail("Next steps", text)
    assert rules.technical_phrase(message, probs(Category.INTERVIEW)) is None


def test_technical_phrase_keeps_rejections_and_non_job() -> None:
    message = mail("Your coding assessment results", "Thanks for completing it.")
    assert rules.technical_phrase(message, probs(Category.REJECTION)) is None
    assert rules.technical_phrase(message, probs(Category.NOT_JOB)) is None


def test_first_rule_wins() -> None:
    # A rejection that also names the coding assessment: the rejection rule comes first.
    text = "Thanks for the coding assessment. Unfortunately, we have decided not to move forward "
    text += "with your application."
    found = rules.apply(mail("Your coding assessment", text), probs(Category.INTERVIEW))
    assert found is not None and found.rule == "rejection_phrase"


@pytest.mark.parametrize(
    "text",
    [
        "The role has been filled.",
        "The vacancy has now been filled.",
        "The job has been filled.",
        "We decided to go with another applicant.",
        "We are going with a different person.",
        "We offered the position to someone else.",
        "Your candidacy was not retained.",
        "You were not shortlisted.",
        "You have not been selected for an interview.",
        "We will no longer be proceeding with your application.",
        "We will not be advancing you to the next round.",
        "We have chosen not to extend an offer.",
        "Regrettably we will not be moving forward with your application.",
        "We regret to inform you that we will not proceed with your candidacy.",
    ],
)
def test_every_rejection_wording_fires(text: str) -> None:
    found = rules.rejection_phrase(mail("Your application", text), probs(Category.CONFIRMATION))
    assert found is not None and found.rule == "rejection_phrase"


@pytest.mark.parametrize(
    "text",
    [
        # "unfortunately" / "regret" inside other words are not the words.
        "Sunfortunately we are not moving forward with your application.",
        "Nonregrettably we are not moving forward with your application.",
    ],
)
def test_rejection_words_inside_other_words_do_not_fire(text: str) -> None:
    assert rules.rejection_phrase(mail("Update", text), probs(Category.CONFIRMATION)) is None


PAUSED_TEXT = (
    "Leadership has put a temporary freeze on new headcount, and unfortunately the Clinical "
    "Data Manager role is on hold for now. If the role re-opens I'll reach out to you first."
)


def test_a_role_on_hold_with_the_application_kept_is_other_job() -> None:
    found = rules.apply(mail("Re: Next steps", PAUSED_TEXT), probs(Category.REJECTION))
    assert found is not None and found.rule == "paused_role"
    top = max(found.probabilities, key=lambda c: found.probabilities[c])
    assert top is Category.OTHER_JOB


@pytest.mark.parametrize(
    "text",
    [
        # a hold that closes the process is a refusal
        "Unfortunately the Barista position has been put on hold and we're closing out all "
        "candidates. If it reopens we'll post it again.",
        "The requisition has been put on hold and we are closing all open applications for it. "
        "If the role reopens, you're welcome to apply again.",
        # on hold, but nothing keeps the application open
        "Unfortunately the position is on hold. Thank you for your time.",
    ],
)
def test_a_hold_that_ends_the_application_stays_a_rejection(text: str) -> None:
    assert rules.paused_role(mail("Update", text), probs(Category.REJECTION)) is None


def test_paused_role_reads_only_what_the_model_calls_a_rejection() -> None:
    assert rules.paused_role(mail("Update", PAUSED_TEXT), probs(Category.INTERVIEW)) is None
    assert rules.paused_role(mail("Update", PAUSED_TEXT), probs(Category.NOT_JOB)) is None


def test_an_unsure_offer_that_offers_the_job_in_words_becomes_sure() -> None:
    text = (
        "ich habe gute Nachrichten: Wir möchten dich sehr gerne bei Kranich an Bord holen! "
        "Hier die Eckdaten unseres Angebots: Gehalt 88.000 EUR."
    )
    unsure = probs(Category.OFFER, 0.4)
    found = rules.apply(mail("Unser Angebot für dich", text), unsure)
    assert found is not None and found.rule == "offer_phrase"
    assert found.probabilities[Category.OFFER] > 0.5


@pytest.mark.parametrize(
    ("top", "text"),
    [
        # an offer in words, but the model reads an interview: the rule moves no category
        (Category.INTERVIEW, "We are pleased to offer you an interview next week."),
        # the model's offer, but no words that offer the job
        (Category.OFFER, "Our spring sale: an exclusive offer for you, 20% off."),
    ],
)
def test_offer_phrase_needs_the_models_offer_and_the_words(top: Category, text: str) -> None:
    assert rules.offer_phrase(mail("News", text), probs(top, 0.4)) is None


def test_the_new_rules_never_turn_not_job_mail_into_job_mail() -> None:
    # Not-job is the top category though the job categories together outweigh it.
    split = dict.fromkeys(Category, 0.05) | {Category.NOT_JOB: 0.4, Category.OFFER: 0.3}
    offer = "We are pleased to offer you the position of Analyst."
    assert rules.offer_phrase(mail("News", offer), split) is None
    split = dict.fromkeys(Category, 0.05) | {Category.NOT_JOB: 0.4, Category.REJECTION: 0.3}
    assert rules.paused_role(mail("News", PAUSED_TEXT), split) is None
