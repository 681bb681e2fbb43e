"""The error hierarchy every layer raises and every face (CLI, GUI) knows how to show.

Three kinds, on purpose:
- ``UserFacingError``: something the user can understand and act on. It carries a short
  ``title`` and a one-sentence ``message`` that never contains email content.
- ``AuthError`` (a user-facing error): the account must be reconnected; sync stops retrying.
- anything else is a bug: the faces log it with a traceback and show a generic sentence.
"""

from __future__ import annotations


class ApplyTrackError(Exception):
    """Base of every error this application raises on purpose."""


class UserFacingError(ApplyTrackError):
    """An error with a title and a one-sentence message that is safe to show to the user."""

    title: str = "Something went wrong"

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class InvalidInputError(UserFacingError):
    title = "Invalid input"


class NotFoundError(UserFacingError):
    title = "Not found"


class StoreError(UserFacingError):
    title = "Database problem"


class WrongKeyError(StoreError):
    """The key or passphrase does not open the database; the file was left untouched."""

    title = "Wrong passphrase or key"


class KeyMissingError(StoreError):
    """A database exists but its key is not where it should be (keyring entry gone)."""

    title = "Database key not found"


class PassphraseRequiredError(StoreError):
    """No keyring is available and no passphrase was given."""

    title = "Passphrase needed"


class StoreCorruptError(StoreError):
    """The database file failed its integrity check; it is kept aside, never replaced."""

    title = "Database damaged"


class MailParseError(UserFacingError):
    """A message could not be read; it is set aside with this reason."""

    title = "Unreadable message"


class ProviderError(UserFacingError):
    """A mail provider failed in a way that a later retry may fix."""

    title = "Mail sync failed"


class NetworkError(ProviderError):
    title = "Network problem"


class RateLimitedError(ProviderError):
    """The provider asked us to slow down; ``retry_after`` is in seconds when it said so."""

    title = "Mail provider is busy"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class StaleCursorError(ProviderError):
    """The stored sync cursor is no longer valid; a bounded full resync is needed."""

    title = "Resync needed"


class AuthError(UserFacingError):
    """The account's grant is gone or refused: the user must reconnect it."""

    title = "Reconnect needed"

    def __init__(self, message: str, *, account_id: int | None = None) -> None:
        super().__init__(message)
        self.account_id = account_id
