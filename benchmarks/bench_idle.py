"""Idle cost of background sync: CPU used while the scheduler waits between syncs.

Issue 4 target: none. A store with one files account is opened, background sync starts,
the first sync finishes, then the process is watched for 20 s with nothing to do.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from applytrack_desktop.service import Service
    from applytrack_desktop.store.db import Store
    from applytrack_desktop.store.ephemeral import EphemeralKeyring
    from applytrack_desktop.sync.events import SyncEvent, SyncFinished

    tmp = Path(tempfile.mkdtemp())
    try:
        box = tmp / "inbox.mbox"
        shutil.copy(ROOT / "resources" / "demo" / "demo.mbox", box)
        service = Service(Store.open(tmp / "data", keyring_backend=EphemeralKeyring()))
        done = threading.Event()

        def listen(event: SyncEvent) -> None:
            if isinstance(event, SyncFinished):
                done.set()

        service.sync_events.subscribe(listen)
        service.start_background_sync()
        service.connect_files([box])
        done.wait(120)
        time.sleep(1.0)
        cpu, wall = time.process_time(), time.perf_counter()
        time.sleep(20.0)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        service.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    share = cpu / wall * 100
    print(f"idle between syncs: {cpu * 1000:.1f} ms CPU in {wall:.1f} s ({share:.3f}% of a core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
