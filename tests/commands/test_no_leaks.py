"""No leaks during a full sync: logs, network, temp files, errors (issue 6, "No leaks").

One harness sync of three real providers against local servers (fake Gmail over HTTP,
fake Microsoft identity + Graph over HTTPS, a real Dovecot over TLS) through
``applytrack -v sync``, with every library logger at DEBUG. The mail carries canary
words; the log file and stderr must hold no canary, token, client secret or password;
every socket connect and DNS lookup must go to 127.0.0.1; the temp folder stays empty.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.core.models import AccountKind
from applytrack_desktop.providers import outlook
from applytrack_desktop.providers.imap import PASSWORD_SECRET
from applytrack_desktop.providers.ms_auth import CACHE_SECRET
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts as accounts_q
from applytrack_desktop.sync import accounts
from tests.conftest import MemoryKeyring
from tests.fakes.browser import TestBrowser
from tests.fakes.dovecot import ImapAccount
from tests.fakes.google_server import FakeGoogle
from tests.fakes.microsoft_env import shared_ca, signed_in_cache
from tests.fakes.microsoft_server import FakeMicrosoft
from tests.support.canaries import canary
from tests.support.logging_capture import debug_logging

__all__ = ["debug_logging"]  # a fixture used below

# -- recording every connect and DNS lookup (audit hooks cannot be removed: install once) --
_recorded: list[tuple[str, Any]] | None = None
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    recorded = _recorded
    if recorded is None:
        return
    if event == "socket.connect":
        recorded.append(("connect", args[1]))
    elif event == "socket.getaddrinfo":
        recorded.append(("dns", args[0]))


@pytest.fixture
def network_log() -> Iterator[list[tuple[str, Any]]]:
    global _recorded, _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    _recorded = []
    try:
        yield _recorded
    finally:
        _recorded = None


def job_mail(to: str, label: str) -> tuple[bytes, list[str]]:
    """An interview invitation carrying canaries in its subject and body."""
    subject_word, body_word = canary(label + "subj"), canary(label + "body")
    when = format_datetime(datetime.now(UTC) - timedelta(days=1))
    raw = (
        f"From: Jane Recruiter <jane@acme-robotics.com>\r\nTo: {to}\r\n"
        f"Subject: Interview invitation: Data Engineer at Acme Robotics {subject_word}\r\n"
        f"Date: {when}\r\nMessage-ID: <{label}-{body_word[:8]}@acme-robotics.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi Sam,\r\n\r\nThank you for applying for the Data Engineer position at Acme "
        "Robotics. We would like to invite you to a 30-minute phone interview next week. "
        f"Please pick a slot that suits you. Reference {body_word}.\r\n\r\nBest,\r\n"
        "Jane, Recruiting at Acme Robotics\r\n"
    ).encode()
    return raw, [subject_word, body_word]


def _secrets_in_cache(cache: str) -> list[str]:
    data = json.loads(cache)
    found = []
    for section in ("AccessToken", "RefreshToken", "IdToken"):
        found += [entry["secret"] for entry in data.get(section, {}).values()]
    return found


@pytest.mark.slow
def test_full_sync_leaks_nothing(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    imap_account: ImapAccount,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    network_log: list[tuple[str, Any]],
    debug_logging: Path,
) -> None:
    data = tmp_path / "data"
    canaries: list[str] = []
    secrets_used: list[str] = [imap_account.password]
    with FakeGoogle() as google:
        ms = FakeMicrosoft(ca=shared_ca(), lifetime=120).start()
        try:
            bundle = tmp_path / "cas.pem"
            bundle.write_bytes(
                ms.ca.ca_file.read_bytes() + imap_account.server.ca_file.read_bytes()
            )
            for name, value in {**google.env(), **ms.env()}.items():
                monkeypatch.setenv(name, value)
            monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
            monkeypatch.setenv("SSL_CERT_FILE", str(bundle))

            raw, words = job_mail(google.mailbox.address, "gm")
            google.mailbox.add_raw(raw)
            canaries += words
            raw, words = job_mail("me@outlook.example", "ms")
            ms.mailbox.add_raw(raw)
            canaries += words
            raw, words = job_mail(imap_account.user, "im")
            imap_account.append(raw)
            canaries += words

            cache = signed_in_cache(ms)
            secrets_used += _secrets_in_cache(cache)
            # Gmail is connected for real (loopback OAuth, PKCE, code exchange) with every
            # library logging at DEBUG: that is where codes and tokens travel.
            client_file = tmp_path / "client_secret.json"
            client_file.write_text(json.dumps(google.client_config()), encoding="utf-8")
            browser = TestBrowser().install()
            try:
                code = main(
                    ["-v", "--data-dir", str(data), "accounts", "add", "gmail",
                     "--client-config", str(client_file), "--since", "2000-01-01"]
                )  # fmt: skip
            finally:
                browser.wait()
                browser.uninstall()
            assert code == 0, capsys.readouterr().err
            with google.lock:
                secrets_used += [google.client_secret, *google.grants, *google.access]
                for call in google.calls:  # the code exchange: code and PKCE verifier
                    if call.route == "token":
                        form = parse_qs(call.body.decode())
                        secrets_used += form.get("code", []) + form.get("code_verifier", [])
            assert len(secrets_used) >= 8
            with Service.open(data) as service:
                store = service.store

                def add(kind: AccountKind, address: str, ns: str, **extra: str) -> None:
                    settings = {accounts.SECRETS_SETTING: ns, "since": "2000-01-01", **extra}
                    store.write(lambda c: accounts_q.insert(c, kind, address, settings=settings))

                add(
                    AccountKind.OUTLOOK,
                    "me@outlook.example",
                    "m",
                    **outlook.account_settings(ms.client_id),
                )
                accounts.secrets_for(store, "m").set(CACHE_SECRET, cache)
                port = str(imap_account.server.port)
                add(AccountKind.IMAP, imap_account.user, "i", host="127.0.0.1", port=port)
                accounts.secrets_for(store, "i").set(PASSWORD_SECRET, imap_account.password)

            temp = tmp_path / "tmpdir"
            temp.mkdir()
            monkeypatch.setenv("TMPDIR", str(temp))
            monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
            network_log.clear()

            code = main(["-v", "--data-dir", str(data), "sync"])

            recorded = list(network_log)
            out, err = capsys.readouterr()
            secrets_used += list(google.access)  # access tokens the fake handed out
            servers = {google.base.rsplit(":", 1)[1], ms.authority.split("/")[2].split(":")[1]}
        finally:
            ms.stop()
    assert code == 0, err
    with Service.open(data) as service, service.store.read() as conn:
        stored = conn.execute("SELECT count(*) FROM emails").fetchone()[0]
    assert stored == 3  # every provider really delivered its mail

    log_text = debug_logging.read_text(encoding="utf-8")
    assert "urllib3.connectionpool" in log_text  # the libraries did log at DEBUG
    for text in (log_text, err, out):
        leaked = [c for c in canaries if c in text]
        assert leaked == [], "message content in the log"
        forms = {form for s in secrets_used if s for form in (s, quote(s, safe=""))}
        assert [s for s in forms if s in text] == [], "a secret in the log (maybe URL-encoded)"

    allowed_ports = {int(p) for p in servers} | {imap_account.server.port}
    connects = [a for kind, a in recorded if kind == "connect"]
    assert connects, "no connection was recorded"
    assert all(a[0] == "127.0.0.1" and a[1] in allowed_ports for a in connects), connects
    lookups = {host for kind, host in recorded if kind == "dns"}
    assert lookups <= {"127.0.0.1", "localhost", b"127.0.0.1"}, lookups
    # Nothing of a message went to a temp file. The one file there is onnxruntime's: its
    # bundled 1DS telemetry library writes ``.ses`` (a timestamp and a random session id)
    # when the module is imported, before telemetry can be turned off; it holds no mail.
    left = {p.name: p.read_bytes() for p in temp.iterdir()}
    assert set(left) <= {".ses"}, sorted(left)
    assert [c for c in canaries for blob in left.values() if c.encode() in blob] == []
