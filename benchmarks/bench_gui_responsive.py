"""Does the window stay responsive while a 10,000-message import runs in the background?

Run: ``.venv/bin/python benchmarks/bench_gui_responsive.py [MESSAGES]`` (offscreen Qt).
The main window is open on a fresh store with the Import Mailbox dialog running an import
of MESSAGES messages (default 10,000; every third one about a job, the rest newsletters)
while a 5 ms QTimer records when the event loop gets to it. Printed: the import time, and
the gaps between timer ticks (median, p99, max). Target from the issue: the event loop
never stalls more than 50 ms while a sync or import runs. Figures only; nothing asserted.
"""

from __future__ import annotations

import itertools
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_MESSAGE_ID = re.compile(rb"^Message-ID:[^\n]*$", re.M | re.I)


def newsletter(n: int) -> bytes:
    return (
        f"From news@shop.example Mon Jan  5 09:00:00 2026\n"
        f"From: Garden Shop <news@shop.example>\nTo: me@example.com\n"
        f"Subject: This week's picks #{n}\nMessage-ID: <news-{n}@shop.example>\n"
        f"Date: Mon, 5 Jan 2026 09:00:00 +0000\nContent-Type: text/plain\n\n"
        "New seeds and tools are in. Free delivery over 30 euros this weekend only.\n\n"
    ).encode()


def build_mbox(path: Path, count: int, job_every: int = 3) -> None:
    demo = (ROOT / "resources" / "demo" / "demo.mbox").read_bytes()
    messages = [m for m in re.split(rb"(?m)^(?=From )", demo) if m.strip()]
    with path.open("wb") as out:
        for n in range(count):
            if n % job_every == 0:
                message = messages[(n // job_every) % len(messages)]
                out.write(
                    _MESSAGE_ID.sub(f"Message-ID: <bench-{n}@b.example>".encode(), message, 1)
                )
            else:
                out.write(newsletter(n))


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    import keyring.backends.fail
    from PySide6.QtCore import QTimer

    from applytrack_desktop.gui.app import ensure_app
    from applytrack_desktop.gui.import_dialog import ImportDialog
    from applytrack_desktop.gui.main_window import MainWindow
    from applytrack_desktop.service import Service

    app = ensure_app()
    with tempfile.TemporaryDirectory(prefix="applytrack-bench-") as tmp:
        box = Path(tmp) / "bench.mbox"
        build_mbox(box, count)
        service = Service.open(
            Path(tmp) / "data",
            passphrase="benchmark passphrase",
            keyring_backend=keyring.backends.fail.Keyring(),
        )
        try:
            window = MainWindow(service)
            window.resize(1360, 820)
            window.show()
            dialog = ImportDialog(service, window, [box])
            dialog.show()
            app.processEvents()
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            finished: list[float] = []
            dialog.imported.connect(lambda _c: (finished.append(time.perf_counter()), app.quit()))
            dialog._relay.finished.connect(lambda _f: app.quit())
            start = time.perf_counter()
            timer.start()
            if not dialog.start():
                print("the import did not start:", dialog.status.text())
                return 1
            app.exec()
            timer.stop()
            if not finished:
                print("the import failed:", dialog.status.text())
                return 1
            gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
            gaps.sort()
            p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
            print(f"import of {count:,} messages in the background: {finished[0] - start:.1f} s")
            print(f"  {dialog.counts}")
            print(
                f"event-loop gaps (5 ms timer, {len(gaps):,} ticks): median "
                f"{statistics.median(gaps):.1f} ms, p99 {p99:.1f} ms, max {max(gaps):.1f} ms "
                "(target: never over 50 ms)"
            )
            window.close()
        finally:
            service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
