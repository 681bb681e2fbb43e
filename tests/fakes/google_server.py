"""A fake Google OAuth + Gmail API server on 127.0.0.1, for the real client libraries.

google-auth-oauthlib, google-auth and googleapiclient talk to it exactly as they would to
Google: the authorization endpoint (PKCE S256, state, loopback redirect), the token
endpoint (authorization_code with code_verifier, refresh_token), revocation, and the
Gmail v1 routes the provider uses, including ``POST /batch/gmail/v1`` multipart batches.

Tests steer it: a ``Mailbox`` they change while a sync runs, a per-minute quota (429 with
or without ``Retry-After``), injected faults (any status, on whole requests or on single
batch parts, slow answers for timeouts), revoked grants (``invalid_grant``), a user who
unticks the scope. Every request is recorded with its quota cost. The server is bounded
(request cap, lifetime) and stops itself.
"""

from __future__ import annotations

import base64
import secrets
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.google_mailbox import Mailbox, QueryError, Quota, StoredMessage
from tests.fakes.google_oauth import GMAIL_SCOPE, Answer, Grant, OAuthRoutes, json_answer

COST = {"profile": 1, "messages.list": 5, "messages.get": 5, "history.list": 2}


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, list[str]]
    route: str  # e.g. "messages.get", "token", "batch"
    status: int = 0
    units: float = 0
    in_batch: bool = False
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    reply_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    route: str  # a route name ("messages.get", "batch", "token", ...) or "*"
    status: int | None = 429  # None: answer normally (after ``delay``)
    times: int = 1
    retry_after: str | None = None
    reason: str = "rateLimitExceeded"
    delay: float = 0.0
    scope: str = "any"  # "request", "part" (inside a batch) or "any"
    only_id: str | None = None  # a message id the path must contain


_json = json_answer


def _api_error(status: int, reason: str, retry_after: str | None = None) -> Answer:
    message = {404: "Requested entity was not found.", 429: "Rate Limit Exceeded"}.get(
        status, reason
    )
    err = {"code": status, "message": message, "errors": [{"reason": reason, "message": message}]}
    return _json(status, {"error": err}, {"Retry-After": retry_after} if retry_after else None)


