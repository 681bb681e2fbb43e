"""The OAuth half of the fake Google: authorization (PKCE, state, loopback), token, revoke.

A mixin of ``FakeGoogle`` (see ``google_server.py``), kept apart so each file stays about
one thing. It validates what Google validates for an installed app: the client id, an
http://127.0.0.1 redirect, the gmail.readonly scope, a state, an S256 code challenge; and
at the token endpoint the client secret (body or Basic), the code's redirect URI and the
PKCE verifier. Tests can make the user deny consent or untick the scope.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
Answer = tuple[int, dict[str, str], bytes]


def json_answer(status: int, payload: object, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps(payload).encode()
    return status, {"Content-Type": "application/json; charset=UTF-8", **(headers or {})}, body


@dataclass
class Grant:
    client_id: str
    scopes: list[str]
    revoked: bool = False


class OAuthRoutes:
    """State and handlers of the OAuth endpoints; ``FakeGoogle`` sets the attributes."""

    lock: threading.RLock
    client_id: str
    client_secret: str
    grants: dict[str, Grant]  # refresh token -> grant
    access: dict[str, str]  # access token -> refresh token
    codes: dict[str, dict[str, Any]]
    untick_scope: bool
    deny_consent: bool

    def _authorize(self, call: Any) -> Answer:
        q = {k: v[0] for k, v in call.query.items()}
        redirect = q.get("redirect_uri", "")
        target = urlsplit(redirect)
        problems = [
            q.get("client_id") != self.client_id and "client_id",
            (target.scheme != "http" or target.hostname != "127.0.0.1") and "redirect_uri",
            q.get("response_type") != "code" and "response_type",
            q.get("scope", "").split() != [GMAIL_SCOPE] and "scope",
            not q.get("state") and "state",
            q.get("code_challenge_method") != "S256" and "code_challenge_method",
            len(q.get("code_challenge", "")) < 43 and "code_challenge",
        ]
        bad = [p for p in problems if p]
        if bad:
            return 400, {"Content-Type": "text/plain"}, f"invalid_request: {bad[0]}".encode()
        if self.deny_consent:
            params = {"error": "access_denied", "state": q["state"]}
        else:
            code = "4/code-" + secrets.token_urlsafe(16)
            granted = ["openid"] if self.untick_scope else [GMAIL_SCOPE]
            with self.lock:
                self.codes[code] = {
                    "redirect_uri": redirect,
                    "challenge": q["code_challenge"],
                    "scopes": granted,
                }
            params = {"code": code, "state": q["state"], "scope": " ".join(granted)}
        return 302, {"Location": f"{redirect}?{urlencode(params)}"}, b""

    def _client_ok(self, call: Any, form: dict[str, str]) -> bool:
        cid, secret = form.get("client_id"), form.get("client_secret")
        auth = call.headers.get("authorization", "")
        if auth.startswith("Basic "):
            cid, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
        return cid == self.client_id and secret == self.client_secret

    def _token(self, call: Any) -> Answer:
        form = {k: v[0] for k, v in parse_qs(call.body.decode()).items()}
        if not self._client_ok(call, form):
            return json_answer(401, {"error": "invalid_client"})
        grant_type = form.get("grant_type")
        with self.lock:
            if grant_type == "authorization_code":
                pending = self.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                digest = hashlib.sha256(verifier.encode()).digest()
                challenge = base64.urlsafe_b64encode(digest).decode().rstrip("=")
                if (
                    pending is None
                    or pending["redirect_uri"] != form.get("redirect_uri")
                    or pending["challenge"] != challenge
                ):
                    return json_answer(
                        400, {"error": "invalid_grant", "error_description": "Bad code"}
                    )
                refresh = "1//refresh-" + secrets.token_urlsafe(12)
                self.grants[refresh] = Grant(self.client_id, pending["scopes"])
            elif grant_type == "refresh_token":
                refresh = form.get("refresh_token", "")
                grant = self.grants.get(refresh)
                if grant is None or grant.revoked:
                    return json_answer(
                        400,
                        {"error": "invalid_grant", "error_description": "Token has been revoked."},
                    )
            else:
                return json_answer(400, {"error": "unsupported_grant_type"})
            access = "ya29.fake-" + secrets.token_urlsafe(12)
            self.access[access] = refresh
            scopes = self.grants[refresh].scopes
        payload = {
            "access_token": access,
            "expires_in": 3599,
            "scope": " ".join(scopes),
            "token_type": "Bearer",
        }
        if grant_type == "authorization_code":
            payload["refresh_token"] = refresh
        return json_answer(200, payload)

    def _revoke(self, call: Any) -> Answer:
        token = parse_qs(call.body.decode()).get("token", [""])[0]
        with self.lock:
            refresh = token if token in self.grants else self.access.get(token)
            if refresh is None:
                return json_answer(400, {"error": "invalid_token"})
            self.grants[refresh].revoked = True
            for access in [a for a, r in self.access.items() if r == refresh]:
                del self.access[access]
        return json_answer(200, {})
