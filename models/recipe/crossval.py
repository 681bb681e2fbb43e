"""Out-of-fold predictions on the TRAINING families: choose the layout, fit the calibration.

The eval split must stay untouched until the final report, so every choice the recipe makes
is made here, on the training families alone. They are dealt into ``FOLDS`` groups BY FAMILY
(per category, in the order of a salted hash), and for each group the whole recipe (``train.fit``
with its own inner calibration families, both stages, the phrase rules) is run on the other
groups and predicts this one. The pooled predictions are the cross-validated figures in
``EVAL.md``; they choose the layout, and their top-class probabilities against right/wrong
fit the isotonic confidence map the classifier applies last.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import train

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.classifier import _finish
from applytrack_desktop.mail.message import MailMessage

FOLDS = 4
CONFIDENCE_CAP = 0.995  # no calibrated confidence is ever reported as certainty


@dataclass
class OutOfFold:
    truth: list[str]
    pred: list[str]
    conf: list[float]  # top-class probability before the calibration map


def family_folds(families: Sequence[tuple[str, str]], k: int = FOLDS) -> list[set[str]]:
    """``k`` groups of family names; each category's families are spread over all groups."""
    by_category: dict[str, list[str]] = defaultdict(list)
    for name, category in sorted(set(families)):
        by_category[category].append(name)
    folds: list[set[str]] = [set() for _ in range(k)]
    offset = 0
    for category in sorted(by_category):
        names = sorted(
            by_category[category], key=lambda n: hashlib.sha256(("cv:" + n).encode()).hexdigest()
        )
        for j, name in enumerate(names):
            folds[(j + offset) % k].add(name)
        offset += len(names)
    return folds


def _probabilities(
    layout: str,
    fit_idx: list[int],
    test_idx: list[int],
    rows: Sequence[dict[str, object]],
    texts: Sequence[str],
) -> list[dict[Category, float]]:
    """P(category) for ``test_idx`` from a layout trained on ``fit_idx`` (scikit-learn)."""
    families = sorted({(str(rows[i]["family"]), str(rows[i]["category"])) for i in fit_idx})
    calib = train.calibration_families(families)
    test_texts = [texts[i] for i in test_idx]
    if layout == "single":
        model = train.fit(
            [texts[i] for i in fit_idx],
            [str(rows[i]["category"]) for i in fit_idx],
            [str(rows[i]["family"]) for i in fit_idx],
            calib,
        )
        matrix = model.pipeline.predict_proba(test_texts)
        labels = [str(c) for c in model.pipeline.classes_]
        return [{Category(c): float(p) for c, p in zip(labels, row, strict=True)} for row in matrix]
    job = train.fit(
        [texts[i] for i in fit_idx],
        ["not_job" if rows[i]["category"] == "not_job" else "job" for i in fit_idx],
        [str(rows[i]["family"]) for i in fit_idx],
        calib,
        favour="job",
    )
    job_rows = [i for i in fit_idx if rows[i]["category"] != "not_job"]
    category = train.fit(
        [texts[i] for i in job_rows],
        [str(rows[i]["category"]) for i in job_rows],
        [str(rows[i]["family"]) for i in job_rows],
        calib,
    )
    p_job = job.pipeline.predict_proba(test_texts)[:, list(job.pipeline.classes_).index("job")]
    matrix = category.pipeline.predict_proba(test_texts)
    labels = [str(c) for c in category.pipeline.classes_]
    out: list[dict[Category, float]] = []
    for pj, row in zip(p_job, matrix, strict=True):
        probs = {Category(c): float(pj * p) for c, p in zip(labels, row, strict=True)}
        probs[Category.NOT_JOB] = float(1.0 - pj)
        out.append(probs)
    return out


def out_of_fold(
    layout: str,
    rows: Sequence[dict[str, object]],
    texts: Sequence[str],
    messages: Sequence[MailMessage],
) -> OutOfFold:
    """Predictions for every training message by a recipe run that never saw its family."""
    train_idx = [i for i, r in enumerate(rows) if r["split"] == "train"]
    folds = family_folds([(str(rows[i]["family"]), str(rows[i]["category"])) for i in train_idx])
    result = OutOfFold([], [], [])
    for fold in folds:
        fit_idx = [i for i in train_idx if rows[i]["family"] not in fold]
        test_idx = [i for i in train_idx if rows[i]["family"] in fold]
        for i, probs in zip(
            test_idx, _probabilities(layout, fit_idx, test_idx, rows, texts), strict=True
        ):
            prediction = _finish(messages[i], probs, True)
            result.truth.append(str(rows[i]["category"]))
            result.pred.append(prediction.category.value)
            result.conf.append(prediction.confidence)
    return result


def calibration_map(oof: OutOfFold) -> dict[str, list[float]]:
    """An increasing map from top-class probability to the rate such predictions were right."""
    from sklearn.isotonic import IsotonicRegression

    right = np.array([t == p for t, p in zip(oof.truth, oof.pred, strict=True)], dtype=float)
    iso = IsotonicRegression(y_min=0.0, y_max=CONFIDENCE_CAP, out_of_bounds="clip")
    iso.fit(np.array(oof.conf), right)
    xs = [0.0] + [round(float(x), 4) for x in iso.X_thresholds_] + [1.0]
    ys = [float(iso.y_thresholds_[0])] + [float(y) for y in iso.y_thresholds_]
    ys.append(ys[-1])
    # Rounded for a readable manifest; rounding keeps both sequences non-decreasing.
    return {"x": xs, "y": [round(y, 4) for y in ys]}


def apply_map(conf: Sequence[float], table: dict[str, list[float]]) -> list[float]:
    return [float(v) for v in np.interp(np.array(conf), table["x"], table["y"])]
