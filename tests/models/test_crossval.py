"""The recipe's cross-validation combines the blend layout's two models as the app does."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

import numpy as np
import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.classifier import SKIP_BELOW, Classifier
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
