"""``applytrack review``: the review list and its decisions from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.core.enums import Status
from applytrack_desktop.service import Service
from applytrack_desktop.store.db import Store
from applytrack_desktop.sync.importer import import_sources
from tests.support.keyrings import MemoryKeyring
from tests.sync.test_pipeline import SubjectAnalyzer, mail


@pytest.fixture
def data_dir(tmp_path: Path, memory_keyring: MemoryKeyring) -> Path:
    """A store with a receipt, a low-confidence offer for it and two unmatched messages."""
    folder = tmp_path / "D"
    with Service(Store.open(folder)) as service:
        sources = [
            mail(1, 1.0, "[confirmation 0.95] Acme / Data Engineer"),
            mail(2, 2.0, "[offer 0.4] Acme / Data Engineer"),
            mail(3, 3.0, "[recruiter_outreach 0.95] Initech / Platform Engineer"),
            mail(4, 4.0, "[interview 0.95] - / Analyst"),
        ]
        import_sources(service.store, sources, analyzer=SubjectAnalyzer())
    return folder


def review(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "review", *args])


def items(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert review(data_dir, "--format", "json") == 0
    found: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return found


def by_subject(found: list[dict[str, object]], start: str) -> int:
    return next(
        int(str(i["id"]))
        for i in found
        if str(i["email"]["subject"]).startswith(start)  # type: ignore[index]
    )


def test_lists_the_open_items_as_a_table_and_as_json(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert review(data_dir) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "Received", "From", "Subject", "What", "Suggestion"]
    assert len(lines) == 4
    offer = next(line for line in lines if "[offer" in line)
    assert "Acme -> Offer Extended" in offer
    outreach = next(line for line in lines if "[recruiter_outreach" in line)
    assert outreach.endswith("none; track: Initech")  # what `review track` would start
    found = items(data_dir, capsys)
    assert len(found) == 3
    first = next(i for i in found if i["id"] == by_subject(found, "[offer"))
    assert first["suggested_status"] == "Offer Extended"
    assert first["email"]["category"] == "offer"  # type: ignore[index]
    assert review(data_dir, "list", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == found


def test_accept_assign_track_and_dismiss(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = items(data_dir, capsys)
    assert review(data_dir, "accept", str(by_subject(found, "[offer"))) == 0
    assert "Acme, Data Engineer), now Offer Extended" in capsys.readouterr().out

    # The recruiter's approach starts an application from what it says, on the wishlist.
    assert review(data_dir, "track", str(by_subject(found, "[recruiter_outreach"))) == 0
    assert "(Initech, Platform Engineer), now Wishlist" in capsys.readouterr().out

    interview = by_subject(found, "[interview")
    assert review(data_dir, "track", str(interview)) == 1  # it names no company
    assert "--company" in capsys.readouterr().err
    with Service(Store.open(data_dir)) as service:
        initech = next(a for a in service.list_applications() if a.company == "Initech")
    assert review(data_dir, "assign", str(interview), str(initech.id)) == 0
    assert "now Interviewing" in capsys.readouterr().out
    assert items(data_dir, capsys) == []

    assert review(data_dir, "dismiss", str(interview)) == 1  # no longer open
    assert "no longer open" in capsys.readouterr().err


def test_track_takes_the_users_names_and_status(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    interview = by_subject(items(data_dir, capsys), "[interview")
    args = ["track", str(interview), "--company", "Globex", "--title", "SRE"]
    assert review(data_dir, *args, "--status", "applied") == 0
    assert "(Globex, SRE), now Interviewing" in capsys.readouterr().out
    with Service(Store.open(data_dir)) as service:
        globex = next(a for a in service.list_applications() if a.company == "Globex")
        assert service.history(globex.id)[0].to_status is Status.APPLIED


def test_unknown_ids_and_statuses_are_one_sentence(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert review(data_dir, "accept", "99") == 1
    assert "There is no open review item 99" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        review(data_dir, "track", "1", "--status", "hired")
    assert exited.value.code == 2
    assert "'hired' is not a status" in capsys.readouterr().err
    assert review(data_dir, "dismiss", "99") == 1
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:  # beyond what SQLite holds: still a sentence
        review(data_dir, "accept", "99999999999999999999")
    assert exited.value.code == 2
    assert "is not a review item id ('review' lists them)" in capsys.readouterr().err
