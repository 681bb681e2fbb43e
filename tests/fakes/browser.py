"""A test browser for loopback OAuth flows (Google and Microsoft fakes alike).

It plays the user's browser: it receives the authorization URL, GETs it from the fake
identity server, then follows what comes back to the app's loopback listener — a 302
``Location`` (Google) or an auto-submitting ``<form method="post">`` (Microsoft's
``response_mode=form_post``). It trusts a test CA through ``REQUESTS_CA_BUNDLE``, as
``requests`` does.

Two ways in, both through Python's ``webbrowser`` as the app uses it:
- in process: ``TestBrowser`` is a ``webbrowser.BaseBrowser``; ``install()`` registers it
  as the preferred browser (the test then reads ``visits``);
- as the ``BROWSER`` command: ``BROWSER="python /path/tests/fakes/browser.py %s"``. The
  command returns at once (as real browsers do) and follows the URL in a child process;
  with ``APPLYTRACK_TEST_BROWSER_LOG`` set, each step is appended to that file as JSON.
"""

from __future__ import annotations

import html.parser
import json
import os
import subprocess
import sys
import threading
import webbrowser
from dataclasses import dataclass, field
from urllib.parse import urljoin

import requests

NAME = "applytrack-test-browser"


@dataclass
class Step:
    method: str
    url: str
    status: int
    body: str = ""


@dataclass
class Visit:
    steps: list[Step] = field(default_factory=list)
    error: str | None = None

    @property
    def final(self) -> Step | None:
        return self.steps[-1] if self.steps else None


class _FormParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.method = "get"
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "form" and self.action is None:
            self.action = found.get("action", "")
            self.method = found.get("method", "get").lower()
        elif tag == "input" and found.get("name"):
            self.fields[found["name"]] = found.get("value", "")


def follow(url: str, *, max_hops: int = 5, timeout: float = 10.0) -> Visit:
    """Walk from the authorization URL to the loopback listener; never raises."""
    visit = Visit()
    session = requests.Session()
    method, data = "GET", None
    try:
        for _ in range(max_hops):
            if method == "GET":
                resp = session.get(url, allow_redirects=False, timeout=timeout)
            else:
                resp = session.post(url, data=data, allow_redirects=False, timeout=timeout)
            visit.steps.append(Step(method, url, resp.status_code, resp.text[:2000]))
            if resp.is_redirect and "Location" in resp.headers:
                url, method, data = urljoin(url, resp.headers["Location"]), "GET", None
                continue
            form = _FormParser()
            form.feed(resp.text)
            if resp.ok and form.action is not None and form.method == "post":
                url, method, data = urljoin(url, form.action), "POST", form.fields
                continue
            break
    except requests.RequestException as exc:
        visit.error = type(exc).__name__
    return visit


class TestBrowser(webbrowser.BaseBrowser):
    """An in-process ``webbrowser`` controller; ``open`` returns at once, like a real one."""

    __test__ = False  # not a pytest test class

    def __init__(self, name: str = NAME) -> None:
        super().__init__(name)
        self.visits: list[Visit] = []
        self.urls: list[str] = []
        self._threads: list[threading.Thread] = []
        self.before_follow: list[object] = []  # hooks a test may add: callables(url)

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.urls.append(url)

        def run() -> None:
            for hook in self.before_follow:
                if callable(hook):
                    hook(url)
            self.visits.append(follow(url))

        thread = threading.Thread(target=run, daemon=True)
        self._threads.append(thread)
        thread.start()
        return True

    def wait(self, timeout: float = 10.0) -> None:
        for thread in self._threads:
            thread.join(timeout)

    def install(self) -> TestBrowser:
        """Register as the preferred browser; pair with ``uninstall`` (or use ``installed``)."""
        webbrowser.register(self.name, None, self, preferred=True)
        return self

    def uninstall(self) -> None:
        # webbrowser has no public unregister; its registry is two module globals.
        tryorder = getattr(webbrowser, "_tryorder", None)
        if tryorder and self.name in tryorder:
            tryorder.remove(self.name)
        getattr(webbrowser, "_browsers", {}).pop(self.name.lower(), None)


def browser_command() -> str:
    """A ``BROWSER`` value that runs this module as the browser."""
    return f"{sys.executable} {os.path.abspath(__file__)} %s"


def _main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--follow":
        visit = follow(argv[1])
        log = os.environ.get("APPLYTRACK_TEST_BROWSER_LOG")
        if log:
            record = {
                "url": argv[1],
                "error": visit.error,
                "steps": [[s.method, s.url, s.status] for s in visit.steps],
            }
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")
        return 0 if visit.error is None else 1
    if len(argv) != 1:
        print("usage: browser.py URL", file=sys.stderr)
        return 2
    # Return at once, as a real browser launcher does; the child does the walking.
    subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), "--follow", argv[0]],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
    )
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
