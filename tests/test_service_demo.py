"""The demo store: the real pipeline on the bundled mailbox, gone when closed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.service_demo import open_demo


def test_demo_tells_every_story_and_vanishes() -> None:
    service = open_demo()
    folder = service.data_dir
    try:
        apps = service.list_applications()
        assert len(apps) >= 10
        statuses = {a.status for a in apps}
        assert {Status.APPLIED, Status.REJECTED}.issubset(statuses)
        categories = {e.category for a in apps for e in service.emails_for(a.id)}
        assert {Category.CONFIRMATION, Category.INTERVIEW, Category.REJECTION} <= categories
        newest = max(a.last_email_at for a in apps if a.last_email_at is not None)
        assert datetime.now(UTC) - newest < timedelta(days=2)
        assert not (folder / "applytrack.db").read_bytes().startswith(b"SQLite format 3")
    finally:
        service.close()
    assert not folder.exists()


# Where each demo story ends (resources/demo/demo_stories.py tells them; benchmarks/eval_status.py
# scores the same table). The demo is what a newcomer judges the product by.
STORY_ENDINGS = {
    "Northwind Analytics": Status.OFFER_EXTENDED,
    "Globex": Status.REJECTED,
    "Initech": Status.INTERVIEWING,
    "Umbrella Health": Status.TECHNICAL_ROUND,
    "Hooli": Status.APPLIED,
    # the onsite loop after the screen, with systems design and incident review sessions, is
    # the contract's "technical/next round"
    "Stark Industries": Status.TECHNICAL_ROUND,
    "Wayne Enterprises": Status.REJECTED,
    "Cyberdyne Systems": Status.TECHNICAL_ROUND,
    "Acme Logistics": Status.INTERVIEWING,
    "Soylent Foods": Status.APPLIED,
    "Tyrell Labs": Status.OFFER_EXTENDED,
    "Vandelay Industries": Status.INTERVIEWING,
}


def test_every_demo_story_ends_where_it_should() -> None:
    service = open_demo()
    try:
        got = {a.company: a.status for a in service.list_applications()}
    finally:
        service.close()
    assert {c: got.get(c) for c in STORY_ENDINGS} == STORY_ENDINGS
