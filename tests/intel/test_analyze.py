"""analyze / analyze_many / extract: classification first, extraction for job mail only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel import analyze as analyze_module
from applytrack_desktop.intel.analyze import analyze, analyze_many, extract
from applytrack_desktop.intel.vocab import words
from applytrack_desktop.mail.message import CalendarEvent, MailMessage

PACIFIC = timezone(timedelta(hours=-7))


@dataclass(frozen=True)
class _Prediction:
    category: Category
    confidence: float
    job_related_confidence: float
    probabilities: Mapping[Category, float] = field(default_factory=dict)


class _FixedClassifier:
    """A classifier double that answers from the subject: the category is its first word."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def _one(self, message: MailMessage) -> _Prediction:
        category = Category(message.subject.split()[0])
        job = 0.1 if category is Category.NOT_JOB else 0.9
        return _Prediction(category, 0.8, job)

    def predict(self, message: MailMessage) -> _Prediction:
        return self._one(message)

    def predict_many(self, messages: Sequence[MailMessage]) -> list[_Prediction]:
        self.batches.append(len(messages))
        return [self._one(m) for m in messages]


def _message(subject: str, text: str, **extra: Any) -> MailMessage:
    return MailMessage(
        message_id="<m@test>",
        subject=subject,
        sender_name="Acme Hiring Team",
        sender_address="no-reply@us.greenhouse-mail.io",
        date=datetime(2026, 3, 10, 9, 0, tzinfo=PACIFIC),
        text=text,
        **extra,
    )


INVITE = (
    "Hi Sam, thanks for applying to the Data Engineer position at Acme. "
    "Please pick a slot for a 30-minute phone screen by March 12 at 5pm PT."
)


def test_job_mail_is_extracted() -> None:
    result = analyze(_message("interview invite", INVITE), classifier=_FixedClassifier())  # type: ignore[arg-type]
    assert result.category is Category.INTERVIEW
    assert (result.confidence, result.job_related_confidence) == (0.8, 0.9)
    assert result.job_related
    assert result.company == "Acme"
    assert result.job_title == "Data Engineer"
    assert result.ats == "greenhouse"
    assert result.sentiment == "positive"
    assert [d.isoformat() for d in result.deadlines] == ["2026-03-12T17:00:00-07:00"]
    assert result.urgent  # two days after the Date header
    assert result.next_steps == ("Pick a slot for a 30-minute phone screen",)


def test_a_replys_employer_from_the_note_it_answers() -> None:
    note = (
        "Great, Thursday at 2 works. I'll call you then, about 20 minutes.\n\nTalk soon,\nDana\n\n"
    )
    quote = (
        "On Tue, Sep 22, 2026 at 7:55 PM Sam Lee <sam.lee@example.net> wrote:\n"
        "> Hi Dana, yes, I'm still interested in the Site Supervisor job with Larkspur Builders.\n"
        "> I'm free Thursday after 1pm.\n"
    )

    def reply(text: str) -> MailMessage:
        return MailMessage(
            message_id="<r@test>",
            subject="Re: Phone screen",
            sender_name="Dana Wu",
            sender_address="dana.recruits@gmail.com",
            date=datetime(2026, 9, 23, 8, 0, tzinfo=PACIFIC),
            text=text,
        )

    result = extract(reply(note + quote), Category.INTERVIEW)
    assert (result.company, result.job_title) == ("Larkspur Builders", "Site Supervisor")
    # Without the quote nothing names the employer: a recruiter on free mail is not one.
    assert extract(reply(note), Category.INTERVIEW).company is None


def test_not_job_mail_is_not_extracted() -> None:
    result = analyze(_message("not_job digest", INVITE), classifier=_FixedClassifier())  # type: ignore[arg-type]
    assert result.category is Category.NOT_JOB
    assert not result.job_related
    assert result.company is None
    assert result.deadlines == ()
    assert result.next_steps == ()


