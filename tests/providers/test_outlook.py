"""The Outlook provider (real msal + requests) against the fake Graph over HTTPS.

One sign-in per module (msal's auth-code flow without the listener, see
``microsoft_env.signed_in_cache``; the browser path is tested in ``test_ms_auth.py``).
Each test gets a fresh mailbox, no faults and a copy of the signed-in token cache.
``Sink`` plays the sync engine: it stores each page's messages and cursor, remembers
skipped ids, applies deletions, and answers ``known``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.core.errors import (
    AuthError,
    NetworkError,
    RateLimitedError,
    StaleCursorError,
)
from applytrack_desktop.providers.backoff import RetryPolicy
from applytrack_desktop.providers.base import FetchedMessage, HeaderInfo, Page, SyncRequest
from applytrack_desktop.providers.ms_auth import CACHE_SECRET
from applytrack_desktop.providers.outlook import (
    OutlookProvider,
    account_settings,
    from_account_settings,
)
from applytrack_desktop.providers.secrets import MemorySecrets
from tests.fakes.microsoft_env import signed_in_cache
from tests.fakes.microsoft_mailbox import Mailbox
from tests.fakes.microsoft_server import FakeMicrosoft
from tests.fakes.tls import make_ca

NOW = datetime.now(UTC)
RECRUITER = "Acme Talent <talent@acme.example>"


@dataclass
class Sink:
    """A stand-in for the sync engine's store."""

    stored: dict[str, FetchedMessage] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    cursor: str | None = None
    fetched: list[str] = field(default_factory=list)  # every message handed over, in order
    deleted: list[str] = field(default_factory=list)

    def known(self, provider_id: str) -> bool:
        return provider_id in self.stored or provider_id in self.seen

    def apply(self, page: Page) -> None:
        for msg in page.messages:
            self.fetched.append(msg.provider_id)
            self.stored[msg.provider_id] = msg
        self.seen.update(page.skipped)
        for gone in page.deleted:
            self.deleted.append(gone)
            self.stored.pop(gone, None)
        self.cursor = page.cursor

    def request(self, since: datetime = NOW - timedelta(days=180)) -> SyncRequest:
        return SyncRequest(self.cursor, since, wanted=_wanted, known=self.known)

    def sync(self, provider: OutlookProvider, *, limit: int | None = None) -> list[Page]:
        """Run one sync; with ``limit``, stop (as a crash would) after that many pages."""
        pages = []
        for page in provider.pages(self.request()):
            self.apply(page)
            pages.append(page)
            if limit is not None and len(pages) >= limit:
                break
        return pages


def _wanted(header: HeaderInfo) -> bool:
    return "acme.example" in header.sender


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeMicrosoft, str]]:
    ca = make_ca(tmp_path_factory.mktemp("ca"))
    with FakeMicrosoft(ca=ca, lifetime=120) as fake, pytest.MonkeyPatch.context() as mp:
        for key, value in fake.env().items():
            mp.setenv(key, value)
        yield fake, signed_in_cache(fake)


@pytest.fixture
def ms(server: tuple[FakeMicrosoft, str], monkeypatch: pytest.MonkeyPatch) -> FakeMicrosoft:
    fake, _cache = server
    for key, value in fake.env().items():
        monkeypatch.setenv(key, value)
    with fake.lock:
        fake.mailbox = Mailbox(owner=fake.user.address)
        fake.faults.clear()
        fake.calls.clear()
        for grant in fake.grants.values():
            grant.revoked = False
    return fake


@dataclass
class Sleeps:
    waits: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def provider(
    ms: FakeMicrosoft, server: tuple[FakeMicrosoft, str], sleeps: Sleeps
) -> Iterator[OutlookProvider]:
    store = MemorySecrets()
    store.set(CACHE_SECRET, server[1])
    retry = RetryPolicy(attempts=4, base=0.5, sleep=sleeps, jitter=lambda: 0.0)
    outlook = OutlookProvider(ms.client_id, store, retry=retry, page_size=3)
    yield outlook
    outlook.close()


