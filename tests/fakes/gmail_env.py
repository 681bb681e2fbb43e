"""Wiring a ``GmailProvider`` to a running ``FakeGoogle``: shared by tests and the benchmark.

The provider finds the fake through the APPLYTRACK_* endpoint settings (passed as
settings, so nothing leaks into ``os.environ``), reads its refresh token from a
``MemorySecrets`` as it would from the keyring, and gets a no-wait retry policy and
(optionally) a virtual clock, so throttling tests never sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from applytrack_desktop.providers.backoff import RetryPolicy
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
