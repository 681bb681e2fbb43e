"""The rewritten TF-IDF graph (models/recipe/onnx_graph.py) gives the original's answers."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from applytrack_desktop import paths

RECIPE = Path(__file__).resolve().parents[2] / "models" / "recipe"
TEXTS = [
    "thank you for applying xats greenhouse senior engineer",
    "we would like to invite you to an interview next week",
    "unfortunately we will not be moving forward",
    "your weekly newsletter xflaglist sale",
    "",  # no known word: a row of zeros must stay zeros
]


def _fast_tfidf() -> Callable[[Any], Any]:
    pytest.importorskip("onnx")
    sys.path.insert(0, str(RECIPE))
    try:
        import onnx_graph
    finally:
        sys.path.remove(str(RECIPE))
    fast: Callable[[Any], Any] = onnx_graph.fast_tfidf
    return fast


@pytest.mark.parametrize("name", ["classifier-job.onnx", "classifier-category.onnx"])
def test_shipped_models_rewritten_give_the_same_probabilities(name: str) -> None:
    fast_tfidf = _fast_tfidf()
    import onnx
    import onnxruntime as ort

    path = paths.models_dir() / name
    if not path.is_file():
        pytest.skip(f"{name} is not shipped with this layout")
    model = onnx.load(str(path))
    rewritten = fast_tfidf(onnx.load(str(path)))
    ops = [n.op_type for n in rewritten.graph.node]
    assert "Cast" not in ops and ops.count("Normalizer") < [
        n.op_type for n in model.graph.node
    ].count("Normalizer")
    batch = {"text": np.array(TEXTS, dtype=object).reshape(-1, 1)}
    before = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    after = ort.InferenceSession(rewritten.SerializeToString(), providers=["CPUExecutionProvider"])
    (expected,) = before.run(["probabilities"], batch)
    (got,) = after.run(["probabilities"], batch)
    assert np.abs(got - expected).max() < 1e-5


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
