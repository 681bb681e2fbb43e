"""A small, read-only Microsoft Graph client: headers, retries and error mapping in one place.

Every request carries ``Prefer: IdType="ImmutableId"`` (otherwise a message's id changes
when it moves between folders and a move would look like new mail) and
``Prefer: odata.maxpagesize=N``. Only GET is ever sent: reading never changes the mailbox.

Answers map to our errors: 429/503/504 are retried honouring ``Retry-After`` (then
``RateLimitedError``), other 5xx and connection failures back off (then ``NetworkError``),
a 401 gets one forced token refresh, 410 or ``syncStateNotFound`` is ``StaleCursorError``,
404 is ``GraphNotFoundError`` (the caller decides), anything else a ``ProviderError``.
Bearer tokens are never logged, and links are only followed on the configured Graph host
so a token cannot be sent anywhere else.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests

from applytrack_desktop.core.errors import AuthError, ProviderError, StaleCursorError
from applytrack_desktop.providers.backoff import Retryable, RetryPolicy, parse_retry_after

log = logging.getLogger(__name__)

TokenFn = Callable[[bool], str]  # force_refresh -> access token
_STALE_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})
_THROTTLED = frozenset({429, 503, 504})


class GraphNotFoundError(ProviderError):
    """The item asked for does not exist (any more)."""


class _RetryError(Exception):
    """A failure worth another try; carries what ``RetryPolicy`` needs."""

    def __init__(self, verdict: Retryable) -> None:
        super().__init__(verdict.kind)
        self.verdict = verdict


def _classify(exc: BaseException) -> Retryable | None:
    if isinstance(exc, _RetryError):
        return exc.verdict
    if isinstance(exc, requests.ConnectionError | requests.Timeout):
        return Retryable("network")
    return None


def _error_code(resp: requests.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return ""
    error = body.get("error") if isinstance(body, dict) else None
    return str(error.get("code", "")) if isinstance(error, dict) else ""


class GraphClient:
    """GETs under one Graph root with one mailbox's token; counts its calls."""

    def __init__(
        self,
        root: str,
        session: requests.Session,
        token: TokenFn,
        *,
        retry: RetryPolicy | None = None,
        page_size: int = 50,
        timeout: float = 60.0,
    ) -> None:
        self.root = root if root.endswith("/") else root + "/"
        self._origin = urlsplit(self.root)[:2]
        self.session = session
        self._token = token
        self.retry = retry or RetryPolicy()
        self.page_size = page_size
        self.timeout = timeout
        self.calls = 0  # requests sent, retries included (for benchmarks and tests)
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return self.root + path.lstrip("/")

    def owns(self, url: str) -> bool:
        """True when ``url`` is on the configured Graph host (safe to send our token to)."""
        parts = urlsplit(url)
        return (parts.scheme, parts.netloc) == self._origin and parts.path.startswith(
            urlsplit(self.root).path
        )

    def get_json(self, url: str) -> dict[str, Any]:
        resp = self._get(url, "application/json")
        try:
            body = resp.json()
        except ValueError as exc:
            raise ProviderError("Microsoft Graph sent an unreadable answer.") from exc
        if not isinstance(body, dict):
            raise ProviderError("Microsoft Graph sent an unexpected answer.")
        return body

    def get_bytes(self, url: str) -> bytes:
        return self._get(url, "*/*").content

    def _get(self, url: str, accept: str) -> requests.Response:
        if not self.owns(url):
            raise ProviderError("Refusing to follow a link away from Microsoft Graph.")
        return self.retry.run(lambda: self._once(url, accept), _classify, what="reading mail")

    def _once(self, url: str, accept: str) -> requests.Response:
        resp = self._send(url, self._token(False), accept)
        if resp.status_code == 401:
            # The cached token may have been revoked or expired early: refresh once.
            resp = self._send(url, self._token(True), accept)
            if resp.status_code == 401:
                raise AuthError("Microsoft refused this sign-in; reconnect the account.")
        status = resp.status_code
        if status < 300:
            return resp
        code = _error_code(resp).lower()
        if status == 410 or code in _STALE_CODES:
            raise StaleCursorError("Outlook asked for a full resync of this folder.")
        if status in _THROTTLED:
            retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            if status == 429 or retry_after is not None:
                raise _RetryError(Retryable("rate", retry_after))
            raise _RetryError(Retryable("server"))
        if status >= 500:
            raise _RetryError(Retryable("server"))
        if status == 404:
            raise GraphNotFoundError("The item is no longer in the mailbox.")
        if status == 403:
            raise AuthError("Microsoft refused access to this mailbox; reconnect the account.")
        log.warning("Graph answered %s (%s)", status, code or "no code")
        raise ProviderError("Microsoft Graph refused a request; sync will try again later.")

    def _send(self, url: str, token: str, accept: str) -> requests.Response:
        with self._lock:
            self.calls += 1
        headers = {
            "Authorization": f"Bearer {token}",
            "Prefer": f'IdType="ImmutableId", odata.maxpagesize={self.page_size}',
            "Accept": accept,
        }
        return self.session.get(url, headers=headers, timeout=self.timeout)
