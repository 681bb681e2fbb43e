"""An import of a Google Takeout export skips what a Gmail sync would never read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from applytrack_desktop.core.enums import Status
from applytrack_desktop.mail.sources import RawSource
from applytrack_desktop.service import Service
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.importer import import_sources, summary
from tests.support.keyrings import MemoryKeyring
from tests.sync.test_pipeline import SubjectAnalyzer, mail


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    svc = Service(Store.open(tmp_path / "data", keyring_backend=MemoryKeyring()))
    yield svc
    svc.close()


def labelled(source: RawSource, labels: str) -> RawSource:
    return RawSource(source.label, f"X-Gmail-Labels: {labels}\n".encode() + source.raw)


def test_spam_and_sent_mail_in_a_takeout_export_never_move_an_application(
    service: Service,
) -> None:
    sources = [
        labelled(mail(1, 1, "[confirmation 0.95] Acme / Data Engineer"), "Inbox,Opened"),
        labelled(mail(2, 2, "[offer 0.95] Acme / Data Engineer"), "Spam"),
        labelled(mail(3, 3, "[rejection 0.95] Acme / Data Engineer"), "Sent,Opened"),
        labelled(mail(4, 4, "[interview 0.95] Acme / Data Engineer"), "Inbox,Important"),
    ]
    seen: list[tuple[int, int | None]] = []
    counts, _ = import_sources(
        service.store,
        sources,
        total=4,
        analyzer=SubjectAnalyzer(),
        progress=lambda done, of: seen.append((done, of)),
    )
    [app] = service.list_applications()
    assert app.status is Status.INTERVIEWING
    assert (counts.fetched, counts.stored, counts.skipped) == (4, 2, 2)
    assert seen[-1] == (4, 4)
    assert "2 skipped (Gmail sent mail, drafts, spam, trash or chats)" in summary(counts)


def test_mail_without_gmail_labels_is_imported_as_before(service: Service) -> None:
    counts, _ = import_sources(
        service.store,
        [mail(1, 1, "[confirmation 0.95] Acme / Data Engineer")],
        analyzer=SubjectAnalyzer(),
    )
    assert (counts.stored, counts.skipped) == (1, 0)
    assert "skipped" not in summary(counts)
