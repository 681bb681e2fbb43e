"""``applytrack export --format json|csv OUT``: the file round-trips through import."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.core.enums import Status
from applytrack_desktop.service import Service
from tests.conftest import MemoryKeyring


def test_export_json_round_trips(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    with Service.open(tmp_path / "A") as service:
        app = service.create_application("Acme", "Engineer", notes="ß and ✓")
        service.set_status(app.id, Status.TECHNICAL_ROUND)
    out = tmp_path / "apps.json"
    assert main(["--data-dir", str(tmp_path / "A"), "export", "--format", "json", str(out)]) == 0
    assert "Exported 1 application" in capsys.readouterr().err
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported[0]["status"] == "Technical Round" and exported[0]["notes"] == "ß and ✓"

    with Service.open(tmp_path / "B") as other:
        assert other.import_json(out) == 1
    again = tmp_path / "again.json"
    assert main(["export", "--data-dir", str(tmp_path / "B"), "--format", "json", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8")) == exported


def test_export_csv(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    with Service.open(tmp_path / "A") as service:
        service.create_application("Globex", "Designer")
    out = tmp_path / "apps.csv"
    assert main(["--data-dir", str(tmp_path / "A"), "export", "--format", "csv", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["company"], r["status"]) for r in rows] == [("Globex", "Applied")]


def test_unwritable_target_is_one_sentence(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-folder" / "apps.json"
    code = main(["--data-dir", str(tmp_path / "A"), "export", "--format", "json", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and "Cannot write" in err and "Traceback" not in err


def test_unknown_format_is_a_usage_error(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(tmp_path / "A"), "export", "--format", "xml", "x"])
    assert exc.value.code == 2
