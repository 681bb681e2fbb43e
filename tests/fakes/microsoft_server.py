"""A fake Microsoft identity platform + Graph v1.0 over HTTPS on 127.0.0.1, for real msal.

msal refuses plain http, so this server speaks TLS with a test CA (``tests/fakes/tls.py``).
It serves what msal and the Outlook provider use, checked as strictly as the real service:

- identity (``microsoft_identity.py``): ``/{tenant}/v2.0/.well-known/openid-configuration``,
  ``/{tenant}/oauth2/v2.0/authorize`` (answers with an auto-submitting POST form to the
  loopback redirect URI) and ``/token`` (authorization_code with PKCE, refresh_token);
- Graph: the Inbox and its child folders, ``messages/delta`` per folder with opaque
  skip/delta tokens and ``Prefer: odata.maxpagesize``, a message's ``$value`` (MIME), and a
  message by id. Ids are immutable only with ``Prefer: IdType="ImmutableId"``.

Tests steer it through ``mailbox`` (``microsoft_mailbox.Mailbox``) and inject faults (429
with or without ``Retry-After``, 5xx, 410 ``syncStateNotFound``), revoked grants
(``invalid_grant``), expired access tokens, refused consent. Every request is recorded.
The server is bounded (request cap, lifetime) and stops itself.
"""

from __future__ import annotations

import re
import socket
import ssl
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from tests.fakes.microsoft_identity import (
    Answer,
    Call,
    Grant,
    IdentityRoutes,
    User,
    json_answer,
    oauth_error,
)
from tests.fakes.microsoft_mailbox import DeltaState, Mailbox
from tests.fakes.tls import TestCA, make_ca

# Fields the fake lets $select name on messages; internetMessageHeaders and body are not
# selectable in a delta query (the real service refuses them there as well).
_DELTA_SELECTABLE = {
    "subject", "from", "sender", "receivedDateTime", "conversationId", "parentFolderId",
    "isRead", "internetMessageId", "toRecipients",
}  # fmt: skip
_FILTER = re.compile(r"^receivedDateTime (ge|gt) (\S+)$")


@dataclass
class Fault:
    route: str  # "delta", "value", "message", "folder", "childFolders", "token", or "*"
    status: int | None = 429  # None: answer normally, after ``delay``
    times: int = 1
    retry_after: str | None = None
    code: str = ""
    delay: float = 0.0  # seconds to stall before answering (client timeouts)


def _graph_error(status: int, code: str, retry_after: str | None = None) -> Answer:
    extra = {"Retry-After": retry_after} if retry_after else None
    return json_answer(status, {"error": {"code": code, "message": f"fake: {code}"}}, extra)


