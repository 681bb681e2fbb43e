"""Retry with backoff that honours ``Retry-After``, and a token bucket to pace quota use.

Both Gmail and Microsoft Graph throttle with 429 (Gmail also with 403 rate-limit reasons)
and sometimes say how long to wait. The client libraries' own retries ignore that hint
(googleapiclient's ``num_retries``), so providers retry here instead. Sleeping and the
clock are injectable so tests and benchmarks never wait for real.

After the attempts are spent, a throttled call raises ``RateLimitedError`` (carrying the
server's hint) and anything else ``NetworkError``: the sync engine then retries the account
later. Errors the ``classify`` function does not recognise (auth, bugs) pass through at once.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, TypeVar

from applytrack_desktop.core.errors import NetworkError, RateLimitedError

T = TypeVar("T")
Kind = Literal["rate", "server", "network"]


@dataclass(frozen=True, slots=True)
class Retryable:
    """What ``classify`` says about a failure worth retrying."""

    kind: Kind
    retry_after: float | None = None  # seconds, from the server


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date. None if absent/bad."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter; a server's ``Retry-After`` takes precedence."""

    attempts: int = 6  # total tries, the first included
    base: float = 1.0  # seconds before the second try (before jitter)
    cap: float = 64.0  # longest computed wait
    max_retry_after: float = 300.0  # a longer hint is not waited out: give up and report it
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = field(default=random.random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Wait before try number ``attempt + 1`` (``attempt`` counts from 1)."""
        if retry_after is not None:
            return retry_after
        ceiling = min(self.cap, self.base * (2 ** (attempt - 1)))
        # Half fixed, half random: spreads clients out without ever retrying immediately.
        return ceiling / 2 + self.jitter() * ceiling / 2

    def run(
        self,
        call: Callable[[], T],
        classify: Callable[[BaseException], Retryable | None],
        *,
        what: str = "the request",
    ) -> T:
        """Run ``call``; retry failures ``classify`` marks retryable; raise ours when spent."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return call()
            except Exception as exc:
                verdict = classify(exc)
                if verdict is None:
                    raise
                too_long = (
                    verdict.retry_after is not None and verdict.retry_after > self.max_retry_after
                )
                if attempt >= self.attempts or too_long:
                    raise exhausted(verdict, what) from exc
                self.sleep(self.delay(attempt, verdict.retry_after))


def exhausted(verdict: Retryable, what: str) -> Exception:
    """The error to raise once retries are spent (no server detail: it may carry content)."""
    if verdict.kind == "rate":
        return RateLimitedError(
            f"The mail provider is throttling {what}; sync will try again later.",
            retry_after=verdict.retry_after,
        )
    if verdict.kind == "server":
        return NetworkError(f"The mail provider kept failing {what}; sync will try again later.")
    return NetworkError(f"Could not reach the mail provider for {what}; check the connection.")


class TokenBucket:
    """Paces spending of a per-minute quota: ``take(n)`` waits only as long as needed.

    ``rate`` is units per second and ``capacity`` the burst allowed. Starting full would
    let a fresh sync burst ``capacity`` units on top of the steady rate, which is exactly
    what trips a server's sliding-window quota; ``initial`` sets the starting fill.
    """

    def __init__(
        self,
        rate: float,
        capacity: float,
        *,
        initial: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = rate
        self.capacity = capacity
        self._tokens = capacity if initial is None else min(initial, capacity)
        self._clock = clock
        self._sleep = sleep
        self._last = clock()
        self._lock = threading.Lock()
        self.waited = 0.0  # total seconds spent waiting, for benchmarks

    @classmethod
    def per_minute(
        cls,
        units: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        burst_seconds: float = 5.0,
    ) -> TokenBucket:
        rate = units / 60.0
        return cls(rate, rate * burst_seconds, initial=0.0, clock=clock, sleep=sleep)

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def take(self, units: float) -> None:
        """Spend ``units``, waiting first when the bucket is short (never beyond the need)."""
        units = min(units, self.capacity)  # a single oversized request must still go through
        with self._lock:
            self._refill()
            short = units - self._tokens
            if short > 0:
                wait = short / self.rate
                self._sleep(wait)
                self.waited += wait
                self._refill()
            self._tokens -= units

    def penalize(self) -> None:
        """After a throttle answer, empty the bucket so the pace restarts from zero."""
        with self._lock:
            self._refill()
            self._tokens = min(self._tokens, 0.0)
