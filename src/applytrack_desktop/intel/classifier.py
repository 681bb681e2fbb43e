"""On-device email classification: the shipped ONNX models, checked and run with onnxruntime.

``models/manifest.json`` (written by ``models/recipe/build.py``) lists each ``.onnx`` file
with its SHA-256, the label order and the feature version. Loading checks all three, so a
damaged or mismatched model is a clear error instead of silent nonsense.

Three layouts are supported, chosen at build time by cross-validation on the training
families and named in the manifest: ``two_stage`` (a job-vs-not model, then a category model
trained on job mail only; P(category) = P(job) * P(category | job)), ``blend`` (the same, but
the category model is trained on all mail, ``not_job`` included, and its P(not not_job)
joins the job model's P(job) in the job decision: a weighted mean of the two log-odds, then
the decision cut, both from the manifest's ``blend`` entry) and ``single`` (one model over all
eight categories). Models whose manifest entries name one file share one session, each
reading its own output (the ``blend`` file is one graph: one tokenization, both heads).
The recipe folds a temperature fitted on held-out template families into the
weights; high-precision phrase rules (``intel.rules``) may then override the model, as
documented there. Last, the manifest's ``calibration`` table (an increasing map from the
top-class probability to the rate at which such predictions were right, fitted out of fold
on training families, rules included) turns the top probability into the confidence; the
other classes share the rest in proportion, so the ranking of the classes never changes.

Runtime needs only onnxruntime and numpy. Telemetry is switched off before the first session.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from applytrack_desktop import paths
from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.intel import rules
from applytrack_desktop.intel.features import FEATURE_VERSION, feature_text
from applytrack_desktop.intel.role_named import names_role
from applytrack_desktop.mail.message import MailMessage

MANIFEST = "manifest.json"
_BATCH = 64  # bounded work (and arena memory) per onnxruntime call
SKIP_BELOW = 0.02  # P(job) under which the category model is not run (two_stage, blend)


class ModelError(UserFacingError):
    """The shipped classifier models are missing, damaged or do not match this version."""

    title = "Classifier models problem"


@dataclass(frozen=True, slots=True)
class Prediction:
    category: Category
    confidence: float  # calibrated P(category), in [0, 1]
    job_related_confidence: float  # calibrated P(not not_job), in [0, 1]
    probabilities: Mapping[Category, float]
    rule: str | None = None  # the name of the rule that overrode the model, if any


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _session(path: Path) -> Any:
    import onnxruntime as ort  # imported late: loading it costs ~100 ms

    # Official builds send telemetry unless told not to, and it must be off before any session.
    disable = getattr(ort, "disable_telemetry_events", None)
    if disable is not None:
        disable()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # errors only; never log inputs
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


class _Model:
    """One ONNX text classifier: a string tensor in, a probability matrix out.

    Two models may share one session (one graph with an output each, ``output``): the
    ``blend`` layout's file tokenizes once for both (``probabilities_with``).
    """

    def __init__(self, session: Any, labels: Sequence[str], output: str | None = None) -> None:
        self.labels = tuple(labels)
        self._session = session
        self._input = self._session.get_inputs()[0].name
        outputs = [o.name for o in self._session.get_outputs()]
        if output is None:
            output = "probabilities" if "probabilities" in outputs else outputs[-1]
        if output not in outputs:
            raise ModelError("The classifier manifest names an output its model does not have.")
        self._output = output
        self._lock = threading.Lock()  # sessions are thread-safe, but keep calls bounded

    def shares_session(self, other: _Model) -> bool:
        return self._session is other._session

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return self._run([self], texts)[0]

    def probabilities_with(self, other: _Model, texts: Sequence[str]) -> list[np.ndarray]:
        """This model's and ``other``'s probabilities from one run of their shared session."""
        return self._run([self, other], texts)

    def _run(self, models: Sequence[_Model], texts: Sequence[str]) -> list[np.ndarray]:
        batch = np.array(list(texts), dtype=object).reshape(-1, 1)
        with self._lock:
            results = self._session.run([m._output for m in models], {self._input: batch})
        out = []
        for model, result in zip(models, results, strict=True):
            probs = np.asarray(result, dtype=np.float64)
            if probs.shape != (len(texts), len(model.labels)):
                raise ModelError("The classifier model gave output of an unexpected shape.")
            out.append(probs)
        return out


class Classifier:
    """Classifies ``MailMessage`` objects into the eight categories of CONTRACTS.md."""

    def __init__(
        self, manifest: Mapping[str, Any], models: Mapping[str, _Model], *, use_rules: bool = True
    ) -> None:
        self.use_rules = use_rules  # the recipe turns rules off to measure the model alone
        self.layout = str(manifest["layout"])
        self.manifest = dict(manifest)
        self._models = dict(models)
        self.calibration = _calibration_table(manifest.get("calibration"))
        blend = manifest.get("blend") or {}
        self._weight = float(blend.get("job_weight", 1.0))
        self._cut = float(blend.get("cut", 0.5))
        # The lower cut for mail that names its role (``role_named``); none: one cut for all.
        self._role_cut = float(blend.get("role_cut", self._cut))

    @classmethod
    def load(cls, models_dir: Path | None = None, *, use_rules: bool = True) -> Classifier:
        directory = models_dir if models_dir is not None else paths.models_dir()
        manifest_path = directory / MANIFEST
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelError(f"The classifier manifest is missing from {directory}.") from None
        except (OSError, ValueError) as exc:
            raise ModelError(f"The classifier manifest in {directory} cannot be read.") from exc
        if manifest.get("feature_version") != FEATURE_VERSION:
            raise ModelError(
                "The classifier models were built for another feature version; "
                "rebuild them with `make models`."
            )
        models: dict[str, _Model] = {}
        sessions: dict[str, Any] = {}  # file -> session: roles naming one file share it
        for role, entry in manifest["models"].items():
            path = directory / entry["file"]
            if entry["file"] not in sessions:
                if not path.is_file():
                    raise ModelError(f"The classifier model file {entry['file']} is missing.")
                if _sha256(path) != entry["sha256"]:
                    raise ModelError(
                        f"The classifier model file {entry['file']} does not match its SHA-256 "
                        "in the manifest; it is damaged or was replaced."
                    )
                sessions[entry["file"]] = _session(path)
            models[role] = _Model(sessions[entry["file"]], entry["labels"], entry.get("output"))
        expected = {
            "two_stage": {"job", "category"},
            "blend": {"job", "category"},
            "single": {"category"},
        }
        if set(models) != expected.get(str(manifest.get("layout")), set()):
            raise ModelError("The classifier manifest names an unknown model layout.")
        return cls(manifest, models, use_rules=use_rules)

    def _raw(
        self,
        texts: Sequence[str],
        shared: Sequence[np.ndarray] | None = None,
        messages: Sequence[MailMessage] | None = None,
    ) -> list[dict[Category, float]]:
        """Per-message probabilities over all eight categories, from the models alone.

        ``shared``: the two models' outputs for ``texts`` when they share one session, already
        computed (``_shared_outputs``); else the models are run here. ``messages`` (those of
        ``texts``) let the ``blend`` layout use its lower cut for mail that names its role.
        """
        category_model = self._models["category"]
        if self.layout == "single":
            return [
                {
                    Category(label): float(p)
                    for label, p in zip(category_model.labels, row, strict=True)
                }
                for row in category_model.probabilities(texts)
            ]
        job_model = self._models["job"]
        both = list(shared) if shared is not None else None
        if both is None and job_model.shares_session(category_model):  # one graph, one run
            both = job_model.probabilities_with(category_model, texts)
        job_probs = both[0] if both else job_model.probabilities(texts)
        p_job = job_probs[:, job_model.labels.index("job")]
        # Most mail is clearly not about a job: the category model is skipped for it (when it
        # is a graph of its own) and its small job mass is spread evenly (half the work on a
        # real mailbox); P(job) alone decides it.
        wanted = [i for i, pj in enumerate(p_job) if pj >= SKIP_BELOW]
        labels = [Category(label) for label in category_model.labels if label != "not_job"]
        cat_probs = np.full((len(texts), len(labels)), 1.0 / len(labels))
        found = np.empty((0, len(category_model.labels)))
        if wanted:
            found = (
                both[1][wanted]
                if both
                else category_model.probabilities([texts[i] for i in wanted])
            )
        # The blend's cut applies to every message, as the recipe chose and calibrated it
        # (crossval.with_cut), also in a batch where no message reaches SKIP_BELOW: skipping
        # it there made a message's confidence depend on the other mail of its batch.
        if self.layout == "blend":
            p_job, cat_probs = self._blend(p_job, wanted, found, cat_probs, messages)
        elif wanted:
            cat_probs[wanted] = found
        # P(job) * P(category | job) for the whole batch at once (the same products as one
        # by one), then plain floats: a dict of numpy scalars per message cost ~8 us.
        joint = (cat_probs * p_job[:, np.newaxis]).tolist()
        out: list[dict[Category, float]] = []
        for row, not_job in zip(joint, (1.0 - p_job).tolist(), strict=True):
            probs = dict(zip(labels, row, strict=True))
            probs[Category.NOT_JOB] = not_job
            out.append(probs)
        return out

    def _blend(
        self,
        p_job: np.ndarray,
        wanted: list[int],
        found: np.ndarray,
        cat_probs: np.ndarray,
        messages: Sequence[MailMessage] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``blend`` layout: P(job) from both models, the cut, P(category | job).

        The category model also knows ``not_job``: its P(not not_job) and the job model's
        P(job) are combined (``blend_job``) for the mail it ran on, then the decision cut
        chosen by cross-validation is applied to every message: the lower ``role_cut`` to
        mail that names its role (looked up only between the two cuts, where it decides).
        """
        names = list(self._models["category"].labels)
        not_job = names.index("not_job")
        job_columns = [j for j in range(len(names)) if j != not_job]
        job_mass = 1.0 - found[:, not_job]
        joint = p_job.copy()
        joint[wanted] = blend_job(p_job[wanted], job_mass, self._weight)
        cat_probs[wanted] = found[:, job_columns] / np.maximum(job_mass, 1e-12)[:, np.newaxis]
        cuts = np.full(len(joint), self._cut)
        if messages is not None and self._role_cut < self._cut:
            band = np.flatnonzero((joint >= self._role_cut) & (joint < self._cut))
            for i in band.tolist():
                if names_role(messages[i]):
                    cuts[i] = self._role_cut
        return shift_to_cut(joint, cuts), cat_probs

    def predict(self, message: MailMessage) -> Prediction:
        return self.predict_many([message])[0]

    def _shared_outputs(self, texts: Sequence[str]) -> list[np.ndarray] | None:
        """Both models' outputs for every text when they share one session, else None.

        The texts run in batches of like length: onnxruntime's tokenizer pads each text of a
        batch to the longest one, and every pad is one more n-gram look-up (in arrival order
        about half a batch's tokens are pads). A row's output does not depend on the other
        rows of its batch, as long as the batch holds two rows or more: a batch of one runs
        another kernel whose last bits can differ. So the message that runs alone in arrival
        order (the last one, when ``len(texts) % _BATCH == 1``) runs alone here too (tested:
        the same probabilities to the bit).
        """
        if self.layout == "single":
            return None
        job_model, category_model = self._models["job"], self._models["category"]
        if not job_model.shares_session(category_model):
            return None
        count = len(texts)
        alone = count % _BATCH == 1
        order = sorted(range(count - alone), key=lambda i: len(texts[i]))
        batches = [order[start : start + _BATCH] for start in range(0, len(order), _BATCH)]
        if alone:
            batches.append([count - 1])
        job = np.empty((count, len(job_model.labels)))
        category = np.empty((count, len(category_model.labels)))
        for rows in batches:
            job[rows], category[rows] = job_model.probabilities_with(
                category_model, [texts[i] for i in rows]
            )
        return [job, category]

    def predict_many(self, messages: Sequence[MailMessage]) -> list[Prediction]:
        texts = [feature_text(m) for m in messages]
        shared = self._shared_outputs(texts)
        predictions: list[Prediction] = []
        # The decisions per batch of ``_BATCH`` in arrival order: bounded work per onnxruntime
        # call where the models run inside ``_raw`` (graphs of their own).
        for start in range(0, len(messages), _BATCH):
            chunk = messages[start : start + _BATCH]
            part = None if shared is None else [o[start : start + _BATCH] for o in shared]
            raws = self._raw(texts[start : start + _BATCH], part, chunk)
            decided = [_decide(m, p, self.use_rules) for m, p in zip(chunk, raws, strict=True)]
            table = self.calibration
            # One np.interp over the batch's top probabilities (the same values as one call
            # per message, at a fraction of the cost).
            mapped = (
                np.interp([probs[c] for probs, c, _ in decided], table[0], table[1]).tolist()
                if table is not None
                else [None] * len(decided)
            )
            for (probs, category, rule), top in zip(decided, mapped, strict=True):
                predictions.append(_prediction(probs, category, rule, table, top))
        return predictions


