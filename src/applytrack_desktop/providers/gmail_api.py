"""The Gmail API transport: paced, retried calls and batches through googleapiclient.

Why not googleapiclient's own retries: ``execute(num_retries=N)`` ignores ``Retry-After``
and a batch never retries its failed parts. Here every call first takes its quota units
from a token bucket (6,000 units per user per minute by default; ``messages.get``/``list``
5 units, ``history.list`` 2), and failures go through ``RetryPolicy``: 429 and 403
``rateLimitExceeded``/``userRateLimitExceeded`` honour ``Retry-After``, 5xx and timeouts
back off, and only the failed parts of a batch are sent again. A refused refresh
(``invalid_grant``) becomes ``AuthError`` at once.

Transport: httplib2 through google-auth's ``AuthorizedHttp`` (which refreshes the access
token via the configured token URI), with ``REQUESTS_CA_BUNDLE`` as its CA file when set,
so a test CA is honoured like ``requests`` does. The service is built from the bundled
discovery document (``static_discovery=True``: no network discovery) with
``api_endpoint`` set, and batches go to ``{root}batch/gmail/v1`` explicitly, since
``new_batch_http_request()`` ignores ``api_endpoint``.
"""

from __future__ import annotations

import functools
import json
import os
import socket
import ssl
import time
from collections.abc import Callable, Iterable
from typing import Any

import google_auth_httplib2  # type: ignore[import-untyped]
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from applytrack_desktop.core.errors import AuthError, NetworkError, ProviderError
from applytrack_desktop.providers.backoff import (
    Retryable,
    RetryPolicy,
    TokenBucket,
    exhausted,
    parse_retry_after,
)
from applytrack_desktop.providers.endpoints import GoogleEndpoints

