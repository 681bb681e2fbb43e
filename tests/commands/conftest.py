"""The real Dovecot of the provider tests, for end-to-end command tests."""

from tests.providers.conftest import dovecot, imap_account

__all__ = ["dovecot", "imap_account"]
