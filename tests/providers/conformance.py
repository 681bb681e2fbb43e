"""The provider conformance suite: promises every ``MailProvider`` keeps (vdirsyncer style).

How to plug a provider in (Gmail and Outlook helpers: do this with your fake servers):
1. Write an env class with the ``ProviderEnv`` shape below: ``add_message(raw)`` puts a
   message in the mailbox (behind your fake server), ``delete_message(message_id)``
   removes the message with that Message-ID header, ``make_provider(page_size)`` returns
   a fresh provider talking to it, ``bodies_fetched(provider)`` returns how many full
   bodies that provider downloaded (``None`` when it cannot tell), and the flags
   ``supports_deletion`` / ``can_skip_body`` say which promises apply.
2. Add ``("gmail", make_gmail_env)`` to ``ENV_FACTORIES`` in ``test_conformance.py``: the
   factory receives the pytest ``request`` and may call ``request.getfixturevalue(...)``
   for your fake server fixture (so it starts only when needed, and skips cleanly). It
   may be called several times in one test (the state machine makes one env per example),
   so each call must give a fresh, empty mailbox.
Every test in ``ConformanceTests`` and the state machine in ``test_sync_state_machine.py``
then run against it.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Protocol

from applytrack_desktop.providers.base import HeaderInfo, MailProvider, Page, SyncRequest

SINCE = datetime.now(UTC) - timedelta(days=180)


def make_message(
    n: int, *, subject: str | None = None, sender: str = "jobs@hire.example.com"
) -> bytes:
    """A small, distinct RFC 5322 message; Message-ID ``<msg-{n}@test.example>``."""
    when = datetime(2026, 11, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=n)
    subject = subject or f"Your application #{n} at Acme"
    return (
        f"From: Acme Recruiting <{sender}>\r\n"
        f"To: me@example.test\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: <msg-{n}@test.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Thank you for applying. Reference {n}.\r\n"
    ).encode()


def message_id_of(raw: bytes) -> str:
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    return str(headers["Message-ID"]).strip()


class ProviderEnv(Protocol):
    name: str
    supports_deletion: bool
    can_skip_body: bool

    def add_message(self, raw: bytes) -> None: ...

    def delete_message(self, message_id: str) -> None: ...

    def make_provider(self, page_size: int = 100) -> MailProvider: ...

    def bodies_fetched(self, provider: MailProvider) -> int | None: ...


EnvFactory = Callable[..., ProviderEnv]


@dataclass
class SyncResult:
    pages: list[Page]
    bodies: int | None
    cursor: str | None

    @property
    def messages(self) -> list[tuple[str, str]]:
        """(provider_id, Message-ID) of every fetched message, in order."""
        return [(m.provider_id, message_id_of(m.raw)) for p in self.pages for m in p.messages]

    @property
    def deleted(self) -> list[str]:
        return [d for p in self.pages for d in p.deleted]

    @property
    def skipped(self) -> list[str]:
        return [s for p in self.pages for s in p.skipped]


def run_sync(
    env: ProviderEnv,
    cursor: str | None = None,
    *,
    page_size: int = 100,
    wanted: Callable[[HeaderInfo], bool] = lambda _h: True,
    known: Callable[[str], bool] = lambda _id: False,
) -> SyncResult:
    provider = env.make_provider(page_size)
    try:
        pages = list(provider.pages(SyncRequest(cursor, SINCE, wanted, known)))
    finally:
        provider.close()
    final = pages[-1].cursor if pages else cursor
    return SyncResult(pages, env.bodies_fetched(provider), final)


@dataclass
class Mirror:
    """What an engine would hold: provider id -> Message-ID, plus the committed cursor."""

    stored: dict[str, str] = field(default_factory=dict)
    cursor: str | None = None

    def commit(self, page: Page) -> None:
        for message in page.messages:
            assert message.provider_id not in self.stored, "a message came twice"
            mid = message_id_of(message.raw)
            assert mid not in self.stored.values(), "a message came twice under a new id"
            self.stored[message.provider_id] = mid
        for gone in page.deleted:
            self.stored.pop(gone, None)
        self.cursor = page.cursor


class ConformanceTests:
    """Subclass in a test module that provides a ``provider_env`` fixture."""

    def test_first_sync_returns_every_message_once(self, provider_env: ProviderEnv) -> None:
        for n in range(5):
            provider_env.add_message(make_message(n))
        result = run_sync(provider_env, page_size=2)
        ids = [mid for _pid, mid in result.messages]
        assert sorted(ids) == sorted(message_id_of(make_message(n)) for n in range(5))
        assert len({pid for pid, _mid in result.messages}) == 5
        assert result.pages[-1].done == 5

    def test_empty_mailbox_then_new_mail(self, provider_env: ProviderEnv) -> None:
        first = run_sync(provider_env)
        assert first.messages == []
        provider_env.add_message(make_message(1))
        second = run_sync(provider_env, first.cursor)
        assert [mid for _pid, mid in second.messages] == [message_id_of(make_message(1))]

    def test_unwanted_message_is_skipped(self, provider_env: ProviderEnv) -> None:
        provider_env.add_message(make_message(1, subject="Interview for Data Engineer"))
        provider_env.add_message(make_message(2, subject="Your weekly newsletter"))
        result = run_sync(provider_env, wanted=lambda h: "newsletter" not in h.subject)
        assert [mid for _pid, mid in result.messages] == [message_id_of(make_message(1))]
        assert len(result.skipped) == 1
        assert result.skipped[0] not in {pid for pid, _mid in result.messages}
        if provider_env.can_skip_body:
            assert result.bodies == 1
        again = run_sync(provider_env, result.cursor)
        assert again.messages == [] and again.skipped == []

    def test_resync_from_final_cursor_returns_nothing(self, provider_env: ProviderEnv) -> None:
        for n in range(3):
            provider_env.add_message(make_message(n))
        first = run_sync(provider_env)
        again = run_sync(provider_env, first.cursor)
        assert again.messages == []
        assert again.deleted == []

    def test_resume_from_every_page_loses_and_repeats_nothing(
        self, provider_env: ProviderEnv
    ) -> None:
        for n in range(7):
            provider_env.add_message(make_message(n))
        full = run_sync(provider_env, page_size=2)
        assert len(full.pages) >= 3
        everything = sorted(mid for _pid, mid in full.messages)
        for crash_after in range(len(full.pages)):
            mirror = Mirror()
            for page in full.pages[: crash_after + 1]:
                mirror.commit(page)
            rest = run_sync(provider_env, mirror.cursor, page_size=2)
            for page in rest.pages:
                mirror.commit(page)
            assert sorted(mirror.stored.values()) == everything

    def test_new_mail_after_a_sync_comes_next(self, provider_env: ProviderEnv) -> None:
        provider_env.add_message(make_message(1))
        first = run_sync(provider_env)
        provider_env.add_message(make_message(2))
        provider_env.add_message(make_message(3))
        second = run_sync(provider_env, first.cursor)
        got = sorted(mid for _pid, mid in second.messages)
        assert got == sorted(message_id_of(make_message(n)) for n in (2, 3))

    def test_deletions_are_reported(self, provider_env: ProviderEnv) -> None:
        for n in range(3):
            provider_env.add_message(make_message(n))
        first = run_sync(provider_env)
        by_mid = {mid: pid for pid, mid in first.messages}
        provider_env.delete_message(message_id_of(make_message(1)))
        second = run_sync(provider_env, first.cursor)
        assert second.messages == []
        if provider_env.supports_deletion:
            assert second.deleted == [by_mid[message_id_of(make_message(1))]]
        else:
            assert second.deleted == []

    def test_known_messages_are_not_fetched(self, provider_env: ProviderEnv) -> None:
        for n in range(4):
            provider_env.add_message(make_message(n))
        first = run_sync(provider_env)
        known = {pid for pid, mid in first.messages if mid != message_id_of(make_message(2))}
        again = run_sync(provider_env, None, known=known.__contains__)
        assert [mid for _pid, mid in again.messages] == [message_id_of(make_message(2))]
        if provider_env.can_skip_body:
            assert again.bodies == 1
