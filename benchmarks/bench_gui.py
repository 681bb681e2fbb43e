"""How the desktop window feels with 10,000 applications: start, switch, filter, scroll.

Run: ``.venv/bin/python benchmarks/bench_gui.py`` (offscreen Qt; no display needed).
Targets from the issue: start to a painted window under 1.5 s; switching views and filtering
under 100 ms; scrolling never stalls (each step well under a 16 ms frame on average).
Start-up is measured in a fresh child process, imports included, as a user would feel it.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

COUNT = 10_000
PASSPHRASE = "benchmark passphrase"
COMPANIES = (
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Aperture",
    "Oscorp",
    "Gringotts",
    "Monarch",
)
ROLES = ("Data Engineer", "Backend Engineer", "Product Designer", "SRE", "Analyst", "ML Engineer")


def _no_keyring() -> None:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())


def fill(data_dir: Path) -> float:
    """Create COUNT applications through the service; seconds taken."""
    from applytrack_desktop.service import Service

    from applytrack_desktop.core.enums import Status

    statuses = list(Status)
    started = time.perf_counter()
    service = Service.open(data_dir, passphrase=PASSPHRASE)
    try:
        for i in range(COUNT):
            company = f"{COMPANIES[i % len(COMPANIES)]} {i // len(COMPANIES)}"
            service.create_application(
                company, ROLES[i % len(ROLES)], status=statuses[i % len(statuses)]
            )
    finally:
        service.close()
    return time.perf_counter() - started


def child_start(data_dir: str) -> None:
    """In a fresh process: imports, unlock, build and paint the window; print seconds."""
    started = time.perf_counter()
    _no_keyring()
    from applytrack_desktop.service import Service
    from PySide6.QtCore import QEvent, QObject

    from applytrack_desktop.gui.app import ensure_app
    from applytrack_desktop.gui.main_window import MainWindow

    app = ensure_app()
    service = Service.open(Path(data_dir), passphrase=PASSPHRASE)
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    window = MainWindow(service)
    watch = PaintWatch()
    window.board.columns[next(iter(window.board.columns))].list.viewport().installEventFilter(watch)
    window.resize(1440, 900)
    window.show()
    while not painted:
        app.processEvents()
    print(f"{painted[0] - started:.3f}")
    window.close()
    service.close()


def _repaint(widget: object) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.repaint()
    QApplication.processEvents()


def interact(data_dir: Path) -> dict[str, float]:
    """Switch views, filter, search and scroll in the running window; milliseconds each."""
    from applytrack_desktop.service import Service

    from applytrack_desktop.core.enums import Status
    from applytrack_desktop.gui.app import ensure_app
    from applytrack_desktop.gui.header import BOARD, TABLE
    from applytrack_desktop.gui.main_window import MainWindow

    ensure_app()
    service = Service.open(data_dir, passphrase=PASSPHRASE)
    window = MainWindow(service)
    window.resize(1440, 900)
    window.show()
    _repaint(window)
    figures: dict[str, float] = {}

    def timed(name: str, action: object) -> None:
        assert callable(action)
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            action()
            _repaint(window)
            runs.append((time.perf_counter() - t) * 1000)
        figures[name] = statistics.median(runs)

    def to_table() -> None:
        window.show_view(BOARD)
        _repaint(window)
        window.show_view(TABLE)

    timed("switch board->table (ms)", to_table)
    timed("switch table->board (ms)", lambda: (window.show_view(TABLE), window.show_view(BOARD)))
    page = window.table
    window.show_view(TABLE)
    timed(
        "filter status (ms)",
        lambda: page.status_filter.setCurrentIndex(page.status_filter.findData(Status.APPLIED)),
    )
    page.status_filter.setCurrentIndex(0)
    timed(
        "filter company (ms)", lambda: (page.company_filter.setText("Hooli"), page.apply_filters())
    )
    page.company_filter.setText("")
    page.apply_filters()
    timed("search text, both views (ms)", lambda: window.set_search("Initech 12"))
    window.set_search("")
    timed("sort by company (ms)", lambda: page.model.sort(0))

    table = page.table
    bar = table.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum(), max(bar.maximum() // 400, 1)):
        t = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
    figures["scroll step median (ms)"] = statistics.median(steps)
    figures["scroll step max (ms)"] = max(steps)
    figures["scroll steps"] = len(steps)
    window.close()
    service.close()
    return figures


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child-start":
        child_start(sys.argv[2])
        return 0
    _no_keyring()
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        data_dir = Path(tmp)
        seconds = fill(data_dir)
        print(f"fill {COUNT:,} applications through the service: {seconds:.1f} s")
        starts = []
        for _ in range(3):
            t = time.perf_counter()
            out = subprocess.run(
                [sys.executable, __file__, "--child-start", tmp],
                capture_output=True,
                text=True,
                check=True,
            )
            wall = time.perf_counter() - t
            starts.append((float(out.stdout.strip().splitlines()[-1]), wall))
        best = min(starts)
        print(
            f"start to painted window (imports included): {best[0] * 1000:.0f} ms "
            f"(process wall time {best[1] * 1000:.0f} ms; target < 1500 ms)"
        )
        for name, value in interact(data_dir).items():
            print(f"{name}: {value:.1f}" if "ms" in name else f"{name}: {value:.0f}")
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {rss_mb:.0f} MB (target < 400 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
