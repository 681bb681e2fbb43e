"""Crash safety: SIGKILL a writing process at random points; nothing committed is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from applytrack_desktop.store.db import Store
from applytrack_desktop.store.keys import StoreKey, new_raw_key
from tests.store.crash_child import EMAILS_PER_APP

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5


def _run_and_kill(data_dir: Path, key: StoreKey, start: int, delay: float) -> list[int]:
    """Start the writer, kill it ``delay`` seconds after it is ready; committed numbers."""
    env = dict(os.environ, CRASH_TEST_KEY=key.secret, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_child", str(data_dir), str(start)],
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out = child.stdout.read()
    child.stdout.close()
    child.wait()
    assert child.returncode == -signal.SIGKILL
    lines = out.split(b"\n")
    return [int(line) for line in lines[:-1]]  # the last piece may be cut: not reported


@pytest.mark.slow
def test_sigkill_never_loses_a_commit(data_dir: Path) -> None:
    data_dir.mkdir()
    key = new_raw_key()
    rng = random.Random(20260301)
    committed: set[int] = set()
    start = 0
    for _ in range(ROUNDS):
        reported = _run_and_kill(data_dir, key, start, rng.uniform(0.05, 0.6))
        committed.update(reported)
        store = Store(data_dir, key)
        try:
            with store.read() as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
                names = {
                    int(r[0].removeprefix("Crash "))
                    for r in conn.execute("SELECT company FROM applications")
                }
                # Every reported commit is there; at most the one in flight is extra.
                assert committed <= names
                assert len(names - committed) <= 1
                # Transactions are whole: each application has all of its emails.
                partial = conn.execute(
                    "SELECT count(*) FROM applications a WHERE (SELECT count(*) FROM emails e"
                    " WHERE e.application_id = a.id) != ?",
                    (EMAILS_PER_APP,),
                ).fetchone()[0]
                assert partial == 0
        finally:
            store.close()
        committed = names
        start = max(names, default=-1) + 1
    assert len(committed) > ROUNDS  # the child really committed along the way
