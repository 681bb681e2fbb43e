"""Ready-made Outlook test set-ups: a signed-in token cache and a conformance env.

``signed_in_cache`` runs msal's own auth-code flow against the fake (authorize, the
form_post answer, the token exchange with PKCE) without the loopback listener, whose
one-second polling would slow every test down; the interactive path itself is tested in
``tests/providers/test_ms_auth.py``. ``OutlookEnv`` plugs the Outlook provider into the
provider conformance suite (``tests/providers/conformance.py``).
"""

from __future__ import annotations

import html.parser
import threading

import msal
import pytest
import requests

from applytrack_desktop.providers.base import MailProvider
from applytrack_desktop.providers.ms_auth import CACHE_SECRET, MAIL_READ
from applytrack_desktop.providers.outlook import OutlookProvider
from applytrack_desktop.providers.secrets import MemorySecrets
from tests.fakes.microsoft_server import FakeMicrosoft
from tests.fakes.tls import TestCA, make_ca
from tests.providers.conformance import message_id_of

_ca: TestCA | None = None
_ca_lock = threading.Lock()


def shared_ca() -> TestCA:
    """One test CA per process: making one costs a key generation."""
    global _ca
    with _ca_lock:
        if _ca is None:
            _ca = make_ca()
        return _ca


class _Inputs(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "input" and found.get("name"):
            self.fields[found["name"]] = found.get("value", "")


def signed_in_cache(ms: FakeMicrosoft) -> str:
    """A serialized msal token cache for the fake's user, as a sign-in would leave it."""
    session = requests.Session()
    session.trust_env = False
    session.verify = str(ms.ca.ca_file)
    cache = msal.SerializableTokenCache()
    app = msal.PublicClientApplication(
        ms.client_id,
        authority=ms.authority,
        token_cache=cache,
        http_client=session,
        instance_discovery=False,
    )
    flow = app.initiate_auth_code_flow(
        [MAIL_READ], redirect_uri="http://localhost:1", response_mode="form_post"
    )
    page = session.get(flow["auth_uri"], timeout=10)
    page.raise_for_status()
    form = _Inputs()
    form.feed(page.text)
    result = app.acquire_token_by_auth_code_flow(flow, form.fields)
    assert "access_token" in result, result.get("error")
    session.close()
    return str(cache.serialize())


class OutlookEnv:
    """A fresh fake mailbox; new mail alternates between the Inbox and Inbox/Jobs."""

    name = "outlook"
    supports_deletion = True
    can_skip_body = True

    def __init__(self, ms: FakeMicrosoft) -> None:
        self.ms = ms
        self.jobs = ms.mailbox.add_folder("Jobs")
        self.cache = signed_in_cache(ms)
        self.ids: dict[str, str] = {}  # Message-ID -> Graph id

    def add_message(self, raw: bytes) -> None:
        folder = self.ms.mailbox.inbox_id if len(self.ids) % 2 == 0 else self.jobs
        self.ids[message_id_of(raw)] = self.ms.mailbox.add_raw(raw, folder=folder)

    def delete_message(self, message_id: str) -> None:
        self.ms.mailbox.delete(self.ids.pop(message_id))

    def make_provider(self, page_size: int = 100) -> MailProvider:
        store = MemorySecrets()
        store.set(CACHE_SECRET, self.cache)
        return OutlookProvider(self.ms.client_id, store, page_size=page_size)

    def bodies_fetched(self, provider: MailProvider) -> int | None:
        assert isinstance(provider, OutlookProvider)
        return provider.bodies_fetched


def outlook_env(request: pytest.FixtureRequest) -> OutlookEnv:
    """A conformance env factory: starts a fake for this test, pointed at by the env."""
    ms = FakeMicrosoft(ca=shared_ca(), lifetime=120).start()
    request.addfinalizer(ms.stop)
    monkeypatch = request.getfixturevalue("monkeypatch")
    for key, value in ms.env().items():
        monkeypatch.setenv(key, value)
    return OutlookEnv(ms)
