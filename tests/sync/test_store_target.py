"""Engine + a real provider + the encrypted store: pages and cursors committed together."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.models import AccountState
from applytrack_desktop.providers.files import FilesProvider
from applytrack_desktop.service import Service
from applytrack_desktop.store import accounts, emails, seen
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.engine import SyncEngine
from applytrack_desktop.sync.events import EventStream
from applytrack_desktop.sync.store_target import StoreTarget
from tests.support.keyrings import MemoryKeyring
from tests.sync.test_pipeline import SubjectAnalyzer, mail


def mbox_bytes(*raws: bytes) -> bytes:
    return b"".join(
        b"From x@y Mon Jan  5 09:00:00 2026\n" + r.replace(b"\r\n", b"\n") + b"\n" for r in raws
    )


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    svc = Service(Store.open(tmp_path / "data", keyring_backend=MemoryKeyring()))
    yield svc
    svc.close()


def test_sync_stores_job_mail_remembers_the_rest_and_resumes(
    service: Service, tmp_path: Path
) -> None:
    box = tmp_path / "inbox.mbox"
    box.write_bytes(
        mbox_bytes(
            mail(1, 0, "[confirmation 0.95] Acme / Data Engineer").raw,
            mail(2, 1, "[not_job 0.99] Shop / ").raw,
        )
    )
    account_id = service.store.write(
        lambda c: accounts.insert(
            c, kind="files", address=str(box), settings={"since": "2000-01-01"}
        )
    )
    target = StoreTarget(service.store, SubjectAnalyzer())
    engine = SyncEngine(target, lambda _a: FilesProvider([box], page_size=1), EventStream())

    first = engine.sync_account(account_id)
    assert first.ok
    assert (first.counts.stored, first.counts.dropped) == (1, 1)
    with service.store.read() as conn:
        account = accounts.get(conn, account_id)
        assert account is not None
        assert account.cursor
        assert account.state is AccountState.OK
        assert account.last_sync_at is not None
        assert seen.count(conn, account_id) == 1
        assert emails.count(conn) == 1

    again = engine.sync_account(account_id)
    assert again.counts.fetched == 0

    with box.open("ab") as fh:
        fh.write(mbox_bytes(mail(3, 5, "[interview 0.9] Acme / Data Engineer", reply_to=1).raw))
    third = engine.sync_account(account_id)
    assert third.counts.stored == 1
    [app] = service.list_applications()
    assert app.status is Status.INTERVIEWING
