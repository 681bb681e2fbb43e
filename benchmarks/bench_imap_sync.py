"""What an IMAP sync costs against a real Dovecot on 127.0.0.1: first sync of 2,000 messages,
with everything wanted and with a realistic filter (one message in five wanted), then an
idle re-sync. Prints messages/s, round trips and bytes.

Run: ``.venv/bin/python benchmarks/bench_imap_sync.py [COUNT]``. Needs ``/usr/sbin/dovecot``
(Debian's dovecot-imapd); without it, says so and exits 0. Loopback hides network latency,
so round trips are the figure that carries over to a real server (multiply by its RTT).
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.fakes.dovecot import Dovecot, ImapAccount, dovecot_missing_reason  # noqa: E402

from applytrack_desktop.providers.base import HeaderInfo, SyncRequest  # noqa: E402
from applytrack_desktop.providers.imap import PASSWORD_SECRET, ImapProvider  # noqa: E402
from applytrack_desktop.providers.secrets import MemorySecrets  # noqa: E402

_BODY = ("We reviewed your application and would like to talk. " * 60 + "\r\n").encode()


def _message(n: int) -> bytes:
    kind = "Interview invitation" if n % 5 == 0 else "Weekly digest"
    return (
        f"From: Recruiting <jobs{n % 37}@hire.example.com>\r\n"
        f"To: me@example.test\r\nSubject: {kind} {n}\r\n"
        f"Date: Sat, 01 Nov 2026 09:00:00 +0000\r\nMessage-ID: <bench-{n}@example.test>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + _BODY


def _fill(account: ImapAccount, count: int) -> None:
    with account.client() as client:
        client.create_folder("INBOX.Jobs")
        for folder, keep in (("INBOX", 1), ("INBOX.Jobs", 0)):
            batch = [_message(n) for n in range(count) if (n % 4 != 0) == keep]
            for start in range(0, len(batch), 200):
                client.multiappend(folder, batch[start : start + 200])


def _provider(account: ImapAccount) -> ImapProvider:
    secrets = MemorySecrets()
    secrets.set(PASSWORD_SECRET, account.password)
    return ImapProvider(
        "127.0.0.1",
        account.user,
        secrets=secrets,
        port=account.server.port,
        ssl_context=account.server.ssl_context,
    )


def _run(
    account: ImapAccount, cursor: str | None, wanted_every: int
) -> tuple[str | None, dict[str, float]]:
    def wanted(h: HeaderInfo) -> bool:
        return wanted_every == 1 or h.subject.startswith("Interview")

    provider = _provider(account)
    since = datetime.now(UTC) - timedelta(days=180)
    started = time.perf_counter()
    fetched = 0
    for page in provider.pages(SyncRequest(cursor, since, wanted)):
        fetched += len(page.messages)
        cursor = page.cursor
    seconds = time.perf_counter() - started
    s = provider.stats
    return cursor, {
        "seconds": seconds,
        "looked_at": s.headers,
        "fetched": fetched,
        "round_trips": s.round_trips,
        "body_mb": s.body_bytes / 1e6,
    }


def _show(label: str, r: dict[str, float]) -> None:
    rate = r["looked_at"] / r["seconds"] if r["seconds"] else 0.0
    print(
        f"{label:<34} {r['seconds'] * 1000:9.1f} ms  {rate:8.0f} msg/s looked at  "
        f"{r['fetched']:5d} bodies ({r['body_mb']:.1f} MB)  {r['round_trips']:4d} round trips"
    )


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    reason = dovecot_missing_reason()
    if reason:
        print(f"bench_imap_sync: skipped: {reason}")
        return 0
    server = Dovecot()
    server.start()
    try:
        everything, filtered = server.new_account(), server.new_account()
        t0 = time.perf_counter()
        _fill(everything, count)
        _fill(filtered, count)
        print(f"IMAP sync, {count} messages (~3.6 KB) in INBOX + INBOX.Jobs on Dovecot,", end=" ")
        print(f"filled in {time.perf_counter() - t0:.1f} s")
        cursor, r = _run(everything, None, 1)
        _show("first sync, all wanted", r)
        _, r = _run(filtered, None, 5)
        _show("first sync, 1 in 5 wanted", r)
        _, r = _run(everything, cursor, 1)
        _show("idle re-sync", r)
        with everything.client() as client:
            client.append("INBOX", _message(count + 1))
        _, r = _run(everything, cursor, 1)
        _show("re-sync with 1 new message", r)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
