"""What the privacy promises cost: purge + scrub, VACUUM, integrity check, key rotation.

Run: ``.venv/bin/python benchmarks/bench_privacy.py [--emails N]`` (default 10,000).
A raw-key store (in-memory keyring, no KDF) holds N job emails with ~2 KB bodies (text
and HTML, indexed by FTS5); half are older than the 90-day retention. Figures: the file
size before and after, the purge (UPDATE + FTS5 triggers), the scrub (FTS5 optimize,
checkpoints, VACUUM) and within it VACUUM alone, ``cipher_integrity_check`` over the
whole file, and a key rotation (``PRAGMA rekey``) of the purged store.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from applytrack_desktop.core.enums import Category
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store import integrity, rekey
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.timeutil import now_utc
from applytrack_desktop.sync import retention

WORDS = [
    "interview",
    "schedule",
    "engineer",
    "data",
    "platform",
    "team",
    "thank",
    "you",
    "application",
    "role",
    "position",
    "next",
    "steps",
    "recruiter",
    "hiring",
    "manager",
    "availability",
    "week",
    "call",
    "phone",
    "onsite",
    "offer",
    "salary",
    "benefits",
    "start",
    "date",
    "python",
    "sql",
    "cloud",
    "product",
    "analytics",
]


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def fill(store: Store, count: int, rng: random.Random) -> None:
    now = now_utc()
    rows = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(300)) + f" ref{i:06d}"
        rows.append(
            NewEmail(
                account_id=None,
                provider_id=f"bench-{i}",
                message_id=f"<bench-{i}@example.com>",
                thread_key=f"t{i}",
                date=now - timedelta(days=rng.uniform(0, 180)),
                subject=f"Interview for role {i}",
                category=Category.INTERVIEW,
                confidence=0.9,
                body_text=body,
                body_html=f"<p>{body}</p>",
            )
        )
    for start in range(0, count, 1000):
        chunk = rows[start : start + 1000]
        store.write(lambda conn, chunk=chunk: emails_q.insert_many(conn, chunk))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--emails", type=int, default=10_000)
    args = parser.parse_args()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = Store.open(data)
        fill(store, args.emails, random.Random(6))
        store.maintain(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
        before = store.path.stat().st_size
        started = time.perf_counter()
        result = retention.purge(store, 90)
        total = time.perf_counter() - started
        assert result.scrub is not None
        after = store.path.stat().st_size
        print(f"emails: {args.emails:,}; bodies purged: {result.purged:,}")
        print(f"file: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
        scrub = result.scrub
        print(
            f"purge + scrub: {total:.2f} s (purge {total - scrub.seconds:.2f} s, "
            f"scrub {scrub.seconds:.2f} s, of which VACUUM {scrub.vacuum_seconds:.2f} s)"
        )
        started = time.perf_counter()
        problems = store.maintain(integrity.check_connection)
        print(
            f"integrity check (cipher_integrity_check + quick_check): "
            f"{time.perf_counter() - started:.2f} s, problems: {len(problems)}"
        )
        store.close()
        started = time.perf_counter()
        rekey.rotate_raw_key(data, backend)
        print(
            f"key rotation (PRAGMA rekey, {after / 1e6:.1f} MB): "
            f"{time.perf_counter() - started:.2f} s"
        )


if __name__ == "__main__":
    main()
