"""Data portability: mbox of the kept mail, and a JSON export that imports back losslessly."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.cli import main
from applytrack_desktop.core.enums import Status
from applytrack_desktop.mail.mbox_export import PURGED_NOTE
from applytrack_desktop.service import Service
from applytrack_desktop.sync import retention
from tests.conftest import MemoryKeyring
from tests.support.canaries import add_mail


def fill(service: Service) -> list[str]:
    """Two applications with mail (some old enough to purge), history and an edge case."""
    acme = service.create_application("Acme", "Data Engineer", notes="remote ✓")
    globex = service.create_application("Globex", "Analyst")
    canaries = add_mail(service.store, 3, days_old=200, label="old")
    canaries += add_mail(service.store, 3, days_old=2, label="new")

    def link(conn: sqlcipher3.Connection) -> None:
        conn.execute("UPDATE emails SET application_id = ? WHERE id % 2 = 0", (acme.id,))
        conn.execute("UPDATE emails SET application_id = ? WHERE id % 2 = 1", (globex.id,))
        conn.execute(
            "UPDATE emails SET subject = ?, body_text = ? WHERE provider_id = 'new-0'",
            ("Hi\nBcc: evil@example.com", "line one\nFrom the team\n"),
        )

    service.store.write(link)
    service.set_status(acme.id, Status.INTERVIEWING)
    service.set_status(acme.id, Status.TECHNICAL_ROUND)
    service.undo_last_change(acme.id)
    return canaries


def test_mbox_export_holds_the_kept_mail(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Service.open(data) as service:
        canaries = fill(service)
        retention.purge(service.store, 90)
    out = tmp_path / "mail.mbox"
    assert main(["--data-dir", str(data), "export", "--format", "mbox", str(out)]) == 0
    assert "Exported 6 email(s)" in capsys.readouterr().err

    box = mailbox.mbox(str(out), create=False)
    messages = list(box)
    box.close()
    assert len(messages) == 6
    by_id = {str(m["Message-ID"]): m for m in messages}
    purged = by_id["<old-1@example.com>"]
    assert purged["X-ApplyTrack-Body"] == "purged"
    assert PURGED_NOTE in purged.get_payload(decode=True).decode()
    assert purged["Subject"] == "Interview for role 1" and purged["X-ApplyTrack-Company"] == "Acme"
    kept = by_id["<new-1@example.com>"]
    assert canaries[4] in kept.get_payload(decode=True).decode()
    assert "recruiter" in kept["From"].lower() and "jobs@example.com" in kept["From"]
    odd = by_id["<new-0@example.com>"]
    assert odd["Bcc"] is None and odd["Subject"] == "Hi Bcc: evil@example.com"
    body = odd.get_payload(decode=True).decode()
    assert "line one" in body and ">From the team" in body  # mbox-escaped, not a separator
    assert not any(c in out.read_text(encoding="utf-8") for c in canaries[:3])  # purged stays so
    assert not list(tmp_path.glob("*.partial"))


def test_json_export_imports_back_losslessly(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    with Service.open(tmp_path / "A") as service:
        fill(service)
    first = tmp_path / "first.json"
    assert main(["--data-dir", str(tmp_path / "A"), "export", "--format", "json", str(first)]) == 0
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert sum(len(r["emails"]) for r in exported) == 6
    assert any(h.get("undone") for r in exported for h in r["history"])

    with Service.open(tmp_path / "B") as other:
        assert other.import_json(first) == 2
    again = tmp_path / "again.json"
    assert main(["--data-dir", str(tmp_path / "B"), "export", "--format", "json", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8")) == exported
