"""The recipe's cross-validation combines the blend layout's two models as the app does."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

import numpy as np
import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.classifier import SKIP_BELOW, Classifier
from applytrack_desktop.intel.role_named import names_role
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.parse import parse_message
from tests.models.recipe import import_recipe

LABELS = [c.value for c in Category]  # the 8-class category model's label order


@pytest.fixture(scope="module")
def crossval() -> ModuleType:
    return import_recipe("crossval", "sklearn")


class _Fixed:
    """A stand-in for an ONNX model: the same probability rows whatever the texts."""

    def __init__(self, labels: Sequence[str], rows: np.ndarray, shared: bool = False) -> None:
        self.labels = tuple(labels)
        self.rows = rows
        self.shared = shared  # one graph for both models (the shipped blend file)

    def shares_session(self, other: _Fixed) -> bool:
        return self.shared and other.shared

    def probabilities_with(self, other: _Fixed, texts: Sequence[str]) -> list[np.ndarray]:
        return [self.probabilities(texts), other.probabilities(texts)]

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        # The category model is only asked about the texts it is run on (by index here).
        return self.rows[[int(t) for t in texts]]


@pytest.mark.parametrize("shared", [False, True], ids=["two graphs", "one graph"])
def test_blended_out_of_fold_equals_the_classifier(crossval: ModuleType, shared: bool) -> None:
    rng = np.random.default_rng(7)
    p_job = np.array([0.005, 0.015, 0.3, 0.6, 0.9, 0.99, 0.5, 0.05])
    p_all = rng.dirichlet(np.ones(len(LABELS)), size=len(p_job))
    weight, cut = 0.6, 0.62
    raw = crossval.RawOutOfFold(
        list(range(len(p_job))),
        ["not_job"] * len(p_job),
        [],
        p_job.tolist(),
        [dict(zip(Category, map(float, row), strict=True)) for row in p_all],
    )
    expected = [crossval.with_cut(p, cut) for p in crossval.blended(raw, weight).probs]

    manifest = {"layout": "blend", "blend": {"job_weight": weight, "cut": cut}}
    job = _Fixed(["job", "not_job"], np.column_stack([p_job, 1.0 - p_job]), shared)
    category = _Fixed(LABELS, p_all, shared)
    classifier = Classifier(manifest, {"job": job, "category": category})  # type: ignore[dict-item]
    got = classifier._raw([str(i) for i in range(len(p_job))])

    assert any(p < SKIP_BELOW for p in p_job)  # both paths: skipped and blended
    for want, have in zip(expected, got, strict=True):
        assert set(have) == set(Category)
        for c in Category:
            assert have[c] == pytest.approx(want[c], abs=1e-9)
        assert sum(have.values()) == pytest.approx(1.0)


def test_weight_one_is_the_job_model_alone(crossval: ModuleType) -> None:
    p_all = {c: 1.0 / len(LABELS) for c in Category}
    raw = crossval.RawOutOfFold([0], ["offer"], [], [0.7], [p_all])
    (probs,) = crossval.blended(raw, 1.0).probs
    assert probs[Category.NOT_JOB] == pytest.approx(0.3)


def _mail(subject: str, body: str) -> MailMessage:
    raw = (
        f"From: Talent <talent@acme-robotics.com>\nTo: me@example.com\nSubject: {subject}\n"
        f"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <{abs(hash(subject))}@x>\n\n{body}\n"
    )
    return parse_message(raw.encode())


NAMED = _mail(
    "Your application for Senior Data Engineer",
    "Thank you for applying for the Senior Data Engineer position at Acme Robotics.",
)
UNNAMED = _mail("Your application", "Thank you, we received your loan application documents.")


def test_the_role_cut_applies_as_the_recipe_scores_it(crossval: ModuleType) -> None:
    assert names_role(NAMED) and not names_role(UNNAMED)
    p_job = np.array([0.5, 0.6, 0.7, 0.85, 0.5, 0.6, 0.7, 0.85])
    messages = [NAMED] * 4 + [UNNAMED] * 4
    p_all = np.random.default_rng(3).dirichlet(np.ones(len(LABELS)), size=len(p_job))
    weight, cut, role_cut = 1.0, 0.75, 0.45
    raw = crossval.RawOutOfFold(
        list(range(len(p_job))),
        ["offer"] * len(p_job),
        [],
        p_job.tolist(),
        [dict(zip(Category, map(float, row), strict=True)) for row in p_all],
    )
    named = crossval.role_flags(raw, messages)
    expected = [
        crossval.with_cut(p, crossval.row_cut(p, cut, role_cut, bool(n)))
        for p, n in zip(crossval.blended(raw, weight).probs, named, strict=True)
    ]
    manifest = {
        "layout": "blend",
        "blend": {"job_weight": weight, "cut": cut, "role_cut": role_cut},
    }
    job = _Fixed(["job", "not_job"], np.column_stack([p_job, 1.0 - p_job]), True)
    category = _Fixed(LABELS, p_all, True)
    classifier = Classifier(manifest, {"job": job, "category": category})  # type: ignore[dict-item]
    got = classifier._raw([str(i) for i in range(len(p_job))], None, messages)
    for want, have in zip(expected, got, strict=True):
        for c in Category:
            assert have[c] == pytest.approx(want[c], abs=1e-9)
    # The same P(job) is more likely job mail when the message names its role.
    assert got[1][Category.NOT_JOB] < 0.5 < got[5][Category.NOT_JOB]


def test_choose_cuts_scores_pairs_as_the_decision_does(crossval: ModuleType) -> None:
    rng = np.random.default_rng(11)
    n = 400
    truth = ["offer" if t else "not_job" for t in rng.random(n) < 0.6]
    # Job mail scores higher; mail naming a role is nearly always job mail.
    p_job = np.clip([rng.beta(5, 2) if t != "not_job" else rng.beta(2, 4) for t in truth], 0, 1)
    named = np.array([t != "not_job" and rng.random() < 0.7 for t in truth])
    # The category model is sure which job category it is (one dominant share).
    alpha = np.ones(len(LABELS))
    alpha[LABELS.index("offer")] = 40.0
    p_all = rng.dirichlet(alpha, size=n)
    raw = crossval.blended(
        crossval.RawOutOfFold(
            list(range(n)),
            truth,
            [],
            p_job.tolist(),
            [dict(zip(Category, map(float, row), strict=True)) for row in p_all],
        ),
        1.0,
    )
    cut, role_cut = crossval.choose_cuts(raw, named, recall=0.9)
    assert role_cut < cut  # the evidence is worth a lower cut here

    def kept(c: float, rc: float) -> np.ndarray:
        out = []
        for probs, flag in zip(raw.probs, named, strict=True):
            shifted = crossval.with_cut(probs, crossval.row_cut(probs, c, rc, bool(flag)))
            top = max(v for k, v in shifted.items() if k is not Category.NOT_JOB)
            out.append(top > shifted[Category.NOT_JOB])
        return np.array(out)

    is_job = np.array([t != "not_job" for t in truth])
    chosen = kept(cut, role_cut)
    recall = (chosen & is_job).sum() / is_job.sum()
    precision = (chosen & is_job).sum() / chosen.sum()
    assert recall >= 0.9
    # No single cut keeping that recall is as precise.
    for c in crossval.CUTS:
        one = kept(c, c)
        if (one & is_job).sum() / is_job.sum() >= 0.9:
            assert (one & is_job).sum() / one.sum() <= precision + 1e-12
