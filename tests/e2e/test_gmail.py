"""``accounts add gmail`` / ``sync`` / ``accounts remove`` as an outside checker drives them.

The fake Google (OAuth + Gmail API) runs in this process on 127.0.0.1; the real command runs
as a child process pointed at it by the APPLYTRACK_* endpoint variables, with ``BROWSER``
set to a small script that plays the user's browser (tests/e2e/conftest.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from tests.e2e import mails
from tests.e2e.conftest import Browser, Cli, assert_one_sentence, command
from tests.fakes.google_server import FakeGoogle

pytestmark = pytest.mark.slow


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    fake = FakeGoogle(lifetime=300).start()
    try:
        yield fake
    finally:
        fake.stop()


def _last_line(err: str) -> str:
    assert "Traceback" not in err, err
    return err.strip().splitlines()[-1]


def test_gmail_add_sync_fail_reconnect_remove(
    cli: Cli, google: FakeGoogle, browser: Browser, tmp_path: Path
) -> None:
    acme = mails.story("Acme Robotics", "Data Engineer", "acmerobotics.com", days_ago=40)
    for mail in acme:
        google.mailbox.add_raw(mail.raw)
    google.mailbox.add_raw(mails.newsletter().raw)
    # Not watched: Sent, Drafts, Spam, Trash. And older than --since: not read.
    initech = mails.story("Initech", "QA Analyst", "initech.com", days_ago=20)
    google.mailbox.add_raw(initech[1].raw, labels=("SENT",))
    google.mailbox.add_raw(initech[2].raw, labels=("SPAM",))
    old = mails.story("Hooli", "Site Reliability Engineer", "hooli.com", days_ago=150)
    google.mailbox.add_raw(old[0].raw)

    config = tmp_path / "client_secret.json"
    config.write_text(json.dumps(google.client_config()))
    env = {**google.env(), **browser.env()}
    data = str(cli.data)
    since = (mails.NOW - timedelta(days=90)).date().isoformat()

    added = cli.ok(
        "accounts", "add", "gmail", "--client-config", str(config), "--since", since,
        "--data-dir", data, env=env,
    )  # fmt: skip
    assert google.mailbox.address in added.out
    [visit] = browser.visits()
    assert visit[-1][1].startswith("http://127.0.0.1:") and visit[-1][2] == 200, visit
    assert google.count("messages.list") == 0 and google.count("history.list") == 0
    [refresh] = list(google.grants)
    listed, apps_now = cli.together(
        ("--data-dir", data, "accounts", "list", "--format", "json"),
        ("--data-dir", data, "applications", "--format", "json"),
        env=env,
    )
    accounts = json.loads(listed.out)
    assert [(a["kind"], a["address"], a["state"]) for a in accounts] == [
        ("gmail", google.mailbox.address, "ok")
    ]
    account_id = str(accounts[0]["id"])
    assert json.loads(apps_now.out) == []

    synced = cli.ok("--data-dir", data, "sync", env=env)
    assert synced.out == ""
    assert f"account {account_id}" in synced.err
    apps = cli.applications()
    assert [(a["company"], a["status"]) for a in apps] == [("Acme Robotics", "Rejected")]
    assert google.count("messages.get", status=200) + google.count("batch") > 0

    globex = mails.story("Globex", "Backend Engineer", "globex.com", days_ago=10)
    google.mailbox.add_raw(globex[0].raw)
    google.mailbox.add_raw(globex[1].raw, labels=("IMPORTANT",))  # archived: still watched
    cli.ok("sync", "--account", account_id, "--data-dir", data, env=env)
    assert {(a["company"], a["status"]) for a in cli.applications()} == {
        ("Acme Robotics", "Rejected"),
        ("Globex", "Interviewing"),
    }
    assert refresh not in cli.files_text(), "a refresh token reached a plain file"

    google.revoke_all()
    failed = cli("sync", "--data-dir", data, env=env)
    assert failed.code != 0, str(failed)
    assert failed.out == ""
    assert _last_line(failed.err).startswith("applytrack: ")
    assert "reconnect" in failed.err.lower() or "connected again" in failed.err.lower()
    lines = failed.err.strip().splitlines()
    assert all(line.startswith(("account ", "applytrack: ")) for line in lines), failed.err
    listed, shown = cli.together(
        ("--data-dir", data, "accounts", "list", "--format", "json"),
        ("--data-dir", data, "accounts", "list"),
        env=env,
    )
    [account] = json.loads(listed.out)
    assert account["state"] == "reconnect_needed", account
    assert shown.code == 0, str(shown)
    assert google.mailbox.address in shown.out and "reconnect" in shown.out.lower(), shown.out

    # Reconnecting is adding again: same account, new grant, sync works again.
    cli.ok("--data-dir", data, "accounts", "add", "gmail", "--client-config", str(config), env=env)
    [account] = cli.accounts(env=env)
    assert str(account["id"]) == account_id and account["state"] == "ok", account
    cli.ok("--data-dir", data, "sync", env=env)
    live = [token for token, grant in google.grants.items() if not grant.revoked]
    assert len(live) == 1

    cli.ok("--data-dir", data, "accounts", "remove", account_id, env=env)
    revokes = [c for c in google.calls if c.route == "revoke"]
    assert revokes and all(c.method == "POST" for c in revokes)
    assert parse_qs(revokes[-1].body.decode())["token"] == live
    assert all(live[0] not in c.path for c in revokes), "the token belongs in the body"
    # The reads and the failing calls change nothing: all side by side.
    bad = tmp_path / "broken.json"
    bad.write_text('{"installed": {"client_id": ')
    listed, apps_after, *failures = cli.together(
        ("--data-dir", data, "accounts", "list", "--format", "json"),
        ("--data-dir", data, "applications", "--format", "json"),
        ("--data-dir", data, "accounts", "add", "gmail", "--client-config", str(bad)),
        ("--data-dir", data, "accounts", "remove", account_id),
        ("--data-dir", data, "sync", "--account", "99"),
        env=env,
    )
    assert json.loads(listed.out) == []
    # Disconnecting deletes the account's mail; the applications themselves stay.
    kept = json.loads(apps_after.out)
    assert {a["company"] for a in kept} == {"Acme Robotics", "Globex"}
    assert all(a["emails"] == [] for a in kept), kept
    for run in failures:
        assert run.code != 0 and run.out == "", str(run)
        assert_one_sentence(run.err)


def test_without_a_browser_the_sign_in_address_is_printed(
    cli: Cli, google: FakeGoogle, browser: Browser, tmp_path: Path
) -> None:
    """A machine whose browser fails: the user opens the printed address elsewhere."""
    config = tmp_path / "client_secret.json"
    config.write_text(json.dumps(google.client_config()))
    env = {**cli.env, **google.env(), "BROWSER": f"{sys.executable} -c 'raise SystemExit(1)' %s"}
    proc = subprocess.Popen(
        [*command(), "--data-dir", str(cli.data), "accounts", "add", "gmail",
         "--client-config", str(config)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, cwd=cli.home,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:
            seen.append(line)
            if line.startswith("http://127.0.0.1:"):
                break
        url = seen[-1].strip()
        assert url.startswith(google.env()["APPLYTRACK_GOOGLE_AUTH_URI"]), seen
        visit = subprocess.run(
            [sys.executable, str(tmp_path / "browser.py"), url],
            env={**cli.env, **browser.env()}, timeout=60, check=False,
        )  # fmt: skip
        assert visit.returncode == 0
        out, _ = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, seen
    assert google.mailbox.address in out
