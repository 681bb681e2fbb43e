"""Next steps: short action sentences, footers left out, at most three."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel import next_steps
from applytrack_desktop.intel.next_steps import MAX_STEP_CHARS, extract_next_steps
from applytrack_desktop.intel.text import Prepared
from tests.intel.corpus_sample import prepared_sample


def _steps(body: str) -> tuple[str, ...]:
    return extract_next_steps(Prepared("", body).sentences())


@pytest.mark.parametrize(
    ("body", "steps"),
    [
        (
            "Hi Sam. Please pick a slot for a 30-minute phone screen using the link below.",
            ("Pick a slot for a 30-minute phone screen",),
        ),
        (
            "Great news! Please complete the assessment by Friday. Reply with your availability.",
            ("Complete the assessment", "Reply with your availability"),
        ),
        (
            "Please pick a slot for a 30-minute phone screen by March 14 at 5pm PT.",
            ("Pick a slot for a 30-minute phone screen",),
        ),
        (
            "Please complete the take-home within 3 days and send it back.",
            ("Complete the take-home",),
        ),
        (
            "Please sign by hand and return the form.",
            ("Sign by hand and return the form",),
        ),
        ("Kindly sign the offer letter here.", ("Sign the offer letter",)),
        ("We'd like you to complete a short coding test.", ("Complete a short coding test",)),
        ("Merci de confirmer votre disponibilité.", ("Merci de confirmer votre disponibilité",)),
        ("Bitte bestätigen Sie den Termin.", ("Bestätigen Sie den Termin",)),
        ("Por favor, envía tu CV actualizado.", ("Envía tu CV actualizado",)),
    ],
)
def test_action_sentences(body: str, steps: tuple[str, ...]) -> None:
    assert _steps(body) == steps


@pytest.mark.parametrize(
    "body",
    [
        "Please do not reply to this email.",
        "Please feel free to apply to other positions.",
        "Please don't hesitate to reach out with questions.",
        "Click here to unsubscribe.",
        "Merci de votre candidature.",
        "We received your application and will review it.",
        "Join our talent community to hear about future openings.",
        "Start date: by mutual agreement, ideally 1 September 2026",
        "Schedule: Full time, rotating weekends",
        "Reply | Not interested",
        "Reply STOP to opt out of future emails.",
        "Take care,",
        "Visit our Candidate Help Center.",
        "Bitte haben Sie Verständnis dafür, dass dies einige Tage dauern kann.",
    ],
)
def test_boilerplate_is_not_a_step(body: str) -> None:
    assert _steps(body) == ()


@pytest.mark.parametrize(
    ("body", "steps"),
    [
        ("Start your interview: https://app.example.com/i/1", ("Start your interview",)),
        ("Please let me know whether you wish to accept this offer by 15 June.",
         ("Let me know whether you wish to accept this offer",)),
        ("Send me a repo link whenever you're done, no hard deadline but within a week.",
         ("Send me a repo link whenever you're done, no hard deadline",)),
        ("Start my background check -> https://x.example.com/c", ("Start my background check",)),
    ],
)  # fmt: skip
def test_link_labels_requests_and_dangling_tails(body: str, steps: tuple[str, ...]) -> None:
    assert _steps(body) == steps


def test_at_most_three_unique_steps() -> None:
    body = "\n".join(
        [
            "Please confirm your email.",
            "Please confirm your email.",
            "Upload your transcript.",
            "Complete the questionnaire.",
            "Schedule your interview.",
        ]
    )
    assert _steps(body) == (
        "Confirm your email",
        "Upload your transcript",
        "Complete the questionnaire",
    )


def test_long_steps_are_cut_at_a_word() -> None:
    body = "Please complete " + "the very long assessment " * 12 + "today."
    (step,) = _steps(body)
    assert len(step) <= MAX_STEP_CHARS
    assert step.endswith("…")  # the reader sees that it goes on
    assert ("Complete " + "the very long assessment " * 12).startswith(step[:-1] + " ")


def test_a_long_step_never_ends_inside_an_aside() -> None:
    body = (
        "Could you please send me names and phone numbers for two referees, ideally including "
        "one who has supervised you in an ECE setting (your associate teacher from placement "
        "is fine)?"
    )
    (step,) = _steps(body)
    assert step == (
        "Send me names and phone numbers for two referees, ideally including one who has "
        "supervised you in an ECE setting…"
    )


def test_the_word_pre_tests_agree_with_their_regexes_on_corpus_sentences() -> None:
    # _ACTION_STARTS and _BOILERPLATE_WORDS are kept by hand beside the regexes they spare: an
    # alternative added to a regex without its word would be skipped silently.
    sentences = [s for p in prepared_sample() for s in p.sentences()]
    assert len(sentences) > 5_000
    actions = [s for s in sentences if next_steps._ACTION.match(s)]
    boilerplate = [s for s in sentences if next_steps._BOILERPLATE.search(s)]
    assert actions and boilerplate  # the sample does exercise both
    assert [s for s in sentences if next_steps._is_action(s)] == actions
    assert [s for s in sentences if next_steps._is_boilerplate(s)] == boilerplate


def test_a_footer_sent_by_a_machine_is_no_step_but_a_step_may_say_automatically() -> None:
    steps = extract_next_steps(
        [
            "Email ini dikirim otomatis oleh Kalibrr atas nama perusahaan.",  # "Email" (us)
            "This message was generated automatically, please do not reply.",
            "Please complete the test; it submits automatically after 60 minutes.",
        ]
    )
    assert steps == ("Complete the test; it submits automatically after 60 minutes",)
