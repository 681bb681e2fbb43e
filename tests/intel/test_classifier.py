"""The shipped classifier on hand-written mail (not from the corpus), and its load checks."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from applytrack_desktop import paths
from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.classifier import (
    Classifier,
    ModelError,
    _finish,
    blend_job,
    get_classifier,
    recalibrate,
    shift_to_cut,
)
from applytrack_desktop.intel.features import feature_text
from applytrack_desktop.mail.message import CalendarEvent, MailMessage


def mail(
    subject: str,
    text: str,
    sender: str = "someone@example.com",
    name: str = "",
    headers: dict[str, str] | None = None,
    calendar: tuple[CalendarEvent, ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id="<t@example.com>",
        subject=subject,
        sender_name=name,
        sender_address=sender,
        date=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        text=text,
        headers=headers or {},
        calendar=calendar,
    )


CASES: list[tuple[str, MailMessage, Category]] = [
    (
        "greenhouse confirmation",
        mail(
            "Thank you for applying to Larkspur",
            "Hi Robin,\n\nThanks for applying for the Data Platform Engineer position at "
            "Larkspur. We've received your application and our team will review it. If there "
            "is a fit we'll reach out about next steps.\n\nLarkspur Recruiting",
            "no-reply@greenhouse.io",
            "Larkspur Recruiting",
        ),
        Category.CONFIRMATION,
    ),
    (
        "recruiter phone screen",
        mail(
            "Next steps",
            "Hi Robin, thanks for applying to the Account Manager role at Brightline. I'd like "
            "to schedule a 30-minute phone screen to learn more about your background. Could "
            "you share a few times that work for you this week?\n\nBest,\nKim, Recruiter",
            "kim.ode@brightline.com",
            "Kim Ode",
        ),
        Category.INTERVIEW,
    ),
    (
        "coding assessment",
        mail(
            "Larkspur has invited you to take a coding assessment",
            "As the next step for the Backend Engineer role, please complete the online coding "
            "assessment. It has 3 problems and takes about 90 minutes. The link expires in 7 "
            "days.",
            "support@hackerrankforwork.com",
            "Larkspur via HackerRank",
        ),
        Category.TECHNICAL_ROUND,
    ),
    (
        "offer",
        mail(
            "Your offer from Brightline",
            "Hi Robin, congratulations! We are delighted to offer you the position of Account "
            "Manager. Your base salary will be $95,000 per year. Please review and sign the "
            "offer letter by Friday.",
            "kim.ode@brightline.com",
            "Kim Ode",
        ),
        Category.OFFER,
    ),
    (
        "warm rejection",
        mail(
            "Your application to Brightline",
            "Hi Robin,\n\nThank you for your interest in Brightline and for taking the time to "
            "apply. Unfortunately, we have decided not to move forward with your application "
            "at this time. We wish you the best in your search.",
            "no-reply@hire.lever.co",
            "Brightline",
        ),
        Category.REJECTION,
    ),
    (
        "recruiter outreach",
        mail(
            "Senior Data Engineer opportunity",
            "Hi Robin, I came across your profile and think you'd be a great fit for a Senior "
            "Data Engineer role with my client, a fast-growing fintech. Fully remote. Would "
            "you be open to a quick chat this week?\n\nSam, Senior Consultant",
            "sam@peakrecruiting.com",
            "Sam Hale",
        ),
        Category.RECRUITER_OUTREACH,
    ),
    (
        "background check",
        mail(
            "Brightline has requested a background check",
            "Brightline has requested a background check as part of your application. Please "
            "provide your information to Checkr to get started.",
            "noreply@checkr.com",
            "Checkr",
        ),
        Category.OTHER_JOB,
    ),
    (
        "job alert digest",
        mail(
            "8 new jobs for Data Engineer",
            "Your job alert for Data Engineer. Data Engineer - Globex - Remote. Easy Apply. "
            "Senior Data Engineer - Initech - Austin. Apply now and get an interview faster.",
            "jobalerts-noreply@linkedin.com",
            "LinkedIn Job Alerts",
            {"list-unsubscribe": "<https://linkedin.com/u>"},
        ),
        Category.NOT_JOB,
    ),
    (
        "loan application declined",
        mail(
            "Update on your loan application",
            "Thank you for applying for a personal loan. Unfortunately, we are unable to "
            "approve your application at this time based on your credit report.",
            "loans@firstcitybank.com",
            "First City Bank",
        ),
        Category.NOT_JOB,
    ),
    (
        "marketing offer",
        mail(
            "Exclusive offer inside: 30% off",
            "As a valued member you've been selected for an exclusive offer. Use code SAVE30 at "
            "checkout. Offer ends Sunday.",
            "deals@shoply.example",
            "Shoply",
            {"list-unsubscribe": "<https://shoply.example/u>"},
        ),
        Category.NOT_JOB,
    ),
    (
        "friend's dinner invite",
        mail(
            "Invitation: Dinner @ Sat 7pm",
            "Dinner at our place on Saturday! Bring dessert.",
            "maria.k@gmail.com",
            "Maria",
            calendar=(CalendarEvent(summary="Dinner", method="REQUEST"),),
        ),
        Category.NOT_JOB,
    ),
    (
        # The demo's friend: a calendar invite and "interviews", but plans among friends.
        "friend's board games with good wishes",
        mail(
            "Board games on Saturday?",
            "Hey Jordan! We're doing board games at my place Saturday at 7. I sent a calendar "
            "invite, bring snacks if you can. Good luck with all the interviews by the way!",
            "sam.rivera@example.org",
            "Sam Rivera",
            calendar=(CalendarEvent(summary="Board games at Sam's", method="REQUEST"),),
        ),
        Category.NOT_JOB,
    ),
    (
        # A job board's read receipt moves nothing: not a second confirmation.
        "application viewed notice",
        mail(
            "Your application was viewed by Hooli",
            "Hooli viewed your application for Product Analyst.\n\nYour profile stands out "
            "when it's complete. Keep applying to jobs you're interested in.",
            "jobs-noreply@linkedin.com",
            "LinkedIn",
        ),
        Category.OTHER_JOB,
    ),
    (
        "podcast interview request",
        mail(
            "Podcast guest invitation",
            "Hi Robin, I host Data Voices, a weekly podcast about data careers. Would you be "
            "open to being a guest? I'd love to interview you for our podcast about how you "
            "moved into data engineering. Could you share some times that work next week?",
            "priya@datavoices.fm",
            "Priya Natarajan",
        ),
        Category.NOT_JOB,
    ),
    (
        # Account mail reaches every inbox weekly and shares a candidate portal's words.
        "a code host's password reset",
        mail(
            "[GitHub] Please reset your password",
            "We heard that you lost your GitHub password. Sorry about that!\n\nBut don't "
            "worry! You can use the following link to reset your password:\n"
            "https://github.com/password_reset/x\n\nIf you don't use this link within 3 "
            "hours, it will expire.\n\nThanks,\nThe GitHub Team",
            "noreply@github.com",
            "GitHub",
        ),
        Category.NOT_JOB,
    ),
    (
        "a sign-in code",
        mail(
            "Your verification code",
            "Your verification code is 482913. It expires in 10 minutes.\n\nIf you didn't "
            "request this code, please ignore this email.",
            "no-reply@zoom.us",
            "Zoom",
        ),
        Category.NOT_JOB,
    ),
    (
        "a candidate account at one employer",
        mail(
            "Verify your email address",
            "Please verify your email address to finish creating your candidate account at "
            "Acme careers and continue your application.\n\nVerify: "
            "https://acme.wd5.myworkdayjobs.com/verify",
            "acme@myworkday.com",
            "Acme Careers",
        ),
        Category.OTHER_JOB,
    ),
    (
        "user research session",
        mail(
            "Share your feedback: 45-minute user research session",
            "Hi Robin, we're running a user research study on how people manage their "
            "finances and would love to interview you. Sessions are 45 minutes on Zoom and "
            "you'll receive a $75 gift card as a thank-you. Pick a time that works for you.",
            "research@budgetly.io",
            "Budgetly Research",
        ),
        Category.NOT_JOB,
    ),
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load()


@pytest.mark.parametrize(("case", "message", "expected"), CASES, ids=[c[0] for c in CASES])
def test_hand_written_mail(
    classifier: Classifier, case: str, message: MailMessage, expected: Category
) -> None:
    prediction = classifier.predict(message)
    assert prediction.category is expected, (case, dict(prediction.probabilities))
    if expected is Category.NOT_JOB:
        assert prediction.job_related_confidence < 0.5
    else:
        assert prediction.job_related_confidence > 0.5


def test_confidences_are_probabilities(classifier: Classifier) -> None:
    for prediction in classifier.predict_many([m for _, m, _ in CASES]):
        assert set(prediction.probabilities) == set(Category)
        assert all(0.0 <= p <= 1.0 for p in prediction.probabilities.values())
        assert sum(prediction.probabilities.values()) == pytest.approx(1.0, abs=1e-6)
        assert prediction.confidence == prediction.probabilities[prediction.category]
        assert prediction.confidence == max(prediction.probabilities.values())
        not_job = prediction.probabilities[Category.NOT_JOB]
        assert prediction.job_related_confidence == pytest.approx(1.0 - not_job)


def test_predict_many_equals_predict(classifier: Classifier) -> None:
    messages = [m for _, m, _ in CASES]
    many = classifier.predict_many(messages)
    single = [classifier.predict(m) for m in messages]
    assert len(many) == len(messages)
    for a, b in zip(many, single, strict=True):
        # One batch and one-by-one runs may differ in the last float32 bits, nothing more. Near
        # saturation one float32 step of a model's P(not job) (about 6e-8 of 5e-7) moves its
        # log-odds by about 0.1, which the blend's weighted log-odds carry into the shipped
        # probability as up to ~6e-5; a real batching mistake (rows swapped, padding read as
        # words) moves probabilities by far more than 1e-4.
        assert a.category is b.category
        for category in Category:
            assert a.probabilities[category] == pytest.approx(b.probabilities[category], abs=1e-4)
    assert classifier.predict_many([]) == []


def test_confidence_does_not_depend_on_the_rest_of_the_batch(classifier: Classifier) -> None:
    # Clear not-job mail skips the category model; the blend's decision cut must still apply
    # to it when no message of its batch reaches the category model, as when one does.
    # A friend's call: P(job) about 0.016, under SKIP_BELOW but not so sure that the
    # confidence map's cap hides the cut.
    catch_up = mail(
        "Project catch-up",
        "Hi Robin, do you have time for a quick call this week to catch up on the project "
        "plan? Thursday afternoon works for me.",
        "lee@gmail.com",
        "Lee",
    )
    clear = [catch_up] + [m for _, m, truth in CASES if truth is Category.NOT_JOB]
    job = [m for _, m, truth in CASES if truth is not Category.NOT_JOB]
    alone = classifier.predict_many([catch_up, catch_up])[:1]
    assert alone[0].probabilities[Category.NOT_JOB] < 0.995  # under the cap
    alone += classifier.predict_many(clear[1:] + clear[1:])[: len(clear) - 1]
    beside_job = classifier.predict_many(clear + job)[: len(clear)]
    for a, b in zip(alone, beside_job, strict=True):
        assert a.category is b.category
        for category in Category:
            assert a.probabilities[category] == pytest.approx(b.probabilities[category], abs=1e-4)


def test_empty_message_is_classified(classifier: Classifier) -> None:
    prediction = classifier.predict(mail("", ""))
    assert 0.0 <= prediction.confidence <= 1.0


def test_get_classifier_is_cached() -> None:
    assert get_classifier() is get_classifier()


def _copy_models(tmp_path: Path) -> Path:
    target = tmp_path / "models"
    target.mkdir()
    for path in paths.models_dir().glob("*"):
        if path.is_file() and path.suffix in {".onnx", ".json"}:
            shutil.copy(path, target / path.name)
    return target


def test_hash_mismatch_is_refused(tmp_path: Path) -> None:
    directory = _copy_models(tmp_path)
    manifest = json.loads((directory / "manifest.json").read_text())
    victim = directory / next(iter(manifest["models"].values()))["file"]
    victim.write_bytes(victim.read_bytes() + b"\0")
    with pytest.raises(ModelError, match="SHA-256"):
        Classifier.load(directory)


def test_missing_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        Classifier.load(tmp_path)


def test_feature_version_mismatch_is_refused(tmp_path: Path) -> None:
    directory = _copy_models(tmp_path)
    manifest = json.loads((directory / "manifest.json").read_text())
    manifest["feature_version"] = -1
    (directory / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="feature version"):
        Classifier.load(directory)


def test_copied_models_load_and_agree(tmp_path: Path, classifier: Classifier) -> None:
    other = Classifier.load(_copy_models(tmp_path))
    message = CASES[0][1]
    assert other.predict(message) == classifier.predict(message)


def test_recalibrate_maps_the_top_and_keeps_the_ranking() -> None:
    table = (np.array([0.0, 0.5, 1.0]), np.array([0.2, 0.8, 0.9]))
    probs = dict.fromkeys(Category, 0.0)
    probs.update({Category.INTERVIEW: 0.5, Category.OFFER: 0.3, Category.NOT_JOB: 0.2})
    out = recalibrate(probs, Category.INTERVIEW, table)
    assert out[Category.INTERVIEW] == pytest.approx(0.8)
    assert out[Category.OFFER] == pytest.approx(0.2 * 0.3 / 0.5)
    assert sum(out.values()) == pytest.approx(1.0)
    # A map that would drop the top below the runner-up stops just above the tie.
    low = (np.array([0.0, 1.0]), np.array([0.0, 0.1]))
    out = recalibrate(probs, Category.INTERVIEW, low)
    assert max(out, key=lambda c: out[c]) is Category.INTERVIEW
    assert out[Category.INTERVIEW] == pytest.approx(out[Category.OFFER], abs=1e-6)


@pytest.mark.parametrize(
    "table",
    [{"x": [0.0, 1.0], "y": [0.9, 0.1]}, {"x": [0.0], "y": [0.5]}, {"x": "a"}, [1, 2]],
    ids=["decreasing", "too-short", "not-numbers", "not-a-table"],
)
def test_damaged_calibration_table_is_refused(tmp_path: Path, table: object) -> None:
    directory = _copy_models(tmp_path)
    manifest = json.loads((directory / "manifest.json").read_text())
    manifest["calibration"] = table
    (directory / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="calibration"):
        Classifier.load(directory)


def test_shipped_confidences_are_calibrated(classifier: Classifier) -> None:
    assert classifier.calibration is not None  # the recipe always writes the map
    _, ys = classifier.calibration
    assert np.all(np.diff(ys) >= 0) and ys.max() < 1.0


def test_a_batch_calibrates_each_message_as_one_at_a_time(classifier: Classifier) -> None:
    # The batch maps its confidences through the calibration table in one np.interp call:
    # the same values, to the last bit, as the table applied message by message.
    messages = [message for _, message, _ in CASES]
    raws = classifier._raw([feature_text(m) for m in messages])
    expected = [
        _finish(m, probs, True, classifier.calibration)
        for m, probs in zip(messages, raws, strict=True)
    ]
    assert classifier.predict_many(messages) == expected


def test_recalibrate_uses_the_mapped_top_it_is_given() -> None:
    table = (np.array([0.0, 1.0]), np.array([0.0, 1.0]))
    probs = dict.fromkeys(Category, 0.0)
    probs.update({Category.INTERVIEW: 0.5, Category.OFFER: 0.3, Category.NOT_JOB: 0.2})
    assert recalibrate(dict(probs), Category.INTERVIEW, table)[Category.INTERVIEW] == 0.5
    given = recalibrate(dict(probs), Category.INTERVIEW, table, 0.7)
    assert given[Category.INTERVIEW] == 0.7
    assert given[Category.OFFER] == pytest.approx(0.3 * 0.3 / 0.5)


def test_blend_job_weighs_the_two_log_odds() -> None:
    p_job, job_mass = np.array([0.9, 0.2, 0.5]), np.array([0.6, 0.2, 0.99])
    # Weight 1 is the job model alone, 0 the category model alone.
    assert np.allclose(blend_job(p_job, job_mass, 1.0), p_job)
    assert np.allclose(blend_job(p_job, job_mass, 0.0), job_mass)
    # Halfway: the mean of the two log-odds (0.9 and 0.1 cancel out).
    assert blend_job(np.array([0.9]), np.array([0.1]), 0.5)[0] == pytest.approx(0.5)
    middle = blend_job(p_job, job_mass, 0.5)
    assert np.all(middle >= np.minimum(p_job, job_mass) - 1e-12)
    assert np.all(middle <= np.maximum(p_job, job_mass) + 1e-12)


def test_shift_to_cut_makes_the_cut_one_half() -> None:
    p = np.array([0.62, 0.3, 0.9, 0.0, 1.0])
    shifted = shift_to_cut(p, 0.62)
    assert shifted[0] == pytest.approx(0.5)
    assert shifted[1] < 0.5 < shifted[2]
    assert np.all((shifted >= 0.0) & (shifted <= 1.0))
    assert np.all(np.diff(shift_to_cut(np.linspace(0.0, 1.0, 11), 0.62)) > 0)
    assert np.allclose(shift_to_cut(p[:3], 0.5), p[:3])


def test_an_output_the_model_lacks_is_refused(tmp_path: Path) -> None:
    directory = _copy_models(tmp_path)
    manifest = json.loads((directory / "manifest.json").read_text())
    next(iter(manifest["models"].values()))["output"] = "no_such_output"
    (directory / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="output"):
        Classifier.load(directory)


def test_models_naming_one_file_share_one_session(classifier: Classifier) -> None:
    files = {entry["file"] for entry in classifier.manifest["models"].values()}
    job, category = classifier._models.get("job"), classifier._models["category"]
    if job is None or len(files) != 1:
        pytest.skip("the shipped models are separate files")
    assert job.shares_session(category)
    # One run for both equals each model asked alone.
    texts = [feature_text(m) for _, m, _ in CASES]
    both = job.probabilities_with(category, texts)
    assert np.array_equal(both[0], job.probabilities(texts))
    assert np.array_equal(both[1], category.probabilities(texts))


@pytest.mark.parametrize("count", [1, 2, 63, 64, 65, 129, 150])
def test_length_sorted_runs_give_the_outputs_of_arrival_order(
    classifier: Classifier, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The models run on texts in batches of like length; every message gets the very
    # outputs (to the bit) it got in arrival-order batches of _BATCH, the one that ran
    # alone included.
    from applytrack_desktop.intel.classifier import _BATCH
    from tests.intel.corpus_sample import prepared_sample

    texts = [
        f"{p.subject} {p.body}".lower()[: 40 + 37 * i % 900]
        for i, p in enumerate(prepared_sample())
    ][:count]
    job, category = classifier._models["job"], classifier._models["category"]
    arrival = [
        job.probabilities_with(category, texts[start : start + _BATCH])
        for start in range(0, count, _BATCH)
    ]
    ran: list[list[str]] = []
    run = job.probabilities_with

    def recorded(other: object, batch: list[str]) -> list[np.ndarray]:
        ran.append(list(batch))
        return run(other, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(job, "probabilities_with", recorded)
    shared = classifier._shared_outputs(texts)
    assert shared is not None
    assert np.array_equal(shared[0], np.vstack([a[0] for a in arrival]))
    assert np.array_equal(shared[1], np.vstack([a[1] for a in arrival]))
    sizes = [len(batch) for batch in ran]
    assert sizes.count(1) == (1 if count % _BATCH == 1 else 0)  # alone only as in arrival order
    lengths = [len(t) for batch in ran for t in batch if len(batch) > 1]
    assert lengths == sorted(lengths)  # the others by length
