"""What a files account costs: first scan of a large mbox and of a folder of .eml files, an
unchanged re-scan, and a re-scan after one message was appended.

Run: ``.venv/bin/python benchmarks/bench_files_sync.py [MBOX_COUNT] [EML_COUNT]``.
The ``wanted`` filter keeps one message in five, as a job-mail filter roughly would.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from applytrack_desktop.providers.base import HeaderInfo, SyncRequest
from applytrack_desktop.providers.files import FilesProvider

_BODY = "We reviewed your application and would like to talk. " * 60 + "\n"


def _message(n: int) -> bytes:
    kind = "Interview invitation" if n % 5 == 0 else "Weekly digest"
    return (
        f"From: Recruiting <jobs{n % 37}@hire.example.com>\nTo: me@example.test\n"
        f"Subject: {kind} {n}\nDate: Sat, 01 Nov 2026 09:00:00 +0000\n"
        f"Message-ID: <bench-{n}@example.test>\nContent-Type: text/plain\n\n{_BODY}"
    ).encode()


def _mbox_entry(n: int) -> bytes:
    return b"From x@example.com Sat Nov  1 09:00:00 2026\n" + _message(n) + b"\n"


def _wanted(h: HeaderInfo) -> bool:
    return h.subject.startswith("Interview")


def _run(label: str, paths: list[Path], cursor: str | None) -> str | None:
    since = datetime.now(UTC) - timedelta(days=180)
    started = time.perf_counter()
    kept = read = 0
    for page in FilesProvider(paths).pages(SyncRequest(cursor, since, _wanted)):
        kept += len(page.messages)
        read = page.done
        cursor = page.cursor
    seconds = time.perf_counter() - started
    rate = read / seconds if seconds else 0.0
    print(
        f"{label:<34} {seconds * 1000:9.1f} ms  {read:6d} read ({rate:7.0f} msg/s)  "
        f"{kept:5d} kept  cursor {len(cursor or '')} B"
    )
    return cursor


def main() -> int:
    mbox_count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    eml_count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        box = root / "takeout.mbox"
        box.write_bytes(b"".join(_mbox_entry(n) for n in range(mbox_count)))
        folder = root / "eml"
        folder.mkdir()
        for n in range(eml_count):
            (folder / f"{n:06d}.eml").write_bytes(_message(mbox_count + n))
        size_mb = box.stat().st_size / 1e6
        print(f"files sync: {mbox_count} messages in one mbox ({size_mb:.0f} MB), {eml_count} .eml")
        cursor = _run("first scan, mbox", [box], None)
        _run("unchanged re-scan, mbox", [box], cursor)
        with box.open("ab") as fh:
            fh.write(_mbox_entry(mbox_count * 10))
        _run("re-scan after 1 appended", [box], cursor)
        cursor = _run("first scan, .eml folder", [folder], None)
        _run("unchanged re-scan, .eml folder", [folder], cursor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
