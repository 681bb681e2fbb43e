"""Opening the browser must not wait for it: a ``BROWSER`` command that only exits after the
sign-in would otherwise deadlock with our loopback listener."""

from __future__ import annotations

import sys
import threading
import time
import webbrowser
from pathlib import Path

import pytest

from applytrack_desktop.providers import browser

# A browser that visits nothing: it writes the URL it got, then waits for a release file.
WAITING_BROWSER = """
import pathlib, sys, time
folder = pathlib.Path(sys.argv[1])
(folder / "url.tmp").write_text(sys.argv[2])
(folder / "url.tmp").rename(folder / "url.txt")  # whole: the test reads it once it exists
deadline = time.monotonic() + 30
while not (folder / "release").exists() and time.monotonic() < deadline:
    time.sleep(0.02)
"""


@pytest.fixture
def waiting_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "browser.py"
    script.write_text(WAITING_BROWSER)
    monkeypatch.setenv("BROWSER", f"{sys.executable} {script} {tmp_path} %s")
    # webbrowser reads BROWSER once per process: make it look again.
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    return tmp_path


def _returns_while_browser_runs(call: threading.Thread, folder: Path) -> None:
    call.start()
    call.join(10)
    returned = not call.is_alive()
    (folder / "release").write_text("")  # let the browser (and a blocked call) finish
    call.join(30)
    assert returned, "opening the browser waited for the browser to exit"


def _wait_for(path: Path) -> str:
    deadline = time.monotonic() + 30
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)
    return path.read_text()


def test_open_detached_returns_while_the_browser_command_runs(waiting_browser: Path) -> None:
    url = "http://127.0.0.1:9/authorize?state=s"
    results: list[bool] = []
    call = threading.Thread(target=lambda: results.append(browser.open_detached(url)))
    _returns_while_browser_runs(call, waiting_browser)
    assert results == [True]
    assert _wait_for(waiting_browser / "url.txt") == url


def test_webbrowser_open_is_detached_inside_the_context_only(waiting_browser: Path) -> None:
    original = webbrowser.open
    url = "http://127.0.0.1:9/authorize?state=t"
    with browser.detached_webbrowser():
        assert webbrowser.open is not original
        call = threading.Thread(target=lambda: webbrowser.open(url))
        _returns_while_browser_runs(call, waiting_browser)
    assert webbrowser.open is original
    assert _wait_for(waiting_browser / "url.txt") == url


def test_without_a_browser_the_address_goes_to_the_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(webbrowser, "_tryorder", [])
    browser.set_no_browser_handler(shown.append)
    try:
        assert browser.open_detached("http://127.0.0.1:9/authorize") is False
    finally:
        browser.set_no_browser_handler(None)
    assert shown == ["http://127.0.0.1:9/authorize"]


def test_a_failing_browser_command_goes_to_the_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER", f"{sys.executable} -c 'raise SystemExit(3)' %s")
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    shown = threading.Event()
    browser.set_no_browser_handler(lambda url: shown.set())
    try:
        assert browser.open_detached("http://127.0.0.1:9/authorize") is True
        assert shown.wait(30), "the failed browser was not reported"
    finally:
        browser.set_no_browser_handler(None)
