"""Fit, calibrate and export the text classifiers (scikit-learn -> ONNX).

A model is TF-IDF over word 1-2-grams of ``intel.features.feature_text`` plus a logistic
regression. Calibration: a temperature is fitted on the calibration families (training
families held out from the fit, chosen by name hash like the eval split), then folded into
the regression weights, so the ONNX output is already calibrated and runtime needs no extra
step. The regularisation strength is chosen on the same calibration families; the eval
families are never looked at here.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

C_GRID = (0.5, 1.0, 2.0, 5.0, 10.0)
MIN_DF = 3
BINARY = True
SUBLINEAR = False
MAX_FEATURES = 30000
NGRAMS = (1, 2)
SELECT = "f1"  # how C is chosen on the calibration families: "f1" or "nll"
CLASS_WEIGHT: str | None = "balanced"
MIN_FAMILIES = 2  # a term must occur in this many template families to be in the vocabulary
CUE_BOOST = 2.0  # idf multiplier for the cue marker words (intel.cues)
BOOSTED: tuple[str, ...] = ("xcue", "xscue")
T_GRID = tuple(round(0.25 + 0.05 * i, 2) for i in range(76))  # 0.25 .. 4.0
CALIB_SHARE = 0.25
MIN_RECALL = 0.995  # the job cut keeps this recall on the calibration families


@dataclass
class Fitted:
    pipeline: Pipeline
    labels: list[str]
    c: float
    temperature: float
    threshold: float = 0.5  # the P(favoured class) at which the shipped model says 50%


def calibration_families(families: Sequence[tuple[str, str]]) -> set[str]:
    """A quarter of each category's training families (by name hash) for C and temperature."""
    by_category: dict[str, set[str]] = defaultdict(set)
    for name, category in families:
        by_category[category].add(name)
    chosen: set[str] = set()
    for names in by_category.values():
        ordered = sorted(names, key=lambda n: hashlib.sha256(("calib:" + n).encode()).hexdigest())
        chosen.update(ordered[: max(1, math.ceil(len(ordered) * CALIB_SHARE))])
    return chosen


def make_pipeline(c: float) -> Pipeline:
    vectorizer = TfidfVectorizer(
        ngram_range=NGRAMS,
        # No max_df: a bigram kept without its unigram breaks the ONNX tokenizer's n-gram pool.
        # No sublinear_tf: skl2onnx computes it slightly differently; binary counts instead.
        min_df=MIN_DF,
        binary=BINARY,
        sublinear_tf=SUBLINEAR,
        max_features=MAX_FEATURES,
        lowercase=False,  # feature_text is already folded; keeps ONNX tokenization identical
        dtype=np.float32,
    )
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight=CLASS_WEIGHT)
    return Pipeline([("tfidf", vectorizer), ("clf", classifier)])


def family_vocabulary(texts: Sequence[str], families: Sequence[str]) -> dict[str, int]:
    """Terms that occur in at least ``MIN_DF`` messages AND ``MIN_FAMILIES`` families.

    A phrase only one template family uses is that template's fingerprint: it cannot help on
    mail written by anyone else, and it lets the model memorise templates instead of learning
    the cues they share. (Every unigram of a kept bigram is kept too, as ONNX needs.)
    """
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(ngram_range=NGRAMS, min_df=MIN_DF, binary=True, lowercase=False)
    matrix = counter.fit_transform(texts).tocsc()
    fam_index = {f: i for i, f in enumerate(sorted(set(families)))}
    row_family = np.array([fam_index[f] for f in families])
    terms = counter.get_feature_names_out()
    kept: list[tuple[int, str]] = []
    for j, term in enumerate(terms):
        rows = matrix.indices[matrix.indptr[j] : matrix.indptr[j + 1]]
        if len(set(row_family[rows].tolist())) >= MIN_FAMILIES:
            kept.append((len(rows), str(term)))
    kept.sort(key=lambda item: (-item[0], item[1]))
    chosen = sorted(term for _, term in kept[:MAX_FEATURES])
    return {term: i for i, term in enumerate(chosen)}


def fit_pipeline(
    c: float, texts: np.ndarray, labels: np.ndarray, families: Sequence[str]
) -> Pipeline:
    pipeline = make_pipeline(c)
    tfidf = pipeline.named_steps["tfidf"]
    if MIN_FAMILIES > 1:
        tfidf.set_params(vocabulary=family_vocabulary(list(texts), families))
    matrix = tfidf.fit_transform(texts)
    if CUE_BOOST != 1.0:
        idf = tfidf.idf_.copy()
        for term, j in tfidf.vocabulary_.items():
            if term.startswith(BOOSTED) and " " not in term:
                idf[j] *= CUE_BOOST
        tfidf.idf_ = idf
        matrix = tfidf.transform(texts)
    pipeline.named_steps["clf"].fit(matrix, labels)
    return pipeline


def _scaled(probs: np.ndarray, temperature: float) -> np.ndarray:
    logp = np.log(np.clip(probs, 1e-12, 1.0)) / temperature
    logp -= logp.max(axis=1, keepdims=True)
    out = np.exp(logp)
    return out / out.sum(axis=1, keepdims=True)


