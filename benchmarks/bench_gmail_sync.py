"""How close a Gmail first sync runs to the quota ceiling, and what an idle sync costs.

Target (issue 4): with 6,000 units/user/min, a first sync of a 10,000-message mailbox
reaches >= 90% of the quota ceiling with no 429s (no wasted calls), and an idle
incremental sync costs one ``history.list`` call.

The fake Gmail and the provider share a virtual clock: real time plus every wait the
client would have slept. CPU and loopback time count as they pass; waiting for quota is
skipped. So the run takes seconds, not the ~9 minutes the quota imposes, while the
server's rolling-minute quota sees exactly the request timing a real run would have.

Run: ``.venv/bin/python benchmarks/bench_gmail_sync.py [COUNT] [--naive]``. ``--naive``
also runs a client that does not pace (it trusts backoff alone) for comparison.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.fakes.gmail_env import Sleeps, close_all, connected_secrets, make_provider  # noqa: E402
from tests.fakes.google_mailbox import Mailbox, VirtualClock  # noqa: E402
from tests.fakes.google_server import FakeGoogle  # noqa: E402

from applytrack_desktop.providers.base import HeaderInfo, SyncRequest  # noqa: E402

QUOTA = 6000.0  # units per user per minute
SINCE = datetime(2025, 1, 1, tzinfo=UTC)


def _fill(box: Mailbox, count: int) -> int:
    """``count`` messages, one in ten about an application; returns how many are wanted."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    wanted = 0
    for n in range(count):
        job = n % 10 == 0
        wanted += job
        box.add(
            sender=f"Recruiting <jobs{n % 53}@hire.example.com>" if job else "news@deals.example",
            subject=f"Interview invitation {n}" if job else f"Weekly digest {n}",
            date=start + timedelta(minutes=n),
            body="We reviewed your application. " * 20,
        )
    return wanted


def _wanted(h: HeaderInfo) -> bool:
    return "digest" not in h.subject.lower()


def run(count: int, *, paced: bool) -> dict[str, float]:
    clock = VirtualClock()
    with FakeGoogle(quota_per_minute=QUOTA, clock=clock, lifetime=3600) as fake:
        wanted = _fill(fake.mailbox, count)
        sleeps = Sleeps(clock.sleep)
        provider = make_provider(
            fake,
            connected_secrets(fake),
            sleeps=sleeps,
            attempts=50,
            clock=clock,
            sleep=Sleeps(clock.sleep),
            quota_per_minute=QUOTA if paced else 1e12,
        )
        wall = time.perf_counter()
        start = clock()
        fetched = 0
        cursor = None
        for page in provider.pages(SyncRequest(None, SINCE, _wanted)):
            fetched += len(page.messages)
            cursor = page.cursor
        elapsed = clock() - start
        wall = time.perf_counter() - wall
        api_calls = len(fake.api_calls())
        wasted = sum(1 for c in fake.api_calls() if c.status == 429)
        wasted += fake.count("batch", status=429)
        http_calls = provider.api.calls
        units = fake.quota.total

        fake.calls.clear()
        idle_pages = list(provider.pages(SyncRequest(cursor, SINCE, _wanted)))
        idle = fake.api_calls()
        close_all()
    if fetched != wanted or not idle_pages or idle_pages[-1].messages:
        raise SystemExit(f"wrong result: fetched {fetched} of {wanted} wanted messages")
    return {
        "messages": count,
        "fetched": fetched,
        "units": units,
        "virtual_min": elapsed / 60,
        "ceiling_pct": 100 * units / (QUOTA * elapsed / 60),
        "http_calls": http_calls,
        "api_calls": api_calls,
        "wasted": wasted,
        "retry_wait_s": sum(sleeps.waits),
        "wall_s": wall,
        "idle_calls": len(idle),
        "idle_units": sum(c.units for c in idle),
        "idle_routes": ",".join(c.route for c in idle),
    }


def _report(label: str, r: dict[str, float]) -> None:
    print(f"{label}:")
    print(
        f"  first sync of {r['messages']:.0f} messages ({r['fetched']:.0f} wanted, fetched raw): "
        f"{r['units']:.0f} units in {r['virtual_min']:.2f} emulated min "
        f"= {r['ceiling_pct']:.1f}% of the {QUOTA:.0f} units/min ceiling"
    )
    print(
        f"  HTTP calls {r['http_calls']:.0f} (batches count once), API calls {r['api_calls']:.0f}, "
        f"wasted (429) {r['wasted']:.0f}, retry waits {r['retry_wait_s']:.1f} s, "
        f"wall time {r['wall_s']:.1f} s"
    )
    print(
        f"  idle incremental sync: {r['idle_calls']:.0f} call(s) "
        f"[{r['idle_routes']}], {r['idle_units']:.0f} units"
    )


def main(argv: list[str]) -> int:
    numbers = [a for a in argv if a.isdigit()]
    count = int(numbers[0]) if numbers else 10_000
    _report("paced (token bucket)", run(count, paced=True))
    if "--naive" in argv:
        _report("unpaced (backoff only), for comparison", run(count, paced=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
