"""Drive the installed ``applytrack`` command as an outside checker would (CONTRACTS.md).

Every call is a real process: the console script next to this interpreter (or
``python -m applytrack_desktop``), in a fresh environment of its own: HOME and the XDG
folders inside the test's tmp folder, no D-Bus session (so keyring falls back to its
``fail`` backend, the headless passphrase case), ``APPLYTRACK_PASSPHRASE`` set. Nothing
from the developer's environment leaks in but PATH and the locale.

``Cli.ok`` and ``Cli.fails`` hold the contract for every command: success exits 0;
failure exits non-zero with one clear sentence on stderr and never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.providers.conftest import dovecot, imap_account

__all__ = ["Cli", "Run", "dovecot", "imap_account"]

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def command() -> list[str]:
    """The installed console script, else the module (same interpreter either way)."""
    script = Path(sys.executable).with_name("applytrack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "applytrack_desktop"]


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        head = f"applytrack {' '.join(self.args)} -> {self.code}"
        return f"{head}\n--stdout--\n{self.out}\n--stderr--\n{self.err}"


class Cli:
    """A fresh user's machine; ``cli(*args)`` runs the command there."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.data = home / "data"
        xdg = {
            "XDG_DATA_HOME": home / ".local" / "share",
            "XDG_CONFIG_HOME": home / ".config",
            "XDG_CACHE_HOME": home / ".cache",
            "XDG_STATE_HOME": home / ".local" / "state",
            "XDG_RUNTIME_DIR": home / "run",
        }
        for folder in xdg.values():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.env: dict[str, str] = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "APPLYTRACK_PASSPHRASE": PASSPHRASE,
            **{k: str(v) for k, v in xdg.items()},
        }

    def __call__(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        timeout: float = 120,
    ) -> Run:
        full_env = {**self.env, **(env or {})}
        done = subprocess.run(
            [*command(), *args],
            capture_output=True,
            text=True,
            env={k: v for k, v in full_env.items() if v is not None},
            cwd=self.home,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
        return Run(tuple(args), done.returncode, done.stdout, done.stderr)

    def together(self, *calls: Sequence[str], env: Mapping[str, str] | None = None) -> list[Run]:
        """Independent calls side by side (each process spends most of a second starting)."""
        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(lambda args: self(*args, env=env), calls))

    def ok(self, *args: str, env: Mapping[str, str] | None = None) -> Run:
        run = self(*args, env=env)
        assert run.code == 0, str(run)
        assert "Traceback" not in run.err, str(run)
        return run

    def fails(self, *args: str, env: Mapping[str, str] | None = None) -> Run:
        """Non-zero, nothing on stdout, one sentence on stderr, no traceback."""
        run = self(*args, env=env)
        assert run.code != 0, str(run)
        assert run.out == "", str(run)
        assert_one_sentence(run.err)
        return run

    def json(self, *args: str, env: Mapping[str, str] | None = None) -> Any:
        return json.loads(self.ok(*args, env=env).out)

    def applications(self, env: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        apps: list[dict[str, Any]] = self.json(
            "--data-dir", str(self.data), "applications", "--format", "json", env=env
        )
        return apps

    def accounts(self, env: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.json(
            "--data-dir", str(self.data), "accounts", "list", "--format", "json", env=env
        )
        return found

    def files_text(self) -> str:
        """Everything the app wrote outside its encrypted database (logs, settings)."""
        chunks = []
        for path in sorted(self.home.rglob("*")):
            if path.is_file() and not path.name.startswith("applytrack.db"):
                chunks.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(chunks)


def assert_one_sentence(err: str) -> None:
    text = err.strip()
    assert text, "nothing on stderr"
    assert "Traceback" not in err, err
    assert len(text.splitlines()) == 1, err
    assert text.startswith("applytrack: "), err
    assert text.endswith((".", "!", "?")), err


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


# A browser as an outside checker writes one: it GETs the authorization URL, then follows
# a 302 (Google) or submits an auto-posting form (Microsoft form_post) to the loopback
# listener. urllib only; it trusts a test CA through SSL_CERT_FILE like any ssl client.
BROWSER_SCRIPT = textwrap.dedent(
    """
    import html.parser, json, os, ssl, sys, urllib.error, urllib.parse, urllib.request

    class Form(html.parser.HTMLParser):
        def __init__(self):
            super().__init__()
            self.action, self.fields = None, {}
        def handle_starttag(self, tag, attrs):
            a = {k: v or "" for k, v in attrs}
            if tag == "form" and self.action is None:
                self.action = a.get("action", "")
            elif tag == "input" and a.get("name"):
                self.fields[a["name"]] = a.get("value", "")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    # Trust what the app is told to trust (a test CA), as a user's browser trusts its CAs.
    ca = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("SSL_CERT_FILE")
    opener = urllib.request.build_opener(
        NoRedirect, urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=ca))
    )
    url, data, steps = sys.argv[1], None, []
    for _ in range(6):
        try:
            resp = opener.open(urllib.request.Request(url, data=data), timeout=20)
            status, headers, body = resp.status, resp.headers, resp.read().decode()
        except urllib.error.HTTPError as exc:
            status, headers, body = exc.code, exc.headers, exc.read().decode()
        except OSError as exc:
            steps.append([("POST" if data else "GET"), url, repr(exc)])
            break
        steps.append([("POST" if data else "GET"), url, status])
        if status in (301, 302, 303, 307) and headers.get("Location"):
            url, data = urllib.parse.urljoin(url, headers["Location"]), None
            continue
        form = Form()
        form.feed(body)
        if status == 200 and form.action:
            url = urllib.parse.urljoin(url, form.action)
            data = urllib.parse.urlencode(form.fields).encode()
            continue
        break
    with open(os.environ["E2E_BROWSER_LOG"], "a") as log:
        log.write(json.dumps(steps) + "\\n")
    """
)


@dataclass(frozen=True)
class Browser:
    command: str  # a BROWSER value
    log: Path

    def env(self) -> dict[str, str]:
        return {"BROWSER": self.command, "E2E_BROWSER_LOG": str(self.log)}

    def visits(self) -> list[list[list[Any]]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]


@pytest.fixture
def browser(tmp_path: Path) -> Browser:
    script = tmp_path / "browser.py"
    script.write_text(BROWSER_SCRIPT)
    return Browser(f"{sys.executable} {script} %s", tmp_path / "browser.log")
