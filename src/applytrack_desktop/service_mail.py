"""The service's mail side: accounts, background sync, imports, the review list.

Kept apart from ``service.py`` (applications, history, settings) so each file keeps one
purpose; ``Service`` inherits these methods, so the GUI and CLI still see one API.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import InvalidInputError, NotFoundError
from applytrack_desktop.core.models import (
    Account,
    ChangeCause,
    Email,
    ReviewItem,
    ReviewState,
)
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.store import applications, emails, forget, history, review, threads
from applytrack_desktop.store.timeutil import now_utc
from applytrack_desktop.sync import accounts as account_ops

if TYPE_CHECKING:
    # The sync, intel and provider code is imported where it is first used: importing it
    # costs about a second, and the window should paint before that.
    from applytrack_desktop.service_settings import Settings
    from applytrack_desktop.store.db import Store
    from applytrack_desktop.sync.events import EventStream, SyncCounts
    from applytrack_desktop.sync.importer import Progress
    from applytrack_desktop.sync.pipeline import PipelineSettings
    from applytrack_desktop.sync.runtime import SyncRuntime


def _recompute(conn: sqlcipher3.Connection, app_id: int, threshold: float) -> None:
    from applytrack_desktop.sync.pipeline import recompute_status

    recompute_status(conn, app_id, threshold)


class MailOps:
    store: Store
    _runtime: SyncRuntime | None = None
    _events: EventStream | None = None

    if TYPE_CHECKING:

        def settings(self) -> Settings: ...  # provided by Service

    # -- pipeline settings and the background runtime -------------------------------------
    def pipeline_settings(self) -> PipelineSettings:
        from applytrack_desktop.sync.pipeline import PipelineSettings

        prefs = self.settings()
        return PipelineSettings(
            threshold=prefs.confidence_threshold,
            create_from_confirmations=prefs.create_from_confirmations,
        )

    def runtime(self) -> SyncRuntime:
        """The sync runtime (created on first use, started by ``start_background_sync``)."""
        if self._runtime is None:
            from applytrack_desktop.sync.runtime import SyncRuntime

            interval = self.settings().sync_interval_minutes * 60.0
            self._runtime = SyncRuntime(
                self.store,
                self.pipeline_settings,
                interval_seconds=interval,
                events=self.sync_events,
            )
        return self._runtime

    @property
    def sync_events(self) -> EventStream:
        """Every runtime's events, one stream for the service's life: listening to it costs
        no sync import (the window subscribes before it paints) and survives restarts."""
        if self._events is None:
            from applytrack_desktop.sync.events import EventStream

            self._events = EventStream()
        return self._events

    def start_background_sync(self) -> None:
        self.runtime().start()

    def stop_background_sync(self) -> None:
        if self._runtime is not None:
            self._runtime.shutdown()
            self._runtime = None

    @property
    def background_sync_running(self) -> bool:
        """True between ``start_background_sync`` and ``stop_background_sync``."""
        return self._runtime is not None and self._runtime.started

    def sync_now(self, account_id: int | None = None) -> None:
        self.runtime().sync_now(account_id)

    def pause_sync(self) -> None:
        self.runtime().scheduler.pause()

    def resume_sync(self) -> None:
        self.runtime().scheduler.resume()

    @property
    def sync_paused(self) -> bool:
        return self._runtime is not None and self._runtime.scheduler.paused

    def set_sync_interval(self, minutes: float) -> None:
        self.runtime().scheduler.set_interval(minutes * 60.0)

    def import_mailbox(
        self, paths: Sequence[Path], progress: Progress | None = None
    ) -> Future[SyncCounts]:
        """Import .eml/.mbox files in the background; the future holds what it did."""
        return self.runtime().import_files(paths, progress)

    def active_thread_count(self) -> int:
        """Threads of still-open applications with mail in the last ``active_thread_days``."""
        since = now_utc() - timedelta(days=self.settings().active_thread_days)
        with self.store.read() as conn:
            return threads.active_count(conn, since)

    # -- accounts ----------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        return account_ops.list_accounts(self.store)

    def _added(self, account: Account) -> Account:
        if self._runtime is not None:
            self._runtime.account_added(account.id)
        return account

    def connect_gmail(self, client_config: Path, *, since: date | None = None) -> Account:
        return self._added(account_ops.add_gmail(self.store, client_config, since=since))

    def gmail_client_stored(self, account_id: int) -> bool:
        """True when reconnecting this Gmail account needs no client_secret.json."""
        account = account_ops.get_account(self.store, account_id)
        return account_ops.stored_gmail_client(self.store, account) is not None

    def reconnect_gmail(self, account_id: int) -> Account:
        """Sign in again with the account's stored client (browser sign-in; blocks)."""
        return self._added(account_ops.reconnect_gmail(self.store, account_id))

    def connect_outlook(
        self, client_id: str, *, tenant: str | None = None, since: date | None = None
    ) -> Account:
        return self._added(
            account_ops.add_outlook(self.store, client_id, tenant=tenant, since=since)
        )

    def connect_imap(
        self,
        *,
        host: str,
        user: str,
        password: str,
        port: int | None = None,
        security: str = "ssl",
        since: date | None = None,
    ) -> Account:
        account = account_ops.add_imap(
            self.store,
            host=host,
            user=user,
            password=password,
            port=port,
            security=security,
            since=since,
        )
        return self._added(account)

    def connect_files(self, paths: Sequence[Path]) -> Account:
        return self._added(account_ops.add_files(self.store, paths))

    def disconnect(self, account_id: int, *, delete_applications: bool = False) -> str:
        """Revoke, delete the account's mail and secrets; returns a note for the user."""
        if self._runtime is not None:
            self._runtime.account_removed(account_id)
        return account_ops.remove_account(
            self.store, account_id, delete_applications=delete_applications
        )

    # -- emails and the review list ------------------------------------------------------
    def get_email(self, email_id: int) -> Email:
        with self.store.read() as conn:
            found = emails.get(conn, email_id)
        if found is None:
            raise NotFoundError(f"There is no email {email_id}.")
        return found

    def review_items(self, limit: int = 500) -> list[ReviewItem]:
        with self.store.read() as conn:
            return review.open_items(conn, limit)

    def review_count(self) -> int:
        with self.store.read() as conn:
            return review.open_count(conn)

    def open_review_item(self, item_id: int) -> ReviewItem:
        """One open item, whatever its place in the list; NotFoundError once decided."""
        with self.store.read() as conn:
            return self._item(conn, item_id)

    def _item(self, conn: sqlcipher3.Connection, item_id: int) -> ReviewItem:
        item = review.get(conn, item_id)
        if item is None or item.state is not ReviewState.OPEN:
            raise NotFoundError("That review item is no longer open.")
        return item

    def accept_review(self, item_id: int) -> None:
        """Do what the item suggests: attach the mail, and set the suggested status."""
        threshold = self.pipeline_settings().threshold

        def run(conn: sqlcipher3.Connection) -> None:
            item = self._item(conn, item_id)
            app_id = item.suggested_application_id
            if app_id is None:
                raise InvalidInputError("Choose the application this email belongs to.")
            emails.attach(conn, item.email_id, app_id)
            review.resolve(conn, item_id, ReviewState.ACCEPTED)
            app = applications.get(conn, app_id)
            if app is None:
                raise NotFoundError("That application no longer exists.")
            if item.suggested_status is not None and item.suggested_status is not app.status:
                # The user confirmed the change: it is theirs, so mail cannot undo it.
                now = now_utc()
                applications.set_status(conn, app_id, item.suggested_status, manual_at=now)
                history.insert(
                    conn,
                    app_id,
                    app.status,
                    item.suggested_status,
                    ChangeCause.USER,
                    at=now,
                    email_id=item.email_id,
                )
            else:
                _recompute(conn, app_id, threshold)

        self.store.write(run)

    def assign_review(self, item_id: int, application_id: int) -> None:
        """The user says which application the mail belongs to."""
        threshold = self.pipeline_settings().threshold

        def run(conn: sqlcipher3.Connection) -> None:
            item = self._item(conn, item_id)
            if not applications.exists(conn, application_id):
                raise NotFoundError("That application no longer exists.")
            emails.attach(conn, item.email_id, application_id)
            review.resolve(conn, item_id, ReviewState.ACCEPTED)
            _recompute(conn, application_id, threshold)

        self.store.write(run)

    def track_review(
        self,
        item_id: int,
        company: str,
        job_title: str,
        status: Status = Status.APPLIED,
        *,
        location: str = "",
        url: str = "",
        notes: str = "",
    ) -> int:
        """A new application for mail about a job that is not tracked yet; its id.

        The application starts when the mail was sent, with the rest of its thread still
        waiting for review; its status then follows from that mail as if matched (an
        invitation moves it to Interviewing), starting from ``status``.
        """
        company, job_title = company.strip(), job_title.strip()
        if not company:
            raise InvalidInputError("Enter the company this email is about.")
        status = Status(status)
        threshold = self.pipeline_settings().threshold

        def run(conn: sqlcipher3.Connection) -> int:
            item = self._item(conn, item_id)
            email = emails.get(conn, item.email_id)
            if email is None:
                raise NotFoundError("That email no longer exists.")
            app_id = applications.insert(
                conn,
                company=company,
                job_title=job_title,
                status=status,
                location=location.strip(),
                url=url.strip(),
                notes=notes,
                source=email.ats or "email",
                created_at=email.date,
                updated_at=email.date,
                created_from_account_id=email.account_id,
            )
            history.insert(conn, app_id, None, status, ChangeCause.USER, at=email.date)
            # The rest of the conversation is about the same job, unless the user said not.
            for other in emails.in_thread(conn, email.account_id, email.thread_key):
                if other.id == email.id or (
                    other.application_id is None and not other.user_unmatched
                ):
                    emails.attach(conn, other.id, app_id)
                    applications.note_email(
                        conn, app_id, other.date, next_event_at=other.interview_at
                    )
                    review.resolve_for_email(conn, other.id, ReviewState.ACCEPTED)
            thread = threads.get(conn, email.account_id, email.thread_key)
            if thread is not None and thread.application_id is None:
                threads.set_application(conn, thread.id, app_id)
            # The employer's other waiting mail ("Brookfield - offer summary" from the same
            # agency, in a thread of its own) joins it as it would a receipt's application.
            # (Imported here: the window must open without the sync stack and its models.)
            from applytrack_desktop.sync.adoption import adopt_orphans
            from applytrack_desktop.sync.store_index import StoreIndex

            adopt_orphans(
                conn,
                StoreIndex(conn),
                app_id,
                email.id,
                normalize_company(company),
                email.thread_key,
                job_title,
            )
            _recompute(conn, app_id, threshold)
            if email.application_id is not None:  # a proposal on another application: moved
                _recompute(conn, email.application_id, threshold)
            return app_id

        return self.store.write(run)

    def dismiss_review(self, item_id: int) -> None:
        """Not relevant: close the item. Unattached mail is never attached automatically,
        and keeps no content: the user said it is about none of their applications."""

        def run(conn: sqlcipher3.Connection) -> None:
            item = self._item(conn, item_id)
            forget.dismissed_mail(conn, item.email_id)
            review.resolve(conn, item_id, ReviewState.DISMISSED)

        self.store.write(run)

    def unmatch_email(self, email_id: int) -> None:
        """Detach mail from its application for good; the status is recomputed without it.

        The mail then waits in the review list: it is job mail that belongs nowhere now, and
        there the user assigns it to another application, tracks it as a new one or
        dismisses it (which keeps nothing of it), instead of it staying in the store unseen.
        """
        threshold = self.pipeline_settings().threshold

        def run(conn: sqlcipher3.Connection) -> None:
            email = emails.get(conn, email_id)
            if email is None:
                raise NotFoundError(f"There is no email {email_id}.")
            emails.detach(conn, email_id)
            review.resolve_for_email(conn, email_id, ReviewState.DISMISSED)
            if email.application_id is not None:
                app = applications.get(conn, email.application_id)
                where = app.company if app is not None else "its application"
                review.insert(conn, email_id, f"you unmatched it from {where}")
                _recompute(conn, email.application_id, threshold)

        self.store.write(run)

    def move_email(self, email_id: int, application_id: int) -> None:
        """Attach mail to another application; both statuses are recomputed."""
        threshold = self.pipeline_settings().threshold

        def run(conn: sqlcipher3.Connection) -> None:
            email = emails.get(conn, email_id)
            if email is None:
                raise NotFoundError(f"There is no email {email_id}.")
            if not applications.exists(conn, application_id):
                raise NotFoundError("That application no longer exists.")
            emails.attach(conn, email_id, application_id)
            review.resolve_for_email(conn, email_id, ReviewState.ACCEPTED)
            for app_id in {email.application_id, application_id} - {None}:
                assert app_id is not None
                _recompute(conn, app_id, threshold)

        self.store.write(run)
