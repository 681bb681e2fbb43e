"""Where each provider's servers are, so the real client code can be pointed at test servers.

CONTRACTS.md ("Provider endpoints are settings") fixes six env variables that override the
real endpoints. They are also settings: a caller may pass its own ``overrides`` mapping
(same keys). The env variable wins over a setting, and both win over a URI found in a
client config file, so a test harness can redirect everything without touching user files.

Google and Microsoft endpoints live here together so every provider resolves them the
same way.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

GMAIL_API = "APPLYTRACK_GMAIL_API"
GOOGLE_AUTH_URI = "APPLYTRACK_GOOGLE_AUTH_URI"
GOOGLE_TOKEN_URI = "APPLYTRACK_GOOGLE_TOKEN_URI"
GOOGLE_REVOKE_URI = "APPLYTRACK_GOOGLE_REVOKE_URI"
MS_AUTHORITY = "APPLYTRACK_MS_AUTHORITY"
GRAPH_API = "APPLYTRACK_GRAPH_API"

DEFAULTS: dict[str, str] = {
    GMAIL_API: "https://gmail.googleapis.com/",
    GOOGLE_AUTH_URI: "https://accounts.google.com/o/oauth2/auth",
    GOOGLE_TOKEN_URI: "https://oauth2.googleapis.com/token",
    GOOGLE_REVOKE_URI: "https://oauth2.googleapis.com/revoke",
    MS_AUTHORITY: "https://login.microsoftonline.com/common",
    GRAPH_API: "https://graph.microsoft.com/v1.0/",
}

_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def resolve(
    key: str,
    overrides: Mapping[str, str] | None = None,
    *,
    file_value: str | None = None,
    env: Mapping[str, str] | None = None,
) -> str:
    """One endpoint: env, then the ``overrides`` setting, then the client file, then the default."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown endpoint setting {key}")
    environ = os.environ if env is None else env
    for candidate in (environ.get(key), (overrides or {}).get(key), file_value):
        if candidate and candidate.strip():
            return candidate.strip()
    return DEFAULTS[key]


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def is_loopback(url: str) -> bool:
    """True for http(s) URLs on 127.0.0.1 / localhost: test servers, never real endpoints."""
    host = urlsplit(url).hostname or ""
    return host in _LOOPBACK_HOSTS


@dataclass(frozen=True, slots=True)
class GoogleEndpoints:
    gmail_api: str  # ends with "/"; batch requests go to f"{gmail_api}batch/gmail/v1"
    auth_uri: str
    token_uri: str
    revoke_uri: str

    @property
    def batch_uri(self) -> str:
        return f"{self.gmail_api}batch/gmail/v1"

    def all_loopback(self) -> bool:
        return all(
            is_loopback(u) for u in (self.gmail_api, self.auth_uri, self.token_uri, self.revoke_uri)
        )

    def insecure_ok(self) -> bool:
        """Plain http is only acceptable when every endpoint is a loopback test server."""
        return self.all_loopback()


@dataclass(frozen=True, slots=True)
class MicrosoftEndpoints:
    authority: str  # tenant included, used as is
    graph_api: str  # ends with "/"
    custom_authority: bool  # True when overridden: msal then runs with instance_discovery=False


def google(
    overrides: Mapping[str, str] | None = None,
    *,
    client_config: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
) -> GoogleEndpoints:
    """The Google endpoints; ``client_config`` is the "installed" section of client_secret.json."""
    cfg = client_config or {}

    def from_file(name: str) -> str | None:
        value = cfg.get(name)
        return value if isinstance(value, str) else None

    return GoogleEndpoints(
        gmail_api=_with_slash(resolve(GMAIL_API, overrides, env=env)),
        auth_uri=resolve(GOOGLE_AUTH_URI, overrides, file_value=from_file("auth_uri"), env=env),
        token_uri=resolve(GOOGLE_TOKEN_URI, overrides, file_value=from_file("token_uri"), env=env),
        revoke_uri=resolve(GOOGLE_REVOKE_URI, overrides, env=env),
    )


def microsoft(
    overrides: Mapping[str, str] | None = None,
    *,
    tenant: str | None = None,
    env: Mapping[str, str] | None = None,
) -> MicrosoftEndpoints:
    """The Microsoft endpoints. ``tenant`` replaces "common" in the default authority only."""
    environ = os.environ if env is None else env
    custom = bool(
        (environ.get(MS_AUTHORITY) or "").strip() or ((overrides or {}).get(MS_AUTHORITY) or "")
    )
    authority = resolve(MS_AUTHORITY, overrides, env=env).rstrip("/")
    if not custom and tenant:
        authority = authority.rsplit("/", 1)[0] + "/" + tenant
    return MicrosoftEndpoints(
        authority=authority,
        graph_api=_with_slash(resolve(GRAPH_API, overrides, env=env)),
        custom_authority=custom,
    )
