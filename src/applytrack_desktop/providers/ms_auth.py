"""Signing in to a Microsoft account with msal, and keeping its token cache in the keyring.

msal does the OAuth work (loopback listener on 127.0.0.1 with an OS-chosen port, PKCE,
state, ``response_mode=form_post``, refresh). This module decides what msal is given and
what becomes of its results:

- the authority comes from ``endpoints.microsoft`` (``APPLYTRACK_MS_AUTHORITY`` wins, used
  as is, and then msal runs with ``instance_discovery=False``);
- the HTTP client is a plain ``requests.Session``, so ``REQUESTS_CA_BUNDLE`` is honoured
  as the contract says (that is how a test CA is trusted; nothing test-only here);
- the only scope asked for is Graph ``Mail.Read`` (msal adds openid/profile/offline_access);
- the serialized token cache lives in a ``SecretStore`` and is written back after every
  change; it never touches a file. Tokens are never logged or put in an exception.

Failures become our errors: a refused or revoked grant is ``AuthError`` (reconnect),
an unreachable service ``NetworkError``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import Any

import msal
import requests
from msal.exceptions import MsalServiceError
from msal.oauth2cli.oauth2 import BrowserInteractionTimeoutError

from applytrack_desktop.core.errors import AuthError, NetworkError, ProviderError
from applytrack_desktop.providers import browser, endpoints
from applytrack_desktop.providers.secrets import SecretStore

log = logging.getLogger(__name__)

# The full form names the resource unambiguously, so the access token msal caches is
# found again by the same scope on the next silent call.
MAIL_READ = "https://graph.microsoft.com/Mail.Read"
SCOPES = (MAIL_READ,)
CACHE_SECRET = "msal_token_cache"
LOGIN_TIMEOUT = 300.0  # seconds the user gets to finish signing in

# Errors after which only the user can help: the grant is gone or needs a new consent.
_RECONNECT_ERRORS = frozenset(
    {
        "invalid_grant",
        "interaction_required",
        "consent_required",
        "login_required",
        "invalid_client",
        "unauthorized_client",
        "access_denied",
        "no_account",
    }
)


def new_session() -> requests.Session:
    """The HTTP client for msal and Graph; ``trust_env`` stays on for REQUESTS_CA_BUNDLE."""
    session = requests.Session()
    session.headers["User-Agent"] = "applytrack-desktop"
    return session


class MicrosoftAuth:
    """One Microsoft account's sign-in and tokens; the cache is kept under ``secret_name``."""

    def __init__(
        self,
        client_id: str,
        secrets: SecretStore,
        *,
        tenant: str | None = None,
        settings: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
        secret_name: str = CACHE_SECRET,
        env: Mapping[str, str] | None = None,
    ) -> None:
        if not client_id.strip():
            raise ValueError("an Azure application (client) id is needed")
        self.client_id = client_id.strip()
        self.endpoints = endpoints.microsoft(settings, tenant=tenant, env=env)
        self.session = session or new_session()
        self._secrets = secrets
        self._secret_name = secret_name
        self._cache = msal.SerializableTokenCache()
        stored = secrets.get(secret_name)
        if stored:
            try:
                self._cache.deserialize(stored)
            except ValueError:
                # A damaged cache is no cache: the account will ask to be reconnected.
                log.warning("stored Microsoft token cache was unreadable; ignoring it")
        self._app: msal.PublicClientApplication | None = None
        self._lock = threading.RLock()

    # -- msal ---------------------------------------------------------------------------

    def _application(self) -> msal.PublicClientApplication:
        """msal's client, built on first use: building it fetches the tenant's metadata."""
        if self._app is None:
            kwargs: dict[str, Any] = {}
            if self.endpoints.custom_authority:
                kwargs["instance_discovery"] = False
            try:
                self._app = msal.PublicClientApplication(
                    self.client_id,
                    authority=self.endpoints.authority,
                    token_cache=self._cache,
                    http_client=self.session,
                    **kwargs,
                )
            except (requests.RequestException, MsalServiceError) as exc:
                raise NetworkError(
                    "Could not reach the Microsoft sign-in service; check the connection."
                ) from exc
            except ValueError as exc:
                raise ProviderError(
                    "The Microsoft sign-in service did not describe itself; "
                    "check the tenant and try again later."
                ) from exc
        return self._app

    def _save(self) -> None:
        """Write the cache back to the keyring whenever msal changed it."""
        if self._cache.has_state_changed:
            self._secrets.set(self._secret_name, self._cache.serialize())
            self._cache.has_state_changed = False

    def _accounts(self) -> list[dict[str, Any]]:
        # Read straight from the cache: no network, so the address is known offline.
        accounts = self._cache.search(msal.TokenCache.CredentialType.ACCOUNT)
        return [dict(a) for a in accounts]

    # -- public API -----------------------------------------------------------------------

    def sign_in(self, *, timeout: float = LOGIN_TIMEOUT) -> str:
        """Open the system browser, wait for consent, keep the tokens; return the address."""
        app = self._application()
        try:
            with browser.detached_webbrowser():  # msal opens it before its listener serves
                result = app.acquire_token_interactive(
                    list(SCOPES), prompt="select_account", port=0, timeout=timeout
                )
        except BrowserInteractionTimeoutError as exc:
            raise AuthError("Signing in to Microsoft took too long; please try again.") from exc
        except (requests.RequestException, MsalServiceError) as exc:
            raise NetworkError(
                "Could not reach the Microsoft sign-in service; check the connection."
            ) from exc
        if "access_token" not in result:
            self._save()
            raise AuthError(_describe_failure(result))
        claims = result.get("id_token_claims") or {}
        address = str(claims.get("preferred_username") or "")
        # One cache holds one account: a reconnect that picked another account replaces it.
        for account in app.get_accounts():
            if address and str(account.get("username", "")).lower() != address.lower():
                app.remove_account(account)
        self._save()
        address = address or self.address()
        if not address:
            raise AuthError("Microsoft did not say which account signed in; please try again.")
        return address

    def address(self) -> str:
        """The signed-in account's address (``preferred_username``), or "" when none."""
        for account in self._accounts():
            name = account.get("username")
            if name:
                return str(name)
        return ""

    def signed_in(self) -> bool:
        return bool(self._accounts())

    def token(self, *, force_refresh: bool = False) -> str:
        """An access token for Graph, refreshed silently; ``AuthError`` means reconnect."""
        # One at a time: parallel downloads must not refresh twice or interleave the
        # multi-part keyring write of the cache.
        with self._lock:
            return self._token(force_refresh)

    def _token(self, force_refresh: bool) -> str:
        app = self._application()
        accounts = app.get_accounts()
        if not accounts:
            raise AuthError("This Outlook account is not signed in; reconnect it.")
        try:
            result = app.acquire_token_silent_with_error(
                list(SCOPES), account=accounts[0], force_refresh=force_refresh
            )
        except requests.RequestException as exc:
            raise NetworkError(
                "Could not reach the Microsoft sign-in service; check the connection."
            ) from exc
        except (ValueError, MsalServiceError) as exc:  # a failing token endpoint (5xx)
            raise NetworkError(
                "The Microsoft sign-in service failed; sync will try again later."
            ) from exc
        finally:
            self._save()
        if result is None:
            raise AuthError("The Outlook sign-in has expired; reconnect the account.")
        if "access_token" in result:
            return str(result["access_token"])
        error = str(result.get("error") or "")
        if error in _RECONNECT_ERRORS:
            raise AuthError("Microsoft no longer accepts this sign-in; reconnect the account.")
        raise NetworkError("The Microsoft sign-in service failed; sync will try again later.")

    def sign_out(self) -> None:
        """Forget every token: delete the cache from the keyring.

        Microsoft has no per-app revoke for public clients; the user removes the app's
        consent at account.microsoft.com (Privacy, Apps and services).
        """
        if self._app is not None:
            for account in self._app.get_accounts():
                self._app.remove_account(account)
        self._cache = msal.SerializableTokenCache()
        self._app = None
        self._secrets.delete(self._secret_name)


def _describe_failure(result: Mapping[str, Any]) -> str:
    """One sentence for a failed sign-in; the server's description may hold ids, not used."""
    error = str(result.get("error") or "")
    if error == "access_denied":
        return "Microsoft sign-in was cancelled or consent was refused."
    if error in ("invalid_client", "unauthorized_client"):
        return "Microsoft did not accept this application id; check the Azure app registration."
    return "Microsoft sign-in did not complete; please try again."
