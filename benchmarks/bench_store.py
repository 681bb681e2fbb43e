"""Store benchmark: bulk inserts, listing/filtering 10,000 applications, opening the store.

Targets (issue 2): open under 50 ms, a filtered page of 200 applications under 10 ms,
inserts over 20,000 rows/s in one transaction. Figures are printed, never asserted.
Each figure is given twice: wall clock, and CPU time of this process, because on a shared
machine the wall clock also measures the neighbours.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store.applications import Filter
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.keys import StoreKey, new_raw_key

N_APPS = 10_000
N_EMAILS = 100_000
RUNS = 25
T0 = datetime(2025, 1, 1, tzinfo=UTC)
WORDS = [
    "data",
    "engineer",
    "backend",
    "frontend",
    "platform",
    "senior",
    "staff",
    "principal",
    "analyst",
    "designer",
    "product",
    "manager",
    "machine",
    "learning",
    "research",
    "scientist",
    "site",
    "reliability",
]


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``fn`` over ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def show_ms(label: str, fn: Callable[[], object], runs: int = RUNS) -> None:
    wall, cpu = median_ms(fn, runs)
    print(f"{label:<52} {wall:8.2f} ms  (CPU {cpu:7.2f} ms)", flush=True)


def rate(label: str, rows: int, fn: Callable[[], object]) -> None:
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(
        f"{label:<52} {rows:>7} rows in {wall:6.2f} s = {rows / wall:>8,.0f} rows/s"
        f"  (CPU {cpu:6.2f} s = {rows / cpu:>8,.0f} rows/s)",
        flush=True,
    )


def fill_applications(conn: sqlcipher3.Connection, rng: random.Random) -> None:
    statuses = list(Status)
    for i in range(N_APPS):
        apps_q.insert(
            conn,
            company=f"Company {rng.randrange(2000)}",
            job_title=" ".join(rng.sample(WORDS, 3)).title(),
            status=rng.choice(statuses),
            notes="" if i % 5 else "met at a meetup",
            created_at=T0 + timedelta(minutes=i),
            ats_ids=[f"R{i}"] if i % 3 == 0 else (),
        )


def email_rows(rng: random.Random, *, bodies: bool = True) -> list[NewEmail]:
    categories = [c for c in Category if c is not Category.NOT_JOB]
    return [
        NewEmail(
            account_id=None,
            provider_id=f"p{i}",
            message_id=f"<{i}@bench.example>",
            thread_key=f"t{i // 3}",
            date=T0 + timedelta(minutes=i),
            subject=f"Your application for {' '.join(rng.sample(WORDS, 3))}",
            category=rng.choice(categories),
            confidence=rng.random(),
            sender_address="jobs@company.example",
            application_id=rng.randrange(1, N_APPS + 1),
            body_text=" ".join(rng.choices(WORDS, k=60)) if bodies else None,
        )
        for i in range(N_EMAILS)
    ]


def bench_inserts(data_dir: Path, key: StoreKey, rng: random.Random) -> None:
    store = Store(data_dir, key)
    store.migrate()
    rate("insert applications (one transaction)", N_APPS,
         lambda: store.write(lambda c: fill_applications(c, rng)))  # fmt: skip
    mails = email_rows(rng)
    rate("insert emails, 60-word bodies in FTS (one transaction)", N_EMAILS,
         lambda: store.write(lambda c: emails_q.insert_many(c, mails)))  # fmt: skip
    store.write(lambda c: c.execute("PRAGMA optimize"))
    store.close()

    # Metadata only (bodies purged or not yet fetched): what FTS body indexing costs.
    other = data_dir / "no-bodies"
    other.mkdir()
    store = Store(other, key)
    store.migrate()
    store.write(lambda c: fill_applications(c, rng))
    mails = email_rows(rng, bodies=False)
    rate("insert emails, metadata only (one transaction)", N_EMAILS,
         lambda: store.write(lambda c: emails_q.insert_many(c, mails)))  # fmt: skip
    store.close()


def bench_reads(data_dir: Path, key: StoreKey) -> None:
    def open_close() -> None:
        s = Store(data_dir, key)
        s.migrate()
        with s.read() as conn:
            apps_q.count(conn, Filter(status=Status.APPLIED))
        s.close()

    show_ms("open store (raw key) + first read", open_close, 10)

    store = Store(data_dir, key)
    with store.read() as conn:
        checks: list[tuple[str, Callable[[], object]]] = [
            ("first page of 200, newest first",
             lambda: apps_q.list_(conn, limit=200)),
            ("filtered page of 200 (status), newest first",
             lambda: apps_q.list_(conn, Filter(status=Status.INTERVIEWING), limit=200)),
            ("filtered page of 200 (company substring)",
             lambda: apps_q.list_(conn, Filter(company="company 1"), limit=200)),
            ("filtered page of 200 (status + company, by company)",
             lambda: apps_q.list_(conn, Filter(Status.APPLIED, "company 1"),
                                  sort="company", descending=False, limit=200)),
            ("search page of 200 (full text, apps + mail)",
             lambda: apps_q.list_(conn, Filter(text="meetup"), limit=200)),
            ("all 10,000 ids sorted by company (lazy table)",
             lambda: apps_q.ids(conn, sort="company")),
            ("page of 200 by id (lazy table)",
             lambda: apps_q.get_many(conn, list(range(5000, 5200)))),
            ("count filtered (status)",
             lambda: apps_q.count(conn, Filter(status=Status.APPLIED))),
            ("all 10,000 applications, full rows",
             lambda: apps_q.list_(conn)),
        ]  # fmt: skip
        for label, fn in checks:
            show_ms(label, fn)
    store.close()
    size = (data_dir / "applytrack.db").stat().st_size
    print(f"{'database size':<52} {size / 1e6:8.1f} MB")


def bench_passphrase_open(folder: Path) -> None:
    folder.mkdir()
    Store(folder, StoreKey.passphrase("bench")).close()
    show_ms(
        "open store (passphrase, SQLCipher KDF)",
        lambda: Store(folder, StoreKey.passphrase("bench")).close(),
        3,
    )


def main() -> int:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="applytrack-bench-") as tmp:
        data_dir, key = Path(tmp), new_raw_key()
        bench_inserts(data_dir, key, rng)
        bench_reads(data_dir, key)
        bench_passphrase_open(data_dir / "passphrase")
    return 0


if __name__ == "__main__":
    sys.exit(main())
