"""The pipeline's stages one after the other, marked for callgrind: instruction counts per stage.

On a shared 2-core machine CPU time moves by 5-10% from run to run with the neighbours' load
(two 50k ``bench_pipeline`` runs of the same code: 886 and 953 messages per CPU second), which
hides any change smaller than that. Instruction counts stay put (a fixed hash seed keeps
set orders, and so the work, the same). Run:

    PYTHONHASHSEED=0 APPLYTRACK_BENCH_MESSAGES=1200 valgrind --tool=callgrind \\
        --dump-before='os_getppid*' --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python benchmarks/instructions.py

Each stage ends with ``os.getppid()`` (nothing else in the pipeline calls it), so callgrind
writes one file per stage: ``/tmp/cg.out.1`` setup (imports, models, the mbox, the store),
``.2`` read + parse, ``.3`` classify, ``.4`` extract, ``.5`` content ids + match + store (the
writer thread, in transactions of ``WRITE_BATCH`` as an import does), ``/tmp/cg.out`` the
rest. ``grep summary /tmp/cg.out.*`` gives each stage's instructions;
``callgrind_annotate /tmp/cg.out.4`` the functions behind one. The mix is
``bench_pipeline``'s (a third job-related, seeded), so the stages are those of an import.
Without valgrind it just runs (a quick check that the script works).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

from bench_pipeline import N, build_mbox, warm_up  # this script's folder is on the path


def mark() -> None:
    """The end of a stage: callgrind dumps its counts on entering ``getppid``."""
    os.getppid()


def main() -> int:
    from applytrack_desktop.intel.analyze import from_prediction
    from applytrack_desktop.intel.classifier import get_classifier
    from applytrack_desktop.mail.parse import parse_message
    from applytrack_desktop.mail.sources import iter_sources
    from applytrack_desktop.store.db import Store
    from applytrack_desktop.store.ephemeral import EphemeralKeyring
    from applytrack_desktop.sync import importer
    from applytrack_desktop.sync.importer import (
        IMPORT_GC_THRESHOLD,
        WRITE_BATCH,
        _date_key,
        content_id,
    )
    from applytrack_desktop.sync.pipeline import Incoming, PipelineSettings, Prepared, apply

    # The importer's own choices of the non-job mail it holds and of its look-ahead, under
    # either name they have had (``_is_reply`` became ``_may_be_kept`` with ``thread_rescue``).
    may_be_kept = getattr(importer, "_may_be_kept", None) or importer._is_reply
    rescue = getattr(importer, "rescue_in_batch", None)

    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / "bench.mbox"
        build_mbox(box, N)
        classifier = get_classifier()
        warm_up()
        store = Store.open(Path(tmp) / "data", keyring_backend=EphemeralKeyring())
        try:
            gc.freeze()  # as the importer does
            gc.set_threshold(IMPORT_GC_THRESHOLD)
            mark()
            raws = [source.raw for source in iter_sources([box])]
            messages = [parse_message(raw) for raw in raws]
            mark()
            predictions = classifier.predict_many(messages)
            mark()
            analyses = [from_prediction(m, p) for m, p in zip(messages, predictions, strict=True)]
            mark()
            kept = []
            for raw, message, analysis in zip(raws, messages, analyses, strict=True):
                item = Prepared(Incoming(content_id(raw), b""), message, analysis)
                if analysis.job_related or may_be_kept(item):
                    kept.append(item)
            kept.sort(key=_date_key)
            if rescue is not None:
                kept = rescue(kept)
            for start in range(0, len(kept), WRITE_BATCH):
                chunk = kept[start : start + WRITE_BATCH]
                store.write(lambda conn, chunk=chunk: apply(conn, None, chunk, PipelineSettings()))
            mark()
        finally:
            store.close()
            gc.unfreeze()
    print(f"{len(raws)} messages, {len(kept)} stored")
    return 0


if __name__ == "__main__":
    sys.exit(main())
