"""Connecting a Gmail account: loopback OAuth with PKCE, the token in the keyring, revoke.

The user brings their own OAuth client (a Google ``client_secret.json`` of the
"installed" type); nothing is hard-coded. google-auth-oauthlib's ``InstalledAppFlow``
builds the authorization URL (PKCE S256 verifier, ``state``) and exchanges the code, but
its ``run_local_server`` takes the *first* request that reaches the port, whatever its
``Host`` header, and logs the request line (which holds the code). So the loopback
listener here is our own: it binds 127.0.0.1 on an OS-chosen port and accepts one request
only if it has the expected ``Host``, path and ``state``; anything else gets a 400 and no
token exchange. Once the valid redirect arrives the listener closes, so a second request
finds no one listening.

The refresh token goes to the ``SecretStore`` (the OS keyring) under
``gmail:{address}:token`` and nowhere else; tokens and codes are never logged.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import wsgiref.simple_server
import wsgiref.util
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import requests
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow
from oauthlib.oauth2.rfc6749.errors import (  # type: ignore[import-untyped]
    AccessDeniedError,
    OAuth2Error,
)

from applytrack_desktop.core.errors import (
    AuthError,
    InvalidInputError,
    NetworkError,
    UserFacingError,
)
from applytrack_desktop.providers import browser
from applytrack_desktop.providers import endpoints as ep
from applytrack_desktop.providers.secrets import SecretStore

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
SUCCESS_PAGE = b"ApplyTrack is connected to Gmail. You can close this window."
REFUSED_PAGE = b"This request was not expected by ApplyTrack and was refused."


def token_secret_name(address: str) -> str:
    return f"gmail:{address.lower()}:token"


def load_client_config(source: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    """A Google client_secret.json (path or parsed), checked to be an "installed" client."""
    if isinstance(source, Mapping):
        data: Any = dict(source)
    else:
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(
                f"Could not read the Google client file {Path(source).name}: expected the "
                "client_secret JSON downloaded from Google Cloud Console."
            ) from exc
    section = data.get("installed") if isinstance(data, dict) else None
    if not isinstance(section, dict) or not section.get("client_id"):
        raise InvalidInputError(
            'The Google client file must be for a Desktop app (an "installed" client with a '
            "client_id); create one under APIs & Services, Credentials."
        )
    return {"installed": dict(section)}


@contextlib.contextmanager
def insecure_transport_if_loopback(endpoints: ep.GoogleEndpoints) -> Iterator[None]:
    """oauthlib refuses plain http; allow it only while every endpoint is a loopback server."""
    if not endpoints.insecure_ok():
        yield
        return
    previous = os.environ.get("OAUTHLIB_INSECURE_TRANSPORT")
    os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("OAUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = previous


@contextlib.contextmanager
def _quiet_oauth_libraries() -> Iterator[None]:
    """requests-oauthlib logs the token response at DEBUG: hold it at WARNING meanwhile.

    ``logs.setup_logging`` already does this app-wide; this also covers callers (tests,
    scripts) that turned DEBUG on themselves.
    """
    loggers = [logging.getLogger(name) for name in ("requests_oauthlib", "oauthlib")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(max(lg.level, logging.WARNING))
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


class _QuietHandler(wsgiref.simple_server.WSGIRequestHandler):
    timeout = 3  # an idle connection (a browser preconnect) must not hold the listener long

    def log_message(self, format: str, *args: Any) -> None:
        """The request line carries the authorization code: never print or log it."""


class LoopbackRedirect:
    """WSGI app: accepts exactly one redirect with the right Host, path and state."""

    def __init__(self, port: int, state: str) -> None:
        self.expected_host = f"127.0.0.1:{port}"
        self.state = state
        self.uri: str | None = None
        self.refused = 0

    def _valid(self, environ: Mapping[str, Any]) -> bool:
        if self.uri is not None or environ.get("REQUEST_METHOD") != "GET":
            return False
        if environ.get("HTTP_HOST") != self.expected_host or environ.get("PATH_INFO") != "/":
            return False
        params = parse_qs(environ.get("QUERY_STRING", ""))
        if params.get("state") != [self.state]:
            return False
        return len(params.get("code", [])) == 1 or len(params.get("error", [])) == 1

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        headers = [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")]
        if not self._valid(environ):
            self.refused += 1
            start_response("400 Bad Request", headers)
            return [REFUSED_PAGE]
        self.uri = wsgiref.util.request_uri(environ)
        start_response("200 OK", headers)
        return [SUCCESS_PAGE]


def run_loopback_flow(
    flow: InstalledAppFlow,
    *,
    timeout: float,
    open_browser: bool = True,
    on_url: Callable[[str], None] | None = None,
) -> str:
    """Open the consent page and wait for the one valid redirect; returns its URI."""
    server = wsgiref.simple_server.make_server(
        "127.0.0.1", 0, lambda e, s: [], handler_class=_QuietHandler
    )
    try:
        port = server.server_port
        flow.redirect_uri = f"http://127.0.0.1:{port}/"
        auth_url, state = flow.authorization_url(access_type="offline", prompt="consent")
        app = LoopbackRedirect(port, state)
        server.set_app(app)
        if on_url is not None:
            on_url(auth_url)
        if open_browser:
            # Detached: a BROWSER command that waits would block our listener.
            browser.open_detached(auth_url)
        deadline = time.monotonic() + timeout
        while app.uri is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise UserFacingError(
                    "No answer came back from Google's sign-in page in time; try again.",
                    title="Sign-in timed out",
                )
            server.timeout = remaining
            server.handle_request()
        return app.uri
    finally:
        server.server_close()


def exchange_code(
    flow: InstalledAppFlow, redirect_uri: str, endpoints: ep.GoogleEndpoints
) -> Credentials:
    """Trade the code (with the PKCE verifier) for tokens; map every failure to our errors."""
    # oauthlib insists the redirect it parses is https; the listener is http on loopback.
    response = "https://" + redirect_uri.removeprefix("http://")
    try:
        with insecure_transport_if_loopback(endpoints):
            flow.fetch_token(authorization_response=response)
    except AccessDeniedError as exc:
        raise UserFacingError(
            "Google sign-in was cancelled, so Gmail was not connected.", title="Not connected"
        ) from exc
    except Warning as exc:  # oauthlib raises a bare Warning: "Scope has changed from ..."
        if "Scope has changed" not in str(exc):
            raise
        raise _scope_error() from None
    except OAuth2Error as exc:
        raise AuthError(
            f"Google refused the sign-in ({exc.error}); try connecting again."
        ) from None
    except requests.RequestException as exc:
        raise NetworkError("Could not reach Google to finish signing in.") from exc
    granted = (flow.oauth2session.token or {}).get("scope") or []
    if isinstance(granted, str):
        granted = granted.split()
    if GMAIL_SCOPE not in granted:  # e.g. OAUTHLIB_RELAX_TOKEN_SCOPE set in the env
        raise _scope_error()
    creds: Credentials = flow.credentials
    if not creds.refresh_token:
        raise AuthError("Google did not return a refresh token; remove the app's access and retry.")
    return creds


def _scope_error() -> UserFacingError:
    return UserFacingError(
        'Gmail read access was not granted. Connect again and leave "View your email messages '
        "and settings\" ticked on Google's consent screen.",
        title="Permission missing",
    )


def store_token(
    secrets: SecretStore, address: str, refresh_token: str, client_id: str, client_secret: str
) -> str:
    """Keep what a later sync needs to refresh; the token URI is resolved at sync time."""
    name = token_secret_name(address)
    payload = {
        "refresh_token": refresh_token,
        "client_id": client_id,
        "client_secret": client_secret,
        "scopes": [GMAIL_SCOPE],
    }
    secrets.set(name, json.dumps(payload))
    return name


def stored_client_config(secrets: SecretStore, address: str) -> dict[str, Any] | None:
    """The OAuth client a stored grant was made with, as a client config, or None.

    The grant's secret keeps the client id and secret (a refresh needs them), so a
    reconnect can sign in again without asking for client_secret.json; the endpoints come
    from ``endpoints.google`` as for any config.
    """
    raw = secrets.get(token_secret_name(address))
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("client_id"), str):
        return None
    if not data["client_id"]:
        return None
    return {
        "installed": {
            "client_id": data["client_id"],
            "client_secret": str(data.get("client_secret") or ""),
        }
    }


def load_credentials(
    secrets: SecretStore, address: str, endpoints: ep.GoogleEndpoints
) -> Credentials:
    raw = secrets.get(token_secret_name(address))
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        data = None
    if not isinstance(data, dict) or not data.get("refresh_token"):
        raise AuthError(f"The Gmail account {address} needs to be connected again.")
    return Credentials(
        token=None,
        refresh_token=data["refresh_token"],
        token_uri=endpoints.token_uri,
        client_id=data.get("client_id"),
        client_secret=data.get("client_secret"),
        scopes=data.get("scopes") or [GMAIL_SCOPE],
    )


def connect_gmail(
    client_config: str | Path | Mapping[str, Any],
    secrets: SecretStore,
    *,
    settings: Mapping[str, str] | None = None,
    timeout: float = 300.0,
    open_browser: bool = True,
    on_url: Callable[[str], None] | None = None,
) -> str:
    """Run the browser sign-in, store the refresh token, and return the Gmail address."""
    from applytrack_desktop.providers.gmail_api import GmailApi  # avoids an import cycle

    config = load_client_config(client_config)
    endpoints = ep.google(settings, client_config=config["installed"])
    # The env/settings endpoints win over the URIs written in the user's file.
    config["installed"]["auth_uri"] = endpoints.auth_uri
    config["installed"]["token_uri"] = endpoints.token_uri
    # PKCE: google-auth-oauthlib 1.x makes an S256 verifier by default; say so explicitly.
    flow = InstalledAppFlow.from_client_config(
        config, scopes=[GMAIL_SCOPE], autogenerate_code_verifier=True
    )
    # oauthlib checks for https both when building the URL and when exchanging the code.
    with insecure_transport_if_loopback(endpoints), _quiet_oauth_libraries():
        redirect = run_loopback_flow(
            flow, timeout=timeout, open_browser=open_browser, on_url=on_url
        )
        creds = exchange_code(flow, redirect, endpoints)
    api = GmailApi(creds, endpoints)
    try:
        address = str(api.profile()["emailAddress"])
    finally:
        api.close()
    store_token(
        secrets,
        address,
        creds.refresh_token,
        config["installed"]["client_id"],
        config["installed"].get("client_secret", ""),
    )
    return address


def revoke(token: str, *, settings: Mapping[str, str] | None = None, timeout: float = 15.0) -> None:
    """Revoke a refresh (or access) token at Google: the token goes in the POST body."""
    endpoints = ep.google(settings)
    try:
        resp = requests.post(
            endpoints.revoke_uri,
            data={"token": token},
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=timeout,
        )
    except requests.RequestException as exc:
        raise NetworkError("Could not reach Google to revoke access.") from exc
    if resp.status_code == 400:
        return  # invalid_token: already revoked or expired, which is what we wanted
    if resp.status_code >= 300:
        raise NetworkError(f"Google did not confirm the revocation (HTTP {resp.status_code}).")


def disconnect_gmail(
    secrets: SecretStore, address: str, *, settings: Mapping[str, str] | None = None
) -> None:
    """Revoke the stored grant (best effort) and forget it."""
    raw = secrets.get(token_secret_name(address))
    token = None
    with contextlib.suppress(ValueError, TypeError, AttributeError):
        token = json.loads(raw or "").get("refresh_token")
    try:
        if token:
            revoke(token, settings=settings)
    finally:
        secrets.delete(token_secret_name(address))
