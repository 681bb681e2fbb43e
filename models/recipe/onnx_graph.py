"""The exported TF-IDF graph rewritten into an equivalent one that runs in half the time.

skl2onnx writes a binary TF-IDF as TfIdfVectorizer(TF) -> Cast(bool) -> Cast(float) ->
Mul(idf) -> Normalizer(L2) -> the classifier, all over the dense [batch, vocabulary] matrix.
onnxruntime's ``ai.onnx.ml`` Normalizer is a plain per-element loop (over half of each
model's time in the import profile), and the two casts and the product are three more passes.
Here the vectorizer runs in IDF mode with the idf values as its weights (binary counts times
idf, in one pass), and the L2 norm is ReduceL2, Max and Div (vectorized kernels). Measured on
the 13,706 corpus texts: job model 0.18 -> 0.10 ms, category model 0.145 -> 0.083 ms per
message, probabilities within 3e-7 of the original graph; the 50k import bench 54.3 -> 49.8 s
CPU. A graph of another shape is left as it is.

``merge_heads``: the ``blend`` layout's two models are fitted on the same texts with the same
vocabulary, so their TF-IDF parts are identical; one graph keeps one of them and ends in both
classifier heads, so each message is tokenized once (eval split: 0.31 -> 0.23 ms a message,
process time, the same probabilities to the bit).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # onnx is a build-time tool, imported when a model is rewritten
    import onnx

_EPSILON = 1e-30  # a row of zeros stays zeros (0 / eps), as the Normalizer leaves it


def fast_tfidf(model: onnx.ModelProto) -> onnx.ModelProto:
    """``model`` with the binary-TF-times-idf chain folded and the L2 Normalizer replaced."""
    import onnx

    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 17)
    _fold_binary_idf(model.graph)
    _replace_l2_normalizer(model.graph, axes_as_input=opset >= 18)
    onnx.checker.check_model(model)
    return model


def _fold_binary_idf(graph: onnx.GraphProto) -> None:
    from onnx import TensorProto, helper, numpy_helper

    nodes = list(graph.node)
    vectorizers = [n for n in nodes if n.op_type == "TfIdfVectorizer"]
    if len(vectorizers) != 1:
        return
    tfidf = vectorizers[0]
    users: dict[str, list[onnx.NodeProto]] = {}
    for node in nodes:
        for name in node.input:
            users.setdefault(name, []).append(node)
    chain = [tfidf]
    for _ in range(3):  # Cast(bool), Cast(float), Mul(idf): each the only user of the last
        following = users.get(chain[-1].output[0], [])
        if len(following) != 1:
            return
        chain.append(following[0])
    _, to_bool, to_float, product = chain
    attributes = {a.name: a for a in tfidf.attribute}
    initializers = {i.name: i for i in graph.initializer}
    idf_names = [name for name in product.input if name in initializers]
    if not (
        to_bool.op_type == "Cast"
        and helper.get_attribute_value(to_bool.attribute[0]) == TensorProto.BOOL
        and to_float.op_type == "Cast"
        and helper.get_attribute_value(to_float.attribute[0]) == TensorProto.FLOAT
        and product.op_type == "Mul"
        and len(idf_names) == 1
        and attributes.get("mode") is not None
        and attributes["mode"].s == b"TF"
        and "weights" in attributes
        and "ngram_indexes" in attributes
    ):
        return
    idf = numpy_helper.to_array(initializers[idf_names[0]]).astype(np.float32).ravel()
    attributes["mode"].s = b"IDF"  # the weight of each n-gram present, once
    del attributes["weights"].floats[:]
    attributes["weights"].floats.extend(float(idf[i]) for i in attributes["ngram_indexes"].ints)
    tfidf.output[0] = product.output[0]
    for node in (to_bool, to_float, product):
        graph.node.remove(node)
    if not any(idf_names[0] in n.input for n in graph.node):
        graph.initializer.remove(initializers[idf_names[0]])


def _replace_l2_normalizer(graph: onnx.GraphProto, *, axes_as_input: bool) -> None:
    from onnx import helper, numpy_helper

    rebuilt: list[onnx.NodeProto] = []
    for node in graph.node:
        norm = {a.name: a for a in node.attribute}.get("norm")
        if node.op_type != "Normalizer" or norm is None or norm.s != b"L2":
            rebuilt.append(node)
            continue
        x, y = node.input[0], node.output[0]
        if axes_as_input:  # opset 18 made the axes an input
            graph.initializer.append(numpy_helper.from_array(np.array([1]), f"{y}_axes"))
            norm_node = helper.make_node("ReduceL2", [x, f"{y}_axes"], [f"{y}_l2"], keepdims=1)
        else:
            norm_node = helper.make_node("ReduceL2", [x], [f"{y}_l2"], axes=[1], keepdims=1)
        rebuilt += [
            norm_node,
            helper.make_node("Max", [f"{y}_l2", f"{y}_eps"], [f"{y}_den"]),
            helper.make_node("Div", [x, f"{y}_den"], [y]),
        ]
        graph.initializer.append(
            numpy_helper.from_array(np.array(_EPSILON, dtype=np.float32), f"{y}_eps")
        )
    del graph.node[:]
    graph.node.extend(rebuilt)


_SHARED = ("Tokenizer", "Flatten", "TfIdfVectorizer", "ReduceL2", "Max", "Div")
JOB_OUTPUT = "job_probabilities"
CATEGORY_OUTPUT = "category_probabilities"


def merge_heads(job: onnx.ModelProto, category: onnx.ModelProto) -> onnx.ModelProto | None:
    """One graph that tokenizes once and gives both models' probabilities.

    The ``blend`` layout fits both models on the same texts with the same vocabulary, so
    their TF-IDF (tokenizer, n-grams, idf, L2 norm) is the same: the job graph's is kept and
    the category model's classifier nodes read it. Outputs ``JOB_OUTPUT`` and
    ``CATEGORY_OUTPUT``. None when the two TF-IDF parts differ in any node or value.
    """
    import onnx
    from onnx import helper

    def shared(model: onnx.ModelProto) -> list[onnx.NodeProto]:
        return [n for n in model.graph.node if n.op_type in _SHARED]

    same = [a.SerializeToString() for a in shared(job)] == [
        b.SerializeToString() for b in shared(category)
    ]
    inits = {i.name: i.SerializeToString() for i in job.graph.initializer}
    same = same and all(
        inits.get(i.name) == i.SerializeToString() for i in category.graph.initializer
    )
    if not same or len(shared(job)) != len(_SHARED):
        return None
    renamed = {"probabilities": JOB_OUTPUT, "label": "job_label"}
    nodes = []
    for node in job.graph.node:
        copy = onnx.NodeProto()
        copy.CopyFrom(node)
        for k, name in enumerate(copy.output):
            copy.output[k] = renamed.get(name, name)
        # An MLP head reads its own probabilities again (its label is their ArgMax).
        for k, name in enumerate(copy.input):
            copy.input[k] = renamed.get(name, name)
        nodes.append(copy)
    for node in category.graph.node:
        if node.op_type in _SHARED:
            continue
        copy = onnx.NodeProto()
        copy.CopyFrom(node)
        copy.name = f"category_{node.name}"
        for k, name in enumerate(copy.output):
            copy.output[k] = CATEGORY_OUTPUT if name == "probabilities" else f"category_{name}"
        for k, name in enumerate(copy.input):
            if not any(name in n.output for n in shared(category)):
                copy.input[k] = f"category_{name}"
        nodes.append(copy)

    def output(model: onnx.ModelProto, name: str) -> onnx.ValueInfoProto:
        info = onnx.ValueInfoProto()
        info.CopyFrom(next(o for o in model.graph.output if o.name == "probabilities"))
        info.name = name
        return info

    job_out, category_out = output(job, JOB_OUTPUT), output(category, CATEGORY_OUTPUT)
    graph = helper.make_graph(
        nodes,
        "applytrack_classifier",
        list(job.graph.input),
        [job_out, category_out],
        list(job.graph.initializer),
    )
    model = helper.make_model(graph, opset_imports=list(job.opset_import))
    model.ir_version = job.ir_version
    onnx.checker.check_model(model)
    return model


def rewrite_shipped(models_dir: Path) -> list[str]:
    """Rewrite the models listed in ``models_dir``/manifest.json in place (their SHA-256 too).

    For models exported before ``train.to_onnx`` did it; a model already rewritten is left
    untouched. Returns the files that changed.
    """
    import onnx

    manifest_path = models_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    changed = []
    for entry in manifest["models"].values():
        path = models_dir / entry["file"]
        data = fast_tfidf(onnx.load(str(path))).SerializeToString()
        if hashlib.sha256(data).hexdigest() == entry["sha256"]:
            continue
        before = onnx.load(str(path))
        if not any(n.op_type == "Normalizer" for n in before.graph.node):
            continue  # already rewritten (re-serializing alone may move bytes)
        path.write_bytes(data)
        entry["sha256"] = hashlib.sha256(data).hexdigest()
        changed.append(entry["file"])
    if changed:
        manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return changed


MERGED = "classifier-blend.onnx"


def merge_shipped(models_dir: Path) -> bool:
    """Merge a ``blend`` layout's two files in ``models_dir`` into ``MERGED`` (``merge_heads``).

    The manifest's two entries then name the one file and each its output; the two files are
    removed. Returns whether it merged (False: another layout, already merged, or the two
    TF-IDF parts differ).
    """
    import onnx

    manifest_path = models_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    entries = manifest["models"]
    if manifest.get("layout") != "blend" or len({e["file"] for e in entries.values()}) != 2:
        return False
    job_path, category_path = (models_dir / entries[r]["file"] for r in ("job", "category"))
    merged = merge_heads(onnx.load(str(job_path)), onnx.load(str(category_path)))
    if merged is None:
        return False
    data = merged.SerializeToString()
    (models_dir / MERGED).write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    for role, output in (("job", JOB_OUTPUT), ("category", CATEGORY_OUTPUT)):
        entries[role].update(file=MERGED, sha256=digest, output=output)
    job_path.unlink()
    category_path.unlink()
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return True


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
    print("rewritten:", ", ".join(rewrite_shipped(folder)) or "nothing")
