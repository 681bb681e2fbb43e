"""What an Outlook sync costs against the fake Graph over HTTPS on 127.0.0.1: a first sync
of 5,000 messages in the Inbox and two child folders (everything wanted, then one message
in five wanted), an idle incremental sync, and one with a single new message. Prints
messages/s, Graph calls by kind, and what the calls mean against Graph's throttling limit
(10,000 requests per 10 minutes per mailbox).

Run: ``.venv/bin/python benchmarks/bench_outlook_sync.py [COUNT]``. Loopback hides
network latency, so calls are the figure that carries over to the real service.
"""

from __future__ import annotations

import collections
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.fakes.microsoft_env import shared_ca, signed_in_cache  # noqa: E402
from tests.fakes.microsoft_mailbox import Mailbox  # noqa: E402
from tests.fakes.microsoft_server import FakeMicrosoft  # noqa: E402

from applytrack_desktop.providers.base import HeaderInfo, SyncRequest  # noqa: E402
from applytrack_desktop.providers.ms_auth import CACHE_SECRET  # noqa: E402
from applytrack_desktop.providers.outlook import OutlookProvider  # noqa: E402
from applytrack_desktop.providers.secrets import MemorySecrets  # noqa: E402

GRAPH_LIMIT = 10_000  # requests per 10 minutes per mailbox
_BODY = "We reviewed your application and would like to talk. " * 60
NOW = datetime.now(UTC)


def _fill(box: Mailbox, count: int) -> None:
    jobs = box.add_folder("Jobs")
    folders = [box.inbox_id, jobs, box.add_folder("Acme", jobs)]
    for n in range(count):
        kind = "Interview invitation" if n % 5 == 0 else "Weekly digest"
        box.add(
            f"Recruiting <jobs{n % 37}@hire.example.com>",
            f"{kind} {n}",
            received=NOW - timedelta(minutes=n),
            folder=folders[n % 3],
            body=_BODY,
        )


def _run(
    ms: FakeMicrosoft, cache: str, cursor: str | None, every: int
) -> tuple[str | None, dict[str, Any]]:
    def wanted(h: HeaderInfo) -> bool:
        return every == 1 or h.subject.startswith("Interview")

    store = MemorySecrets()
    store.set(CACHE_SECRET, cache)
    provider = OutlookProvider(ms.client_id, store)
    since = NOW - timedelta(days=180)
    before = len(ms.calls)
    started = time.perf_counter()
    fetched = looked = 0
    for page in provider.pages(SyncRequest(cursor, since, wanted)):
        fetched += len(page.messages)
        looked = page.done
        cursor = page.cursor
    seconds = time.perf_counter() - started
    provider.close()
    routes = collections.Counter(c.route for c in ms.calls[before:])
    return cursor, {"seconds": seconds, "looked": looked, "fetched": fetched, "routes": routes}


def _show(label: str, r: dict[str, Any]) -> None:
    rate = r["looked"] / r["seconds"] if r["seconds"] else 0.0
    routes = r["routes"]
    calls = sum(n for route, n in routes.items() if route not in ("discovery", "token"))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(routes.items()))
    print(
        f"{label:<30} {r['seconds'] * 1000:8.0f} ms {rate:7.0f} msg/s looked at "
        f"{r['fetched']:5d} MIME  {calls:5d} Graph calls ({kinds})"
    )
    if calls > 50:
        share = calls / GRAPH_LIMIT * 100
        print(f"{'':<30} = {share:.0f}% of Graph's budget of {GRAPH_LIMIT} requests / 10 min")


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with FakeMicrosoft(ca=shared_ca(), lifetime=1800) as ms:
        os.environ.update(ms.env())
        cache = signed_in_cache(ms)
        print(f"Outlook sync, {count} messages (~3.4 KB) in Inbox, Inbox/Jobs, Inbox/Jobs/Acme,")
        print("fake Graph over HTTPS on 127.0.0.1, page size 50")
        ms.mailbox = Mailbox(owner=ms.user.address)
        _fill(ms.mailbox, count)
        cursor, r = _run(ms, cache, None, 1)
        _show("first sync, all wanted", r)
        keep = ms.mailbox
        ms.mailbox = Mailbox(owner=ms.user.address)
        _fill(ms.mailbox, count)
        _, r = _run(ms, cache, None, 5)
        _show("first sync, 1 in 5 wanted", r)
        ms.mailbox = keep
        cursor, r = _run(ms, cache, cursor, 1)
        _show("idle incremental sync", r)
        keep.add("Recruiting <jobs@hire.example.com>", "Interview invitation, new")
        _, r = _run(ms, cache, cursor, 1)
        _show("incremental, 1 new message", r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
