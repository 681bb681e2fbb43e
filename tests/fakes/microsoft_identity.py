"""The identity half of the fake Microsoft server: OpenID discovery, authorize, token.

Checked as strictly as the real Microsoft identity platform for what msal sends: a known
client id, a loopback ``http`` redirect URI with a port, PKCE S256, ``state``, ``nonce``,
``response_mode=form_post`` and no scope beyond Graph ``Mail.Read`` (plus the OpenID
ones msal adds). ``/authorize`` answers with the auto-submitting POST form the real
service sends; ``/token`` redeems a code once (verifying the PKCE verifier and redirect
URI) or a refresh token, and returns access, refresh and id tokens and ``client_info``.
The id token is an unsigned but well-formed JWT (iss, aud, exp, iat, nonce,
preferred_username, oid, tid, sub): msal does not validate it, and nothing here needs to.
"""

from __future__ import annotations

import abc
import base64
import hashlib
import html
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAIL_READ = "https://graph.microsoft.com/Mail.Read"
_OIDC_SCOPES = {"openid", "profile", "offline_access", "email"}
_RESOURCE_SCOPES = {MAIL_READ, "Mail.Read"}
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
class Grant:
    scopes: list[str]
    revoked: bool = False


@dataclass
class User:
    address: str = "jobseeker@example.com"
    name: str = "Job Seeker"
    oid: str = field(default_factory=lambda: str(uuid.uuid4()))


def json_answer(status: int, payload: object, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps(payload).encode()
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, body


def oauth_error(error: str, status: int = 400) -> Answer:
    return json_answer(status, {"error": error, "error_description": f"AADSTS: fake {error}"})


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class IdentityRoutes:
    """Mixed into ``FakeMicrosoft``: the attributes below are its state."""

    client_id: str
    tenant_id: str
    user: User
    lock: threading.RLock
    codes: dict[str, dict[str, Any]]
    grants: dict[str, Grant]  # refresh token -> grant
    access: dict[str, float]  # access token -> expiry (monotonic)
    deny_consent: bool
    access_lifetime: int

    @property
    @abc.abstractmethod
    def base(self) -> str:
        """``https://127.0.0.1:PORT`` of the running server."""

    def _discovery(self, call: Call) -> Answer:
        tenant = call.path.split("/")[1]
        root = f"{self.base}/{tenant}/oauth2/v2.0"
        return json_answer(
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
            return oauth_error("unauthorized_client")
        grant_type = form.get("grant_type")
        nonce: str | None = None
        with self.lock:
            if grant_type == "authorization_code":
                issued = self.codes.pop(form.get("code", ""), None)  # a code works once
                if issued is None or issued["expires"] < time.monotonic():
                    return oauth_error("invalid_grant")
                verifier = form.get("code_verifier", "")
                if _b64(hashlib.sha256(verifier.encode()).digest()) != issued["challenge"]:
                    return oauth_error("invalid_grant")
                if form.get("redirect_uri") != issued["redirect_uri"]:
                    return oauth_error("invalid_grant")
                scopes, nonce = issued["scopes"], issued["nonce"]
            elif grant_type == "refresh_token":
                grant = self.grants.get(form.get("refresh_token", ""))
                if grant is None or grant.revoked:
                    return oauth_error("invalid_grant")
                scopes = grant.scopes
            else:
                return oauth_error("unsupported_grant_type")
            access = "fake-at-" + secrets.token_urlsafe(24)
            refresh = "fake-rt-" + secrets.token_urlsafe(32)
            self.access[access] = time.monotonic() + self.access_lifetime
            self.grants[refresh] = Grant(scopes=list(scopes))
        return json_answer(
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
