"""Every ``step``-th corpus message, prepared as extraction sees it: realistic text on which a cheap
pre-test (a word list in front of a costly regex) must agree with the regex it spares."""

from __future__ import annotations

import random
from functools import cache

from applytrack_desktop import paths
from applytrack_desktop.intel.text import Prepared, prepare
from applytrack_desktop.mail.parse import parse_message
from tests.models.recipe import import_recipe


@cache
def prepared_sample(step: int = 25) -> tuple[Prepared, ...]:
    rows = import_recipe("corpus_file").rows(paths.models_dir())[::step]
    return tuple(prepare(parse_message(str(r["eml"]).encode("utf-8"))) for r in rows)


@cache
def quote_texts() -> tuple[str, ...]:
    """Corpus bodies and shuffled lines of quote markers, near-markers and plain text."""
    rows = import_recipe("corpus_file").rows(paths.models_dir())[::20]
    texts = [parse_message(str(r["eml"]).encode("utf-8")).text for r in rows]
    pieces = [
        "> quoted", ">", "On Mon, 5 Jan 2026 Sam Lee wrote:", "On Mon, 5 Jan", "2026 Sam wrote:",
        "-----Original Message-----", "_" * 25, "From: Sam", "Sent: Monday", "Von: A",
        "Gesendet: B", "Le lundi 5 janvier Sam a écrit :", "Am 5. Januar schrieb Sam:",
        "El lunes Sam escribió:", "Thanks for applying to the Data Engineer role.", "", " ",
        "---------- Forwarded message ---------", "Date: Mon", "> a\n> b", "-- Mensaje original --",
    ]  # fmt: skip
    rng = random.Random(5)
    for _ in range(3000):
        picked = rng.choices(pieces, k=rng.randint(1, 8))
        texts.append(rng.choice(["", "x", "\n", "Hi,\n" * 12]) + "\n".join(picked))
    return tuple(texts)
