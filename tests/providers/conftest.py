"""Shared fixtures for provider tests: one real Dovecot per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.dovecot import Dovecot, ImapAccount, dovecot_missing_reason, shared_dovecot


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A real Dovecot on 127.0.0.1 (TLS from a test CA), started once per session."""
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    with shared_dovecot() as server:  # one per process, shared with the other folders
        yield server


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapAccount:
    """A fresh, empty mailbox of its own for each test."""
    return dovecot.new_account()
