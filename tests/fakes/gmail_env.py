"""Wiring a ``GmailProvider`` to a running ``FakeGoogle``: shared by tests and the benchmark.

The provider finds the fake through the APPLYTRACK_* endpoint settings (passed as
settings, so nothing leaks into ``os.environ``), reads its refresh token from a
``MemorySecrets`` as it would from the keyring, and gets a no-wait retry policy and
(optionally) a virtual clock, so throttling tests never sleep.
"""

from __future__ import annotations

import email.policy
from collections.abc import Callable
from email.parser import BytesHeaderParser
from typing import Any

import pytest

from applytrack_desktop.providers.backoff import RetryPolicy
from applytrack_desktop.providers.base import MailProvider
from applytrack_desktop.providers.gmail import GmailProvider
from applytrack_desktop.providers.google_auth import store_token
from applytrack_desktop.providers.secrets import MemorySecrets
from tests.fakes.google_server import FakeGoogle


class Sleeps:
    """A ``sleep`` that records instead of waiting (and can drive a virtual clock)."""

    def __init__(self, advance: Callable[[float], None] | None = None) -> None:
        self.waits: list[float] = []
        self._advance = advance

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self._advance is not None:
            self._advance(seconds)


def connected_secrets(fake: FakeGoogle) -> MemorySecrets:
    """Secrets holding a refresh token the fake accepts, as after ``connect_gmail``."""
    secrets = MemorySecrets()
    store_token(
        secrets, fake.mailbox.address, fake.grant_token(), fake.client_id, fake.client_secret
    )
    return secrets


_open: list[GmailProvider] = []


def make_provider(
    fake: FakeGoogle,
    secrets: MemorySecrets | None = None,
    *,
    sleeps: Sleeps | None = None,
    attempts: int = 4,
    **options: Any,
) -> GmailProvider:
    """A provider on ``fake``; retry waits go to ``sleeps``, quota pacing to ``sleep=``."""
    retry = RetryPolicy(attempts=attempts, sleep=sleeps or Sleeps(), jitter=lambda: 0.0)
    options.setdefault("sleep", Sleeps())
    provider = GmailProvider(
        fake.mailbox.address,
        secrets or connected_secrets(fake),
        settings=fake.env(),
        retry=retry,
        **options,
    )
    _open.append(provider)
    return provider


def close_all() -> None:
    """Close every provider made here (their keep-alive sockets), e.g. at fixture teardown."""
    while _open:
        _open.pop().close()


class GmailConformanceEnv:
    """The conformance suite's view of a fake Gmail mailbox (see tests/providers/conformance.py)."""

    name = "gmail"
    supports_deletion = True
    can_skip_body = True

    def __init__(self, fake: FakeGoogle) -> None:
        self.fake = fake
        self.secrets = connected_secrets(fake)
        self.ids: dict[str, str] = {}  # Message-ID header -> Gmail id

    def add_message(self, raw: bytes) -> None:
        parsed = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        self.ids[str(parsed["Message-ID"]).strip()] = self.fake.mailbox.add_raw(raw)

    def delete_message(self, message_id: str) -> None:
        self.fake.mailbox.delete(self.ids.pop(message_id))

    def make_provider(self, page_size: int = 100) -> GmailProvider:
        return make_provider(self.fake, self.secrets, page_size=page_size)

    def bodies_fetched(self, provider: MailProvider) -> int | None:
        assert isinstance(provider, GmailProvider)
        return provider.stats.bodies


def gmail_env(request: pytest.FixtureRequest) -> GmailConformanceEnv:
    """``ENV_FACTORIES`` entry: a fresh fake Google per env, stopped at test teardown."""
    fake = FakeGoogle().start()
    request.addfinalizer(fake.stop)
    request.addfinalizer(close_all)
    return GmailConformanceEnv(fake)
