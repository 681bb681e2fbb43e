"""Runs the conformance suite against every provider that has a test env.

IMAP runs against the real Dovecot; files against an mbox plus a folder of .eml files in a
temp folder. Gmail and Outlook plug in here: see the top of ``conformance.py``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from applytrack_desktop.providers.base import MailProvider
from applytrack_desktop.providers.files import FilesProvider
from applytrack_desktop.providers.imap import PASSWORD_SECRET, ImapProvider
from applytrack_desktop.providers.secrets import MemorySecrets
from tests.fakes.dovecot import Dovecot, ImapAccount
from tests.fakes.gmail_env import gmail_env
from tests.fakes.microsoft_env import outlook_env
from tests.providers.conformance import ConformanceTests, ProviderEnv, message_id_of


class ImapEnv:
    """A fresh Dovecot mailbox; new mail alternates between INBOX and a child folder."""

    name = "imap"
    supports_deletion = True
    can_skip_body = True

    def __init__(self, dovecot: Dovecot) -> None:
        self.account: ImapAccount = dovecot.new_account()
        self.where: dict[str, tuple[str, int]] = {}

    def add_message(self, raw: bytes) -> None:
        folder = "INBOX" if len(self.where) % 2 == 0 else "INBOX.Jobs"
        self.where[message_id_of(raw)] = (folder, self.account.append(raw, folder=folder))

    def delete_message(self, message_id: str) -> None:
        folder, uid = self.where.pop(message_id)
        self.account.expunge(uid, folder=folder)

    def make_provider(self, page_size: int = 100) -> MailProvider:
        secrets = MemorySecrets()
        secrets.set(PASSWORD_SECRET, self.account.password)
        return ImapProvider(
            "127.0.0.1",
            self.account.user,
            secrets=secrets,
            port=self.account.server.port,
            ssl_context=self.account.server.ssl_context,
            page_size=page_size,
        )

    def bodies_fetched(self, provider: MailProvider) -> int | None:
        assert isinstance(provider, ImapProvider)
        return provider.stats.bodies


class FilesEnv:
    """An mbox that grows at the end, and a folder of .eml files, under one temp folder."""

    name = "files"
    supports_deletion = False  # a removed file leaves its mail in the store, by design
    can_skip_body = False  # a file's bytes are read whole

    def __init__(self, parent: Path) -> None:
        root = Path(tempfile.mkdtemp(dir=parent))  # one env per call, even in one test
        self.mbox = root / "takeout.mbox"
        self.folder = root / "eml"
        self.folder.mkdir()
        self.count = 0

    def add_message(self, raw: bytes) -> None:
        self.count += 1
        if self.count % 2:
            with self.mbox.open("ab") as fh:
                fh.write(b"From sender@example.com Sat Nov  1 09:00:00 2026\n")
                fh.write(raw.replace(b"\r\n", b"\n") + b"\n")
        else:
            name = message_id_of(raw).strip("<>").replace("@", "_")
            (self.folder / f"{name}.eml").write_bytes(raw)

    def delete_message(self, message_id: str) -> None:
        name = message_id.strip("<>").replace("@", "_")
        eml = self.folder / f"{name}.eml"
        if eml.exists():
            eml.unlink()
            return
        text = self.mbox.read_bytes().split(b"\nFrom ")
        kept = [chunk for chunk in text if message_id.encode() not in chunk]
        self.mbox.write_bytes(b"\nFrom ".join(kept))

    def make_provider(self, page_size: int = 100) -> MailProvider:
        return FilesProvider([self.mbox, self.folder], page_size=page_size)

    def bodies_fetched(self, provider: MailProvider) -> int | None:
        return None


def _imap(request: pytest.FixtureRequest) -> ProviderEnv:
    return ImapEnv(request.getfixturevalue("dovecot"))


def _files(request: pytest.FixtureRequest) -> ProviderEnv:
    return FilesEnv(request.getfixturevalue("tmp_path"))


# name -> factory(request). Gmail/Outlook helpers: add yours here.
ENV_FACTORIES: dict[str, Callable[[pytest.FixtureRequest], ProviderEnv]] = {
    "imap": _imap,
    "files": _files,
    "gmail": gmail_env,
    "outlook": outlook_env,
}


@pytest.fixture(params=sorted(ENV_FACTORIES))
def provider_env(request: pytest.FixtureRequest) -> ProviderEnv:
    return ENV_FACTORIES[request.param](request)


class TestConformance(ConformanceTests):
    pass