def _fill(box: Mailbox) -> tuple[str, str, list[str], list[str]]:
    """Inbox, Inbox/Jobs, Inbox/Jobs/Old; 9 recruiter mails, 4 others, 2 outside the window."""
    jobs = box.add_folder("Jobs")
    old = box.add_folder("Old", jobs)
    folders = [box.inbox_id, jobs, old]
    wanted = [
        box.add(RECRUITER, f"Your application {i}", received=NOW - timedelta(days=i), folder=f)
        for i, f in enumerate(folders * 3)
    ]
    others = [
        box.add(f"News <n{i}@news.example>", "Weekly digest", folder=folders[i % 3])
        for i in range(4)
    ]
    box.add(RECRUITER, "Ancient", received=NOW - timedelta(days=400))
    box.add(RECRUITER, "Ancient too", received=NOW - timedelta(days=300), folder=jobs)
    return jobs, old, wanted, others


def test_first_sync_fetches_each_wanted_message_once(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    jobs, _old, wanted, others = _fill(ms.mailbox)
    sink = Sink()
    pages = sink.sync(provider)
    assert sorted(sink.fetched) == sorted(wanted)  # each once, old ones outside the window
    assert sink.seen == set(others)
    assert {m.folder for m in sink.stored.values()} == {"Inbox", "Inbox/Jobs", "Inbox/Jobs/Old"}
    msg = sink.stored[wanted[1]]
    assert (
        msg.folder == "Inbox/Jobs"
        and msg.thread_id == ms.mailbox.messages[wanted[1]].conversation_id
    )
    assert b"Your application 1" in msg.raw
    # MIME only for wanted mail; every Graph call a GET with immutable ids and a page size.
    assert len(ms.routes("value")) == len(wanted)
    graph = ms.graph_calls()
    assert {c.method for c in graph} == {"GET"}
    assert all(
        'IdType="ImmutableId"' in c.prefer and "odata.maxpagesize=3" in c.prefer for c in graph
    )
    first_deltas = [c for c in ms.routes("delta") if "$filter" in c.query]
    assert len(first_deltas) == 3
    assert all(c.query["$filter"][0].startswith("receivedDateTime ge ") for c in first_deltas)
    selected = {f for c in first_deltas for f in c.query["$select"][0].split(",")}
    assert selected == {"subject", "from", "receivedDateTime", "conversationId"}
    assert pages[-1].done == len(wanted) + len(others)
    assert jobs in (pages[-1].cursor or "")


def test_crash_mid_first_sync_resumes_without_loss_or_duplicates(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    _jobs, _old, wanted, _others = _fill(ms.mailbox)
    sink = Sink()
    sink.sync(provider, limit=1)  # "killed" after the first committed page
    before = len(sink.fetched)
    assert 0 < before < len(wanted)
    ms.calls.clear()
    sink.sync(provider)
    assert sorted(sink.fetched) == sorted(wanted)
    assert len(ms.routes("value")) == len(wanted) - before  # nothing downloaded twice
    # The resumed sync started from the stored nextLink, not from the beginning.
    resumed = ms.routes("delta")[0]
    assert "$skiptoken" in resumed.query


def test_resumed_round_catches_up_with_changes_made_after_the_crash(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    _jobs, _old, wanted, _others = _fill(ms.mailbox)
    sink = Sink()
    sink.sync(provider, limit=1)
    (first,) = sink.fetched
    ms.mailbox.delete(first)  # while the app was down
    late = ms.mailbox.add(RECRUITER, "Offer letter")
    sink.sync(provider)
    assert sorted(sink.stored) == sorted([*(m for m in wanted if m != first), late])
    assert sink.deleted == [first]


def test_deletion_after_a_crashed_resync_is_not_hidden_by_the_stale_listing(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    box = ms.mailbox
    _jobs, _old, wanted, _others = _fill(box)
    sink = Sink()
    sink.sync(provider)
    box.expire_delta_tokens()
    box.add(RECRUITER, "Assessment link")  # newest: the resync's first Inbox page
    with pytest.raises(StaleCursorError):
        sink.sync(provider)
    sink.cursor = None
    sink.sync(provider, limit=1)  # the resync crashes with the Inbox round half done
    victim = wanted[-3]  # an older Inbox message, on a later page of that round
    assert box.messages[victim].folder_id == box.inbox_id
    box.delete(victim)
    sink.sync(provider)  # the resumed round still lists it; the catch-up round removes it
    assert victim in sink.deleted and victim not in sink.stored


def test_incremental_sync_new_moved_and_deleted(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    box = ms.mailbox
    jobs, old, wanted, _others = _fill(box)
    sink = Sink()
    sink.sync(provider)
    in_inbox = [m for m in wanted if box.messages[m].folder_id == box.inbox_id]
    box.move(in_inbox[0], jobs)  # within the watched folders: same id, kept
    box.move(in_inbox[1], box.archive_id)  # out of the watched folders: gone
    box.delete(wanted[1])  # deleted in Inbox/Jobs
    box.touch(wanted[2])  # changed (read flag): reported again, not fetched again
    new = box.add(RECRUITER, "Interview invitation", folder=old)
    ms.calls.clear()
    pages = sink.sync(provider)
    assert sink.fetched.count(new) == 1
    assert len(sink.fetched) == len(wanted) + 1  # nothing else fetched twice
    assert sorted(sink.deleted) == sorted([in_inbox[1], wanted[1]])
    assert in_inbox[0] in sink.stored
    assert len(ms.routes("value")) == 1
    assert pages[-1].deleted and not pages[-1].messages


def test_a_move_during_a_sync_is_not_taken_for_a_deletion(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    box = ms.mailbox
    jobs, _old, wanted, _others = _fill(box)
    sink = Sink()
    sink.sync(provider)
    victim = next(m for m in wanted if box.messages[m].folder_id == box.inbox_id)
    box.add(RECRUITER, "Phone screen")  # so the next sync yields a page after the Inbox
    pages = provider.pages(sink.request())
    sink.apply(next(pages))  # the Inbox is done; Jobs is next
    box.move(victim, jobs)  # filed right now: Jobs will list it, the Inbox already did not
    for page in pages:
        sink.apply(page)
    ms.calls.clear()
    sink.sync(provider)  # now the Inbox reports it removed, and Jobs has nothing new
    assert victim in sink.stored and victim not in sink.deleted
    assert len(ms.routes("message")) == 1  # one GET asked where it went


def test_idle_incremental_sync_is_cheap(ms: FakeMicrosoft, provider: OutlookProvider) -> None:
    _fill(ms.mailbox)
    sink = Sink()
    sink.sync(provider)
    ms.calls.clear()
    pages = sink.sync(provider)
    assert [p.messages for p in pages] == [()]
    # The Inbox, one child listing per folder with children, one delta per folder.
    assert [c.route for c in ms.calls] == ["folder", "childFolders", "childFolders"] + ["delta"] * 3


def test_stale_delta_token_raises_stale_cursor(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    _fill(ms.mailbox)
    sink = Sink()
    sink.sync(provider)
    ms.mailbox.expire_delta_tokens()
    with pytest.raises(StaleCursorError):
        sink.sync(provider)
    # The engine's answer: a full resync from cursor None, with no duplicates.
    before = len(sink.fetched)
    sink.cursor = None
    sink.sync(provider)
    assert len(sink.fetched) == before


def test_unreadable_cursor_is_stale(provider: OutlookProvider) -> None:
    with pytest.raises(StaleCursorError):
        list(provider.pages(SyncRequest("{not json", NOW)))


def test_throttling_honours_retry_after(
    ms: FakeMicrosoft, provider: OutlookProvider, sleeps: Sleeps
) -> None:
    _jobs, _old, wanted, _others = _fill(ms.mailbox)
    ms.inject("delta", 429, retry_after="7")
    ms.inject("value", 429)  # no Retry-After: our own backoff
    ms.inject("value", 503, retry_after="2")
    sink = Sink()
    sink.sync(provider)
    assert sorted(sink.fetched) == sorted(wanted)
    # Retry-After when given; else base 0.5 without jitter: half of the first step.
    assert sorted(sleeps.waits) == [0.25, 2.0, 7.0]


def test_persistent_throttling_raises_rate_limited_with_hint(
    ms: FakeMicrosoft, provider: OutlookProvider, sleeps: Sleeps
) -> None:
    _fill(ms.mailbox)
    ms.inject("delta", 429, retry_after="30", times=10)
    with pytest.raises(RateLimitedError) as info:
        Sink().sync(provider)
    assert info.value.retry_after == 30.0
    assert sleeps.waits == [30.0] * 3  # four attempts, then the engine takes over


def test_timeouts_and_server_errors_are_retried_then_reported(
    ms: FakeMicrosoft, server: tuple[FakeMicrosoft, str], sleeps: Sleeps
) -> None:
    _jobs, _old, wanted, _others = _fill(ms.mailbox)
    store = MemorySecrets()
    store.set(CACHE_SECRET, server[1])
    retry = RetryPolicy(attempts=3, base=0.5, sleep=sleeps, jitter=lambda: 0.0)
    outlook = OutlookProvider(ms.client_id, store, retry=retry, timeout=0.3, workers=1)
    try:
        ms.inject("delta", None, delay=1.0)  # stalls past the client's timeout once
        ms.inject("value", 500)
        sink = Sink()
        sink.sync(outlook)
        assert sorted(sink.fetched) == sorted(wanted)
        assert sleeps.waits == [0.25, 0.25]
        ms.inject("folder", 500, times=3)
        with pytest.raises(NetworkError):
            sink.sync(outlook)
    finally:
        outlook.close()


def test_expired_access_token_is_refreshed_once(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    _jobs, _old, wanted, _others = _fill(ms.mailbox)
    ms.expire_access_tokens()
    sink = Sink()
    sink.sync(provider)
    assert sorted(sink.fetched) == sorted(wanted)
    assert [c.status for c in ms.routes("token")] == [200]


def test_revoked_grant_stops_sync_with_auth_error(
    ms: FakeMicrosoft, provider: OutlookProvider
) -> None:
    _fill(ms.mailbox)
    ms.expire_access_tokens()
    ms.revoke_all()
    with pytest.raises(AuthError):
        Sink().sync(provider)
    assert not ms.routes("delta", "value")


def test_address_comes_from_the_id_token(ms: FakeMicrosoft, provider: OutlookProvider) -> None:
    assert provider.address() == ms.user.address
    assert not ms.graph_calls()  # no Graph /me (that would need User.Read)


def test_endpoints_can_come_from_settings_instead_of_env(
    ms: FakeMicrosoft, server: tuple[FakeMicrosoft, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = ms.mailbox.add(RECRUITER, "Thanks for applying")
    settings = {k: v for k, v in ms.env().items() if k.startswith("APPLYTRACK_")}
    for key in settings:
        monkeypatch.delenv(key)
    store = MemorySecrets()
    store.set(CACHE_SECRET, server[1])
    outlook = OutlookProvider(ms.client_id, store, settings=settings)
    try:
        sink = Sink()
        sink.sync(outlook)
    finally:
        outlook.close()
    assert sink.fetched == [wanted]


def test_provider_from_stored_account_settings(
    ms: FakeMicrosoft, server: tuple[FakeMicrosoft, str]
) -> None:
    store = MemorySecrets()
    store.set(CACHE_SECRET, server[1])
    outlook = from_account_settings(account_settings(ms.client_id, "common"), store)
    try:
        assert outlook.address() == ms.user.address
        assert outlook.auth.client_id == ms.client_id
    finally:
        outlook.close()
    with pytest.raises(AuthError):
        from_account_settings({}, store)