class FakeMicrosoft(IdentityRoutes):
    """``with FakeMicrosoft() as ms:``; ``ms.env()`` points the app (and requests) at it."""

    def __init__(
        self,
        *,
        ca: TestCA | None = None,
        mailbox: Mailbox | None = None,
        tenant_path: str = "common",
        max_requests: int = 200_000,
        lifetime: float = 600.0,
        access_lifetime: int = 3600,
    ) -> None:
        self.ca = ca or make_ca()
        self.mailbox = mailbox or Mailbox()
        self.user = User(address=self.mailbox.owner)
        self.tenant_id = str(uuid.uuid4())
        self.tenant_path = tenant_path
        self.client_id = str(uuid.uuid4())
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        self.codes: dict[str, dict[str, Any]] = {}
        self.grants: dict[str, Grant] = {}  # refresh token -> grant
        self.access: dict[str, float] = {}  # access token -> expiry (monotonic)
        self.deny_consent = False
        self.access_lifetime = access_lifetime
        self.max_requests = max_requests
        self.lifetime = lifetime
        self.lock = threading.RLock()
        self._server: _TLSServer | None = None
        self._timer: threading.Timer | None = None

    # ---- lifecycle -------------------------------------------------------------------
    def start(self) -> FakeMicrosoft:
        fake = self

        class Handler(_Handler):
            owner = fake

        self._server = _TLSServer(("127.0.0.1", 0), Handler, self.ca.server_context())
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        if self._timer:
            self._timer.cancel()
        server, self._server = self._server, None
        if server:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> FakeMicrosoft:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def base(self) -> str:
        assert self._server is not None, "server not started"
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    @property
    def authority(self) -> str:
        return f"{self.base}/{self.tenant_path}"

    @property
    def graph_root(self) -> str:
        return f"{self.base}/v1.0/"

    def env(self) -> dict[str, str]:
        return {
            "APPLYTRACK_MS_AUTHORITY": self.authority,
            "APPLYTRACK_GRAPH_API": self.graph_root,
            **self.ca.env(),
        }

    # ---- steering ----------------------------------------------------------------------
    def inject(self, route: str, status: int | None = 429, **kw: Any) -> Fault:
        fault = Fault(route, status, **kw)
        with self.lock:
            self.faults.append(fault)
        return fault

    def revoke_all(self) -> None:
        with self.lock:
            for grant in self.grants.values():
                grant.revoked = True

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access = dict.fromkeys(self.access, 0.0)

    def routes(self, *names: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if not names or c.route in names]

    def graph_calls(self) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.path.startswith("/v1.0/")]

    # ---- dispatch ----------------------------------------------------------------------
    def handle(self, call: Call) -> Answer:
        fault = self._fault(call)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.status is not None:
            if call.route == "token":
                return oauth_error("temporarily_unavailable", fault.status)
            code = fault.code or {429: "TooManyRequests", 410: "syncStateNotFound"}.get(
                fault.status, "ServiceUnavailable"
            )
            return _graph_error(fault.status, code, fault.retry_after)
        return self._answer(call)

    def _fault(self, call: Call) -> Fault | None:
        with self.lock:
            self.calls.append(call)
            if len(self.calls) > self.max_requests:
                return Fault("*", 503, code="fakeRequestCapReached")
            for fault in self.faults:
                if fault.times > 0 and fault.route in (call.route, "*"):
                    fault.times -= 1
                    return fault
        return None

    def _answer(self, call: Call) -> Answer:
        if call.path.startswith("/v1.0/"):
            if call.method != "GET":
                return _graph_error(405, "ErrorInvalidRequest")  # the app must only read
            if not self._authorized(call):
                return _graph_error(401, "InvalidAuthenticationToken")
            return self._graph(call)
        routes = {
            "discovery": self._discovery,
            "authorize": self._authorize,
            "token": self._token,
        }
        handler = routes.get(call.route)
        return handler(call) if handler else _graph_error(404, "NotFound")

    # ---- Graph -------------------------------------------------------------------------
    def _graph(self, call: Call) -> Answer:
        prefer = [p.strip() for p in call.prefer.split(",") if p.strip()]
        immutable = 'IdType="ImmutableId"' in prefer
        size = 10
        for item in prefer:
            if item.startswith("odata.maxpagesize="):
                size = max(1, int(item.split("=", 1)[1]))
        parts = call.path.removeprefix("/v1.0/me/").split("/")
        q = {k: v[0] for k, v in call.query.items()}
        box = self.mailbox
        if parts[0] == "mailFolders" and len(parts) >= 2:
            fid = box.inbox_id if parts[1].lower() == "inbox" else parts[1]
            if fid not in box.folders:
                return _graph_error(404, "ErrorItemNotFound")
            if len(parts) == 2:
                return json_answer(200, self._folder(fid, q))
            if parts[2:] == ["childFolders"]:
                return self._children(fid, q)
            if parts[2:] == ["messages", "delta"]:
                return self._delta(fid, q, immutable, size)
        if parts[0] == "messages" and len(parts) in (2, 3):
            msg = box.lookup(parts[1])
            if msg is None:
                return _graph_error(404, "ErrorItemNotFound")
            if len(parts) == 3 and parts[2] == "$value":
                return 200, {"Content-Type": "text/plain"}, msg.raw
            if len(parts) == 2:
                select = tuple(q.get("$select", "").split(",")) if "$select" in q else ()
                return json_answer(200, box.render(msg, select, immutable))
        return _graph_error(400, "BadRequest")

    def _folder(self, fid: str, q: dict[str, str]) -> dict[str, Any]:
        box = self.mailbox
        folder = box.folders[fid]
        full = {
            "id": fid,
            "displayName": folder.name,
            "parentFolderId": folder.parent_id or "root",
            "childFolderCount": len(box.children(fid)),
            "totalItemCount": box.count(fid),
            "unreadItemCount": 0,
        }
        select = set(q["$select"].split(",")) if "$select" in q else set(full)
        return {k: v for k, v in full.items() if k in select or k == "id"}

    def _children(self, fid: str, q: dict[str, str]) -> Answer:
        kids = self.mailbox.children(fid)
        top, skip = int(q.get("$top", "10")), int(q.get("$skip", "0"))
        payload: dict[str, Any] = {
            "value": [self._folder(f.id, q) for f in kids[skip : skip + top]]
        }
        if skip + top < len(kids):
            rest = {**q, "$top": str(top), "$skip": str(skip + top)}
            payload["@odata.nextLink"] = (
                f"{self.graph_root}me/mailFolders/{fid}/childFolders?{urlencode(rest)}"
            )
        return json_answer(200, payload)

    def _delta(self, fid: str, q: dict[str, str], immutable: bool, size: int) -> Answer:
        box = self.mailbox
        token = q.get("$skiptoken") or q.get("$deltatoken")
        if token is not None:
            with box.lock:
                state = box.tokens.get(token)
            if state is None or state.stale:
                return _graph_error(410, "syncStateNotFound")
            if state.folder_id != fid:
                return _graph_error(400, "ErrorInvalidUrlQuery")
            if "$skiptoken" in q:
                assert state.items is not None
                items, offset, end = state.items, state.offset, state.end_seq
            else:
                items, end = box.snapshot(state, immutable)
                offset = 0
        else:
            unknown = set(q) - {"$select", "$filter"}
            select = tuple(q.get("$select", "").split(",")) if "$select" in q else ()
            if unknown or set(select) - _DELTA_SELECTABLE:
                return _graph_error(400, "ErrorInvalidUrlQuery")
            since: datetime | None = None
            if "$filter" in q:
                match = _FILTER.match(q["$filter"])
                if not match:
                    return _graph_error(400, "ErrorInvalidUrlQueryFilter")
                since = datetime.fromisoformat(match.group(2))
            state = DeltaState(fid, seq=-1, since=since, select=select)
            items, end = box.snapshot(state, immutable)
            offset = 0
        chunk = items[offset : offset + size]
        link = f"{self.graph_root}me/mailFolders/{fid}/messages/delta"
        payload: dict[str, Any] = {
            "@odata.context": f"{self.graph_root}$metadata#Collection(message)"
        }
        payload["value"] = chunk
        if offset + size < len(items):
            nxt = DeltaState(fid, state.seq, state.since, state.select, items, offset + size, end)
            payload["@odata.nextLink"] = f"{link}?$skiptoken={quote(box.issue(nxt))}"
        else:
            done = DeltaState(fid, end, state.since, state.select)
            payload["@odata.deltaLink"] = f"{link}?$deltatoken={quote(box.issue(done))}"
        return json_answer(200, payload, {"Preference-Applied": f"odata.maxpagesize={size}"})


