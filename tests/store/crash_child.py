"""Child process for the crash-safety test: writes in a loop and reports each commit.

Usage: ``CRASH_TEST_KEY=<64 hex> python -m tests.store.crash_child DATA_DIR START``.
Each transaction stores one application with three emails; its number is printed (and
flushed) only after COMMIT returned, so every number the parent read was committed.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from applytrack_desktop.core.enums import Category
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import emails
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.keys import StoreKey

EMAILS_PER_APP = 3


def write_one(store: Store, n: int) -> None:
    def run(conn: sqlcipher3.Connection) -> None:
        app = apps_q.insert(conn, company=f"Crash {n}", job_title="Survivor")
        for k in range(EMAILS_PER_APP):
            emails.insert(
                conn,
                NewEmail(
                    account_id=None,
                    provider_id=f"{n}:{k}",
                    message_id=f"<{n}.{k}@crash>",
                    thread_key=str(n),
                    date=datetime.now(UTC),
                    subject=f"message {k} " * 20,
                    category=Category.CONFIRMATION,
                    confidence=1.0,
                    application_id=app,
                    body_text="body " * 200,
                ),
            )

    store.write(run)


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    store = Store(data_dir, StoreKey.raw(os.environ["CRASH_TEST_KEY"]))  # raw key: no KDF wait
    store.migrate()
    print("ready", flush=True)
    n = start
    while True:
        write_one(store, n)
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main()
