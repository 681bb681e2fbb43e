"""Run every ``benchmarks/bench_*.py`` as a script and print its figures (``make bench``).

Benchmarks print numbers; they assert nothing. Each runs in its own interpreter so one
benchmark's caches and threads cannot colour another's figures.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        print(f"-- {script.name}: {time.perf_counter() - start:.1f} s", flush=True)
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
