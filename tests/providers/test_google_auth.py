"""Connecting Gmail: the real google-auth-oauthlib flow against the fake Google, end to end.

A test browser (a ``webbrowser`` controller, and once the ``BROWSER`` command) follows the
consent redirect back to the loopback listener. The loopback cases check that a wrong
``state``, a bad ``Host`` header or a second request are refused without any token
exchange. Revocation must put the token in the POST body.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import threading
import webbrowser
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from applytrack_desktop.core.errors import InvalidInputError, NetworkError, UserFacingError
from applytrack_desktop.providers import endpoints as ep
from applytrack_desktop.providers.base import SyncRequest
from applytrack_desktop.providers.gmail import GmailProvider
from applytrack_desktop.providers.google_auth import (
    GMAIL_SCOPE,
    connect_gmail,
    disconnect_gmail,
    insecure_transport_if_loopback,
    load_client_config,
    revoke,
    token_secret_name,
)
from applytrack_desktop.providers.secrets import SERVICE, KeyringSecrets, MemorySecrets
from tests.conftest import SecretService
from tests.fakes.browser import TestBrowser, browser_command
from tests.fakes.google_server import FakeGoogle


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    with FakeGoogle() as server:
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("OAUTHLIB_INSECURE_TRANSPORT", raising=False)
        monkeypatch.delenv("OAUTHLIB_RELAX_TOKEN_SCOPE", raising=False)
        yield server


@pytest.fixture
def browser() -> Iterator[TestBrowser]:
    test_browser = TestBrowser().install()
    yield test_browser
    test_browser.wait()
    test_browser.uninstall()


def loopback_of(auth_url: str) -> tuple[int, str]:
    """(port, state) the app put into its authorization URL."""
    query = parse_qs(urlsplit(auth_url).query)
    return urlsplit(query["redirect_uri"][0]).port or 0, query["state"][0]


def token_exchanges(fake: FakeGoogle) -> list[dict[str, list[str]]]:
    return [parse_qs(c.body.decode()) for c in fake.calls if c.route == "token"]


def test_full_flow_stores_refresh_token_and_address(fake: FakeGoogle, browser: TestBrowser) -> None:
    secrets = MemorySecrets()
    address = connect_gmail(fake.client_config(), secrets, timeout=10)

    assert address == fake.mailbox.address
    assert fake.count("profile") == 1
    stored = json.loads(secrets.get(token_secret_name(address)) or "{}")
    assert stored["refresh_token"] in fake.grants
    assert stored["scopes"] == [GMAIL_SCOPE]
    assert "access_token" not in stored and "token" not in stored
    # the fake verified the PKCE verifier against the S256 challenge, and the state
    auth = next(c for c in fake.calls if c.route == "auth")
    assert auth.query["code_challenge_method"] == ["S256"]
    assert auth.query["scope"] == [GMAIL_SCOPE]
    assert urlsplit(auth.query["redirect_uri"][0]).hostname == "127.0.0.1"
    exchange = token_exchanges(fake)
    assert len(exchange) == 1 and exchange[0]["code_verifier"]
    browser.wait()  # the browser's thread records the visit after the app has its answer
    assert browser.visits[0].final is not None and browser.visits[0].final.status == 200
    assert "OAUTHLIB_INSECURE_TRANSPORT" not in os.environ  # set only while exchanging


@pytest.mark.slow
def test_browser_env_command_completes_the_flow(
    fake: FakeGoogle, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log = tmp_path / "browser.log"
    monkeypatch.setenv("BROWSER", browser_command())
    monkeypatch.setenv("APPLYTRACK_TEST_BROWSER_LOG", str(log))
    # webbrowser reads BROWSER once per process: make it look again.
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    client_file = tmp_path / "client_secret.json"
    client_file.write_text(json.dumps(fake.client_config()), encoding="utf-8")
    secrets = MemorySecrets()
    assert connect_gmail(client_file, secrets, timeout=20) == fake.mailbox.address
    assert secrets.get(token_secret_name(fake.mailbox.address))
    steps = json.loads(log.read_text(encoding="utf-8").splitlines()[0])["steps"]
    assert [s[2] for s in steps] == [302, 200]


def test_wrong_state_is_refused_without_token_exchange(
    fake: FakeGoogle, browser: TestBrowser
) -> None:
    answers: list[int] = []

    def forged(url: str) -> None:
        port, _state = loopback_of(url)
        resp = requests.get(f"http://127.0.0.1:{port}/?code=4/stolen&state=forged", timeout=5)
        answers.append(resp.status_code)

    browser.before_follow.append(forged)
    connect_gmail(fake.client_config(), MemorySecrets(), timeout=10)
    assert answers == [400]
    exchanged = token_exchanges(fake)
    assert len(exchanged) == 1 and exchanged[0]["code"] != ["4/stolen"]


def test_wrong_state_alone_never_reaches_the_token_endpoint(fake: FakeGoogle) -> None:
    answers: list[int] = []
    threads: list[threading.Thread] = []

    def forge(port: int) -> None:
        url = f"http://127.0.0.1:{port}/?code=x&state=y"
        answers.append(requests.get(url, timeout=5).status_code)

    def on_url(url: str) -> None:  # called before the listener waits: forge from a thread
        threads.append(threading.Thread(target=forge, args=(loopback_of(url)[0],)))
        threads[-1].start()

    with pytest.raises(UserFacingError, match="in time"):
        connect_gmail(
            fake.client_config(), MemorySecrets(), timeout=1.0, open_browser=False, on_url=on_url
        )
    threads[0].join(5)
    assert answers == [400]
    assert token_exchanges(fake) == []


def test_bad_host_header_is_refused_without_token_exchange(
    fake: FakeGoogle, browser: TestBrowser
) -> None:
    answers: list[int] = []
    stolen: list[str] = []

    def rebinding(url: str) -> None:
        # A valid code and state, delivered through a hostile page's Host name.
        location = requests.get(url, allow_redirects=False, timeout=5).headers["Location"]
        target = urlsplit(location)
        stolen.append(parse_qs(target.query)["code"][0])
        conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=5)
        try:
            conn.request("GET", f"/?{target.query}", headers={"Host": "evil.example"})
            answers.append(conn.getresponse().status)
        finally:
            conn.close()

    browser.before_follow.append(rebinding)
    connect_gmail(fake.client_config(), MemorySecrets(), timeout=10)
    assert answers == [400]
    exchanged = token_exchanges(fake)
    assert len(exchanged) == 1 and exchanged[0]["code"] != stolen


def test_second_request_finds_no_listener(fake: FakeGoogle, browser: TestBrowser) -> None:
    connect_gmail(fake.client_config(), MemorySecrets(), timeout=10)
    browser.wait()
    final = browser.visits[0].final
    assert final is not None and final.status == 200
    with pytest.raises(requests.ConnectionError):
        requests.get(final.url, timeout=5)
    assert len(token_exchanges(fake)) == 1


def test_unticked_scope_is_a_clear_error_and_stores_nothing(
    fake: FakeGoogle, browser: TestBrowser
) -> None:
    fake.untick_scope = True
    secrets = MemorySecrets()
    with pytest.raises(UserFacingError, match="not granted") as info:
        connect_gmail(fake.client_config(), secrets, timeout=10)
    assert "ticked" in info.value.message
    assert fake.count("profile") == 0
    assert secrets.get(token_secret_name(fake.mailbox.address)) is None


def test_denied_consent_is_a_clear_error(fake: FakeGoogle, browser: TestBrowser) -> None:
    fake.deny_consent = True
    with pytest.raises(UserFacingError, match="cancelled"):
        connect_gmail(fake.client_config(), MemorySecrets(), timeout=10)
    assert token_exchanges(fake) == []


def test_no_token_or_code_reaches_logs_or_output(
    fake: FakeGoogle,
    browser: TestBrowser,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = MemorySecrets()
    address = connect_gmail(fake.client_config(), secrets, timeout=10)
    refresh = json.loads(secrets.get(token_secret_name(address)) or "{}")["refresh_token"]
    code = token_exchanges(fake)[0]["code"][0]
    out = capsys.readouterr()
    # The test browser runs in its own thread and logs its own requests: leave those out.
    ours = "\n".join(r.getMessage() for r in caplog.records if r.thread == threading.get_ident())
    assert ours  # something was logged by the flow, and it was checked
    for secret in (refresh, code, fake.client_secret):
        assert secret not in ours
        assert secret not in out.out + out.err


def test_revoke_posts_the_token_in_the_body(fake: FakeGoogle) -> None:
    token = fake.grant_token()
    revoke(token)
    call = next(c for c in fake.calls if c.route == "revoke")
    assert call.method == "POST"
    assert parse_qs(call.body.decode()) == {"token": [token]}
    assert call.query == {}
    assert fake.grants[token].revoked
    revoke(token)  # already revoked: Google answers 400, which is fine


def test_disconnect_revokes_and_forgets(fake: FakeGoogle, browser: TestBrowser) -> None:
    secrets = MemorySecrets()
    address = connect_gmail(fake.client_config(), secrets, timeout=10)
    refresh = json.loads(secrets.get(token_secret_name(address)) or "{}")["refresh_token"]
    disconnect_gmail(secrets, address)
    assert fake.grants[refresh].revoked
    assert secrets.get(token_secret_name(address)) is None


def test_revoke_unreachable_is_network_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ep.GOOGLE_REVOKE_URI, "http://127.0.0.1:9/revoke")
    with pytest.raises(NetworkError):
        revoke("anything", timeout=2)


def test_client_config_must_be_an_installed_client(tmp_path: Path) -> None:
    web = tmp_path / "web.json"
    web.write_text(json.dumps({"web": {"client_id": "x"}}), encoding="utf-8")
    with pytest.raises(InvalidInputError, match="Desktop app"):
        load_client_config(web)
    with pytest.raises(InvalidInputError, match="Could not read"):
        load_client_config(tmp_path / "missing.json")
    ok = load_client_config({"installed": {"client_id": "id", "client_secret": "s"}})
    assert ok["installed"]["client_id"] == "id"


def test_insecure_transport_never_for_real_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OAUTHLIB_INSECURE_TRANSPORT", raising=False)
    with insecure_transport_if_loopback(ep.google(env={})):
        assert "OAUTHLIB_INSECURE_TRANSPORT" not in os.environ
    loopback = dict.fromkeys((ep.GMAIL_API, ep.GOOGLE_AUTH_URI), "http://127.0.0.1:1/x")
    loopback |= dict.fromkeys((ep.GOOGLE_TOKEN_URI, ep.GOOGLE_REVOKE_URI), "http://127.0.0.1:1/x")
    with insecure_transport_if_loopback(ep.google(env=loopback)):
        assert os.environ["OAUTHLIB_INSECURE_TRANSPORT"] == "1"
    assert "OAUTHLIB_INSECURE_TRANSPORT" not in os.environ


@pytest.mark.slow
def test_token_round_trip_through_a_real_keyring(
    fake: FakeGoogle, browser: TestBrowser, secret_service: SecretService
) -> None:
    """connect -> refresh token in gnome-keyring -> a sync refreshes from it -> disconnect."""
    secrets = KeyringSecrets("gmail-e2e", backend=secret_service.backend)
    address = connect_gmail(fake.client_config(), secrets, timeout=10)
    key = f"gmail-e2e:{token_secret_name(address)}"
    stored = json.loads(secret_service.get(SERVICE, key) or "{}")
    assert stored["refresh_token"] in fake.grants

    wanted = fake.mailbox.add(subject="Interview invitation")
    provider = GmailProvider(address, secrets, settings=fake.env())
    try:
        pages = list(provider.pages(SyncRequest(None, datetime(2025, 1, 1, tzinfo=UTC))))
    finally:
        provider.close()
    assert [m.provider_id for p in pages for m in p.messages] == [wanted]

    disconnect_gmail(secrets, address)
    assert secret_service.get(SERVICE, key) is None
    assert fake.grants[stored["refresh_token"]].revoked
