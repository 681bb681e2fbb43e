"""Plain dataclasses for the things the application talks about.

They carry no behaviour beyond small conveniences, so every layer (store, sync, service,
GUI) can pass them around without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from applytrack_desktop.core.enums import Category, Status


class ChangeCause(StrEnum):
    """Why a status changed: an email moved it, or the user did."""

    EMAIL = "email"
    USER = "user"


class AccountKind(StrEnum):
    GMAIL = "gmail"
    OUTLOOK = "outlook"
    IMAP = "imap"
    FILES = "files"


class AccountState(StrEnum):
    OK = "ok"
    SYNCING = "syncing"
    ERROR = "error"
    RECONNECT_NEEDED = "reconnect_needed"


@dataclass(frozen=True, slots=True)
class Application:
    id: int
    company: str
    job_title: str
    status: Status
    created_at: datetime
    updated_at: datetime
    location: str = ""
    url: str = ""
    notes: str = ""
    source: str = ""  # "manual", "email", or an ATS name such as "greenhouse"
    ats_ids: tuple[str, ...] = ()
    last_email_at: datetime | None = None
    next_event_at: datetime | None = None  # upcoming interview or deadline, if known
    email_count: int = 0


@dataclass(frozen=True, slots=True)
class Email:
    id: int
    account_id: int | None
    # stable id at the provider (Gmail id, Graph ImmutableId, UIDVALIDITY:UID, ...)
    provider_id: str
    message_id: str
    thread_key: str
    application_id: int | None
    sender_name: str
    sender_address: str
    date: datetime
    subject: str
    category: Category
    confidence: float
    company: str = ""
    job_title: str = ""
    body_text: str | None = None  # None once purged by retention; metadata stays
    body_html: str | None = None
    sentiment: str = "neutral"
    urgent: bool = False
    deadlines: tuple[datetime, ...] = ()
    next_steps: tuple[str, ...] = ()
    user_unmatched: bool = False  # the user detached it: never re-attach automatically
    ats: str = ""  # the ATS / platform that sent it, e.g. "greenhouse"
    ats_ids: tuple[str, ...] = ()  # requisition / posting ids found in it
    interview_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Thread:
    id: int
    account_id: int | None
    thread_key: str
    application_id: int | None
    subject: str
    last_date: datetime


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    kind: AccountKind
    address: str
    state: AccountState = AccountState.OK
    cursor: str | None = None  # opaque, provider-specific; committed with the mail it covers
    last_sync_at: datetime | None = None
    last_error: str = ""
    settings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StatusChange:
    id: int
    application_id: int
    from_status: Status | None
    to_status: Status
    cause: ChangeCause
    at: datetime
    email_id: int | None = None
    undone: bool = False


@dataclass(frozen=True, slots=True)
class ActivityItem:
    """One entry of the activity feed (what the sync or the user changed), read or unread."""

    id: int
    kind: str  # e.g. "status_changed", "application_created", "review_needed"
    title: str
    at: datetime
    body: str = ""
    application_id: int | None = None
    email_id: int | None = None
    read: bool = False


class ReviewState(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """An email the pipeline was not sure about: unmatched, or a change below the threshold."""

    id: int
    email_id: int
    reason: str
    created_at: datetime
    suggested_application_id: int | None = None
    suggested_status: Status | None = None
    state: ReviewState = ReviewState.OPEN