def blend_job(p_job: np.ndarray, job_mass: np.ndarray, weight: float) -> np.ndarray:
    """P(job) from both models (``blend``): a weighted mean of their log-odds of "a job".

    ``p_job`` is the job model's P(job), ``job_mass`` the category model's P(not not_job);
    ``weight`` (chosen by cross-validation) is the job model's share.
    """
    a = np.clip(p_job, 1e-9, 1.0 - 1e-9)
    b = np.clip(job_mass, 1e-9, 1.0 - 1e-9)
    z = weight * np.log(a / (1.0 - a)) + (1.0 - weight) * np.log(b / (1.0 - b))
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def shift_to_cut(p_job: np.ndarray, cut: float | np.ndarray) -> np.ndarray:
    """P(job) moved so that ``cut`` (one, or one per message) becomes 0.5: the job decision
    chosen by cross-validation."""
    p = np.clip(p_job, 1e-9, 1.0 - 1e-9)
    return np.asarray(1.0 / (1.0 + (1.0 - p) / p * cut / (1.0 - cut)))


Table = tuple[np.ndarray, np.ndarray]


def _calibration_table(entry: object) -> Table | None:
    """The manifest's calibration map as two increasing arrays, or None when it has none."""
    if entry is None:
        return None
    damaged = ModelError("The classifier manifest has a damaged calibration table.")
    if not isinstance(entry, Mapping):
        raise damaged
    try:
        xs = np.asarray(entry.get("x"), dtype=np.float64)
        ys = np.asarray(entry.get("y"), dtype=np.float64)
    except (TypeError, ValueError):
        raise damaged from None
    ok = xs.ndim == 1 and xs.shape == ys.shape and len(xs) >= 2
    ok = ok and bool(np.all(np.diff(xs) >= 0) and np.all(np.diff(ys) >= 0))
    ok = ok and bool(np.all((ys >= 0) & (ys <= 1)))
    if not ok:
        raise damaged
    return xs, ys


