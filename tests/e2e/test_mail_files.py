"""The store-less and file-based commands, as real processes: classify, import, applications,
export, purge (CONTRACTS.md "Command line")."""

from __future__ import annotations

import csv
import io
import json
import mailbox
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.e2e import mails
from tests.e2e.conftest import Cli

CLASSIFY_KEYS = {
    "source", "message_id", "job_related", "category", "confidence", "company", "job_title",
    "sentiment", "urgent", "deadlines", "next_steps",
}  # fmt: skip
CATEGORIES = {
    "confirmation", "interview", "technical_round", "offer", "rejection",
    "recruiter_outreach", "other_job", "not_job",
}  # fmt: skip
AUTO_STATUSES = {"Applied", "Interviewing", "Technical Round", "Offer Extended", "Rejected"}
APP_KEYS = {"id", "company", "job_title", "status", "created_at", "updated_at", "emails", "history"}


def test_headless_machine_has_no_keyring(cli: Cli) -> None:
    """The premise of these tests: keyring falls back to its fail backend here."""
    probe = "import keyring; k = keyring.get_keyring(); print(type(k).__module__, type(k).__name__)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=cli.env, timeout=60
    )
    assert done.stdout.split() == ["keyring.backends.fail", "Keyring"], done.stderr


def test_classify_eml_folder_and_mbox(cli: Cli, tmp_path: Path) -> None:
    acme = mails.story("Acme Robotics", "Data Engineer", "acmerobotics.com")
    globex = mails.story("Globex", "Backend Engineer", "globex.com")
    news = mails.newsletter()
    single = mails.write_eml(tmp_path / "one", [acme[1]])[0]
    folder = tmp_path / "folder"
    mails.write_eml(folder, [acme[0], acme[2]])
    box = mails.write_mbox(tmp_path / "box.mbox", [*globex, news])

    env = {"APPLYTRACK_PASSPHRASE": ""}  # classify needs no store and no passphrase
    run = cli.ok("classify", str(single), str(folder), str(box), env=env)
    lines = [json.loads(line) for line in run.out.splitlines()]
    expected = [
        (str(single), acme[1]),
        (str(folder / "00.eml"), acme[0]),
        (str(folder / "01.eml"), acme[2]),
        *[(f"{box}:{n}", mail) for n, mail in enumerate([*globex, news])],
    ]
    assert [(line["source"], line["message_id"]) for line in lines] == [
        (source, mail.message_id) for source, mail in expected
    ]
    for line, (_source, mail) in zip(lines, expected, strict=True):
        assert set(line) == CLASSIFY_KEYS, line
        assert line["category"] in CATEGORIES
        assert line["category"] == mail.category, line
        assert line["job_related"] is (mail.category != "not_job")
        assert isinstance(line["confidence"], float) and 0.0 <= line["confidence"] <= 1.0
        assert isinstance(line["urgent"], bool)
        assert isinstance(line["sentiment"], str) and line["sentiment"]
        assert all(isinstance(d, str) for d in line["deadlines"])
        assert all(isinstance(s, str) for s in line["next_steps"])
        for key in ("company", "job_title"):
            assert line[key] is None or isinstance(line[key], str)
    assert lines[0]["company"] == "Acme Robotics"
    assert lines[3]["company"] == "Globex"
    assert not cli.data.exists()
    assert not list(cli.home.rglob("applytrack.db")), "classify must not create a store"

    missing = tmp_path / "nowhere.mbox"
    failed = cli.fails("classify", str(missing), env=env)
    assert str(missing) in failed.err


