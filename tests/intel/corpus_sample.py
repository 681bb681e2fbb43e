"""Every ``step``-th corpus message, prepared as extraction sees it: realistic text on which a cheap
pre-test (a word list in front of a costly regex) must agree with the regex it spares."""

from __future__ import annotations

import json
from functools import cache

from applytrack_desktop import paths
from applytrack_desktop.intel.text import Prepared, prepare
from applytrack_desktop.mail.parse import parse_message


@cache
def prepared_sample(step: int = 25) -> tuple[Prepared, ...]:
    lines = (paths.models_dir() / "corpus" / "corpus.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in lines.splitlines()[::step]]
    return tuple(prepare(parse_message(str(r["eml"]).encode("utf-8"))) for r in rows)
