"""Classify training-family story mail as if its family had been held out (out of fold).

The shipped models were fitted on every training family, so on a story mailbox rendered
from those families (``eval_status.py --split train``) they are read in sample: far fewer
and far surer mistakes than on families they never saw (on the 150-story mailbox, 3 wrong
status-moving guesses against 230 on held-out mail). Settings that trade right moves against
wrong ones (the confidence threshold, rules about mail the classifier doubted) cannot be
chosen on such figures.

``OutOfFoldAnalyzer`` runs the recipe's own cross-validation instead (``crossval.py``: the
training families dealt into four folds by family, both stages fitted on three folds with
their inner calibration families), and reads each message with the fold models that never
saw its family, then applies what the shipped classifier applies after the models: the
job model's decision cut, the phrase rules and the confidence map of ``manifest.json``.
Extraction is the real one. Families the corpus does not hold (newer than the models) were
seen by no fold; any fold reads them.

The four fold fits take a few minutes of CPU, so they are kept in a cache file keyed by the
corpus, the feature version and the recipe's training code.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "models" / "recipe"))

import corpus_file  # noqa: E402
import crossval  # noqa: E402

from applytrack_desktop.core.enums import Category  # noqa: E402
from applytrack_desktop.intel.analysis import Analysis  # noqa: E402
from applytrack_desktop.intel.analyze import from_prediction  # noqa: E402
from applytrack_desktop.intel.classifier import _calibration_table, _finish  # noqa: E402
from applytrack_desktop.intel.features import FEATURE_VERSION, feature_text  # noqa: E402
from applytrack_desktop.intel.role_named import names_role  # noqa: E402
from applytrack_desktop.mail.message import MailMessage  # noqa: E402
from applytrack_desktop.mail.parse import parse_message  # noqa: E402

MANIFEST = ROOT / "models" / "manifest.json"
CACHE_DIR = Path(tempfile.gettempdir()) / "applytrack-story-oof"

FoldModels = list[tuple[set[str], Any, Any]]  # (held-out families, job model, category model)


def _corpus_of_models() -> str:
    """The SHA-256 of the corpus the shipped models were fitted on (from the manifest)."""
    return str(json.loads(MANIFEST.read_text(encoding="utf-8"))["corpus_sha256"])


def _layout() -> str:
    return str(json.loads(MANIFEST.read_text(encoding="utf-8"))["layout"])


def _cache_key() -> str:
    digest = hashlib.sha256(_corpus_of_models().encode())
    digest.update(f"{FEATURE_VERSION} {_layout()}".encode())
    for name in ("train.py", "crossval.py"):
        digest.update((ROOT / "models" / "recipe" / name).read_bytes())
    return digest.hexdigest()[:16]


def fold_models() -> FoldModels:
    """The four fold models of the recipe's cross-validation (two stages each), cached.

    They are fitted on the corpus the shipped models were fitted on: a corpus regenerated
    since (new families) would make fold models of models that do not exist yet.
    """
    path = CACHE_DIR / f"folds-{_cache_key()}.pkl"
    if path.is_file():
        with path.open("rb") as handle:
            cached: FoldModels = pickle.load(handle)
        return cached
    if corpus_file.sha256() != _corpus_of_models():
        raise SystemExit(
            "corpus.jsonl.gz is not the corpus the shipped models were built on (see "
            "manifest.json): rebuild the models first, or read the mailbox in sample"
        )
    rows = corpus_file.rows(split="train")
    texts = [feature_text(parse_message(str(r["eml"]).encode("utf-8"))) for r in rows]
    families = [(str(r["family"]), str(r["category"])) for r in rows]
    out: FoldModels = []
    for fold in crossval.family_folds(families):
        fit = [i for i, r in enumerate(rows) if r["family"] not in fold]
        job, category = crossval.fit_stages(_layout(), fit, rows, texts)
        out.append((set(fold), job, category))
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(out, handle)
    return out


class OutOfFoldAnalyzer:
    """The shipped analysis, its classification by the fold models that never saw a family."""

    def __init__(self, family_of: Mapping[str, str]) -> None:
        self.family_of = dict(family_of)  # message id -> template family
        self.folds = fold_models()
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        self.blend = manifest.get("blend")  # the blend layout's job weight and cut
        cut = self.blend["cut"] if self.blend else manifest["training"]["job"]["decision_cut"]
        self.cut = float(cut)
        # The lower cut for mail naming its role (``intel.role_named``), as the classifier.
        self.role_cut = float(self.blend.get("role_cut", cut)) if self.blend else self.cut
        self.table = _calibration_table(manifest.get("calibration"))
        self.cache: dict[str, Analysis] = {}

    def _fold(self, message: MailMessage) -> int:
        family = self.family_of.get(message.message_id, "")
        return next((k for k, (held, _, _) in enumerate(self.folds) if family in held), 0)

    def _probabilities(
        self, k: int, texts: Sequence[str], messages: Sequence[MailMessage]
    ) -> list[dict[Category, float]]:
        _, job, category = self.folds[k]
        p_job = job.predict_proba(list(texts))[:, list(job.classes_).index("job")]
        matrix = category.predict_proba(list(texts))
        labels = [Category(str(c)) for c in category.classes_]
        if self.blend:  # the two models combined as the recipe's cross-validation does
            p_all = [dict(zip(labels, map(float, row), strict=True)) for row in matrix]
            raw = crossval.RawOutOfFold([], [], [], [float(p) for p in p_job], p_all)
            mixed = crossval.blended(raw, float(self.blend["job_weight"]))
            return [
                crossval.with_cut(probs, self._cut_for(probs, m))
                for probs, m in zip(mixed.probs, messages, strict=True)
            ]
        out = []
        for pj, row in zip(p_job, matrix, strict=True):
            probs = {c: float(pj * p) for c, p in zip(labels, row, strict=True)}
            probs[Category.NOT_JOB] = float(1.0 - pj)
            out.append(crossval.with_cut(probs, self.cut))
        return out

    def _cut_for(self, probs: Mapping[Category, float], message: MailMessage) -> float:
        p_job = 1.0 - probs[Category.NOT_JOB]
        if self.role_cut <= p_job < self.cut:  # the classifier looks the role up only here
            return crossval.row_cut(dict(probs), self.cut, self.role_cut, names_role(message))
        return self.cut

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        todo = [m for m in messages if m.message_id not in self.cache]
        by_fold: dict[int, list[MailMessage]] = {}
        for m in todo:
            by_fold.setdefault(self._fold(m), []).append(m)
        for k, group in by_fold.items():
            probs = self._probabilities(k, [feature_text(m) for m in group], group)
            for m, p in zip(group, probs, strict=True):
                prediction = _finish(m, p, True, self.table)
                self.cache[m.message_id] = from_prediction(m, prediction)
        return [self.cache[m.message_id] for m in messages]
