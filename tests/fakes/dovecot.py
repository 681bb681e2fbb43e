"""A real Dovecot IMAP server on 127.0.0.1 for tests, with its own config in a temp folder.

Nothing is faked here but the certificate authority: Dovecot (Debian's ``dovecot-imapd``)
runs in the foreground with a config written for the test, TLS required (a ``trustme``
certificate for 127.0.0.1), users in a passwd-file and maildirs in the temp folder. Tests
trust the CA through ``Dovecot.ssl_context`` (passed to the provider), never through the
system store.

Running as root (CI, this machine) needs care: Dovecot refuses to run ``imap-login`` as
root and refuses mail processes with uid 0, so login runs as ``dovenull`` (or ``nobody``)
and mail is owned by ``nobody``; as an ordinary user everything runs as that user. Test
users are made up front (``new_account`` hands out the next one).
XOAUTH2 is enabled: Dovecot 2.3 checks an XOAUTH2 token against the passdb like a
password, which is enough to drive the client's XOAUTH2 code path.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import imapclient
import trustme

DOVECOT = "/usr/sbin/dovecot"
MAX_USERS = 2000


def _name(n: int) -> str:
    return f"user{n}@example.test"


def _password(n: int) -> str:
    # Also usable as an XOAUTH2 token: Dovecot 2.3 checks it like a password.
    return f"pw-{n}-secret"


def dovecot_missing_reason() -> str | None:
    if not Path(DOVECOT).exists():
        return f"Dovecot is not installed ({DOVECOT} missing; apt-get install dovecot-imapd)"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _user(name: str) -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        return None


@dataclass(frozen=True)
class ImapAccount:
    """One test mailbox on the running server."""

    server: Dovecot
    user: str
    password: str

    @contextlib.contextmanager
    def client(self) -> Iterator[imapclient.IMAPClient]:
        """A read-write session for setting up mail (the provider under test never writes)."""
        client = imapclient.IMAPClient(
            "127.0.0.1", port=self.server.port, ssl=True, ssl_context=self.server.ssl_context()
        )
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, raw: bytes, folder: str = "INBOX", when: datetime | None = None) -> int:
        """Add a message; returns its UID."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, msg_time=when)
        # APPENDUID (RFC 4315): b"[APPENDUID <validity> <uid>] Append completed."
        text = response.decode() if isinstance(response, bytes) else str(response)
        return int(text.split("]")[0].split()[-1])

    def expunge(self, uid: int, folder: str = "INBOX") -> None:
        with self.client() as client:
            client.select_folder(folder)
            client.delete_messages([uid])
            client.uid_expunge([uid])

    def changes_logged(self) -> list[str]:
        """Server log lines of this user's sessions that changed mail (flags, copies, ...)."""
        tag = f"imap({self.user})"
        return [
            line
            for line in self.server.log_text.splitlines()
            if tag in line
            and any(f" {e}: " in line for e in ("flag_change", "expunge", "copy", "delete"))
        ]

    def wait_for_changes(self, timeout_s: float = 10.0) -> list[str]:
        """The logged changes once there are any: Dovecot's log process writes them a moment
        after the command has been answered, so an immediate read can miss them."""
        end = time.monotonic() + timeout_s
        while not (changes := self.changes_logged()) and time.monotonic() < end:
            time.sleep(0.05)
        return changes

    def snapshot(self) -> dict[tuple[str, int], tuple[bytes, ...]]:
        """Every message's flags, per (folder, UID): to prove a sync changed nothing."""
        out: dict[tuple[str, int], tuple[bytes, ...]] = {}
        with self.client() as client:
            for _flags, _delim, name in client.list_folders():
                client.select_folder(name, readonly=True)
                for uid, data in client.fetch(client.search("ALL"), ["FLAGS"]).items():
                    out[(name, uid)] = tuple(sorted(data[b"FLAGS"]))
        return out


class _PortTakenError(Exception):
    """Dovecot could not bind a port picked for it."""


