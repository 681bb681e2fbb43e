"""The Table view's date filter, driven with keys like a user: "updated in the last N days"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from applytrack_desktop.gui.table_view import DATE_RANGES, TablePage
from applytrack_desktop.store import applications as apps_q


def _aged(service: Any, ages: dict[str, int]) -> None:
    """Applications last updated ``days`` ago, one per company."""
    now = datetime.now(UTC)

    def run(conn: sqlcipher3.Connection) -> None:
        for company, days in ages.items():
            stamp = now - timedelta(days=days, hours=1)
            apps_q.insert(conn, company=company, job_title="Engineer", updated_at=stamp)

    service.store.write(run)


def _companies(page: TablePage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_date_filter_keeps_recent_applications(qtbot: Any, service: Any) -> None:
    _aged(service, {"Fresh": 1, "Recent": 20, "Older": 60, "Ancient": 400})
    page = TablePage(service)
    qtbot.addWidget(page)
    page.show()
    assert DATE_RANGES[0] == ("Any time", None)
    assert page.date_filter.currentText() == "Any time"
    assert page.model.rowCount() == 4

    page.date_filter.setFocus()
    QTest.keyClick(page.date_filter, Qt.Key.Key_Down)  # the next choice: the last 7 days
    assert page.date_filter.currentData() == 7
    assert _companies(page) == ["Fresh"]
    assert page.summary.text() == "1 shown"
    QTest.keyClick(page.date_filter, Qt.Key.Key_Down)
    assert sorted(_companies(page)) == ["Fresh", "Recent"]
    QTest.keyClick(page.date_filter, Qt.Key.Key_Down)
    assert sorted(_companies(page)) == ["Fresh", "Older", "Recent"]
    assert page.current_query().updated_within_days == 90

    # It combines with the company filter and the header search.
    QTest.keyClicks(page.company_filter, "anc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisible()
    page.date_filter.setCurrentIndex(0)
    assert _companies(page) == ["Ancient"]
    page.company_filter.clear()
    page.set_search("Recent")
    page.date_filter.setCurrentIndex(page.date_filter.findData(7))
    assert page.model.rowCount() == 0
    page.date_filter.setCurrentIndex(page.date_filter.findData(30))
    assert _companies(page) == ["Recent"]
