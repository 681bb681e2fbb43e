"""``accounts add imap`` (implicit TLS and STARTTLS) and ``sync`` against a real Dovecot.

The password comes from ``APPLYTRACK_IMAP_PASSWORD``; the test CA is trusted through
``SSL_CERT_FILE`` only, as ``ssl.create_default_context()`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import mails
from tests.e2e.conftest import Cli
from tests.fakes.dovecot import Dovecot, ImapAccount

pytestmark = pytest.mark.slow


def test_imap_ssl_and_starttls_accounts_sync(
    cli: Cli, dovecot: Dovecot, imap_account: ImapAccount, tmp_path: Path
) -> None:
    acme = mails.story("Acme Robotics", "Data Engineer", "acmerobotics.com", days_ago=40)
    imap_account.append(acme[0].raw)
    imap_account.append(acme[1].raw, folder="INBOX.Jobs")  # a child of INBOX: watched
    imap_account.append(acme[2].raw)
    imap_account.append(mails.newsletter().raw)
    other = dovecot.new_account()
    globex = mails.story("Globex", "Backend Engineer", "globex.com", days_ago=15)[:2]
    for mail in globex:
        other.append(mail.raw)
    before = imap_account.snapshot()
    data = str(cli.data)
    trust = {"SSL_CERT_FILE": str(dovecot.ca_file)}

    wrong = {**trust, "APPLYTRACK_IMAP_PASSWORD": "not-the-password"}
    cli.fails(
        "--data-dir", data, "accounts", "add", "imap", "--host", "127.0.0.1",
        "--port", str(dovecot.port), "--user", imap_account.user, env=wrong,
    )  # fmt: skip
    assert cli.accounts() == []

    env = {**trust, "APPLYTRACK_IMAP_PASSWORD": imap_account.password}
    cli.ok(
        "--data-dir", data, "accounts", "add", "imap", "--host", "127.0.0.1",
        "--port", str(dovecot.port), "--security", "ssl", "--user", imap_account.user, env=env,
    )  # fmt: skip
    env2 = {**trust, "APPLYTRACK_IMAP_PASSWORD": other.password}
    cli.ok(
        "accounts", "add", "imap", "--host", "127.0.0.1", "--port", str(dovecot.starttls_port),
        "--security", "starttls", "--user", other.user, "--data-dir", data, env=env2,
    )  # fmt: skip
    accounts = cli.accounts()
    assert [(a["kind"], a["address"], a["state"]) for a in accounts] == [
        ("imap", imap_account.user, "ok"),
        ("imap", other.user, "ok"),
    ]
    text = cli.files_text()
    assert imap_account.password not in text and other.password not in text

    # No password in the environment now: it must come from the store's secrets.
    synced = cli.ok("--data-dir", data, "sync", env=trust)
    assert "Traceback" not in synced.err
    assert {(a["company"], a["status"]) for a in cli.applications()} == {
        ("Acme Robotics", "Rejected"),
        ("Globex", "Interviewing"),
    }
    assert imap_account.snapshot() == before, "reading must not change the mailbox"
    assert imap_account.changes_logged() == []

    # Without the CA the IMAP servers are not trusted: those accounts fail cleanly, the
    # others still sync, and the run exits non-zero.
    initech = mails.story("Initech", "QA Analyst", "initech.com", days_ago=5)[:1]
    box = mails.write_mbox(tmp_path / "initech.mbox", initech)
    cli.ok("--data-dir", data, "accounts", "add", "files", str(box))
    failed = cli("--data-dir", data, "sync")
    assert failed.code != 0 and failed.out == "" and "Traceback" not in failed.err, str(failed)
    assert failed.err.strip().splitlines()[-1].startswith("applytrack: ")
    assert ("Initech", "Applied") in {(a["company"], a["status"]) for a in cli.applications()}

    cli.ok("--data-dir", data, "accounts", "remove", str(accounts[0]["id"]))
    left = cli.accounts()
    assert [a["kind"] for a in left] == ["imap", "files"]
    assert left[0]["address"] == other.user
