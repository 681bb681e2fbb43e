"""The Gmail provider against the fake Gmail API, through the real googleapiclient code.

Covers the first sync (metadata first, raw only for wanted mail, batches of at most 50,
the server-side query), crash/resume, incremental sync from history (new mail, deletions,
trash), the idle cost, stale history, throttling (429 with and without Retry-After, 403
rate reasons, per-part batch failures), 5xx, timeouts and a revoked grant. Retry waits
are recorded, never slept.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.core.errors import (
    AuthError,
    NetworkError,
    RateLimitedError,
    StaleCursorError,
)
from applytrack_desktop.providers.base import HeaderInfo, Page, SyncRequest
from applytrack_desktop.providers.gmail import Cursor, GmailProvider, list_query
from tests.fakes.gmail_env import Sleeps, close_all, make_provider
from tests.fakes.google_server import FakeGoogle

SINCE = datetime(2025, 12, 1, tzinfo=UTC)


def job(h: HeaderInfo) -> bool:
    return "newsletter" not in h.subject.lower()


@pytest.fixture
def fake() -> Iterator[FakeGoogle]:
    with FakeGoogle() as server:
        yield server
        close_all()


def fill(fake: FakeGoogle, n: int) -> tuple[list[str], list[str]]:
    """n messages in the window; every third one a newsletter. Returns (wanted, unwanted)."""
    wanted, unwanted = [], []
    for i in range(n):
        if i % 3 == 2:
            unwanted.append(fake.mailbox.add(subject=f"Weekly newsletter {i}"))
        else:
            wanted.append(fake.mailbox.add(subject=f"Interview invitation {i}"))
    return wanted, unwanted


def sync(
    provider: GmailProvider,
    cursor: str | None = None,
    known: set[str] | None = None,
) -> list[Page]:
    seen = known if known is not None else set()
    return list(provider.pages(SyncRequest(cursor, SINCE, job, seen.__contains__)))


def fetched(pages: list[Page]) -> list[str]:
    return [m.provider_id for p in pages for m in p.messages]


def raw_gets(fake: FakeGoogle) -> list[str]:
    return [
        c.path.rsplit("/", 1)[1]
        for c in fake.calls
        if c.route == "messages.get" and c.query.get("format") == ["raw"] and c.status == 200
    ]


def test_first_sync_fetches_wanted_once_and_skips_the_rest_by_metadata(
    fake: FakeGoogle,
) -> None:
    wanted, unwanted = fill(fake, 130)
    box = fake.mailbox
    sent = box.add(subject="Interview invitation (my reply)", labels=["SENT"])
    spam = box.add(subject="Interview invitation?!", labels=["SPAM"])
    old = box.add(subject="Interview invitation, old", date=SINCE - timedelta(days=2))
    provider = make_provider(fake)
    pages = sync(provider)

    assert sorted(fetched(pages)) == sorted(wanted)
    assert len(fetched(pages)) == len(set(fetched(pages)))
    assert sorted(s for p in pages for s in p.skipped) == sorted(unwanted)
    assert sorted(raw_gets(fake)) == sorted(wanted)  # no body downloaded for the rest
    assert not {sent, spam, old} & {c.path.rsplit("/", 1)[1] for c in fake.calls}
    assert max(fake.batch_sizes) <= 50
    lists = [c for c in fake.calls if c.route == "messages.list"]
    assert lists[0].query["q"] == [list_query(int(SINCE.timestamp()))]
    assert "after:1764547200" in lists[0].query["q"][0]  # epoch seconds, never a PST date
    # newest first, and the raw bytes are the message as stored
    first = pages[0].messages[0]
    assert first.provider_id == max(wanted)
    assert first.raw == box.messages[first.provider_id].raw
    assert first.thread_id == box.messages[first.provider_id].thread_id
    assert first.folder == "INBOX"
    assert pages[-1].done == 130 and pages[-1].total == 130
    assert not Cursor.load(pages[-1].cursor).full


def test_known_ids_cost_nothing(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 30)
    known = set(wanted[:10])
    pages = sync(make_provider(fake), known=known)
    assert sorted(fetched(pages)) == sorted(wanted[10:])
    touched = {c.path.rsplit("/", 1)[1] for c in fake.calls if c.route == "messages.get"}
    assert not touched & known


def test_crash_mid_first_sync_resumes_without_duplicates_or_loss(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 130)  # list pages of 60: chunks of 50 + 10, so mid-page cursors
    provider = make_provider(fake, page_size=60)
    stored: list[str] = []
    cursor = None
    pages = provider.pages(SyncRequest(None, SINCE, job))
    for _ in range(3):  # commit three pages, then the process dies
        page = next(pages)
        stored += [m.provider_id for m in page.messages]
        cursor = page.cursor
    next(pages)  # fetched but never committed
    pages.close()
    assert cursor is not None and Cursor.load(cursor).full
    gets_before = len(raw_gets(fake))

    # New mail arrives and a not-yet-synced message is deleted before the restart.
    newer = fake.mailbox.add(subject="Interview invitation, new")
    fake.mailbox.delete(wanted[0])  # the oldest: not reached yet
    rest = sync(make_provider(fake, page_size=60), cursor)
    stored += fetched(rest)
    # known=empty: the cursor alone dedupes; the mail that came during the outage is read
    # from history at the end of the resumed listing, so this sync ends complete.
    assert sorted(stored) == sorted([*wanted[1:], newer])
    # after the restart, bodies were fetched only for what was handed over: the lost
    # page again and the rest, none of the committed ones
    again = raw_gets(fake)[gets_before:]
    assert sorted(again) == sorted(fetched(rest))
    assert not set(again) & set(stored[: len(stored) - len(fetched(rest))])
    after = sync(make_provider(fake), rest[-1].cursor)
    assert fetched(after) == []


def test_chat_transcripts_are_not_read_as_mail(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 3)
    box = fake.mailbox
    chat = box.add(subject="Interview chat", labels=["CHAT"])
    provider = make_provider(fake)
    first = sync(provider)
    assert chat not in fetched(first) and chat not in raw_gets(fake)
    later = box.add(subject="Offer chat", labels=["CHAT"])  # through history this time
    fake.calls.clear()
    pages = sync(provider, first[-1].cursor, known=set(wanted))
    assert fetched(pages) == [] and later not in raw_gets(fake)


def test_incremental_sync_new_mail_deletions_and_trash(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 12)
    provider = make_provider(fake)
    first = sync(provider)
    box = fake.mailbox
    new_job = box.add(subject="Offer letter")
    new_news = box.add(subject="Monthly newsletter")
    box.add(subject="Re: Offer letter", labels=["SENT"])
    box.delete(wanted[0])
    box.relabel(wanted[1], add=["TRASH"], remove=["INBOX"])
    box.relabel(wanted[2], remove=["INBOX"])  # archived: still watched, not deleted
    fake.calls.clear()

    pages = sync(provider, first[-1].cursor, known=set(wanted))
    assert fetched(pages) == [new_job]
    assert [s for p in pages for s in p.skipped] == [new_news]
    assert sorted(d for p in pages for d in p.deleted) == sorted(wanted[:2])
    assert fake.count("history.list") == 1
    assert raw_gets(fake) == [new_job]

    box.relabel(wanted[1], remove=["TRASH"], add=["INBOX"])  # restored from the trash
    again = sync(provider, pages[-1].cursor, known=set(wanted) - {wanted[1]})
    assert fetched(again) == [wanted[1]]


def test_idle_incremental_sync_is_one_history_call(fake: FakeGoogle) -> None:
    fill(fake, 5)
    provider = make_provider(fake)
    cursor = sync(provider)[-1].cursor
    fake.calls.clear()
    pages = sync(provider, cursor)
    assert [c.route for c in fake.api_calls()] == ["history.list"]
    assert sum(c.units for c in fake.api_calls()) == 2
    assert fake.count("token") == 0  # the access token is reused
    assert len(pages) == 1 and pages[0].messages == ()
    assert pages[0].cursor == cursor


def test_stale_history_raises_and_full_resync_has_no_duplicates(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 8)
    provider = make_provider(fake)
    first = sync(provider)
    fake.mailbox.expire_history()
    with pytest.raises(StaleCursorError):
        sync(provider, first[-1].cursor)
    again = sync(provider, None, known=set(fetched(first)))
    assert fetched(again) == []
    assert sorted(fetched(first)) == sorted(wanted)


def test_unreadable_cursor_is_stale() -> None:
    with pytest.raises(StaleCursorError):
        Cursor.load("not json")
    with pytest.raises(StaleCursorError):
        Cursor.load('{"v": 99, "history_id": "5"}')


def test_429_with_retry_after_is_honoured(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 6)
    fake.inject("messages.list", 429, retry_after="7")
    sleeps = Sleeps()
    pages = sync(make_provider(fake, sleeps=sleeps))
    assert sorted(fetched(pages)) == sorted(wanted)
    assert 7.0 in sleeps.waits
    assert fake.count("messages.list", status=429) == 1


def test_429_without_retry_after_backs_off_exponentially(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 3)
    fake.inject("profile", 429, times=2)
    sleeps = Sleeps()
    pages = sync(make_provider(fake, sleeps=sleeps))
    assert sorted(fetched(pages)) == sorted(wanted)
    assert sleeps.waits[:2] == [0.5, 1.0]  # base 1 s, jitter pinned to 0: half the ceiling


def test_403_user_rate_limit_on_a_whole_batch_is_retried(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 6)
    fake.inject("batch", 403, reason="userRateLimitExceeded", retry_after="3")
    sleeps = Sleeps()
    assert sorted(fetched(sync(make_provider(fake, sleeps=sleeps)))) == sorted(wanted)
    assert 3.0 in sleeps.waits


def test_403_other_reasons_are_not_retried(fake: FakeGoogle) -> None:
    fill(fake, 3)
    fake.inject("messages.list", 403, reason="insufficientPermissions")
    with pytest.raises(Exception, match="403"):
        sync(make_provider(fake))
    assert fake.count("messages.list") == 1


def test_failed_batch_parts_alone_are_retried(fake: FakeGoogle) -> None:
    wanted, unwanted = fill(fake, 60)
    victim = wanted[5]
    fake.inject("messages.get", 429, scope="part", only_id=victim, times=2, retry_after="4")
    fake.inject("messages.get", 503, scope="part", only_id=wanted[6], times=1)
    sleeps = Sleeps()
    pages = sync(make_provider(fake, sleeps=sleeps))
    assert sorted(fetched(pages)) == sorted(wanted)
    gets = [c for c in fake.calls if c.route == "messages.get"]
    # each message: one metadata get, wanted ones one raw get; plus 3 failed part attempts
    assert len(gets) == len(wanted) * 2 + len(unwanted) + 3
    assert [s for s in sleeps.waits if s == 4.0] == [4.0, 4.0]
    retried_batches = [n for n in fake.batch_sizes if n <= 2]
    assert retried_batches  # the retry batches held only the failed parts


def test_throttling_that_never_ends_raises_rate_limited(fake: FakeGoogle) -> None:
    fill(fake, 2)
    fake.inject("messages.list", 429, times=99, retry_after="9")
    with pytest.raises(RateLimitedError) as info:
        sync(make_provider(fake, attempts=3))
    assert info.value.retry_after == 9.0
    assert fake.count("messages.list") == 3


def test_server_errors_are_retried_then_reported(fake: FakeGoogle) -> None:
    fill(fake, 3)
    fake.inject("history.list", 500, times=1)
    provider = make_provider(fake)
    cursor = sync(provider)[-1].cursor
    fake.mailbox.add(subject="Interview invitation, late")
    assert len(fetched(sync(provider, cursor))) == 1
    fake.inject("history.list", 502, times=99)
    with pytest.raises(NetworkError):
        sync(provider, cursor)


@pytest.mark.slow
def test_timeouts_are_retried_then_become_network_error(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 3)
    fake.inject("profile", None, delay=0.6, times=1)
    assert sorted(fetched(sync(make_provider(fake, timeout=0.25)))) == sorted(wanted)
    fake.inject("profile", None, delay=0.6, times=2)
    with pytest.raises(NetworkError):
        sync(make_provider(fake, timeout=0.25, attempts=2))


def test_revoked_grant_is_auth_error_without_retries(fake: FakeGoogle) -> None:
    fill(fake, 3)
    provider = make_provider(fake)
    fake.revoke_all()
    with pytest.raises(AuthError):
        sync(provider)
    assert fake.count("token") == 1
    assert fake.api_calls() == []


def test_grant_revoked_mid_sync_stops_with_auth_error(fake: FakeGoogle) -> None:
    fill(fake, 120)
    provider = make_provider(fake)
    pages = provider.pages(SyncRequest(None, SINCE, job))
    next(pages)
    fake.revoke_all()  # the access token dies with the grant: 401, refresh, invalid_grant
    with pytest.raises(AuthError):
        list(pages)


def test_expired_access_token_is_refreshed_quietly(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 120)
    provider = make_provider(fake)
    pages = provider.pages(SyncRequest(None, SINCE, job))
    got = [m.provider_id for m in next(pages).messages]
    fake.expire_access_tokens()  # batch parts get 401: googleapiclient refreshes and redoes
    got += fetched(list(pages))
    assert sorted(got) == sorted(wanted)
    assert fake.count("token") == 2


def test_missing_token_is_auth_error(fake: FakeGoogle) -> None:
    from applytrack_desktop.providers.secrets import MemorySecrets

    with pytest.raises(AuthError):
        sync(make_provider(fake, MemorySecrets()))


def test_message_deleted_between_metadata_and_body_is_reported_gone(fake: FakeGoogle) -> None:
    wanted, _ = fill(fake, 4)
    victim = wanted[1]

    def wanted_and_delete(h: HeaderInfo) -> bool:
        if h.provider_id == victim:
            fake.mailbox.delete(victim)
        return job(h)

    provider = make_provider(fake)
    pages = list(provider.pages(SyncRequest(None, SINCE, wanted_and_delete)))
    assert sorted(fetched(pages)) == sorted(set(wanted) - {victim})
    assert victim in {d for p in pages for d in p.deleted}


def test_header_info_carries_list_headers(fake: FakeGoogle) -> None:
    fake.mailbox.add(
        subject="Jobs you may like",
        extra_headers=[("List-Id", "<alerts.jobs.example>"), ("Precedence", "bulk")],
    )
    seen: list[HeaderInfo] = []
    provider = make_provider(fake)
    list(provider.pages(SyncRequest(None, SINCE, lambda h: seen.append(h) or False)))
    assert seen[0].list_id == "<alerts.jobs.example>"
    assert seen[0].precedence == "bulk"
    assert seen[0].subject == "Jobs you may like"
    assert seen[0].date is not None
    assert provider.stats.bodies == 0 and provider.stats.metadata == 1


def test_pacing_keeps_a_small_quota_free_of_429s() -> None:
    from tests.fakes.google_mailbox import VirtualClock

    clock = VirtualClock()
    with FakeGoogle(quota_per_minute=600, clock=clock) as fake:
        wanted, _ = fill(fake, 100)
        pacing = Sleeps(clock.sleep)
        provider = make_provider(
            fake, sleeps=Sleeps(clock.sleep), sleep=pacing, clock=clock, quota_per_minute=600
        )
        try:
            assert sorted(fetched(sync(provider))) == sorted(wanted)
        finally:
            close_all()
        assert fake.quota.rejected == 0
        assert fake.count("batch", status=429) == 0
        assert sum(pacing.waits) > 60  # ~840 units at 600/min: it had to pace


def test_raw_is_base64url_decoded(fake: FakeGoogle) -> None:
    mid = fake.mailbox.add(subject="Interview ü", body="Bytes that need padding: ÿ" * 3)
    pages = sync(make_provider(fake))
    raw = pages[0].messages[0].raw
    assert raw == fake.mailbox.messages[mid].raw
    assert base64.urlsafe_b64encode(raw).rstrip(b"=")  # non-empty and round-trips


def test_quota_429s_without_retry_after_are_absorbed_by_backoff() -> None:
    """A client that does not pace (quota unknown to it) still ends with every message."""
    from tests.fakes.google_mailbox import VirtualClock

    clock = VirtualClock()
    with FakeGoogle(quota_per_minute=300, quota_retry_after=False, clock=clock) as fake:
        wanted, _ = fill(fake, 75)
        sleeps = Sleeps(clock.sleep)
        provider = make_provider(
            fake, sleeps=sleeps, attempts=12, clock=clock, quota_per_minute=1e9
        )
        try:
            assert sorted(fetched(sync(provider))) == sorted(wanted)
        finally:
            close_all()
        refused = [c for c in fake.calls if c.status == 429]
        assert refused  # the quota did bite ...
        assert all("Retry-After" not in c.reply_headers for c in refused)
        assert sleeps.waits and all(w <= 64 for w in sleeps.waits)  # ... and backoff waited


@pytest.mark.slow
def test_https_endpoints_trust_requests_ca_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The transport (API calls, batches, token refresh) honours REQUESTS_CA_BUNDLE."""
    from tests.fakes.tls import make_ca

    ca = make_ca(tmp_path_factory.mktemp("ca"))
    with FakeGoogle(tls=ca.server_context()) as fake:
        assert fake.root.startswith("https://127.0.0.1:")
        wanted, _ = fill(fake, 4)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca.ca_file))
        try:
            assert sorted(fetched(sync(make_provider(fake)))) == sorted(wanted)
            monkeypatch.delenv("REQUESTS_CA_BUNDLE")
            monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
            with pytest.raises(NetworkError, match="not trusted"):
                sync(make_provider(fake))
        finally:
            close_all()
