"""The rewritten TF-IDF graph (models/recipe/onnx_graph.py) gives the original's answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from applytrack_desktop import paths
from tests.models.recipe import import_recipe

TEXTS = [
    "thank you for applying xats greenhouse senior engineer",
    "we would like to invite you to an interview next week",
    "unfortunately we will not be moving forward",
    "your weekly newsletter xflaglist sale",
    "",  # no known word: a row of zeros must stay zeros
]


def _fast_tfidf() -> Callable[[Any], Any]:
    fast: Callable[[Any], Any] = import_recipe("onnx_graph", "onnx").fast_tfidf
    return fast


def _export_unrewritten(labels: list[str] | None = None, repeat: int = 3, mlp: bool = False) -> Any:
    """A small binary TF-IDF + logistic regression (or, ``mlp``, a one-hidden-layer network,
    as the recipe's job model) as skl2onnx writes it (no rewrite)."""
    pytest.importorskip("sklearn")
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import StringTensorType
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import Pipeline

    texts = [t for t in TEXTS if t] * repeat
    labels = (labels or ["job", "job", "job", "not_job"]) * repeat
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), binary=True, lowercase=False)
    classifier: Any = (
        MLPClassifier(hidden_layer_sizes=(4,), max_iter=2000, random_state=0)
        if mlp
        else LogisticRegression(C=10.0, max_iter=1000)
    )
    pipeline = Pipeline([("tfidf", vectorizer), ("clf", classifier)]).fit(texts, labels)
    return convert_sklearn(
        pipeline,
        initial_types=[("text", StringTensorType([None, 1]))],
        options={id(vectorizer): {"locale": "C"}, id(classifier): {"zipmap": False}},
        target_opset=17,
    )


def test_the_rewrite_gives_the_same_probabilities() -> None:
    fast_tfidf = _fast_tfidf()
    import onnx
    import onnxruntime as ort

    model = _export_unrewritten()
    rewritten = fast_tfidf(onnx.load_from_string(model.SerializeToString()))
    ops = [n.op_type for n in rewritten.graph.node]
    assert "Cast" not in ops and "Normalizer" not in ops and "ReduceL2" in ops
    assert "Normalizer" in [n.op_type for n in model.graph.node]
    batch = {"text": np.array(TEXTS, dtype=object).reshape(-1, 1)}
    before = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    after = ort.InferenceSession(rewritten.SerializeToString(), providers=["CPUExecutionProvider"])
    (expected,) = before.run(["probabilities"], batch)
    (got,) = after.run(["probabilities"], batch)
    assert np.abs(got - expected).max() < 1e-5


def _shipped_files() -> list[str]:
    manifest = json.loads((paths.models_dir() / "manifest.json").read_text(encoding="utf-8"))
    return sorted({entry["file"] for entry in manifest["models"].values()})


@pytest.mark.parametrize("name", _shipped_files())
def test_shipped_models_carry_the_fast_graph(name: str) -> None:
    # The recipe applies the rewrite when it exports (train.to_onnx).
    pytest.importorskip("onnx")
    import onnx

    path = paths.models_dir() / name
    ops = [n.op_type for n in onnx.load(str(path)).graph.node]
    # The rewritten TF-IDF part ends with the L2 norm's Div; the heads come after it (a
    # linear one, a multi-class output normalised, the job model's network with its own
    # Cast). Without the rewrite there is no Div: the whole graph is looked at, and fails.
    features = ops[: ops.index("Div") + 1] if "Div" in ops else ops
    assert "ReduceL2" in features and "Cast" not in features and "Normalizer" not in features


def test_a_graph_of_another_shape_is_left_alone() -> None:
    fast_tfidf = _fast_tfidf()
    from onnx import TensorProto, helper

    node = helper.make_node("Relu", ["x"], ["y"])
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])],
    )
    model = helper.make_model(graph)
    before = model.SerializeToString()
    assert fast_tfidf(model).SerializeToString() == before


def _merge_heads() -> Callable[[Any, Any], Any]:
    merge: Callable[[Any, Any], Any] = import_recipe("onnx_graph", "onnx").merge_heads
    return merge


def test_merged_heads_give_both_models_probabilities() -> None:
    fast_tfidf, merge_heads = _fast_tfidf(), _merge_heads()
    import onnxruntime as ort

    job = fast_tfidf(_export_unrewritten())
    category = fast_tfidf(_export_unrewritten(["confirmation", "interview", "rejection", "no"]))
    merged = merge_heads(job, category)
    assert merged is not None
    assert [n.op_type for n in merged.graph.node].count("TfIdfVectorizer") == 1
    batch = {"text": np.array(TEXTS, dtype=object).reshape(-1, 1)}
    session = ort.InferenceSession(merged.SerializeToString(), providers=["CPUExecutionProvider"])
    both = session.run(["job_probabilities", "category_probabilities"], batch)
    for model, got in zip((job, category), both, strict=True):
        alone = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        (expected,) = alone.run(["probabilities"], batch)
        assert got.shape == expected.shape and np.array_equal(got, expected)


def test_an_mlp_job_head_merges_with_a_linear_category_head() -> None:
    # The MLP's graph reads its own "probabilities" again (its label is their ArgMax): the
    # merge renames that input with the output, or the graph is not sorted and fails to load.
    fast_tfidf, merge_heads = _fast_tfidf(), _merge_heads()
    import onnxruntime as ort

    job = fast_tfidf(_export_unrewritten(mlp=True))
    category = fast_tfidf(_export_unrewritten(["confirmation", "interview", "rejection", "no"]))
    merged = merge_heads(job, category)
    assert merged is not None
    batch = {"text": np.array(TEXTS, dtype=object).reshape(-1, 1)}
    session = ort.InferenceSession(merged.SerializeToString(), providers=["CPUExecutionProvider"])
    (got,) = session.run(["job_probabilities"], batch)
    alone = ort.InferenceSession(job.SerializeToString(), providers=["CPUExecutionProvider"])
    (expected,) = alone.run(["probabilities"], batch)
    assert got.shape == (len(TEXTS), 2) and np.array_equal(got, expected)


def test_heads_of_different_vocabularies_are_not_merged() -> None:
    fast_tfidf, merge_heads = _fast_tfidf(), _merge_heads()
    job = fast_tfidf(_export_unrewritten())
    other = fast_tfidf(_export_unrewritten(repeat=1))  # other document counts: other idf
    assert merge_heads(job, other) is None
