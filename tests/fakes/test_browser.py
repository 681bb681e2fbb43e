"""The test browser follows both answers identity servers give: a 302 and a form_post page."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.fakes.browser import follow

FORM = """<html><body onload="document.forms[0].submit()">
<form method="post" action="http://127.0.0.1:{port}/cb">
<input type="hidden" name="code" value="abc"/><input type="hidden" name="state" value="xyz"/>
</form></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    posted: list[dict[str, list[str]]]
    port: int

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def _answer(self, status: int, body: bytes = b"", location: str | None = None) -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/redirect":
            self._answer(302, location=f"http://127.0.0.1:{self.port}/cb?code=abc&state=xyz")
        elif self.path == "/form":
            self._answer(200, FORM.format(port=self.port).encode())
        else:
            self._answer(200, b"done")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.posted.append(parse_qs(self.rfile.read(length).decode()))
        self._answer(200, b"done")


@pytest.fixture
def site() -> Iterator[tuple[str, list[dict[str, list[str]]]]]:
    posted: list[dict[str, list[str]]] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = server.server_address[1]
    handler = type("H", (_Handler,), {"posted": posted, "port": port})
    server.RequestHandlerClass = handler
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", posted
    server.shutdown()
    server.server_close()


def test_follows_a_redirect(site: tuple[str, list[dict[str, list[str]]]]) -> None:
    base, _posted = site
    visit = follow(f"{base}/redirect")
    assert [(s.method, s.status) for s in visit.steps] == [("GET", 302), ("GET", 200)]
    assert visit.steps[-1].url.endswith("/cb?code=abc&state=xyz")


def test_submits_a_form_post_page(site: tuple[str, list[dict[str, list[str]]]]) -> None:
    base, posted = site
    visit = follow(f"{base}/form")
    assert [(s.method, s.status) for s in visit.steps] == [("GET", 200), ("POST", 200)]
    assert posted == [{"code": ["abc"], "state": ["xyz"]}]


def test_unreachable_is_recorded_not_raised() -> None:
    visit = follow("http://127.0.0.1:9/nothing", timeout=2)
    assert visit.error is not None and visit.steps == []
