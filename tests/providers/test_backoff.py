"""Backoff honours Retry-After, gives up with our errors, and the bucket paces exactly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.core.errors import NetworkError, RateLimitedError
from applytrack_desktop.providers.backoff import (
    Retryable,
    RetryPolicy,
    TokenBucket,
    parse_retry_after,
)


class Flaky:
    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


class ThrottledError(Exception):
    def __init__(self, retry_after: float | None) -> None:
        self.retry_after = retry_after


def classify(exc: BaseException) -> Retryable | None:
    if isinstance(exc, ThrottledError):
        return Retryable("rate", exc.retry_after)
    if isinstance(exc, TimeoutError):
        return Retryable("network")
    return None


def test_retry_after_is_honoured_then_success() -> None:
    waits: list[float] = []
    policy = RetryPolicy(sleep=waits.append, jitter=lambda: 0.0)
    call = Flaky([ThrottledError(7.0), ThrottledError(None)])
    assert policy.run(call, classify) == "ok"
    assert call.calls == 3
    assert waits == [7.0, 1.0]  # the hint, then exponential (base*2**1 / 2 with no jitter)


def test_spent_retries_raise_rate_limited_with_hint() -> None:
    policy = RetryPolicy(attempts=3, sleep=lambda _s: None)
    call = Flaky([ThrottledError(2.0)] * 5)
    with pytest.raises(RateLimitedError) as info:
        policy.run(call, classify)
    assert info.value.retry_after == 2.0
    assert call.calls == 3


def test_too_long_hint_is_not_waited_out() -> None:
    waits: list[float] = []
    policy = RetryPolicy(max_retry_after=60, sleep=waits.append)
    with pytest.raises(RateLimitedError):
        policy.run(Flaky([ThrottledError(3600.0)]), classify)
    assert waits == []


def test_network_errors_become_network_error_and_others_pass() -> None:
    policy = RetryPolicy(attempts=2, sleep=lambda _s: None)
    with pytest.raises(NetworkError):
        policy.run(Flaky([TimeoutError(), TimeoutError()]), classify)
    with pytest.raises(ValueError, match="bug"):
        policy.run(Flaky([ValueError("bug")]), classify)


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:10 GMT", now=now) == 10.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None


def test_bucket_paces_to_rate_without_extra_waits() -> None:
    now = [0.0]

    def sleep(s: float) -> None:
        now[0] += s

    bucket = TokenBucket(rate=100.0, capacity=50.0, initial=0.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(40):
        bucket.take(25)
    # 1000 units at 100/s from an empty bucket: exactly 10 s, no more.
    assert now[0] == pytest.approx(10.0)
    assert bucket.waited == pytest.approx(10.0)
