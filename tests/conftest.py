"""Fixtures shared by every test folder: OS keyrings (a real one, none, an in-memory one).

``secret_service`` starts a REAL Secret Service (gnome-keyring-daemon) on a private D-Bus
session bus, once per test session, with its keyrings in a temporary folder; tests that use
it get a keyring backend talking to it. Nothing touches the developer's own keyring.

``make test`` runs the suite in pytest-xdist worker processes: a "session" here is one
worker's, so each worker starts its own Secret Service (and its own Dovecot, see
tests/providers/conftest.py), in that worker's own temporary folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend
from keyring.backends import fail

from applytrack_desktop.logs import NOISY_LIBRARIES
from tests.support.keyrings import MemoryKeyring

# keyring picks its default backend on first use, and probing the macOS backend runs
# ``ldconfig`` through ctypes. Done later, from a process with Qt, writer and server threads,
# that fork was seen to hang for minutes; done here, at collection, the process has one thread.
keyring.get_keyring()

# No deadline on any hypothesis example: a time limit is a timed assertion, and on a loaded
# machine (or beside another xdist worker) a slow example is not a wrong one.
settings.register_profile("applytrack", deadline=None)
settings.load_profile("applytrack")


@dataclass(frozen=True)
class SecretService:
    """A running private Secret Service."""

    bus_address: str
    backend: KeyringBackend  # a keyring backend bound to it

    def get(self, service: str, username: str) -> str | None:
        return self.backend.get_password(service, username)


def _secret_service_missing() -> str | None:
    for binary in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(binary) is None:
            return f"{binary} is not installed (Debian: apt-get install dbus gnome-keyring)"
    try:
        import secretstorage  # noqa: F401  (keyring's Secret Service backend needs it)
    except ImportError:
        return "the secretstorage package is missing"
    return None


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    """A real gnome-keyring Secret Service on a private session bus (skips if missing).

    ``DBUS_SESSION_BUS_ADDRESS`` points at the private bus while the session runs, so code
    that builds its own Secret Service connection finds it too.
    """
    reason = _secret_service_missing()
    if reason:
        pytest.skip(f"no Secret Service for keyring tests: {reason}")
    home = tmp_path_factory.mktemp("secret-service")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    _write_login_keyring(home / "data" / "keyrings")
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    env["XDG_RUNTIME_DIR"] = str(runtime)
    out = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=10,
    ).stdout.split()
    address, bus_pid = out[0], int(out[1])
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--components=secrets"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        from keyring.backends import SecretService as SecretServiceBackend

        backend = SecretServiceBackend.Keyring()
        _wait_ready(backend, daemon)
        yield SecretService(address, backend)
    finally:
        _stop(daemon)
        with contextlib.suppress(ProcessLookupError):
            os.kill(bus_pid, 15)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _write_login_keyring(folder: Path) -> None:
    """Give the daemon its default ``login`` keyring before it starts.

    Left to ``gnome-keyring-daemon --unlock``, the login keyring is made asynchronously and,
    on loaded CI machines, sometimes never (then keyring asks to CREATE one, the prompt is
    dismissed and the Secret Service stays unusable). A keyring file that already exists is
    loaded at start-up, so the ``default`` alias resolves from the first D-Bus call. The file
    uses gnome-keyring's unencrypted format: it only ever holds test secrets in a temporary
    folder, and the Secret Service API the tests drive is the same.
    """
    folder.mkdir(parents=True, mode=0o700)
    (folder / "login.keyring").write_text(
        "[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n",
        encoding="utf-8",
    )
    (folder / "default").write_text("login", encoding="utf-8")
    for path in folder.iterdir():
        path.chmod(0o600)


def _stop(daemon: subprocess.Popen[bytes]) -> None:
    daemon.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        daemon.wait(timeout=5)
    if daemon.poll() is None:
        daemon.kill()
        daemon.wait()


def _wait_ready(backend: KeyringBackend, daemon: subprocess.Popen[bytes]) -> None:
    # While the daemon starts, secretstorage/jeepney raise more than KeyringError (D-Bus
    # "name has no owner"): keep probing until a deadline generous for a loaded CI machine.
    # A daemon that never becomes usable is a failure, not a skip: CI installs it.
    deadline = time.monotonic() + 30
    while True:
        try:
            backend.set_password("applytrack-test", "probe", "ready")
            backend.delete_password("applytrack-test", "probe")
            return
        except Exception as exc:
            if daemon.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "gnome-keyring-daemon gave no usable Secret Service on the private bus"
                ) from exc
            time.sleep(0.1)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyringBackend]:
    """The headless case: keyring's ``fail`` backend, and no passphrase in the environment."""
    monkeypatch.delenv("APPLYTRACK_PASSPHRASE", raising=False)
    backend = fail.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A usable in-memory keyring installed as keyring's default for the test."""
    monkeypatch.delenv("APPLYTRACK_PASSPHRASE", raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session", autouse=True)
def _log_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Commands run in-process log to a temporary folder, never to the user's log folder.

    One folder per session (per xdist worker): two processes rotating one log file race.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("APPLYTRACK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
        yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder for a store that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Commands run in-process configure logging once per process; undo it after each test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    libraries = {name: logging.getLogger(name).level for name in NOISY_LIBRARIES}
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, lib_level in libraries.items():
        logging.getLogger(name).setLevel(lib_level)
    if hasattr(root, "_applytrack_configured"):
        del root._applytrack_configured
