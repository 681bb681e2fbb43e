"""Export (CONTRACTS JSON shape, CSV) and a JSON export importing back losslessly."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.service import Service
from applytrack_desktop.store import emails
from applytrack_desktop.store.emails import NewEmail
from tests.conftest import MemoryKeyring

T0 = datetime(2026, 2, 3, 4, 5, 6, 789, tzinfo=UTC)


def _populate(service: Service) -> None:
    acme = service.create_application("Acme", "Data Engineer", location="Remote", notes="n1")
    service.create_application("Globex", "Designer", status=Status.WISHLIST)
    service.set_status(acme.id, Status.INTERVIEWING)

    def mail(conn: sqlcipher3.Connection) -> None:
        for i, category in enumerate((Category.CONFIRMATION, Category.INTERVIEW)):
            emails.insert(
                conn,
                NewEmail(
                    account_id=None,
                    provider_id=f"p{i}",
                    message_id=f"<{i}@acme.example>",
                    thread_key="t",
                    date=T0 + timedelta(days=i),
                    subject=f"Acme {category}",
                    category=category,
                    confidence=0.875,
                    application_id=acme.id,
                    ats_ids=("R-9",),
                    deadlines=(T0 + timedelta(days=9),),
                    next_steps=("Reply",),
                ),
            )

    service.store.write(mail)


def test_contract_json_shape(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    with Service.open(data_dir) as service:
        assert service.export_applications_json() == []
        _populate(service)
        records = service.export_applications_json()
    assert [r["company"] for r in records] == ["Acme", "Globex"]
    acme = records[0]
    assert set(acme) == {
        "id", "company", "job_title", "status", "created_at", "updated_at", "emails", "history",
    }  # fmt: skip
    assert acme["status"] == "Interviewing"
    assert acme["emails"] == [
        {"message_id": "<0@acme.example>", "category": "confirmation", "date": T0.isoformat()},
        {
            "message_id": "<1@acme.example>",
            "category": "interview",
            "date": (T0 + timedelta(days=1)).isoformat(),
        },
    ]
    assert [(h["from"], h["to"], h["cause"]) for h in acme["history"]] == [
        (None, "Applied", "user"),
        ("Applied", "Interviewing", "user"),
    ]
    assert datetime.fromisoformat(acme["history"][0]["at"]).tzinfo is not None
    json.dumps(records)  # plain JSON types only


def test_json_export_round_trips(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    out = tmp_path / "export.json"
    with Service.open(tmp_path / "one") as first:
        _populate(first)
        assert first.export_json(out) == 2
        original = json.loads(out.read_text())
    with Service.open(tmp_path / "two") as second:
        assert second.import_json(out) == 2
        again = tmp_path / "again.json"
        second.export_json(again)
        assert json.loads(again.read_text()) == original
        assert second.emails_for(original[0]["id"])[0].next_steps == ("Reply",)
        # Importing again keeps the old rows and adds new ones under new ids.
        assert second.import_json(out) == 2
        assert second.count_applications() == 4


def test_csv_export(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    with Service.open(tmp_path / "d") as service:
        _populate(service)
        assert service.export_csv(tmp_path / "out.csv") == 2
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["company"], r["status"], r["emails"]) for r in rows] == [
        ("Acme", "Interviewing", "2"),
        ("Globex", "Wishlist", "0"),
    ]
    assert "Applied -> Interviewing (user" in rows[0]["history"]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"company": "x"}',
        '[{"company": "Acme", "status": "Hired"}]',
        '[{"company": "A", "status": "Applied",'
        ' "emails": [{"category": "not_job", "date": "2026-01-01"}]}]',
    ],
)
def test_bad_import_changes_nothing(
    tmp_path: Path, memory_keyring: MemoryKeyring, content: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[{"company": "Fine", "job_title": "", "status": "Applied"}]')
    with Service.open(tmp_path / "d") as service:
        service.import_json(path)
        path.write_text(content)
        with pytest.raises(InvalidInputError):
            service.import_json(path)
        assert [a.company for a in service.list_applications()] == ["Fine"]


_text = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=30
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(company=_text.filter(str.strip), title=_text, notes=_text, status=st.sampled_from(Status))
def test_any_text_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    memory_keyring: MemoryKeyring,
    company: str,
    title: str,
    notes: str,
    status: Status,
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with Service.open(folder / "a") as a:
        a.create_application(company, title, status=status, notes=notes)
        a.export_json(folder / "x.json")
        exported = json.loads((folder / "x.json").read_text(encoding="utf-8"))
    with Service.open(folder / "b") as b:
        b.import_json(folder / "x.json")
        b.export_json(folder / "y.json")
    assert json.loads((folder / "y.json").read_text(encoding="utf-8")) == exported
    assert exported[0]["notes"] == notes and exported[0]["status"] == status.value
