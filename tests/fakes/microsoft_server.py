"""A fake Microsoft identity platform + Graph v1.0 over HTTPS on 127.0.0.1, for real msal.

msal refuses plain http, so this server speaks TLS with a test CA (``tests/fakes/tls.py``).
It serves what msal and the Outlook provider use, checked as strictly as the real service:

- identity: ``/{tenant}/v2.0/.well-known/openid-configuration``, ``/{tenant}/oauth2/v2.0/
  authorize`` (client id, loopback redirect, PKCE S256, state, nonce, ``form_post``; it
  answers with an auto-submitting POST form to the redirect URI) and ``/token``
  (authorization_code with PKCE, refresh_token; access, refresh and id tokens and
  ``client_info``);
- Graph: the Inbox and its child folders, ``messages/delta`` per folder with opaque
  skip/delta tokens and ``Prefer: odata.maxpagesize``, a message's ``$value`` (MIME), and a
  message by id. Ids are immutable only with ``Prefer: IdType="ImmutableId"``.

Tests steer it through ``mailbox`` (``microsoft_mailbox.Mailbox``) and inject faults (429
with or without ``Retry-After``, 5xx, 410 ``syncStateNotFound``), revoked grants
(``invalid_grant``), expired access tokens, refused consent. Every request is recorded.
The server is bounded (request cap, lifetime) and stops itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
import socket
import ssl
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from tests.fakes.microsoft_mailbox import DeltaState, Mailbox
from tests.fakes.tls import TestCA, make_ca

MAIL_READ = "https://graph.microsoft.com/Mail.Read"
_OIDC_SCOPES = {"openid", "profile", "offline_access", "email"}
_RESOURCE_SCOPES = {MAIL_READ, "Mail.Read"}
# Fields the fake lets $select name on messages; internetMessageHeaders and body are not
# selectable in a delta query (the real service refuses them there as well).
_DELTA_SELECTABLE = {
    "subject", "from", "sender", "receivedDateTime", "conversationId", "parentFolderId",
    "isRead", "internetMessageId", "toRecipients",
}  # fmt: skip
_FILTER = re.compile(r"^receivedDateTime (ge|gt) (\S+)$")
Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, list[str]]
    route: str
    headers: dict[str, str]
    body: bytes = b""
    status: int = 0

    @property
    def prefer(self) -> str:
        return self.headers.get("prefer", "")


@dataclass
class Fault:
    route: str  # "delta", "value", "message", "folder", "childFolders", "token", or "*"
    status: int | None = 429  # None: answer normally, after ``delay``
    times: int = 1
    retry_after: str | None = None
    code: str = ""
    delay: float = 0.0  # seconds to stall before answering (client timeouts)


@dataclass
class Grant:
    scopes: list[str]
    revoked: bool = False


@dataclass
class User:
    address: str = "jobseeker@example.com"
    name: str = "Job Seeker"
    oid: str = field(default_factory=lambda: str(uuid.uuid4()))


def _json(status: int, payload: object, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps(payload).encode()
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, body


def _graph_error(status: int, code: str, retry_after: str | None = None) -> Answer:
    extra = {"Retry-After": retry_after} if retry_after else None
    return _json(status, {"error": {"code": code, "message": f"fake: {code}"}}, extra)


def _oauth_error(error: str, status: int = 400) -> Answer:
    return _json(status, {"error": error, "error_description": f"AADSTS: fake {error}"})


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class FakeMicrosoft:
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
                return _oauth_error("temporarily_unavailable", fault.status)
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

    # ---- identity ----------------------------------------------------------------------
    def _discovery(self, call: Call) -> Answer:
        tenant = call.path.split("/")[1]
        root = f"{self.base}/{tenant}/oauth2/v2.0"
        return _json(
            200,
            {
                "issuer": f"{self.base}/{self.tenant_id}/v2.0",
                "authorization_endpoint": f"{root}/authorize",
                "token_endpoint": f"{root}/token",
                "device_authorization_endpoint": f"{root}/devicecode",
                "end_session_endpoint": f"{root}/logout",
                "jwks_uri": f"{self.base}/{tenant}/discovery/v2.0/keys",
                "response_modes_supported": ["query", "fragment", "form_post"],
                "code_challenge_methods_supported": ["S256"],
            },
        )

    def _page(self, status: int, text: str) -> Answer:
        body = f"<html><body><p>{html.escape(text)}</p></body></html>".encode()
        return status, {"Content-Type": "text/html; charset=utf-8"}, body

    def _authorize(self, call: Call) -> Answer:
        q = {k: v[0] for k, v in call.query.items()}
        redirect = urlsplit(q.get("redirect_uri", ""))
        problems = [
            q.get("client_id") != self.client_id and "unknown client_id",
            q.get("response_type") != "code" and "response_type must be code",
            (redirect.scheme != "http" or redirect.hostname not in ("localhost", "127.0.0.1"))
            and "redirect_uri must be a loopback http address",
            redirect.port is None and "redirect_uri needs a port",
            q.get("code_challenge_method") != "S256" and "PKCE S256 is required",
            len(q.get("code_challenge", "")) != 43 and "bad code_challenge",
            not q.get("state") and "state is required",
            not q.get("nonce") and "nonce is required",
            q.get("response_mode") != "form_post" and "response_mode must be form_post",
        ]
        scopes = q.get("scope", "").split()
        if "openid" not in scopes or not _RESOURCE_SCOPES & set(scopes):
            problems.append("scope must hold openid and Mail.Read")
        if set(scopes) - _OIDC_SCOPES - _RESOURCE_SCOPES:
            problems.append("a scope beyond Mail.Read was asked for")
        wrong = [p for p in problems if p]
        if wrong:
            # A bad request never goes back to the redirect URI: the user sees an error page.
            return self._page(400, "AADSTS fake error: " + "; ".join(map(str, wrong)))
        fields: dict[str, str] = {"state": q["state"]}
        if self.deny_consent:
            fields.update(error="access_denied", error_description="The user declined.")
        else:
            code = secrets.token_urlsafe(32)
            with self.lock:
                self.codes[code] = {
                    "redirect_uri": q["redirect_uri"],
                    "challenge": q["code_challenge"],
                    "nonce": q["nonce"],
                    "scopes": [s for s in scopes if s in _RESOURCE_SCOPES],
                    "expires": time.monotonic() + 600,
                }
            fields.update(code=code, client_info=self._client_info(), session_state="fake")
        inputs = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}" />'
            for k, v in fields.items()
        )
        action = html.escape(q["redirect_uri"])
        page = (
            '<html><head><title>Working...</title></head><body onload="document.forms[0]'
            f'.submit()"><form method="POST" name="hiddenform" action="{action}">{inputs}'
            "<noscript><p>Script is disabled. Click Submit to continue.</p>"
            '<input type="submit" value="Submit" /></noscript></form></body></html>'
        )
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()

    def _client_info(self) -> str:
        return _b64(json.dumps({"uid": self.user.oid, "utid": self.tenant_id}).encode())

    def _id_token(self, nonce: str | None) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": f"{self.base}/{self.tenant_id}/v2.0",
            "aud": self.client_id,
            "exp": now + 3600,
            "iat": now,
            "nbf": now,
            "sub": _b64(hashlib.sha256(self.user.oid.encode()).digest()),
            "oid": self.user.oid,
            "tid": self.tenant_id,
            "preferred_username": self.user.address,
            "name": self.user.name,
            "ver": "2.0",
        }
        if nonce:
            claims["nonce"] = nonce
        header = {"alg": "none", "typ": "JWT"}
        return f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}."

    def _token(self, call: Call) -> Answer:
        form = {k: v[0] for k, v in parse_qs(call.body.decode()).items()}
        if form.get("client_id") != self.client_id:
            return _oauth_error("unauthorized_client")
        grant_type = form.get("grant_type")
        nonce: str | None = None
        with self.lock:
            if grant_type == "authorization_code":
                issued = self.codes.pop(form.get("code", ""), None)  # a code works once
                if issued is None or issued["expires"] < time.monotonic():
                    return _oauth_error("invalid_grant")
                verifier = form.get("code_verifier", "")
                if _b64(hashlib.sha256(verifier.encode()).digest()) != issued["challenge"]:
                    return _oauth_error("invalid_grant")
                if form.get("redirect_uri") != issued["redirect_uri"]:
                    return _oauth_error("invalid_grant")
                scopes, nonce = issued["scopes"], issued["nonce"]
            elif grant_type == "refresh_token":
                grant = self.grants.get(form.get("refresh_token", ""))
                if grant is None or grant.revoked:
                    return _oauth_error("invalid_grant")
                scopes = grant.scopes
            else:
                return _oauth_error("unsupported_grant_type")
            access = "fake-at-" + secrets.token_urlsafe(24)
            refresh = "fake-rt-" + secrets.token_urlsafe(32)
            self.access[access] = time.monotonic() + self.access_lifetime
            self.grants[refresh] = Grant(scopes=list(scopes))
        return _json(
            200,
            {
                "token_type": "Bearer",
                "scope": " ".join(scopes),
                "expires_in": self.access_lifetime,
                "ext_expires_in": self.access_lifetime,
                "access_token": access,
                "refresh_token": refresh,
                "id_token": self._id_token(nonce),
                "client_info": self._client_info(),
            },
        )

    def _authorized(self, call: Call) -> bool:
        auth = call.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else ""
        with self.lock:
            return self.access.get(token, 0.0) > time.monotonic()

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
                return _json(200, self._folder(fid, q))
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
                return _json(200, box.render(msg, select, immutable))
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
        return _json(200, payload)

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
        return _json(200, payload, {"Preference-Applied": f"odata.maxpagesize={size}"})


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
            status, reply_headers, payload = _json(500, {"error": repr(exc)})
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
