"""The service API the CLI and GUI share: CRUD, hand-set status, history, undo, settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import InvalidInputError, NotFoundError
from applytrack_desktop.core.models import ChangeCause
from applytrack_desktop.service import Service, Settings
from applytrack_desktop.store import activity as activity_q
from applytrack_desktop.store.timeutil import now_utc, to_db
from tests.conftest import MemoryKeyring


@pytest.fixture
def service(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Service]:
    with Service.open(data_dir) as s:
        yield s


def test_create_get_update_delete(service: Service) -> None:
    app = service.create_application(
        "  Acme, Inc. ", "Data Engineer", location="Berlin", url="https://acme.example/jobs/1"
    )
    assert (app.company, app.job_title, app.status) == ("Acme, Inc.", "Data Engineer", "Applied")
    assert (app.location, app.source) == ("Berlin", "manual")
    assert service.get_application(app.id) == app

    edited = service.update_application(app.id, job_title="Senior Data Engineer", notes="ref 7")
    assert (edited.job_title, edited.notes, edited.location) == (
        "Senior Data Engineer", "ref 7", "Berlin",
    )  # fmt: skip
    assert edited.updated_at >= app.updated_at

    service.delete_application(app.id)
    with pytest.raises(NotFoundError):
        service.get_application(app.id)
    with pytest.raises(NotFoundError):
        service.delete_application(app.id)
    with pytest.raises(NotFoundError):
        service.update_application(app.id, notes="x")


def test_bad_input_is_refused(service: Service) -> None:
    with pytest.raises(InvalidInputError):
        service.create_application("   ", "Engineer")
    app = service.create_application("Acme", "Engineer")
    with pytest.raises(InvalidInputError):
        service.update_application(app.id, company="")
    assert service.get_application(app.id).company == "Acme"


def test_set_status_history_and_undo(service: Service) -> None:
    app = service.create_application("Globex", "Backend Developer")
    change = service.set_status(app.id, Status.INTERVIEWING)
    assert (change.from_status, change.to_status, change.cause) == (
        Status.APPLIED, Status.INTERVIEWING, ChangeCause.USER,
    )  # fmt: skip
    service.set_status(app.id, Status.OFFER_EXTENDED)
    assert service.get_application(app.id).status is Status.OFFER_EXTENDED

    undo = service.undo_last_change(app.id)
    assert undo is not None and undo.to_status is Status.INTERVIEWING
    assert service.get_application(app.id).status is Status.INTERVIEWING
    second = service.undo_last_change(app.id)
    assert second is not None and second.to_status is Status.APPLIED
    assert service.get_application(app.id).status is Status.APPLIED
    assert service.undo_last_change(app.id) is None  # back at creation

    history = service.history(app.id)
    steps = [(h.from_status, h.to_status, h.undone) for h in history]
    assert steps == [
        (None, Status.APPLIED, False),
        (Status.APPLIED, Status.INTERVIEWING, True),
        (Status.INTERVIEWING, Status.OFFER_EXTENDED, True),
        (Status.OFFER_EXTENDED, Status.INTERVIEWING, False),
        (Status.INTERVIEWING, Status.APPLIED, False),
    ]
    assert all(h.cause is ChangeCause.USER for h in history)


def test_hand_set_status_is_recorded_as_manual(service: Service) -> None:
    from applytrack_desktop.store import applications as apps_q

    app = service.create_application("Initech", "Analyst")
    with service.store.read() as conn:
        assert apps_q.manual_status_at(conn, app.id) is None
    change = service.set_status(app.id, Status.WITHDRAWN)
    with service.store.read() as conn:
        assert apps_q.manual_status_at(conn, app.id) == change.at


def test_listing_filters_sorts_and_pages(service: Service) -> None:
    made = [
        service.create_application("Zeta", "Engineer", notes="loves rust"),
        service.create_application("alpha", "Designer"),
        service.create_application("Beta", "Engineer"),
    ]
    service.set_status(made[1].id, Status.REJECTED)
    by_company = service.list_applications(sort="company", descending=False)
    assert [a.company for a in by_company] == ["alpha", "Beta", "Zeta"]
    newest_first = service.application_ids()
    assert newest_first[0] == made[1].id  # its status changed last
    assert service.application_ids(status=Status.REJECTED) == [made[1].id]
    assert service.count_applications(company="ETA") == 2
    assert [a.id for a in service.list_applications(text="rust")] == [made[0].id]
    assert service.list_applications(text="!!!") == []
    page = service.list_applications(sort="company", descending=False, offset=1, limit=1)
    assert [a.company for a in page] == ["Beta"]
    ids = [made[2].id, 999_999, made[0].id]
    assert [a.id for a in service.get_applications(ids)] == [made[2].id, made[0].id]
    counts = service.status_counts()
    assert counts[Status.APPLIED] == 2 and counts[Status.REJECTED] == 1
    assert counts[Status.OFFER_EXTENDED] == 0
    with pytest.raises(InvalidInputError):
        service.list_applications(sort="password")


def test_settings_defaults_and_validation(service: Service) -> None:
    assert service.settings() == Settings()
    assert Settings().sync_interval_minutes == 5 and Settings().confidence_threshold == 0.50
    service.set_setting("retention_days", "30")
    service.set_setting("close_to_tray", "false")
    service.set_setting("theme", "dark")  # free-form keys are allowed
    current = service.settings()
    assert current.retention_days == 30 and current.close_to_tray is False
    assert service.get_setting("theme") == "dark"
    assert service.get_setting("missing", "fallback") == "fallback"
    with pytest.raises(InvalidInputError):
        service.set_setting("confidence_threshold", "1.5")
    with pytest.raises(InvalidInputError):
        service.set_setting("sync_interval_minutes", "soon")
    service.save_settings(current.replace(notifications_enabled=False))
    assert service.settings().notifications_enabled is False


def test_activity_feed(service: Service) -> None:
    app = service.create_application("Acme", "Engineer")
    service.store.write(
        lambda c: activity_q.insert(c, "status_changed", "Acme", application_id=app.id)
    )
    assert service.unread_count() == 1
    assert [a.title for a in service.activity()] == ["Acme"]
    service.mark_all_read()
    assert service.unread_count() == 0
    assert service.activity()[0].read


def test_service_opens_default_folder_from_env(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPLYTRACK_DATA_DIR", str(tmp_path / "env-dir"))
    with Service.open() as s:
        assert s.data_dir == tmp_path / "env-dir"
        assert (tmp_path / "env-dir" / "applytrack.db").exists()


_statuses = st.sampled_from(list(Status))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(_statuses, min_size=1, max_size=6))
def test_undo_walks_back_through_any_sequence(service: Service, steps: list[Status]) -> None:
    app = service.create_application("Hypo", "Thesis")
    seen = [Status.APPLIED]
    for status in steps:
        service.set_status(app.id, status)
        seen.append(status)
    for expected in reversed(seen[:-1]):
        undo = service.undo_last_change(app.id)
        assert undo is not None
        assert service.get_application(app.id).status is expected
    assert service.undo_last_change(app.id) is None


def test_listing_by_last_update(service: Service) -> None:
    old = service.create_application("Old Co", "Engineer")
    new = service.create_application("New Co", "Engineer")
    ten_days_ago = now_utc() - timedelta(days=10)
    service.store.write(
        lambda conn: conn.execute(
            "UPDATE applications SET updated_at = ? WHERE id = ?", (to_db(ten_days_ago), old.id)
        )
    )
    week = now_utc() - timedelta(days=7)
    assert service.application_ids(updated_since=week) == [new.id]
    assert service.count_applications(updated_before=week) == 1
    assert [a.id for a in service.list_applications(updated_before=week)] == [old.id]
    assert service.count_applications(updated_since=week, company="Old") == 0
    assert service.application_ids(updated_since=now_utc() - timedelta(days=30)) == [
        new.id,
        old.id,
    ]
