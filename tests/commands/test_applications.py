"""``applytrack applications``: JSON/CSV/table output, the passphrase rules, clean errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.service import Service
from tests.conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


def _headless_env(**extra: str) -> dict[str, str]:
    """The environment of a machine without a keyring (keyring's ``fail`` backend)."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("APPLYTRACK_PASSPHRASE", None)
    env.update(extra)
    return env


def test_new_store_prints_empty_json_array(tmp_path: Path) -> None:
    """The exact CONTRACTS example, as a real process."""
    result = subprocess.run(
        [sys.executable, "-m", "applytrack_desktop", "--data-dir", str(tmp_path / "D"),
         "applications", "--format", "json"],
        capture_output=True, text=True, env=_headless_env(APPLYTRACK_PASSPHRASE="x"),
        cwd=ROOT, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "D" / "applytrack.db").exists()


def test_without_passphrase_one_sentence_and_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "applytrack_desktop", "applications", "--data-dir",
         str(tmp_path / "D")],
        capture_output=True, text=True, env=_headless_env(), cwd=ROOT,
        stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stdout == ""
    assert "APPLYTRACK_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "D" / "applytrack.db").exists()


def test_wrong_passphrase_is_one_sentence(
    tmp_path: Path,
    no_keyring: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Service.open(tmp_path / "D", passphrase="right").close()
    monkeypatch.setenv("APPLYTRACK_PASSPHRASE", "wrong")
    code = main(["--data-dir", str(tmp_path / "D"), "applications", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert "passphrase does not open" in captured.err
    assert "Traceback" not in captured.err


def test_lists_in_every_format(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "D"
    with Service.open(folder) as service:
        first = service.create_application("Acme, Inc.", "Data Engineer")
        service.create_application("Globex", "Designer")
        expected = service.export_applications_json()

    assert main(["--data-dir", str(folder), "applications", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected

    assert main(["applications", "--format", "csv", "--data-dir", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,company,job_title,status")
    assert len(lines) == 3 and any('"Acme, Inc."' in line for line in lines)

    assert main(["--data-dir", str(folder), "applications"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["ID", "Company", "Role", "Status", "Updated"]
    assert any(row.startswith(f"{first.id} ") and "Acme, Inc." in row for row in table[1:])


def test_table_on_an_empty_store(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "D"), "applications"]) == 0
    assert capsys.readouterr().out == "No applications yet.\n"
