"""``accounts add|list|remove`` and ``sync`` end to end: files and a real Dovecot over TLS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.service import Service
from applytrack_desktop.store import emails
from tests.fakes.dovecot import ImapAccount

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.mbox"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def accounts_json(capsys: pytest.CaptureFixture[str], data: Path) -> list[dict[str, object]]:
    code, out, _ = cli(capsys, "--data-dir", str(data), "accounts", "list", "--format", "json")
    assert code == 0
    result: list[dict[str, object]] = json.loads(out)
    return result


@pytest.mark.usefixtures("memory_keyring")
def test_files_account_add_sync_list_remove(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    box = tmp_path / "box.mbox"
    box.write_bytes(DEMO.read_bytes())
    code, out, _ = cli(capsys, "--data-dir", str(data), "accounts", "add", "files", str(box))
    assert code == 0
    assert "Connected files account 1" in out
    [account] = accounts_json(capsys, data)
    assert account["state"] == "ok"
    assert account["last_sync_at"] is None

    code, _, err = cli(capsys, "sync", "--data-dir", str(data))
    assert code == 0, err
    assert "account 1:" in err
    [account] = accounts_json(capsys, data)
    assert account["last_sync_at"] is not None
    code, out, _ = cli(capsys, "--data-dir", str(data), "applications", "--format", "json")
    apps = json.loads(out)
    assert len(apps) >= 8
    assert all(app["emails"] for app in apps)

    code, _, err = cli(capsys, "--data-dir", str(data), "sync")
    assert code == 0
    assert "0 messages read" in err

    code, out, _ = cli(capsys, "--data-dir", str(data), "accounts", "remove", "1")
    assert code == 0
    assert accounts_json(capsys, data) == []
    with Service.open(data) as service, service.store.read() as conn:
        assert emails.count(conn) == 0
        assert len(service.list_applications()) == len(apps)  # kept, without that mail


@pytest.mark.usefixtures("memory_keyring")
def test_imap_account_against_dovecot(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    imap_account: ImapAccount,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(imap_account.server.ca_file))
    monkeypatch.setenv("APPLYTRACK_IMAP_PASSWORD", imap_account.password)
    raw = DEMO.read_bytes().split(b"\nFrom demo@applytrack")[0].split(b"\n", 1)[1]
    imap_account.append(raw)
    data = str(tmp_path / "data")
    code, out, err = cli(
        capsys,
        "--data-dir",
        data,
        "accounts",
        "add",
        "imap",
        "--host",
        "127.0.0.1",
        "--port",
        str(imap_account.server.port),
        "--user",
        imap_account.user,
        "--since",
        "2000-01-01",
    )
    assert code == 0, err
    assert imap_account.user in out
    code, _, err = cli(capsys, "--data-dir", data, "sync")
    assert code == 0, err
    code, out, _ = cli(capsys, "--data-dir", data, "applications", "--format", "json")
    [app] = json.loads(out)
    assert app["company"] == "Northwind Analytics"


@pytest.mark.usefixtures("memory_keyring")
def test_wrong_imap_password_is_one_sentence(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    imap_account: ImapAccount,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(imap_account.server.ca_file))
    monkeypatch.setenv("APPLYTRACK_IMAP_PASSWORD", "not-the-password")
    code, _, err = cli(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "accounts",
        "add",
        "imap",
        "--host",
        "127.0.0.1",
        "--port",
        str(imap_account.server.port),
        "--user",
        imap_account.user,
    )
    assert code == 1
    assert err.startswith("applytrack: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert accounts_json(capsys, tmp_path / "data") == []


@pytest.mark.usefixtures("memory_keyring")
def test_unreadable_mail_is_set_aside_not_fatal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    box = tmp_path / "box.mbox"
    box.write_bytes(b"")
    assert cli(capsys, "--data-dir", str(data), "accounts", "add", "files", str(box))[0] == 0
    box.unlink()
    box.mkdir()  # a path that is no longer a readable mbox file
    (box / "x.eml").write_bytes(b"\xff" * 10)
    code, _, err = cli(capsys, "--data-dir", str(data), "sync")
    assert code == 0
    assert "1 unreadable (set aside)" in err
    assert "Traceback" not in err