COST_GET = 5
COST_LIST = 5
COST_HISTORY = 2
COST_PROFILE = 1
MAX_BATCH = 50  # Gmail allows 100, but more than 50 trips rate limits (FIELD-NOTES)
RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}
_NETWORK_ERRNOS = {"ETIMEDOUT", "EPIPE", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET"}


def _reason(exc: HttpError) -> str:
    try:
        data = json.loads(exc.content)
        return str(data["error"]["errors"][0]["reason"])
    except (ValueError, KeyError, IndexError, TypeError):
        return ""


def http_status(exc: BaseException) -> int | None:
    return exc.resp.status if isinstance(exc, HttpError) else None


def classify(exc: BaseException) -> Retryable | None:
    """Which failures are worth another try, and how long the server asked us to wait."""
    if isinstance(exc, HttpError):
        status = exc.resp.status
        retry_after = parse_retry_after(exc.resp.get("retry-after"))
        if status == 429 or (status == 403 and _reason(exc) in RATE_REASONS):
            return Retryable("rate", retry_after)
        if status >= 500:
            return Retryable("server", retry_after)
        return None
    if isinstance(exc, ssl.SSLCertVerificationError):
        return None  # a certificate problem does not go away by retrying
    if isinstance(exc, (TimeoutError, ConnectionError, TransportError, ssl.SSLError)):
        return Retryable("network")
    if isinstance(exc, httplib2.HttpLib2Error):
        return Retryable("network")
    if isinstance(exc, OSError) and exc.errno is not None:
        code = getattr(socket.errno, "errorcode", {}).get(exc.errno)  # type: ignore[attr-defined]
        return Retryable("network") if code in _NETWORK_ERRNOS else None
    return None


class _Batch(BatchHttpRequest):  # type: ignore[misc]
    """A batch whose 401 redo refreshes through our transport.

    googleapiclient refreshes with a bare ``httplib2.Http()``: no CA bundle, no timeout, a
    socket left open. Only the refresh is replaced; the redo logic stays the library's.
    """

    def __init__(self, refresh: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._refresh = refresh

    def _refresh_and_apply_credentials(self, request: Any, http: Any) -> None:
        creds = getattr(http, "credentials", None)
        if creds is None:
            super()._refresh_and_apply_credentials(request, http)
            return
        if id(creds) not in self._refreshed_credentials:
            self._refresh()
            self._refreshed_credentials[id(creds)] = 1
        creds.apply(request.headers)


def _auth_error() -> AuthError:
    return AuthError("Gmail access was revoked or expired; reconnect the account.")


def _untrusted() -> NetworkError:
    return NetworkError(
        "The connection to Gmail is not trusted (certificate check failed); check the "
        "system clock, a proxy, or REQUESTS_CA_BUNDLE."
    )


class GmailApi:
    """One authorized Gmail API client; not thread-safe (one sync at a time per account)."""

    def __init__(
        self,
        credentials: Credentials,
        endpoints: GoogleEndpoints,
        *,
        quota_per_minute: float = 6000.0,
        timeout: float = 60.0,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        batch_size: int = MAX_BATCH,
    ) -> None:
        self.endpoints = endpoints
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.retry = retry or RetryPolicy(sleep=sleep)
        burst = self.batch_size * COST_GET
        # Spend at most the quota in any 60 s window (bucket bound: burst + rate * 60),
        # keeping 2% for clock skew and network jitter between us and the server.
        rate = (quota_per_minute * 0.98 - burst) / 60.0
        self.bucket = TokenBucket(
            max(rate, quota_per_minute / 600.0), burst, initial=burst, clock=clock, sleep=sleep
        )
        ca = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or None
        self.credentials = credentials
        self.http = google_auth_httplib2.AuthorizedHttp(
            credentials, http=httplib2.Http(timeout=timeout, ca_certs=ca)
        )
        # Refreshing needs an unauthorized transport of its own (same CA and timeout).
        self._refresh_http = httplib2.Http(timeout=timeout, ca_certs=ca)
        self.service = build(
            "gmail",
            "v1",
            http=self.http,
            static_discovery=True,
            cache_discovery=False,
            client_options={"api_endpoint": endpoints.gmail_api},
        )
        # googleapiclient builds resource objects anew on every users()/messages() call
        # (milliseconds each): build them once.
        users = self.service.users()
        self._users = users
        self._messages = users.messages()
        self._history = users.history()
        self.calls = 0  # HTTP calls made (a batch counts once), for benchmarks
        self.units = 0.0

    def close(self) -> None:
        self.http.close()
        self._refresh_http.close()

    def refresh(self) -> None:
        """Get a new access token; a refused grant is ``AuthError`` (never retried)."""
        try:
            self.credentials.refresh(google_auth_httplib2.Request(self._refresh_http))
        except RefreshError:
            raise _auth_error() from None
        except ssl.SSLCertVerificationError:
            raise _untrusted() from None

    def _ensure_token(self) -> None:
        if not self.credentials.valid:
            self.refresh()

    # ---- single calls -----------------------------------------------------------------
    def _execute(self, request: Any, cost: float, what: str) -> dict[str, Any]:
        def call() -> dict[str, Any]:
            self.bucket.take(cost)
            self.calls += 1
            self.units += cost
            try:
                return request.execute(num_retries=0)
            except RefreshError:
                raise _auth_error() from None
            except ssl.SSLCertVerificationError:
                raise _untrusted() from None
            except HttpError as exc:
                if exc.resp.status in (429, 403) and classify(exc):
                    self.bucket.penalize()
                raise

        return self.retry.run(call, classify, what=what)

    def profile(self) -> dict[str, Any]:
        req = self._users.getProfile(userId="me")
        return self._execute(req, COST_PROFILE, "the Gmail profile")

    def list_messages(self, q: str, page_token: str | None, page_size: int) -> dict[str, Any]:
        req = (
            self.service.users()
            .messages()
            .list(userId="me", q=q, maxResults=page_size, pageToken=page_token or None)
        )
        return self._execute(req, COST_LIST, "the message list")

    def list_history(self, start: str, page_token: str | None, types: list[str]) -> dict[str, Any]:
        req = (
            self.service.users()
            .history()
            .list(
                userId="me",
                startHistoryId=start,
                historyTypes=types,
                maxResults=500,
                pageToken=page_token or None,
            )
        )
        return self._execute(req, COST_HISTORY, "the mailbox history")

    # ---- batches ----------------------------------------------------------------------
    def get_many(
        self, ids: Iterable[str], fmt: str, headers: list[str] | None = None
    ) -> tuple[dict[str, dict[str, Any]], set[str]]:
        """``messages.get`` for each id in batches; returns (found by id, ids gone: 404)."""
        found: dict[str, dict[str, Any]] = {}
        gone: set[str] = set()
        todo = list(dict.fromkeys(ids))
        for start in range(0, len(todo), self.batch_size):
            self._batch(todo[start : start + self.batch_size], fmt, headers, found, gone)
        return found, gone

    def _batch(
        self,
        ids: list[str],
        fmt: str,
        headers: list[str] | None,
        found: dict[str, dict[str, Any]],
        gone: set[str],
    ) -> None:
        """One batch; failed parts alone are sent again, after the wait the server asked."""
        failed: dict[str, Retryable] = {}
        hard: list[BaseException] = []
        what = "message downloads"

        def callback(request_id: str, response: Any, exc: BaseException | None) -> None:
            if exc is None:
                found[request_id] = response
            elif http_status(exc) == 404:
                gone.add(request_id)  # deleted since it was listed
            elif (verdict := classify(exc)) is not None:
                failed[request_id] = verdict
            else:
                hard.append(exc)

        def send(batch_ids: list[str]) -> None:
            failed.clear()
            hard.clear()
            self._ensure_token()  # else the library refreshes on a bare transport
            batch = _Batch(self.refresh, callback=callback, batch_uri=self.endpoints.batch_uri)
            for mid in batch_ids:
                kw: dict[str, Any] = {"userId": "me", "id": mid, "format": fmt}
                if headers:
                    kw["metadataHeaders"] = headers
                batch.add(self._messages.get(**kw), request_id=mid)
            self.bucket.take(COST_GET * len(batch_ids))
            self.calls += 1
            self.units += COST_GET * len(batch_ids)
            try:
                batch.execute(http=self.http)
            except RefreshError:
                raise _auth_error() from None
            except ssl.SSLCertVerificationError:
                raise _untrusted() from None
            except HttpError as exc:
                if classify(exc) and exc.resp.status in (429, 403):
                    self.bucket.penalize()
                raise

        pending = ids
        attempt = 0
        while pending:
            attempt += 1
            self.retry.run(functools.partial(send, pending), classify, what=what)
            if hard:
                status = http_status(hard[0])
                raise ProviderError(f"Gmail refused a message download (HTTP {status}).")
            if not failed:
                return
            if any(v.kind == "rate" for v in failed.values()):
                self.bucket.penalize()
            hints = [v.retry_after for v in failed.values() if v.retry_after is not None]
            hint = max(hints) if hints else None
            worst = next(iter(failed.values()))
            if attempt >= self.retry.attempts or (hint or 0) > self.retry.max_retry_after:
                raise exhausted(worst, what)
            self.retry.sleep(self.retry.delay(attempt, hint))
            pending = [mid for mid in pending if mid in failed]
