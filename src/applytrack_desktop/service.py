"""The one application API that both faces (CLI and GUI) call.

It opens the store, turns user intentions (create, edit, set a status by hand, undo) into
single transactions on the store's writer, and reads through per-thread read connections.
Nothing here knows about Qt or argparse; errors are ``core.errors`` classes with a sentence
that can be shown as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlcipher3
from keyring.backend import KeyringBackend

from applytrack_desktop import paths, service_export, service_mbox, service_privacy
from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import InvalidInputError, NotFoundError
from applytrack_desktop.core.models import (
    ActivityItem,
    Application,
    ChangeCause,
    Email,
    StatusChange,
)
from applytrack_desktop.service_mail import MailOps
from applytrack_desktop.service_settings import Settings, is_known, parse_value
from applytrack_desktop.store import activity as activity_q
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store import history as history_q
from applytrack_desktop.store import settings as settings_q
from applytrack_desktop.store.applications import Filter
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.timeutil import now_utc

if TYPE_CHECKING:
    # Imported where used: it brings APScheduler (~0.2 s), which the window must not wait for.
    from applytrack_desktop.sync import retention

__all__ = ["Service", "Settings"]


def _not_found(app_id: int) -> NotFoundError:
    return NotFoundError(f"There is no application with id {app_id}.")


def _clean(value: str, what: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(f"The {what} must be text.")
    value = value.strip()
    if required and not value:
        raise InvalidInputError(f"The {what} cannot be empty.")
    return value


class Service(MailOps):
    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        *,
        passphrase: str | None = None,
        keyring_backend: KeyringBackend | None = None,
    ) -> Service:
        """Open (creating on first use) the store in ``data_dir`` (default: the data folder).

        Raises ``PassphraseRequiredError`` (ask the user, then call again with
        ``passphrase``), ``WrongKeyError`` or ``KeyMissingError``.
        """
        folder = data_dir if data_dir is not None else paths.default_data_dir()
        # Also finishes an interrupted key rotation and tells a damaged file (kept aside,
        # StoreCorruptError) from a wrong key.
        return cls(
            service_privacy.open_store(
                folder, passphrase=passphrase, keyring_backend=keyring_backend
            )
        )

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def close(self) -> None:
        self.stop_background_sync()
        self.store.close()

    def __enter__(self) -> Service:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- applications: reading ----------------------------------------------------------
    def list_applications(
        self,
        *,
        status: Status | None = None,
        company: str | None = None,
        text: str | None = None,
        updated_since: datetime | None = None,
        updated_before: datetime | None = None,
        sort: str = "updated_at",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Application]:
        with self.store.read() as conn:
            return apps_q.list_(
                conn,
                Filter(status, company, text, updated_since, updated_before),
                sort=sort,
                descending=descending,
                offset=offset,
                limit=limit,
            )

    def application_ids(
        self,
        *,
        status: Status | None = None,
        company: str | None = None,
        text: str | None = None,
        updated_since: datetime | None = None,
        updated_before: datetime | None = None,
        sort: str = "updated_at",
        descending: bool = True,
    ) -> list[int]:
        """Ids of every matching application in display order (for lazy, paged views).

        ``updated_since`` / ``updated_before`` keep those last updated in that range.
        """
        with self.store.read() as conn:
            return apps_q.ids(
                conn,
                Filter(status, company, text, updated_since, updated_before),
                sort=sort,
                descending=descending,
            )

    def get_applications(self, ids: Sequence[int]) -> list[Application]:
        """These applications in the order of ``ids``; deleted ones are left out."""
        with self.store.read() as conn:
            return apps_q.get_many(conn, ids)

    def count_applications(
        self,
        *,
        status: Status | None = None,
        company: str | None = None,
        text: str | None = None,
        updated_since: datetime | None = None,
        updated_before: datetime | None = None,
    ) -> int:
        with self.store.read() as conn:
            return apps_q.count(conn, Filter(status, company, text, updated_since, updated_before))

    def get_application(self, app_id: int) -> Application:
        with self.store.read() as conn:
            app = apps_q.get(conn, app_id)
        if app is None:
            raise _not_found(app_id)
        return app

    def status_counts(self) -> dict[Status, int]:
        with self.store.read() as conn:
            return apps_q.status_counts(conn)

    def emails_for(self, app_id: int) -> list[Email]:
        with self.store.read() as conn:
            return emails_q.for_application(conn, app_id)

    def history(self, app_id: int) -> list[StatusChange]:
        """Every status change of the application, oldest first (undone ones marked)."""
        with self.store.read() as conn:
            return history_q.for_application(conn, app_id)

    # -- applications: writing ----------------------------------------------------------
    def create_application(
        self,
        company: str,
        job_title: str,
        *,
        status: Status = Status.APPLIED,
        location: str = "",
        url: str = "",
        notes: str = "",
    ) -> Application:
        company = _clean(company, "company", required=True)
        job_title = _clean(job_title, "job title")
        status = Status(status)

        def run(conn: sqlcipher3.Connection) -> int:
            now = now_utc()
            app_id = apps_q.insert(
                conn,
                created_at=now,
                company=company,
                job_title=job_title,
                status=status,
                location=_clean(location, "location"),
                url=_clean(url, "link"),
                notes=notes,
                source="manual",
            )
            # The history starts with the status it was created in.
            history_q.insert(conn, app_id, None, status, ChangeCause.USER, at=now)
            return app_id

        return self.get_application(self.store.write(run))

    def update_application(
        self,
        app_id: int,
        *,
        company: str | None = None,
        job_title: str | None = None,
        location: str | None = None,
        url: str | None = None,
        notes: str | None = None,
    ) -> Application:
        changes: dict[str, str] = {}
        if company is not None:
            changes["company"] = _clean(company, "company", required=True)
        if job_title is not None:
            changes["job_title"] = _clean(job_title, "job title")
        if location is not None:
            changes["location"] = _clean(location, "location")
        if url is not None:
            changes["url"] = _clean(url, "link")
        if notes is not None:
            changes["notes"] = notes

        def run(conn: sqlcipher3.Connection) -> None:
            if not apps_q.exists(conn, app_id):
                raise _not_found(app_id)
            if changes:
                apps_q.update_fields(conn, app_id, **changes)

        self.store.write(run)
        return self.get_application(app_id)

    def delete_application(self, app_id: int) -> None:
        """Delete it with its history; its mail stays, detached, and is never re-attached."""

        def run(conn: sqlcipher3.Connection) -> None:
            if not apps_q.delete(conn, app_id):
                raise _not_found(app_id)

        self.store.write(run)

    def set_status(self, app_id: int, status: Status) -> StatusChange:
        """Set the status by hand: recorded with cause ``user``; mail cannot override it."""
        status = Status(status)

        def run(conn: sqlcipher3.Connection) -> StatusChange:
            app = apps_q.get(conn, app_id)
            if app is None:
                raise _not_found(app_id)
            now = now_utc()
            apps_q.set_status(conn, app_id, status, manual_at=now)
            return history_q.insert(conn, app_id, app.status, status, ChangeCause.USER, at=now)

        return self.store.write(run)

    def undo_last_change(self, app_id: int) -> StatusChange | None:
        """Undo the newest change still in effect; None when there is nothing to undo.

        The previous status comes back, the change is marked undone, and the undo is itself
        recorded (cause ``user``), so repeated undos walk further back.
        """

        def run(conn: sqlcipher3.Connection) -> StatusChange | None:
            app = apps_q.get(conn, app_id)
            if app is None:
                raise _not_found(app_id)
            last = history_q.last_effective(conn, app_id)
            if last is None or last.from_status is None:
                return None
            now = now_utc()
            apps_q.set_status(conn, app_id, last.from_status, manual_at=now)
            history_q.mark_undone(conn, last.id)
            return history_q.insert(
                conn,
                app_id,
                app.status,
                last.from_status,
                ChangeCause.USER,
                at=now,
                reverts_id=last.id,
            )

        return self.store.write(run)

    # -- settings -----------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.store.read() as conn:
            value = settings_q.get(conn, key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting; the known ones (``Settings`` fields) are checked first."""
        if is_known(key):
            parse_value(key, value)
        self.store.write(lambda conn: settings_q.set_(conn, key, value))

    def settings(self) -> Settings:
        with self.store.read() as conn:
            return Settings.from_values(settings_q.all_(conn))

    def save_settings(self, settings: Settings) -> None:
        def run(conn: sqlcipher3.Connection) -> None:
            for key, value in settings.to_values().items():
                settings_q.set_(conn, key, value)

        self.store.write(run)

    # -- activity -----------------------------------------------------------------------
    def activity(self, limit: int = 50) -> list[ActivityItem]:
        with self.store.read() as conn:
            return activity_q.recent(conn, limit)

    def unread_count(self) -> int:
        with self.store.read() as conn:
            return activity_q.unread_count(conn)

    def mark_all_read(self) -> None:
        self.store.write(activity_q.mark_all_read)

    # -- export / import ----------------------------------------------------------------
    def export_applications_json(self) -> list[dict[str, Any]]:
        """The ``applications --format json`` records of CONTRACTS.md."""
        with self.store.read() as conn:
            return service_export.records(conn)

    def export_csv_text(self) -> str:
        with self.store.read() as conn:
            return service_export.csv_text(conn)

    def export_csv(self, path: Path) -> int:
        """Write every application to a CSV file; returns how many."""
        with self.store.read() as conn:
            return service_export.write_csv(conn, path)

    def export_json(self, path: Path) -> int:
        """Write every application with its mail metadata and history; returns how many."""
        with self.store.read() as conn:
            return service_export.write_json(conn, path)

    def import_json(self, path: Path) -> int:
        """Import a JSON export (all or nothing); returns how many applications it added."""
        data = service_export.read_json(path)
        return self.store.write(lambda conn: service_export.import_records(conn, data))

    # -- privacy (issue 6: the logic is in service_privacy, sync.retention, service_mbox) ---
    def purge(self, older_than_days: int | None = None) -> retention.PurgeResult:
        """Purge bodies older than the retention setting (or ``older_than_days``); scrub."""
        from applytrack_desktop.sync import retention

        return retention.purge(self.store, older_than_days)

    def export_mbox(self, path: Path) -> int:
        """Write the kept mail to ``path`` as mbox; returns how many messages."""
        return service_mbox.export_mbox(self.store, path)

    def disconnect_preview(self, account_id: int, *, delete_applications: bool = False) -> str:
        """The confirmation sentence: what a disconnect deletes and what stays."""
        return service_privacy.disconnect_preview(
            self, account_id, delete_applications=delete_applications
        )

    def check_integrity(self) -> None:
        """Check every page; a damaged file is kept aside and StoreCorruptError raised."""
        service_privacy.check_integrity(self)

    def rotate_key(self, keyring_backend: KeyringBackend | None = None) -> None:
        """Re-encrypt the store under a new random key (keyring stores)."""
        service_privacy.rotate_key(self, keyring_backend)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt a passphrase store under ``new``."""
        service_privacy.change_passphrase(self, old, new)

    def delete_everything(self, keyring_backend: KeyringBackend | None = None) -> list[str]:
        """Delete the store, its backups, its key and every account secret; closes the service."""
        return service_privacy.delete_everything(self, keyring_backend)

    def reopen(
        self, *, passphrase: str | None = None, keyring_backend: KeyringBackend | None = None
    ) -> None:
        """Open the same folder again (after ``delete_everything``: a fresh, empty store)."""
        service_privacy.reopen(self, passphrase=passphrase, keyring_backend=keyring_backend)
