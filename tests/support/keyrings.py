"""The in-memory keyring for tests: raw-key stores without a Secret Service or a KDF.

Tests that are not about key handling use it so each opened connection costs nothing
(a passphrase costs a 256,000-round PBKDF2 per connection). Key handling itself is tested
against the real gnome-keyring.
"""

from applytrack_desktop.store.ephemeral import EphemeralKeyring as MemoryKeyring

__all__ = ["MemoryKeyring"]
