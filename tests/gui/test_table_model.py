"""The lazy table model over a real encrypted store: Qt's model checks, sorting, filters."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from applytrack_desktop.core.enums import Status
from applytrack_desktop.gui.pager import Query
from applytrack_desktop.gui.table_model import (
    COLUMNS,
    ApplicationIdRole,
    ApplicationRole,
    ApplicationTableModel,
)

COMPANIES = ("Zeta Labs", "Acme Corp", "Mango Health", "Borealis", "Acme Robotics")


@pytest.fixture
def filled(service: Any) -> Any:
    for i, company in enumerate(COMPANIES):
        app = service.create_application(company, f"Engineer {i}", location="Berlin")
        if i % 2:
            service.set_status(app.id, Status.INTERVIEWING)
    return service


def _column(model: ApplicationTableModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtbot: Any, filled: Any) -> None:
    model = ApplicationTableModel(filled)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == len(COMPANIES)
    assert model.columnCount() == len(COLUMNS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_query(Query(status=Status.INTERVIEWING))
    model.set_query(Query())
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(99, 0).data() is None


def test_sorting_requery_follows_the_store(filled: Any) -> None:
    model = ApplicationTableModel(filled)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    ascending = _column(model, 0)
    assert ascending == sorted(COMPANIES, key=str.lower)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(model, 0) == list(reversed(ascending))
    ids = [model.index(r, 0).data(ApplicationIdRole) for r in range(model.rowCount())]
    assert ids == filled.application_ids(sort="company", descending=True)


def test_sort_keeps_the_selected_application(filled: Any) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = ApplicationTableModel(filled)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(0, 1))
    app_id = kept.data(ApplicationIdRole)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.isValid()
    assert kept.row() == model.rowCount() - 1
    assert kept.data(ApplicationIdRole) == app_id


def test_filters_by_status_company_and_text(filled: Any) -> None:
    model = ApplicationTableModel(filled)
    model.set_query(Query(status=Status.INTERVIEWING))
    assert model.rowCount() == 2
    assert set(_column(model, 2)) == {"Interviewing"}
    model.set_query(Query(company="Acme"))
    assert sorted(_column(model, 0)) == ["Acme Corp", "Acme Robotics"]
    model.set_query(Query(text="Mango"))
    assert _column(model, 0) == ["Mango Health"]
    model.set_query(Query(text="nothing like this"))
    assert model.rowCount() == 0


def test_rows_carry_the_application_and_its_status_colour(filled: Any) -> None:
    model = ApplicationTableModel(filled)
    index = model.index(0, 2)
    app = index.data(ApplicationRole)
    assert app.id == index.data(ApplicationIdRole)
    assert index.data() == app.status.value
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Company"
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_refresh_application_updates_one_row(qtbot: Any, filled: Any) -> None:
    model = ApplicationTableModel(filled)
    app = model.application_at(0)
    assert app is not None
    edited = filled.update_application(app.id, company="Renamed GmbH")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_application(edited)
    assert blocker.args[0].row() == 0
    assert model.index(0, 0).data() == "Renamed GmbH"


def test_rows_are_fetched_in_pages(service: Any) -> None:
    for i in range(250):
        service.create_application(f"Company {i:03}", "Analyst")
    model = ApplicationTableModel(service)
    assert model.rowCount() == 250
    assert model.pager.fetches == 0  # nothing fetched until a row is read
    model.index(0, 0).data()
    model.index(50, 0).data()
    assert model.pager.fetches == 1
    model.index(249, 0).data()
    assert model.pager.fetches == 2


def test_qt_binding_keeps_none_alive(filled: Any) -> None:
    """PySide6 6.12.0 dropped a reference to None per ``data()`` call returning None; on
    Python 3.11 that aborts the app after a few thousand paints (pinned away in
    constraints.txt). Guard against a binding with that bug coming back."""
    import sys

    model = ApplicationTableModel(filled)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert index.data(Qt.ItemDataRole.UserRole + 99) is None
    assert sys.getrefcount(None) >= before - 100
