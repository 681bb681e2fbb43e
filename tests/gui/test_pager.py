"""The id pager: rows fetched a page at a time, cached, and replaced after edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application
from applytrack_desktop.gui.pager import Pager

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _app(i: int) -> Application:
    return Application(i, f"Company {i}", "Engineer", Status.APPLIED, T0, T0)


class Rows:
    """A list of applications and a record of which ids each page fetch asked for."""

    def __init__(self, count: int) -> None:
        self.apps = {i: _app(i) for i in range(1, count + 1)}
        self.requests: list[list[int]] = []

    def ids(self) -> list[int]:
        return sorted(self.apps, reverse=True)

    def fetch(self, ids: Sequence[int]) -> list[Application]:
        self.requests.append(list(ids))
        return [self.apps[i] for i in ids if i in self.apps]


def test_rows_come_in_pages_and_are_cached() -> None:
    rows = Rows(250)
    pager = Pager(rows.ids, rows.fetch, page_size=100)
    pager.reload()
    assert len(pager) == 250
    first = pager.row(0)
    assert first is not None
    assert first.id == 250
    assert pager.row(99) is not None
    assert len(rows.requests) == 1
    assert rows.requests[0] == list(range(250, 150, -1))
    last = pager.row(249)
    assert last is not None
    assert last.id == 1
    assert len(rows.requests) == 2
    assert pager.row(250) is None
    assert pager.row(-1) is None


def test_old_pages_are_evicted() -> None:
    rows = Rows(500)
    pager = Pager(rows.ids, rows.fetch, page_size=100, max_pages=2)
    pager.reload()
    for row in (0, 100, 200):
        pager.row(row)
    assert len(rows.requests) == 3
    pager.row(0)  # evicted by the third page: fetched again
    assert len(rows.requests) == 4
    pager.row(200)  # still cached
    assert len(rows.requests) == 4


def test_replace_swaps_a_cached_row() -> None:
    rows = Rows(10)
    pager = Pager(rows.ids, rows.fetch)
    pager.reload()
    assert pager.row(0) is not None
    edited = replace(rows.apps[10], company="Renamed")
    assert pager.replace(edited) == 0
    row = pager.row(0)
    assert row is not None
    assert row.company == "Renamed"
    assert pager.replace(replace(edited, id=999)) == -1
    assert pager.row_of(3) == 7


def test_reload_forgets_rows() -> None:
    rows = Rows(3)
    pager = Pager(rows.ids, rows.fetch)
    pager.reload()
    pager.row(0)
    del rows.apps[3]
    pager.reload()
    assert len(pager) == 2
    row = pager.row(0)
    assert row is not None
    assert row.id == 2
