"""``accounts add outlook`` / ``sync`` / ``accounts remove`` against the fake Microsoft over HTTPS.

The fake identity platform + Graph serves TLS from a test CA that the command trusts only
through ``REQUESTS_CA_BUNDLE``; ``APPLYTRACK_MS_AUTHORITY`` and
``APPLYTRACK_GRAPH_API`` point the real msal and Graph client at it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e import mails
from tests.e2e.conftest import Browser, Cli
from tests.fakes.microsoft_env import shared_ca
from tests.fakes.microsoft_server import FakeMicrosoft

pytestmark = pytest.mark.slow


@pytest.fixture
def microsoft() -> Iterator[FakeMicrosoft]:
    fake = FakeMicrosoft(ca=shared_ca(), lifetime=300).start()
    try:
        yield fake
    finally:
        fake.stop()


def test_outlook_add_sync_fail_remove(cli: Cli, microsoft: FakeMicrosoft, browser: Browser) -> None:
    box = microsoft.mailbox
    jobs = box.add_folder("Job hunt")  # a child of the Inbox: watched
    acme = mails.story("Acme Robotics", "Data Engineer", "acmerobotics.com", days_ago=40)
    box.add_raw(acme[0].raw)
    box.add_raw(acme[1].raw, folder=jobs)
    box.add_raw(acme[2].raw, folder=box.add_folder("Offers", parent=jobs))  # a grandchild
    box.add_raw(mails.newsletter().raw)
    outside = mails.story("Initech", "QA Analyst", "initech.com", days_ago=20)
    box.add_raw(outside[0].raw, folder=box.archive_id)  # not under the Inbox: not watched
    # REQUESTS_CA_BUNDLE alone must do for every HTTPS client (msal and Graph).
    env = {**microsoft.env(), **browser.env()}
    env.pop("SSL_CERT_FILE")
    data = str(cli.data)

    added = cli.ok(
        "--data-dir", data, "accounts", "add", "outlook", "--client-id", microsoft.client_id,
        "--tenant", "common", env=env,
    )  # fmt: skip
    assert box.owner in added.out
    [visit] = browser.visits()
    assert visit[-1][0] == "POST" and visit[-1][2] == 200, visit  # form_post to the listener
    assert not microsoft.graph_calls(), "accounts add must not sync"
    [account] = cli.accounts(env=env)
    assert (account["kind"], account["address"], account["state"]) == ("outlook", box.owner, "ok")
    account_id = str(account["id"])

    cli.ok("--data-dir", data, "sync", env=env)
    apps = cli.applications()
    assert [(a["company"], a["status"]) for a in apps] == [("Acme Robotics", "Rejected")]
    assert {e["message_id"] for e in apps[0]["emails"]} == {m.message_id for m in acme}
    assert all(call.method == "GET" for call in microsoft.graph_calls()), "Graph: GET only"
    refresh_tokens = list(microsoft.grants)
    assert refresh_tokens and not any(t in cli.files_text() for t in refresh_tokens)

    globex = mails.story("Globex", "Backend Engineer", "globex.com", days_ago=5)
    box.add_raw(globex[0].raw, folder=jobs)
    cli.ok("--data-dir", data, "sync", "--account", account_id, env=env)
    assert {(a["company"], a["status"]) for a in cli.applications()} == {
        ("Acme Robotics", "Rejected"),
        ("Globex", "Applied"),
    }

    microsoft.revoke_all()
    microsoft.expire_access_tokens()
    failed = cli("--data-dir", data, "sync", env=env)
    assert failed.code != 0 and failed.out == "", str(failed)
    assert "Traceback" not in failed.err
    assert failed.err.strip().splitlines()[-1].startswith("applytrack: ")
    [account] = cli.accounts(env=env)
    assert account["state"] == "reconnect_needed", account

    removed = cli.ok("--data-dir", data, "accounts", "remove", account_id, env=env)
    assert "account.microsoft.com" in removed.out
    assert cli.accounts(env=env) == []