def recalibrate(
    probs: dict[Category, float],
    category: Category,
    table: Table,
    mapped: float | None = None,
) -> dict[Category, float]:
    """Map the top probability through ``table``; the others share the rest in proportion.

    The new top value never drops below the point where the runner-up would tie with it,
    so the predicted category is always the one the model and rules chose. ``mapped`` is
    the top probability already mapped through ``table``, when the caller has it.
    """
    top = probs[category]
    rest = 1.0 - top
    if rest <= 0.0:
        return probs
    second = max(p for c, p in probs.items() if c is not category)
    floor = second / (rest + second) if second > 0.0 else 0.0
    if mapped is None:
        mapped = float(np.interp(top, table[0], table[1]))
    target = min(1.0, max(mapped, floor + 1e-9))
    scale = (1.0 - target) / rest
    return {c: (target if c is category else p * scale) for c, p in probs.items()}


_CATEGORIES = tuple(Category)  # iterating the enum itself is slower, on every message


def _finish(
    message: MailMessage,
    probs: dict[Category, float],
    use_rules: bool,
    calibration: Table | None = None,
) -> Prediction:
    """Apply the phrase rules, clamp, pick the category, and calibrate its confidence."""
    return _prediction(*_decide(message, probs, use_rules), calibration)


def _decide(
    message: MailMessage, probs: dict[Category, float], use_rules: bool
) -> tuple[dict[Category, float], Category, str | None]:
    """Clamp and normalise, apply the phrase rules, pick the category."""
    for category in _CATEGORIES:
        probs[category] = min(1.0, max(0.0, probs.get(category, 0.0)))
    total = sum(probs.values()) or 1.0
    probs = {c: p / total for c, p in probs.items()}
    override = rules.apply(message, probs) if use_rules else None
    rule_name: str | None = None
    if override is not None:
        probs, rule_name = override.probabilities, override.rule
    return probs, max(probs, key=probs.__getitem__), rule_name


def _prediction(
    probs: dict[Category, float],
    category: Category,
    rule_name: str | None,
    calibration: Table | None,
    mapped: float | None = None,
) -> Prediction:
    """The prediction, its confidence calibrated (``mapped``: see ``recalibrate``)."""
    if calibration is not None:
        probs = recalibrate(probs, category, calibration, mapped)
    return Prediction(
        category=category,
        confidence=probs[category],
        job_related_confidence=1.0 - probs[Category.NOT_JOB],
        probabilities=probs,
        rule=rule_name,
    )


_cached: Classifier | None = None
_cache_lock = threading.Lock()


def get_classifier() -> Classifier:
    """The process-wide classifier, loaded from ``paths.models_dir()`` on first use."""
    global _cached
    with _cache_lock:
        if _cached is None:
            _cached = Classifier.load()
        return _cached
