"""The screenshot stories import cleanly and tell consistent histories."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from applytrack_desktop.core.enums import Status
from applytrack_desktop.gui.sample_data import STORIES, sample_records


def test_records_import_through_the_service(service: Any, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    path = tmp_path / "sample.json"
    path.write_text(json.dumps(sample_records(now)), encoding="utf-8")
    assert service.import_json(path) == len(STORIES)
    apps = service.list_applications()
    assert len(apps) == len(STORIES)
    for app in apps:
        history = service.history(app.id)
        assert history[0].from_status is None
        assert history[-1].to_status is app.status
        for before, after in itertools.pairwise(history):
            assert after.from_status is before.to_status
        assert app.updated_at <= now
    counts = service.status_counts()
    assert counts[Status.WISHLIST] == 2
    assert counts[Status.OFFER_EXTENDED] == 1
    assert sum(len(service.emails_for(a.id)) for a in apps) == sum(len(s.mail) for s in STORIES)


def test_upcoming_interviews_start_on_the_hour() -> None:
    now = datetime(2026, 3, 10, 12, 33, 7, tzinfo=UTC)
    events = [r["next_event_at"] for r in sample_records(now) if r["next_event_at"]]
    assert events
    for text in events:
        moment = datetime.fromisoformat(text)
        assert (moment.minute, moment.second) == (0, 0) and moment > now