def test_analyze_many_keeps_order_and_batches() -> None:
    classifier = _FixedClassifier()
    messages = [_message(f"{c} x", INVITE) for c in ("rejection", "not_job", "offer")]
    results = analyze_many(messages, classifier=classifier)  # type: ignore[arg-type]
    assert [r.category for r in results] == [Category.REJECTION, Category.NOT_JOB, Category.OFFER]
    assert [r.sentiment for r in results] == ["negative", "neutral", "positive"]
    assert classifier.batches == [3]


def test_the_runner_up_is_the_second_choice_given_the_first_is_wrong() -> None:
    class Unsure(_FixedClassifier):
        def _one(self, message: MailMessage) -> _Prediction:
            probs = {Category.NOT_JOB: 0.6, Category.REJECTION: 0.3, Category.OTHER_JOB: 0.1}
            return _Prediction(Category.NOT_JOB, 0.6, 0.4, probs)

    result = analyze(_message("x", INVITE), classifier=Unsure())  # type: ignore[arg-type]
    assert result.category is Category.NOT_JOB
    assert result.runner_up is Category.REJECTION
    assert result.runner_up_confidence == pytest.approx(0.75)  # 0.3 of the 0.4 left
    # Without the classifier's probabilities (or with a known category) there is none.
    assert analyze(_message("offer x", INVITE), classifier=_FixedClassifier()).runner_up is None  # type: ignore[arg-type]
    assert extract(_message("x", INVITE), Category.OFFER).runner_up is None


def test_calendar_time_joins_the_dates() -> None:
    start = datetime(2026, 3, 16, 16, 0, tzinfo=UTC)
    message = _message("x", "Looking forward to it.", calendar=(CalendarEvent(start=start),))
    result = extract(message, Category.INTERVIEW)
    assert result.interview_at == start
    assert result.deadlines == (start,)
    assert not result.urgent


def test_extraction_failure_keeps_the_classification(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(analyze_module, "extract_company", broken)
    result = analyze(_message("offer x", INVITE), classifier=_FixedClassifier())  # type: ignore[arg-type]
    assert result.category is Category.OFFER
    assert result.company is None


_WORDS = st.sampled_from(
    [
        *sorted(
            words(
                "Acme Data Engineer position role at by March 14 5pm PT within 3 days Friday "
                "tomorrow Please complete the assessment R-12345 Job ID: applying to for the of "
                "Team Hiring Unfortunately congratulations urgent 14/03/2026 2026-03-14T17:00Z "
                ", . : - | ( ) https://boards.greenhouse.io/acme/jobs/1234567 le 20 mars à 17h "
                "bis zum 3. März"
            )
        ),
        "\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    subject=st.lists(_WORDS, max_size=12).map(" ".join),
    body=st.one_of(st.text(max_size=400), st.lists(_WORDS, max_size=120).map(" ".join)),
    name=st.text(max_size=40),
    category=st.sampled_from([c for c in Category if c is not Category.NOT_JOB]),
)
def test_extract_never_fails_and_stays_sane(
    subject: str, body: str, name: str, category: Category
) -> None:
    message = MailMessage(
        message_id="<p@test>",
        subject=subject,
        sender_name=name,
        sender_address="jobs@acme-labs.com",
        date=datetime(2026, 3, 10, 9, 0, tzinfo=PACIFIC),
        text=body,
    )
    result = extract(message, category)
    assert result.company is None or 0 < len(result.company) <= 60
    assert result.job_title is None or 0 < len(result.job_title) <= 90
    assert len(result.next_steps) <= 3
    assert all(d.tzinfo is not None for d in result.deadlines)
    assert list(result.deadlines) == sorted(set(result.deadlines))
    assert result.sentiment in {"positive", "neutral", "negative"}


def test_huge_headers_and_bodies_stay_bounded() -> None:
    message = MailMessage(
        message_id="<big@test>",
        subject="Application for Data Engineer " + "x " * 8000,
        sender_name="Acme " * 4000,
        sender_address="jobs@acme.com",
        date=datetime(2026, 3, 10, 9, 0, tzinfo=PACIFIC),
        text=("Please reply by Friday. " + "word " * 40) * 5000,
    )
    result = extract(message, Category.CONFIRMATION)
    assert result.company == "Acme"
    assert result.job_title == "Data Engineer"
