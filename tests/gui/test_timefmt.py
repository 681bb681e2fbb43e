"""Relative and short times shown on cards and in lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.gui import timefmt

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(seconds=5), "just now"),
        (timedelta(minutes=5), "5m ago"),
        (timedelta(minutes=59, seconds=59), "59m ago"),
        (timedelta(hours=2), "2h ago"),
        (timedelta(hours=23, minutes=59), "23h ago"),
        (timedelta(days=3), "3d ago"),
    ],
)
def test_ago_recent(delta: timedelta, expected: str) -> None:
    assert timefmt.ago(NOW - delta, NOW) == expected


def test_ago_falls_back_to_a_date_after_a_week() -> None:
    old = NOW - timedelta(days=30)
    assert timefmt.ago(old, NOW) == timefmt.short_date(old, NOW)
    assert "ago" not in timefmt.ago(old, NOW)


def test_naive_times_are_utc() -> None:
    naive = (NOW - timedelta(hours=2)).replace(tzinfo=None)
    assert timefmt.ago(naive, NOW) == "2h ago"


def test_short_date_names_the_year_only_when_it_differs() -> None:
    this_year = datetime(2026, 3, 4, 12, tzinfo=UTC)
    last_year = datetime(2025, 3, 4, 12, tzinfo=UTC)
    assert "2026" not in timefmt.short_date(this_year, NOW)
    assert timefmt.short_date(last_year, NOW).endswith(", 2025")


def test_when_names_today_and_tomorrow() -> None:
    local_now = NOW.astimezone()
    today = local_now.replace(hour=23, minute=30) if local_now.hour < 23 else local_now
    assert timefmt.when(today, NOW).startswith("Today ")
    assert timefmt.when(local_now + timedelta(days=1), NOW).startswith("Tomorrow ")
    assert timefmt.when(local_now + timedelta(days=40), NOW) == timefmt.short_date(
        local_now + timedelta(days=40), NOW
    )


def test_clock_times_have_two_digit_hours() -> None:
    local_now = NOW.astimezone()
    morning = (local_now + timedelta(days=1)).replace(hour=9, minute=5)
    assert timefmt.when(morning, NOW).endswith(" 09:05")
    assert timefmt.full(morning).endswith(", 09:05")


def test_only_today_or_later_is_upcoming() -> None:
    local_now = NOW.astimezone()
    assert timefmt.upcoming(local_now + timedelta(days=3), NOW)
    assert timefmt.upcoming(local_now.replace(hour=0, minute=1), NOW)
    assert not timefmt.upcoming(local_now - timedelta(days=1), NOW)
