"""Microsoft sign-in through the real msal against the fake identity server over HTTPS.

Covers the loopback login in the system browser (the test browser follows the
auto-submitting form_post back to msal's listener), the token cache kept in a
``SecretStore`` (split into parts in a size-limited keyring), silent tokens afterwards,
a revoked grant becoming ``AuthError``, and the test CA being trusted only through
``REQUESTS_CA_BUNDLE`` as in production.
"""

from __future__ import annotations

import logging
import time
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from keyring.backend import KeyringBackend
from msal.oauth2cli import authcode

from applytrack_desktop.core.errors import AuthError, NetworkError
from applytrack_desktop.providers import secrets as secrets_mod
from applytrack_desktop.providers.ms_auth import CACHE_SECRET, MAIL_READ, MicrosoftAuth
from applytrack_desktop.providers.outlook import connect_outlook, disconnect_outlook
from applytrack_desktop.providers.secrets import KeyringSecrets, MemorySecrets
from tests.conftest import SecretService
from tests.fakes.browser import TestBrowser
from tests.fakes.microsoft_env import signed_in_cache
from tests.fakes.microsoft_server import FakeMicrosoft
from tests.fakes.tls import TestCA, make_ca


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> TestCA:
    return make_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def ms(ca: TestCA, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMicrosoft]:
    with FakeMicrosoft(ca=ca, lifetime=60) as fake:
        for key, value in fake.env().items():
            monkeypatch.setenv(key, value)
        yield fake


@pytest.fixture(autouse=True)
def _quick_listener_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """msal looks every second whether its loopback listener has the answer yet.

    Checking every 20 ms takes the same path (listener, form_post, token exchange) without
    a second of idle waiting per sign-in; timeouts are still measured on the real clock.
    """
    monkeypatch.setattr(
        authcode, "time", SimpleNamespace(time=time.time, sleep=lambda s: time.sleep(min(s, 0.02)))
    )


@pytest.fixture
def browser() -> Iterator[TestBrowser]:
    test_browser = TestBrowser().install()
    yield test_browser
    test_browser.uninstall()


class SmallKeyring(KeyringBackend):
    """A keyring that refuses values over 1,280 characters, as some platforms do."""

    priority = 1
    limit = 1280

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > self.limit:
            raise ValueError("secret too large for this keyring")
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def test_interactive_login_stores_cache_and_address(
    ms: FakeMicrosoft, browser: TestBrowser, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemorySecrets()
    with caplog.at_level(logging.DEBUG, logger="applytrack_desktop"):
        address = connect_outlook(ms.client_id, store, timeout=30)
    assert address == ms.user.address
    cache = store.get(CACHE_SECRET)
    assert cache and ms.user.address in cache
    # What went to the authorize endpoint: our one scope, loopback, PKCE, form_post.
    (authorize,) = ms.routes("authorize")
    query = {k: v[0] for k, v in authorize.query.items()}
    assert set(query["scope"].split()) == {MAIL_READ, "openid", "profile", "offline_access"}
    assert query["prompt"] == "select_account"
    assert query["code_challenge_method"] == "S256"
    assert urlsplit(query["redirect_uri"]).hostname in ("localhost", "127.0.0.1")
    browser.wait()  # the browser's thread records the visit after the app has its answer
    assert browser.visits[0].final is not None and browser.visits[0].final.method == "POST"
    assert [c.status for c in ms.routes("token")] == [200]
    # No token or code in our own logs.
    tokens = list(parse_qs(ms.routes("token")[0].body.decode()).get("code", []))
    assert tokens
    for record in caplog.records:
        assert all(t not in record.getMessage() for t in tokens)
        assert "fake-at-" not in record.getMessage() and "fake-rt-" not in record.getMessage()


def test_silent_token_from_the_stored_cache(ms: FakeMicrosoft) -> None:
    store = MemorySecrets()
    store.set(CACHE_SECRET, signed_in_cache(ms))  # as a sign-in leaves it
    auth = MicrosoftAuth(ms.client_id, store)
    assert auth.address() == ms.user.address
    token = auth.token()
    assert token.startswith("fake-at-") and token in ms.access
    assert len(ms.routes("token")) == 1  # the cached access token was used as is
    ms.expire_access_tokens()
    refreshed = auth.token(force_refresh=True)
    assert refreshed != token and len(ms.routes("token")) == 2
    assert len(ms.routes("authorize")) == 1
    # The refreshed cache was written back: a third instance sees the new token.
    assert MicrosoftAuth(ms.client_id, store).token() == refreshed


def test_revoked_grant_is_auth_error(ms: FakeMicrosoft) -> None:
    store = MemorySecrets()
    store.set(CACHE_SECRET, signed_in_cache(ms))  # as a sign-in leaves it
    ms.revoke_all()
    auth = MicrosoftAuth(ms.client_id, store)
    with pytest.raises(AuthError):
        auth.token(force_refresh=True)
    assert ms.routes("token")[-1].status == 400


def test_failing_token_endpoint_is_a_network_error_not_a_reconnect(ms: FakeMicrosoft) -> None:
    store = MemorySecrets()
    store.set(CACHE_SECRET, signed_in_cache(ms))  # as a sign-in leaves it
    ms.inject("token", 503)
    auth = MicrosoftAuth(ms.client_id, store)
    with pytest.raises(NetworkError):
        auth.token(force_refresh=True)
    assert auth.signed_in()  # the refresh token was kept for the next try


def test_refused_consent_is_auth_error_and_stores_nothing(
    ms: FakeMicrosoft, browser: TestBrowser
) -> None:
    ms.deny_consent = True
    store = MemorySecrets()
    with pytest.raises(AuthError, match="cancelled or consent was refused"):
        connect_outlook(ms.client_id, store, timeout=30)
    assert not ms.routes("token")
    assert not MicrosoftAuth(ms.client_id, store).signed_in()


def test_unknown_client_id_never_reaches_the_listener(
    ms: FakeMicrosoft, browser: TestBrowser
) -> None:
    with pytest.raises(AuthError):
        connect_outlook("00000000-0000-0000-0000-000000000000", MemorySecrets(), timeout=1)
    browser.wait()  # the browser's thread records the visit after the app has its answer
    assert browser.visits[0].final is not None and browser.visits[0].final.status == 400
    assert not ms.routes("token")


def test_not_signed_in_is_auth_error(ms: FakeMicrosoft) -> None:
    with pytest.raises(AuthError):
        MicrosoftAuth(ms.client_id, MemorySecrets()).token()


def test_test_ca_is_trusted_only_through_requests_ca_bundle(
    ms: FakeMicrosoft, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Without the bundle, the HTTPS fake's certificate is not trusted: no silent bypass.
    other = make_ca(tmp_path)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other.ca_file))
    with pytest.raises(NetworkError):
        MicrosoftAuth(ms.client_id, MemorySecrets()).token()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ms.ca.ca_file))
    with pytest.raises(AuthError):  # reachable now; simply not signed in
        MicrosoftAuth(ms.client_id, MemorySecrets()).token()