def route_of(method: str, path: str) -> str:
    """A short route name for a request path, for fault injection and counting."""
    if path.endswith("/v2.0/.well-known/openid-configuration"):
        return "discovery"
    if path.endswith("/oauth2/v2.0/authorize") and method == "GET":
        return "authorize"
    if path.endswith("/oauth2/v2.0/token") and method == "POST":
        return "token"
    if path.startswith("/v1.0/me/mailFolders/"):
        if path.endswith("/messages/delta"):
            return "delta"
        if path.endswith("/childFolders"):
            return "childFolders"
        return "folder"
    if path.startswith("/v1.0/me/messages/"):
        return "value" if path.endswith("/$value") else "message"
    return "unknown"


class _TLSServer(ThreadingHTTPServer):
    """TLS per connection, with the handshake done in the connection's own thread."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: type, context: ssl.SSLContext):
        self.context = context
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = self.socket.accept()
        # Headers and body go out in two writes: without NODELAY, Nagle + delayed ACK
        # would add ~40 ms to every answer.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client that hangs up or fails the handshake is not a test failure."""


class _Handler(BaseHTTPRequestHandler):
    owner: FakeMicrosoft
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection's thread ends after this

    def setup(self) -> None:
        super().setup()
        self.request.settimeout(self.timeout)
        self.request.do_handshake()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: test output stays readable."""

    def _serve(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): ", ".join(self.headers.get_all(k) or []) for k in self.headers}
        call = Call(self.command, path, parse_qs(url.query), route_of(self.command, path),
                    headers, body)  # fmt: skip
        try:
            status, reply_headers, payload = self.owner.handle(call)
        except Exception as exc:  # a bug in the fake must show up as a 500, not a hang
            status, reply_headers, payload = json_answer(500, {"error": repr(exc)})
        call.status = status
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

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()
