"""An id list with paged, cached row fetching: what makes 10,000 applications cheap to show.

The item models hold only the ordered ids of what matches (one indexed query), and fetch the
rows a view actually paints a page at a time through ``Service.get_applications``. A small
LRU of pages keeps scrolling back and forth free; edits replace single cached rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import Application

PAGE_SIZE = 100
MAX_PAGES = 20


@dataclass(frozen=True, slots=True)
class Query:
    """What the user asked to see; the views share one and each model adds its own status."""

    status: Status | None = None
    company: str | None = None
    text: str | None = None
    sort: str = "updated_at"
    descending: bool = True
    # Only applications updated in the last N days (None: any time); the table's date
    # filter. Days, not a datetime, so a reload an hour later still means "the last N days".
    updated_within_days: int | None = None


class Pager:
    """Ordered ids plus an LRU cache of fetched pages of ``Application`` rows."""

    def __init__(
        self,
        fetch_ids: Callable[[], Sequence[int]],
        fetch_rows: Callable[[Sequence[int]], Sequence[Application]],
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Application]] = OrderedDict()
        self.fetches = 0  # how many page fetches ran (benchmarks and tests read it)

    def reload(self) -> None:
        """Re-run the id query and forget every cached row."""
        self._ids = list(self._fetch_ids())
        self._pages.clear()

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, app_id: int) -> int:
        """The row of ``app_id``, or -1 when it is not in the current result."""
        try:
            return self._ids.index(app_id)
        except ValueError:
            return -1

    def row(self, row: int) -> Application | None:
        """The application at ``row``, fetching its page when it is not cached."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self._page_size
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def _load_page(self, page: int) -> dict[int, Application]:
        start = page * self._page_size
        wanted = self._ids[start : start + self._page_size]
        fetched = {app.id: app for app in self._fetch_rows(wanted)}
        self.fetches += 1
        self._pages[page] = fetched
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return fetched

    def replace(self, app: Application) -> int:
        """Swap in a fresh copy of an edited row; returns its row or -1 if not shown."""
        row = self.row_of(app.id)
        if row >= 0:
            page = self._pages.get(row // self._page_size)
            if page is not None:
                page[app.id] = app
        return row
