"""The title pattern tables: compiled on first use, searched exactly as compiled patterns."""

from __future__ import annotations

import re
import subprocess
import sys

from applytrack_desktop.intel.title_patterns import BODY_PATTERNS, SUBJECT_PATTERNS, LazyPattern
from tests.intel.corpus_sample import prepared_sample


def test_importing_the_tables_compiles_no_pattern() -> None:
    code = (
        "from applytrack_desktop.intel import titles, title_patterns as t\n"
        "rows = (*t.SUBJECT_PATTERNS, *t.BODY_PATTERNS)\n"
        "print(sum(row[0]._compiled is None for row in rows), len(rows))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lazy, rows = map(int, out.stdout.split())
    assert rows > 50 and lazy == rows


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds() -> None:
    texts = [t for p in prepared_sample() for t in (p.subject, p.body)][:400]
    found = 0
    for row in (*SUBJECT_PATTERNS[:6], *BODY_PATTERNS[:6]):
        lazy = row[0]
        eager = re.compile(lazy.pattern, lazy.flags)
        for text in texts:
            for pos, end in ((0, len(text)), (len(text) // 3, len(text) // 2)):
                got = [m.span() for m in lazy.finditer(text, pos, end)]
                assert got == [m.span() for m in eager.finditer(text, pos, end)]
                found += len(got)
        assert lazy.compiled() is lazy.compiled()  # compiled once, then kept
    assert found > 20  # the sample holds titles these rows read
    assert [m.group() for m in LazyPattern("b+", re.I).finditer("abBbcb")] == ["bBb", "b"]