class Dovecot:
    """Start with ``start()``, stop with ``stop()``; ``new_account()`` makes a mailbox."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="applytrack-dovecot-"))
        self.port = _free_port()  # implicit TLS (the "ssl" security)
        self.starttls_port = _free_port()  # plain then STARTTLS
        self.ca = trustme.CA()
        self.ca_file = self.root / "ca.pem"
        self._proc: subprocess.Popen[bytes] | None = None
        self._ids = itertools.count(1)

    def ssl_context(self) -> ssl.SSLContext:
        """A default context (hostname checks on) that trusts only the test CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    @property
    def log_text(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _write_config(self) -> Path:
        root = self.root
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_pem.write_to_path(str(root / "key.pem"))
        cert.cert_chain_pems[0].write_to_path(str(root / "cert.pem"))
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        for sub in ("run", "state", "mail", "home"):
            (root / sub).mkdir(exist_ok=True)
        # Users are made up front: Dovecot notices a changed passwd-file only by its mtime
        # (seconds), so users appended while it runs can be refused for up to a second.
        (root / "passwd").write_text(
            "".join(f"{_name(n)}:{{PLAIN}}{_password(n)}\n" for n in range(1, MAX_USERS + 1))
        )
        if os.geteuid() == 0:
            internal = "root"
            login = next(u for u in ("dovenull", "nobody") if _user(u))
            mail_user = _user("nobody")
            assert mail_user is not None, "the 'nobody' user is needed to own test mail"
            uid, gid = mail_user.pw_uid, mail_user.pw_gid
            # Login processes run unprivileged and must reach base_dir.
            root.chmod(0o755)
            for sub in ("mail", "home"):
                os.chown(root / sub, uid, gid)
        else:
            internal = login = pwd.getpwuid(os.geteuid()).pw_name
            uid, gid = os.geteuid(), os.getegid()
        config = f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain xoauth2
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {pwd.getpwnam(internal).pw_gid if internal != "root" else "root"}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
mail_fsync = never
mail_plugins = $mail_plugins mail_log notify
plugin {{
  # Every change a session makes to mail, logged: proof that a sync wrote nothing.
  mail_log_events = delete undelete expunge copy mailbox_delete mailbox_rename flag_change
  mail_log_fields = uid box flags
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.starttls_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No growing delay for the failed logins the tests make on purpose (auth penalty).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  chroot =
}}
"""
        path = root / "dovecot.conf"
        path.write_text(config)
        return path

    def start(self, timeout: float = 15.0) -> None:
        # A port found free can be taken before Dovecot binds it (by another xdist worker's
        # connection, say): then it exits at once, and new ports are tried.
        for _ in range(3):
            try:
                return self._start(timeout)
            except _PortTakenError:
                self.port, self.starttls_port = _free_port(), _free_port()
        raise RuntimeError(f"dovecot found no free port:\n{self.log_text[-2000:]}")

    def _start(self, timeout: float) -> None:
        config = self._write_config()
        self._proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                if "Address already in use" in self.log_text:
                    (self.root / "dovecot.log").unlink()
                    raise _PortTakenError
                raise RuntimeError(f"dovecot exited at start:\n{self.log_text[-2000:]}")
            try:  # Dovecot's own greeting over TLS, not just anything listening there
                with (
                    socket.create_connection(("127.0.0.1", self.port), timeout=1) as raw,
                    self.ssl_context().wrap_socket(raw, server_hostname="127.0.0.1") as tls,
                ):
                    if tls.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not listen in {timeout}s:\n{self.log_text[-2000:]}")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            # The whole process group at once (the master runs in a session of its own):
            # a SIGTERM to the master alone makes it wait about a second for its children.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)

    def new_account(self) -> ImapAccount:
        """A fresh, empty mailbox (a user of its own), usable at once."""
        n = next(self._ids)
        if n > MAX_USERS:
            raise RuntimeError("out of test users; raise MAX_USERS")
        return ImapAccount(self, _name(n), _password(n))


_shared: Dovecot | None = None
_shared_users = 0


@contextlib.contextmanager
def shared_dovecot() -> Iterator[Dovecot]:
    """One running server per test process, however many conftests ask for one.

    Each folder's conftest that imports the ``dovecot`` fixture gets a fixture of its own
    (pytest keys fixtures by the module that holds them), so without this a session would
    start a server per folder. Tests never share a mailbox: ``new_account`` hands out a
    fresh user each time. The last user out stops the server.
    """
    global _shared, _shared_users
    if _shared is None:
        server = Dovecot()
        server.start()
        _shared = server
    _shared_users += 1
    try:
        yield _shared
    finally:
        _shared_users -= 1
        if _shared_users == 0:
            server, _shared = _shared, None
            server.stop()