def test_cache_is_split_into_parts_in_a_small_keyring(
    ms: FakeMicrosoft, browser: TestBrowser
) -> None:
    backend = SmallKeyring()
    store = KeyringSecrets("account:7", backend=backend)
    connect_outlook(ms.client_id, store, timeout=30)
    names = [user for _service, user in backend.values]
    assert f"account:7:{CACHE_SECRET}#1" in names  # more than one part
    assert max(len(v) for v in backend.values.values()) <= secrets_mod.PART_SIZE
    auth = MicrosoftAuth(ms.client_id, KeyringSecrets("account:7", backend=backend))
    assert auth.address() == ms.user.address
    assert auth.token() in ms.access
    disconnect_outlook(store)
    assert backend.values == {}


def test_sign_out_forgets_every_token(ms: FakeMicrosoft) -> None:
    store = MemorySecrets()
    store.set(CACHE_SECRET, signed_in_cache(ms))  # as a sign-in leaves it
    auth = MicrosoftAuth(ms.client_id, store)
    auth.token()
    auth.sign_out()
    assert store.get(CACHE_SECRET) is None
    with pytest.raises(AuthError):
        auth.token()


def test_login_times_out_when_the_browser_never_returns(ms: FakeMicrosoft) -> None:
    idle = TestBrowser(name="idle-test-browser")
    idle.open = lambda url, new=0, autoraise=True: True  # type: ignore[method-assign]
    webbrowser.register(idle.name, None, idle, preferred=True)
    try:
        with pytest.raises(AuthError, match="took too long"):
            connect_outlook(ms.client_id, MemorySecrets(), timeout=1)
    finally:
        idle.uninstall()
    assert not ms.routes("token")


def test_loopback_listener_refuses_forged_and_late_answers(
    ms: FakeMicrosoft, browser: TestBrowser
) -> None:
    forged: list[int] = []

    def attacker(url: str) -> None:
        # Another page (DNS rebinding: a foreign Host header) posts a code of its own.
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        resp = requests.post(
            redirect,
            data={"code": "forged-code", "state": "guessed"},
            headers={"Host": "evil.example"},
            timeout=5,
        )
        forged.append(resp.status_code)

    browser.before_follow.append(attacker)
    assert connect_outlook(ms.client_id, MemorySecrets(), timeout=30) == ms.user.address
    assert forged == [400]  # msal checked the state and kept waiting for the real answer
    (exchange,) = ms.routes("token")
    assert parse_qs(exchange.body.decode())["code"][0] != "forged-code"
    # Once the answer arrived the listener is gone: a second request cannot reach it.
    redirect = parse_qs(urlsplit(browser.urls[0]).query)["redirect_uri"][0]
    with pytest.raises(requests.ConnectionError):
        requests.post(redirect, data={"code": "late", "state": "x"}, timeout=5)
    assert len(ms.routes("token")) == 1


@pytest.mark.slow
def test_cache_round_trip_through_a_real_keyring(
    ms: FakeMicrosoft, browser: TestBrowser, secret_service: SecretService
) -> None:
    """connect -> cache in parts in gnome-keyring -> silent token from it -> disconnect."""
    store = KeyringSecrets("outlook-e2e", backend=secret_service.backend)
    connect_outlook(ms.client_id, store, timeout=30)
    head = secret_service.get(secrets_mod.SERVICE, f"outlook-e2e:{CACHE_SECRET}")
    assert head is not None and head.startswith("parts:")  # an msal cache is large
    parts = int(head.removeprefix("parts:"))
    assert parts >= 2
    fresh = KeyringSecrets("outlook-e2e", backend=secret_service.backend)
    auth = MicrosoftAuth(ms.client_id, fresh)
    assert auth.address() == ms.user.address
    assert auth.token() in ms.access
    disconnect_outlook(fresh)
    for name in [CACHE_SECRET] + [f"{CACHE_SECRET}#{i}" for i in range(parts)]:
        assert secret_service.get(secrets_mod.SERVICE, f"outlook-e2e:{name}") is None
