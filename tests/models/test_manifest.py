"""The shipped model files match their manifest, and the export matches scikit-learn."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from applytrack_desktop import paths
from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.features import FEATURE_VERSION
from tests.models.recipe import import_recipe

MODELS = paths.models_dir()


def _manifest() -> dict[str, object]:
    return json.loads((MODELS / "manifest.json").read_text(encoding="utf-8"))


def test_every_model_file_matches_its_sha256() -> None:
    manifest = _manifest()
    models = manifest["models"]
    assert isinstance(models, dict) and models
    for entry in models.values():
        data = (MODELS / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["file"]


def test_no_stray_model_files() -> None:
    listed = {entry["file"] for entry in _manifest()["models"].values()}  # type: ignore[union-attr]
    assert {p.name for p in MODELS.glob("*.onnx")} == listed


def test_labels_are_contract_categories() -> None:
    manifest = _manifest()
    assert manifest["feature_version"] == FEATURE_VERSION
    models = manifest["models"]
    assert isinstance(models, dict)
    if manifest["layout"] in ("two_stage", "blend"):
        assert sorted(models["job"]["labels"]) == ["job", "not_job"]
    expected = {c.value for c in Category}
    if manifest["layout"] == "two_stage":
        expected -= {"not_job"}
    assert set(models["category"]["labels"]) == expected


def test_a_blend_names_its_weight_and_cut() -> None:
    manifest = _manifest()
    if manifest["layout"] != "blend":
        pytest.skip("the shipped layout is not blend")
    blend = manifest["blend"]
    assert isinstance(blend, dict)
    assert 0.0 <= blend["job_weight"] <= 1.0
    assert 0.0 < blend["cut"] < 1.0


@pytest.mark.slow
def test_onnx_export_matches_scikit_learn() -> None:
    import onnxruntime as ort

    train = import_recipe("train", "sklearn", "skl2onnx")
    rows = import_recipe("corpus_file").rows(MODELS)[::6]
    from applytrack_desktop.intel.features import feature_text
    from applytrack_desktop.mail.parse import parse_message

    texts = [feature_text(parse_message(r["eml"].encode())) for r in rows]
    labels = [r["category"] for r in rows]
    pipeline = train.make_pipeline(2.0).fit(texts[::2], labels[::2])
    fitted = train.Fitted(pipeline, [str(c) for c in pipeline.classes_], 2.0, 1.0)
    exported = train.to_onnx(fitted)
    assert train.to_onnx(fitted) == exported  # reproducible bytes, no random graph names
    session = ort.InferenceSession(exported, providers=["CPUExecutionProvider"])
    sample = texts[1::2]
    (onnx_probs,) = session.run(
        ["probabilities"], {"text": np.array(sample, dtype=object).reshape(-1, 1)}
    )
    assert np.abs(onnx_probs - pipeline.predict_proba(sample)).max() < 0.01