@pytest.mark.slow
def test_import_in_date_order_idempotent_then_list_export_purge(cli: Cli, tmp_path: Path) -> None:
    acme = mails.story("Acme Robotics", "Data Engineer", "acmerobotics.com", days_ago=60)
    globex = mails.story("Globex", "Backend Engineer", "globex.com", days_ago=20)[:2]
    news = mails.newsletter()
    # Newest first in the file: the import must still apply them oldest first.
    box = mails.write_mbox(tmp_path / "reversed.mbox", [*reversed(acme), news])
    folder = tmp_path / "globex"
    mails.write_eml(folder, reversed(globex))
    data = str(cli.data)

    first = cli.ok("import", "--data-dir", data, str(box), str(folder))
    assert first.out.strip(), "import prints a summary"
    apps = cli.applications()
    by_company = {app["company"]: app for app in apps}
    assert set(by_company) == {"Acme Robotics", "Globex"}, apps
    assert by_company["Acme Robotics"]["status"] == "Rejected"
    assert by_company["Globex"]["status"] == "Interviewing"
    assert by_company["Acme Robotics"]["job_title"] == "Data Engineer"
    for app, story in ((by_company["Acme Robotics"], acme), (by_company["Globex"], globex)):
        assert set(app) == APP_KEYS
        assert isinstance(app["id"], int)
        assert app["status"] in AUTO_STATUSES
        assert isinstance(app["created_at"], str) and isinstance(app["updated_at"], str)
        assert {(e["message_id"], e["category"]) for e in app["emails"]} == {
            (m.message_id, m.category) for m in story
        }
        for stamp in (app["created_at"], app["updated_at"]):
            assert datetime.fromisoformat(stamp).tzinfo is not None, stamp
        for item in app["emails"]:
            assert set(item) == {"message_id", "category", "date"}
            assert datetime.fromisoformat(item["date"]).tzinfo is not None, item
        for change in app["history"]:
            assert set(change) == {"from", "to", "cause", "at"}
            assert isinstance(change["cause"], str) and change["cause"]
            assert datetime.fromisoformat(change["at"]).tzinfo is not None, change
            assert change["to"] in AUTO_STATUSES
            assert change["from"] is None or change["from"] in AUTO_STATUSES
        assert app["history"][-1]["to"] == app["status"]
    acme_path = [change["to"] for change in by_company["Acme Robotics"]["history"]]
    assert acme_path[-2:] == ["Interviewing", "Rejected"], acme_path
    every_id = {e["message_id"] for app in apps for e in app["emails"]}
    assert news.message_id not in every_id

    # Again, with the folder from the environment: nothing new.
    again = cli.ok("import", str(box), str(folder), env={"APPLYTRACK_DATA_DIR": data})
    assert again.out.strip()
    assert cli.applications() == apps

    # The same mail through a re-scannable files account and a sync: still nothing new.
    cli.ok("--data-dir", data, "accounts", "add", "files", str(box), str(folder))
    synced = cli.ok("--data-dir", data, "sync")
    assert "account 1" in synced.err
    assert cli.applications() == apps

    out_json, out_csv, out_mbox = (tmp_path / f"export.{ext}" for ext in ("json", "csv", "mbox"))
    runs = cli.together(
        ("applications", "--data-dir", data),
        ("--data-dir", data, "applications", "--format", "csv"),
        ("--data-dir", data, "export", "--format", "json", str(out_json)),
        ("export", "--data-dir", data, "--format", "csv", str(out_csv)),
        ("export", "--format", "mbox", str(out_mbox)),
        env={"APPLYTRACK_DATA_DIR": data},
    )
    for run in runs:
        assert run.code == 0 and "Traceback" not in run.err, str(run)
    table = runs[0].out
    assert "Acme Robotics" in table and "Rejected" in table and "Interviewing" in table
    rows = list(csv.DictReader(io.StringIO(runs[1].out)))
    assert {(r["company"], r["status"]) for r in rows} == {
        ("Acme Robotics", "Rejected"),
        ("Globex", "Interviewing"),
    }
    exported = json.loads(out_json.read_text(encoding="utf-8"))
    exported_apps = exported if isinstance(exported, list) else exported["applications"]
    assert {a["company"] for a in exported_apps} == {"Acme Robotics", "Globex"}
    assert all(a["emails"] and a["history"] for a in exported_apps)
    with out_csv.open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    box_out = mailbox.mbox(str(out_mbox))
    try:
        kept = {str(m["Message-ID"]).strip() for m in box_out}
    finally:
        box_out.close()
    assert kept == {m.message_id for m in [*acme, *globex]}

    by_default = cli.ok("--data-dir", data, "purge")  # the retention setting (90 days)
    assert by_default.out.strip()
    purged = cli.ok("purge", "--data-dir", data, "--older-than", "30")
    assert purged.out.strip() and purged.out != by_default.out, (by_default.out, purged.out)
    after = cli.applications()
    assert {(a["company"], a["status"], len(a["emails"])) for a in after} == {
        (a["company"], a["status"], len(a["emails"])) for a in apps
    }
