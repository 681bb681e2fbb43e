"""Every failure is one sentence on stderr and a non-zero exit, never a traceback (CONTRACTS).

The cases are independent processes, so they run side by side.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.e2e.conftest import Cli, Run, assert_one_sentence


def test_store_location_from_the_platform_default(cli: Cli) -> None:
    """No --data-dir and no APPLYTRACK_DATA_DIR: the store goes to the user's data folder."""
    assert cli.json("applications", "--format", "json") == []
    [db] = list(cli.home.rglob("applytrack.db"))
    assert Path(cli.env["XDG_DATA_HOME"]) in db.parents


def test_errors_are_one_sentence(cli: Cli, tmp_path: Path) -> None:
    data = str(cli.data)
    assert cli.json("--data-dir", data, "applications", "--format", "json") == []
    broken_config = tmp_path / "client_secret.json"
    broken_config.write_text('{"installed": {"client_id": ')
    not_a_db = tmp_path / "other"
    not_a_db.mkdir()
    (not_a_db / "applytrack.db").write_bytes(b"this is not a database" * 100)
    no_passphrase = {"APPLYTRACK_PASSPHRASE": ""}
    cases: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
        "wrong passphrase": (("applications",), {"APPLYTRACK_PASSPHRASE": "wrong"}),
        "no passphrase": (("applications",), no_passphrase),
        "unknown account": (("accounts", "remove", "7"), {}),
        "unknown sync account": (("sync", "--account", "7"), {}),
        "missing client config": (
            ("accounts", "add", "gmail", "--client-config", str(tmp_path / "nope.json")),
            {},
        ),
        "corrupt client config": (
            ("accounts", "add", "gmail", "--client-config", str(broken_config)),
            {},
        ),
        "missing import path": (("import", str(tmp_path / "nope.mbox")), {}),
        "unwritable export": (("export", "--format", "json", str(tmp_path / "no/dir/x.json")), {}),
        "usage error": (("accounts", "remove", "abc"), {}),
        "imap without password": (
            ("accounts", "add", "imap", "--host", "127.0.0.1", "--user", "a@example.com"),
            {},
        ),
    }

    def run(args: tuple[str, ...], env: dict[str, str]) -> Run:
        return cli("--data-dir", data, *args, env=env)

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(run, *case) for name, case in cases.items()}
        futures["not a database"] = pool.submit(
            lambda: cli("--data-dir", str(not_a_db), "applications")
        )
        futures["data folder is a file"] = pool.submit(
            lambda: cli("--data-dir", str(broken_config), "applications")
        )
        results = {name: future.result() for name, future in futures.items()}

    for name, result in results.items():
        assert result.code != 0, f"{name}: {result}"
        assert result.out == "", f"{name}: {result}"
        assert_one_sentence(result.err)
    assert "APPLYTRACK_PASSPHRASE" in results["no passphrase"].err
    assert "7" in results["unknown account"].err
    assert "nope.mbox" in results["missing import path"].err
    assert "APPLYTRACK_IMAP_PASSWORD" in results["imap without password"].err
    # Not a store: left in place or set aside as damaged, but never changed or replaced.
    [kept] = [p for p in not_a_db.iterdir() if p.name.startswith("applytrack.db")]
    assert kept.read_bytes() == b"this is not a database" * 100

    # The store was not harmed by any of it; syncing nothing is not an error. (Two
    # independent processes: side by side.)
    listed, synced = cli.together(
        ("--data-dir", data, "applications", "--format", "json"), ("--data-dir", data, "sync")
    )
    for run in (listed, synced):
        assert run.code == 0 and "Traceback" not in run.err, str(run)
    assert json.loads(listed.out) == []
