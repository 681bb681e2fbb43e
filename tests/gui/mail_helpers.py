"""Shared set-up for the mail-side GUI tests: demo mail in a store, accounts in any state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.models import Account, AccountKind, AccountState
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.sources import RawSource
from applytrack_desktop.paths import resources_dir
from applytrack_desktop.store import accounts
from applytrack_desktop.sync.demo import demo_sources
from applytrack_desktop.sync.events import SyncCounts
from applytrack_desktop.sync.importer import import_sources

DEMO_MBOX = resources_dir() / "demo" / "demo.mbox"


def import_demo(service: Any) -> SyncCounts:
    """The bundled demo mailbox, dated as if it arrived lately, through the real pipeline."""
    counts, _changed = import_sources(service.store, demo_sources())
    return counts


class _UnsureInterview:
    """An analyzer that calls every message an interview it is not sure of (40%)."""

    def __init__(self, company: str, title: str) -> None:
        self.company, self.title = company, title

    def analyze_many(self, messages: Sequence[MailMessage]) -> list[Analysis]:
        return [
            Analysis(Category.INTERVIEW, 0.4, 0.9, company=self.company, job_title=self.title)
            for _ in messages
        ]


def add_unsure_mail(
    service: Any, company: str = "Soylent Foods", title: str = "Data Scientist"
) -> SyncCounts:
    """An interview for ``company``'s application (still Applied) the pipeline is unsure of, so
    the review list holds a row with a suggested application whatever the shipped models
    make of the demo mailbox."""
    msg = EmailMessage()
    msg["From"] = f"{company} <talent@example.com>"
    msg["To"] = "jordan.lee@example.net"
    msg["Subject"] = "Quick chat?"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = "<unsure-interview@example.com>"
    msg.set_content("Do you have a few minutes this week?")
    counts, _changed = import_sources(
        service.store,
        [RawSource("unsure.eml", msg.as_bytes())],
        analyzer=_UnsureInterview(company, title),
    )
    return counts


def add_account(
    service: Any,
    kind: AccountKind,
    address: str,
    state: AccountState = AccountState.OK,
    error: str = "",
    settings: dict[str, str] | None = None,
) -> Account:
    """An account row as a provider would leave it (no sign-in needed)."""

    def run(conn: Any) -> Account:
        account_id = accounts.insert(conn, kind, address, settings=settings or {})
        accounts.set_state(conn, account_id, state, error=error)
        found = accounts.get(conn, account_id)
        assert found is not None
        return found

    result: Account = service.store.write(run)
    return result
