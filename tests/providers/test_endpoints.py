"""Endpoint overrides: env wins over settings, which win over a client file's URIs."""

from __future__ import annotations

import pytest

from applytrack_desktop.providers import endpoints as ep


def test_defaults_are_the_real_endpoints() -> None:
    g = ep.google(env={})
    assert g.gmail_api == "https://gmail.googleapis.com/"
    assert g.batch_uri == "https://gmail.googleapis.com/batch/gmail/v1"
    assert g.token_uri == "https://oauth2.googleapis.com/token"
    assert not g.insecure_ok()
    m = ep.microsoft(env={})
    assert m.authority == "https://login.microsoftonline.com/common"
    assert m.graph_api == "https://graph.microsoft.com/v1.0/"
    assert not m.custom_authority


def test_env_wins_over_settings_and_client_file() -> None:
    env = {ep.GOOGLE_TOKEN_URI: "http://127.0.0.1:9/token", ep.GMAIL_API: "http://127.0.0.1:9"}
    cfg = {"token_uri": "https://file.example/token", "auth_uri": "https://file.example/auth"}
    settings = {ep.GOOGLE_AUTH_URI: "http://127.0.0.1:9/auth", ep.GOOGLE_TOKEN_URI: "http://x/"}
    g = ep.google(settings, client_config=cfg, env=env)
    assert g.token_uri == "http://127.0.0.1:9/token"
    assert g.auth_uri == "http://127.0.0.1:9/auth"  # the setting beats the file
    assert g.gmail_api == "http://127.0.0.1:9/"  # a trailing slash is added
    assert g.batch_uri == "http://127.0.0.1:9/batch/gmail/v1"


def test_client_file_used_when_nothing_overrides() -> None:
    g = ep.google(client_config={"token_uri": "https://file.example/token"}, env={})
    assert g.token_uri == "https://file.example/token"


def test_insecure_only_when_every_endpoint_is_loopback() -> None:
    half = {
        ep.GOOGLE_TOKEN_URI: "http://127.0.0.1:9/token",
        ep.GOOGLE_AUTH_URI: "http://localhost/a",
    }
    assert not ep.google(env=half).insecure_ok()
    full = dict(
        half, **{ep.GMAIL_API: "http://127.0.0.1:9/", ep.GOOGLE_REVOKE_URI: "http://[::1]/r"}
    )
    assert ep.google(env=full).insecure_ok()


def test_microsoft_tenant_and_custom_authority() -> None:
    assert ep.microsoft(tenant="contoso.com", env={}).authority.endswith("/contoso.com")
    custom = ep.microsoft(env={ep.MS_AUTHORITY: "https://127.0.0.1:5/tenant/"}, tenant="other")
    assert custom.authority == "https://127.0.0.1:5/tenant"
    assert custom.custom_authority


def test_unknown_key_refused() -> None:
    with pytest.raises(KeyError):
        ep.resolve("APPLYTRACK_NOPE")