def _nll(probs: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(np.log(np.clip(probs[np.arange(len(y)), y], 1e-12, 1.0))))


def _macro_f1(y: np.ndarray, pred: np.ndarray, k: int) -> float:
    scores = []
    for c in range(k):
        tp = int(np.sum((pred == c) & (y == c)))
        fp = int(np.sum((pred == c) & (y != c)))
        fn = int(np.sum((pred != c) & (y == c)))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def _best_threshold(p_fav: np.ndarray, is_fav: np.ndarray, min_recall: float) -> float:
    """The highest cut on P(favoured) that still keeps ``min_recall`` of the favoured class.

    A higher cut means fewer false positives; the recall floor keeps it from giving up real
    job mail (chosen on the calibration families, never on the eval split).
    """
    best_t = 0.5
    for t in np.arange(0.30, 0.91, 0.01):
        recall = float(np.sum((p_fav >= t) & is_fav)) / max(1.0, float(is_fav.sum()))
        if recall >= min_recall:
            best_t = float(t)
    return best_t


def fit(
    texts: Sequence[str],
    labels: Sequence[str],
    families: Sequence[str],
    calib: set[str],
    favour: str | None = None,
    min_recall: float | None = None,
) -> Fitted:
    """Choose C and the temperature on the calibration families, then refit on everything.

    With ``favour`` (a binary model's class, e.g. "job"), the highest cut on P(favour) that
    keeps ``min_recall`` on the calibration families is folded into the intercept as well, so
    the shipped model says 50% exactly at that cut: for the job model, precision is worth more
    than recall beyond that floor (keeping private non-job mail is the worse mistake).
    """
    min_recall = MIN_RECALL if min_recall is None else min_recall
    texts_arr = np.array(texts, dtype=object)
    y_all = np.array(labels)
    fam_arr = np.array(families, dtype=object)
    in_cal = np.array([f in calib for f in families])
    classes = sorted(set(labels))
    index = {c: i for i, c in enumerate(classes)}
    y_cal = np.array([index[c] for c in y_all[in_cal]])
    best: tuple[float, float, float, float] | None = None  # (score, c, temperature, cut)
    partial: dict[float, Pipeline] = {}
    for c in C_GRID:
        model = partial[c] = fit_pipeline(
            c, texts_arr[~in_cal], y_all[~in_cal], list(fam_arr[~in_cal])
        )
        probs = _align(model, classes, model.predict_proba(texts_arr[in_cal]))
        temperature = min(T_GRID, key=lambda t: _nll(_scaled(probs, t), y_cal))
        if SELECT == "nll":
            score = -_nll(_scaled(probs, temperature), y_cal)
        else:
            score = _macro_f1(y_cal, probs.argmax(axis=1), len(classes))
        cut = 0.5
        if favour is not None:
            fav = classes.index(favour)
            cut = _best_threshold(_scaled(probs, temperature)[:, fav], y_cal == fav, min_recall)
        if best is None or score > best[0] + 1e-9:
            best = (score, c, temperature, cut)
    assert best is not None
    _, c, temperature, cut = best
    # A decision cut only holds for the model it was measured on: a model refit on more data
    # is more confident and the cut would drift. So a ``favour`` model ships as fitted
    # without the calibration families; the others are refit on everything.
    final = partial[c] if favour is not None else fit_pipeline(c, texts_arr, y_all, families)
    clf = final.named_steps["clf"]
    clf.coef_ = clf.coef_ / temperature  # fold the calibration into the weights
    clf.intercept_ = clf.intercept_ / temperature
    if favour is not None and len(clf.classes_) == 2:
        # Binary: P(classes_[1]) = sigmoid(z). Shift z so that P(favour) = 0.5 at the cut.
        shift = float(np.log(cut / (1.0 - cut)))
        clf.intercept_ = clf.intercept_ + (shift if clf.classes_[0] == favour else -shift)
    return Fitted(final, [str(x) for x in clf.classes_], c, temperature, cut)


def _align(model: Pipeline, classes: list[str], probs: np.ndarray) -> np.ndarray:
    """Columns in ``classes`` order (a class missing from the fit part gets zeros)."""
    out = np.zeros((probs.shape[0], len(classes)))
    for j, label in enumerate(model.named_steps["clf"].classes_):
        out[:, classes.index(str(label))] = probs[:, j]
    return out


def to_onnx(fitted: Fitted) -> bytes:
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import StringTensorType

    tfidf = fitted.pipeline.named_steps["tfidf"]
    clf = fitted.pipeline.named_steps["clf"]
    model = convert_sklearn(
        fitted.pipeline,
        initial_types=[("text", StringTensorType([None, 1]))],
        options={id(tfidf): {"locale": "C"}, id(clf): {"zipmap": False}},
        target_opset=17,
    )
    # skl2onnx names the graph with a random UUID and lists opsets in set order: pin both so
    # a rebuild writes the same bytes (and the manifest the same SHA-256).
    model.doc_string = ""
    model.producer_version = ""
    model.graph.name = "applytrack_classifier"
    opsets = sorted((o.domain, o.version) for o in model.opset_import)
    del model.opset_import[:]
    for domain, version in opsets:
        entry = model.opset_import.add()
        entry.domain, entry.version = domain, version
    return bytes(model.SerializeToString())
