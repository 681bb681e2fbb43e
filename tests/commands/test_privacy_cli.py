"""``purge`` and ``accounts remove`` end to end: canaries gone from every page of the file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.service import Service
from applytrack_desktop.store import keys
from applytrack_desktop.store.db import DB_NAME
from tests.commands.test_import_privacy import good
from tests.conftest import MemoryKeyring
from tests.support.canaries import add_mail, canary
from tests.support.logging_capture import debug_logging
from tests.support.pages import found, plaintext_of_store

__all__ = ["debug_logging"]  # a fixture used below


def key_of(keyring: MemoryKeyring, data: Path) -> str:
    value = keyring.get_password(keys.SERVICE, keys.keyring_entry_name(data))
    assert value is not None
    return value


def test_purge_command_prints_one_line_and_scrubs(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    with Service.open(data) as service:
        kept = add_mail(service.store, 5, days_old=10, label="keep")
        old = add_mail(service.store, 5, days_old=40, label="drop")
        kept += add_mail(service.store, 5, days_old=1, label="keep2")
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # VACUUM must not spill pages to temp files
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)

    assert main(["--data-dir", str(data), "purge", "--older-than", "30"]) == 0

    out, _ = capsys.readouterr()
    assert out.count("\n") == 1 and out.startswith("Purged 5 email bodies older than 30 days")
    plain = plaintext_of_store(data / DB_NAME, key_of(memory_keyring, data))
    assert found(plain, old) == [] and found(plain, kept) == kept
    assert list(temp.iterdir()) == []


def test_purge_refuses_a_negative_age(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(tmp_path / "d"), "purge", "--older-than", "-3"])
    assert exc.value.code == 2


@pytest.mark.slow
def test_disconnect_from_the_command_line_leaves_no_canary(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    debug_logging: Path,
) -> None:
    data = tmp_path / "data"
    words = {name: [canary(name) for _ in range(3)] for name in ("one", "two")}
    for name, batch in words.items():
        box = tmp_path / f"{name}.mbox"
        box.write_bytes(
            b"".join(
                # Body only: words in a subject become the kept application's company name.
                b"From x@y Mon Nov  2 10:00:00 2026\n" + good(w, n + 1, in_subject=False) + b"\n"
                for n, w in enumerate(batch)
            )
        )
        assert main(["-v", "--data-dir", str(data), "accounts", "add", "files", str(box)]) == 0
    assert main(["--data-dir", str(data), "sync"]) == 0
    key = key_of(memory_keyring, data)
    assert found(plaintext_of_store(data / DB_NAME, key), words["one"]) == words["one"]

    assert main(["--data-dir", str(data), "accounts", "remove", "1"]) == 0

    out, err = capsys.readouterr()
    plain = plaintext_of_store(data / DB_NAME, key)
    assert found(plain, words["one"]) == []
    assert found(plain, words["two"]) == words["two"]
    export = tmp_path / "rest.json"
    assert main(["--data-dir", str(data), "export", "--format", "json", str(export)]) == 0
    mbox = tmp_path / "rest.mbox"
    assert main(["--data-dir", str(data), "export", "--format", "mbox", str(mbox)]) == 0
    assert found(mbox.read_bytes(), words["two"]) == words["two"]
    for blob in (export.read_bytes(), mbox.read_bytes(), debug_logging.read_bytes()):
        assert found(blob, words["one"]) == []
    assert found((out + err).encode(), words["one"] + words["two"]) == []


def test_delete_everything_needs_yes_then_leaves_nothing(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Service.open(data) as service:
        service.create_application("Acme", "Engineer")
        service.store.backup()

    assert main(["--data-dir", str(data), "delete-everything"]) == 1
    assert "Nothing was deleted" in capsys.readouterr().err
    assert (data / DB_NAME).exists()

    assert main(["--data-dir", str(data), "delete-everything", "--yes"]) == 0
    assert "Deleted everything" in capsys.readouterr().out
    assert list(data.iterdir()) == []
    assert memory_keyring.values == {}


def test_delete_everything_works_when_the_key_is_gone(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    Service.open(data).close()
    memory_keyring.values.clear()  # the keyring entry went missing: the store cannot open
    assert main(["--data-dir", str(data), "delete-everything", "--yes"]) == 0
    assert "could not be opened" in capsys.readouterr().out
    assert list(data.iterdir()) == []