class FakeGoogle(OAuthRoutes):
    """Start with ``with FakeGoogle() as g:``; ``g.root`` is the Gmail API root."""

    def __init__(
        self,
        *,
        mailbox: Mailbox | None = None,
        quota_per_minute: float | None = None,
        quota_retry_after: bool = True,
        clock: Callable[[], float] = time.monotonic,
        max_requests: int = 200_000,
        lifetime: float = 600.0,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.mailbox = mailbox or Mailbox()
        self.tls = tls  # serve HTTPS with this server context (e.g. tests/fakes/tls.py)
        self.quota = Quota(quota_per_minute, clock)
        self.quota_retry_after = quota_retry_after
        self.client_id = "fake-client.apps.googleusercontent.com"
        self.client_secret = "fake-secret-" + secrets.token_hex(4)
        self.calls: list[Call] = []
        self.batch_sizes: list[int] = []
        self.faults: list[Fault] = []
        self.grants: dict[str, Grant] = {}  # refresh token -> grant
        self.access: dict[str, str] = {}  # access token -> refresh token
        self.codes: dict[str, dict[str, Any]] = {}
        self.untick_scope = False  # the user unticks gmail.readonly on the consent screen
        self.deny_consent = False
        self.max_requests = max_requests
        self.lifetime = lifetime
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._timer: threading.Timer | None = None

    # ---- lifecycle -------------------------------------------------------------------
    def start(self) -> FakeGoogle:
        fake = self

        class Handler(_Handler):
            owner = fake

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.tls = self.tls
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        if self._timer:
            self._timer.cancel()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeGoogle:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def base(self) -> str:
        assert self._server is not None, "server not started"
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}"

    @property
    def root(self) -> str:
        return self.base + "/"

    def env(self) -> dict[str, str]:
        """The APPLYTRACK_* overrides pointing every Google endpoint here."""
        return {
            "APPLYTRACK_GMAIL_API": self.root,
            "APPLYTRACK_GOOGLE_AUTH_URI": f"{self.base}/o/oauth2/auth",
            "APPLYTRACK_GOOGLE_TOKEN_URI": f"{self.base}/token",
            "APPLYTRACK_GOOGLE_REVOKE_URI": f"{self.base}/revoke",
        }

    def client_config(self) -> dict[str, Any]:
        """A client_secret.json ("installed" type) with the real Google URIs, as users have."""
        return {
            "installed": {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "project_id": "fake",
                "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                "token_uri": "https://oauth2.googleapis.com/token",
                "redirect_uris": ["http://localhost"],
            }
        }

    # ---- steering --------------------------------------------------------------------
    def inject(self, route: str, status: int | None = 429, **kw: Any) -> Fault:
        fault = Fault(route, status, **kw)
        with self.lock:
            self.faults.append(fault)
        return fault

    def grant_token(self, scopes: list[str] | None = None) -> str:
        """A refresh token as if the user had consented (for tests that skip the flow)."""
        token = "1//refresh-" + secrets.token_urlsafe(12)
        with self.lock:
            self.grants[token] = Grant(self.client_id, scopes or [GMAIL_SCOPE])
        return token

    def revoke_all(self) -> None:
        with self.lock:
            for grant in self.grants.values():
                grant.revoked = True
            self.access.clear()

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access.clear()

    def count(self, route: str, *, status: int | None = None) -> int:
        with self.lock:
            return sum(
                1 for c in self.calls if c.route == route and (status is None or c.status == status)
            )

    def api_calls(self) -> list[Call]:
        """Gmail API calls (each batch part counted, the batch envelope not)."""
        with self.lock:
            return [c for c in self.calls if c.route in COST]

    def _fault(self, route: str, in_batch: bool, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                scope_ok = fault.scope == "any" or fault.scope == (
                    "part" if in_batch else "request"
                )
                if (
                    fault.times > 0
                    and fault.route in (route, "*")
                    and scope_ok
                    and (fault.only_id is None or fault.only_id in path)
                ):
                    fault.times -= 1
                    return fault
        return None

    # ---- dispatch --------------------------------------------------------------------
    def handle(self, call: Call) -> Answer:
        with self.lock:
            self.calls.append(call)
            if len(self.calls) > self.max_requests:
                threading.Thread(target=self.stop, daemon=True).start()
                return _json(503, {"error": "fake server request cap reached"})
        fault = self._fault(call.route, call.in_batch, call.path)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.status is not None:
                if call.route in ("token", "revoke", "auth"):
                    answer = _json(fault.status, {"error": fault.reason})
                else:
                    answer = _api_error(fault.status, fault.reason, fault.retry_after)
                call.status, call.reply_headers = answer[0], answer[1]
                return answer
        answer = self._route(call)
        call.status, call.reply_headers = answer[0], answer[1]
        return answer

    def _route(self, call: Call) -> Answer:
        if call.route == "auth":
            return self._authorize(call)
        if call.route == "token":
            return self._token(call)
        if call.route == "revoke":
            return self._revoke(call)
        if call.route == "batch":
            return self._batch(call)
        if call.route == "unknown":
            return _api_error(404, "notFound")
        if not self._authorized(call):
            return _api_error(401, "authError")
        if call.route in COST:
            wait = self.quota.charge(COST[call.route])
            if wait is not None:
                retry = f"{max(1, round(wait))}" if self.quota_retry_after else None
                return _api_error(429, "rateLimitExceeded", retry)
            call.units = COST[call.route]
        return self._gmail(call)

    def _authorized(self, call: Call) -> bool:
        auth = call.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip()
        with self.lock:
            refresh = self.access.get(token)
            return refresh is not None and not self.grants[refresh].revoked

    # ---- Gmail -----------------------------------------------------------------------
    def _gmail(self, call: Call) -> Answer:
        q = call.query
        box = self.mailbox
        if call.route == "profile":
            with box.lock:
                total = len(box.messages)
                return _json(
                    200,
                    {
                        "emailAddress": box.address,
                        "messagesTotal": total,
                        "threadsTotal": total,
                        "historyId": str(box.history_id),
                    },
                )
        if call.route == "messages.list":
            return self._list(q)
        if call.route == "messages.get":
            mid = call.path.rsplit("/", 1)[1]
            with box.lock:
                msg = box.messages.get(mid)
                if msg is None:
                    return _api_error(404, "notFound")
                return _json(200, self._message(msg, q))
        return self._history(q)

    def _list(self, q: dict[str, list[str]]) -> Answer:
        try:
            found = self.mailbox.listing(
                q.get("q", [""])[0], q.get("includeSpamTrash", ["false"])[0] == "true"
            )
        except QueryError as exc:
            return _api_error(400, f"invalidArgument: {exc}")
        size = min(500, int(q.get("maxResults", ["100"])[0]))
        token = q.get("pageToken", [""])[0]
        if token:
            ms, _, after_id = token.partition(":")
            key = (int(ms), after_id)
            found = [m for m in found if (m.internal_ms, m.id) < key]
        page = found[:size]
        payload: dict[str, Any] = {
            "messages": [{"id": m.id, "threadId": m.thread_id} for m in page],
            "resultSizeEstimate": len(found) if not token else len(page),
        }
        if len(found) > size:
            payload["nextPageToken"] = f"{page[-1].internal_ms}:{page[-1].id}"
        if not page:
            del payload["messages"]
        return _json(200, payload)

    def _message(self, msg: StoredMessage, q: dict[str, list[str]]) -> dict[str, Any]:
        fmt = q.get("format", ["full"])[0]
        out: dict[str, Any] = {
            "id": msg.id,
            "threadId": msg.thread_id,
            "labelIds": sorted(msg.labels),
            "historyId": str(msg.history_id),
            "internalDate": str(msg.internal_ms),
        }
        if fmt == "raw":
            out["raw"] = base64.urlsafe_b64encode(msg.raw).decode()
        elif fmt == "metadata":
            wanted = {h.lower() for h in q.get("metadataHeaders", [])}
            headers = [
                {"name": n, "value": v} for n, v in msg.headers if not wanted or n.lower() in wanted
            ]
            out["payload"] = {"mimeType": "text/plain", "headers": headers}
        else:
            out["payload"] = {"mimeType": "text/plain", "headers": []}
        return out

    def _history(self, q: dict[str, list[str]]) -> Answer:
        start = int(q.get("startHistoryId", ["0"])[0])
        records = self.mailbox.history_since(start, set(q.get("historyTypes", [])))
        if records is None:
            return _api_error(404, "notFound")
        token = int(q.get("pageToken", ["0"])[0] or 0)
        records = [r for r in records if r.id > token]
        size = min(500, int(q.get("maxResults", ["100"])[0]))
        page = records[:size]
        keys = {
            "messageAdded": "messagesAdded",
            "messageDeleted": "messagesDeleted",
            "labelAdded": "labelsAdded",
            "labelRemoved": "labelsRemoved",
        }
        history = []
        for rec in page:
            message = {
                "id": rec.message_id,
                "threadId": rec.thread_id,
                "labelIds": list(rec.labels),
            }
            entry: dict[str, Any] = {"message": message}
            if rec.changed:
                entry["labelIds"] = list(rec.changed)
            history.append({"id": str(rec.id), "messages": [message], keys[rec.kind]: [entry]})
        payload: dict[str, Any] = {"historyId": str(self.mailbox.history_id)}
        if history:
            payload["history"] = history
        if len(records) > size:
            payload["nextPageToken"] = str(page[-1].id)
        return _json(200, payload)

    def _batch(self, call: Call) -> Answer:
        content_type = call.headers.get("content-type", "")
        if "multipart/mixed" not in content_type:
            return _api_error(400, "badRequest")
        doc = BytesParser().parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + call.body)
        parts = doc.get_payload()
        if not isinstance(parts, list) or not 0 < len(parts) <= 100:
            return _api_error(400, "badRequest")
        with self.lock:
            self.batch_sizes.append(len(parts))
        boundary = "batch_" + secrets.token_hex(8)
        out: list[bytes] = []
        for part in parts:
            payload = part.get_payload()
            head, _, _rest = payload.partition("\n\n")
            lines = head.replace("\r\n", "\n").split("\n")
            method, target, _proto = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if "authorization" not in headers:
                headers["authorization"] = call.headers.get("authorization", "")
            url = urlsplit(target)
            sub = Call(method, url.path, parse_qs(url.query), route_of(method, url.path),
                       in_batch=True, headers=headers)  # fmt: skip
            status, sub_headers, body = self.handle(sub)
            cid = part["Content-ID"]
            reply_head = "".join(f"{k}: {v}\r\n" for k, v in sub_headers.items())
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{cid[1:-1]}>\r\n\r\n"
                f"HTTP/1.1 {status} X\r\n{reply_head}\r\n".encode()
                + body
                + b"\r\n"
            )
        body = b"".join(out) + f"--{boundary}--\r\n".encode()
        return 200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, body


