"""Calendar arithmetic the date readers share: the year of a day written without one, and
working days."""

from __future__ import annotations

from datetime import UTC, datetime

from applytrack_desktop.intel.date_math import add_working_days, infer_year

DEC = datetime(2025, 12, 20, 9, 0, tzinfo=UTC)


def test_a_day_without_a_year_is_the_next_one_to_come() -> None:
    assert infer_year(1, 8, DEC) == 2026  # "8 January" written in late December
    assert infer_year(12, 22, DEC) == 2025
    assert infer_year(11, 30, DEC) == 2025  # weeks past: a reference to a day gone by
    assert infer_year(2, 30, DEC) == 2025  # no such day: the mail's own year


def test_working_days_skip_the_weekend() -> None:
    friday = datetime(2026, 1, 9, 17, 0, tzinfo=UTC)
    assert add_working_days(friday, 1) == datetime(2026, 1, 12, 17, 0, tzinfo=UTC)
    assert add_working_days(friday, 5) == datetime(2026, 1, 16, 17, 0, tzinfo=UTC)
    assert add_working_days(friday, 0) == friday