def route_of(method: str, path: str) -> str:
    """The route name of a request path (Gmail routes named like the API methods)."""
    if path == "/o/oauth2/auth" and method == "GET":
        return "auth"
    if path == "/token" and method == "POST":
        return "token"
    if path == "/revoke" and method == "POST":
        return "revoke"
    if path == "/batch/gmail/v1" and method == "POST":
        return "batch"
    if method == "GET" and path.startswith("/gmail/v1/users/me/"):
        rest = path.removeprefix("/gmail/v1/users/me/")
        if rest == "profile":
            return "profile"
        if rest == "messages":
            return "messages.list"
        if rest.startswith("messages/") and rest.count("/") == 1:
            return "messages.get"
        if rest == "history":
            return "history.list"
    return "unknown"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    tls: ssl.SSLContext | None = None

    def get_request(self) -> tuple[Any, Any]:
        sock, addr = super().get_request()
        # Headers and body go out in two writes: without NODELAY, Nagle + the client's
        # delayed ACK add ~40 ms to every answer (half the Gmail tests' time went there).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls is not None:  # the handshake happens in the handler's thread
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (a timeout test) is expected: stay quiet."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, ssl.SSLError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    owner: FakeGoogle
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: test output stays readable."""

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        call = Call(self.command, url.path, parse_qs(url.query), route_of(self.command, url.path),
                    body=body, headers=headers)  # fmt: skip
        try:
            status, reply_headers, payload = self.owner.handle(call)
        except Exception as exc:  # a bug in the fake must show up as a 500, not a hang
            status, reply_headers, payload = _json(500, {"error": repr(exc)})
        self.send_response(status)
        for name, value in reply_headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()
