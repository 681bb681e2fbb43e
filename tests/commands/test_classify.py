"""``applytrack classify``: one JSON line per message, contract keys in order, real models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from applytrack_desktop.cli import main
from tests.support.contract import CLASSIFY_KEYS

KEYS = CLASSIFY_KEYS

CONFIRMATION = """\
From: Acme Analytics Hiring Team <no-reply@us.greenhouse-mail.io>
To: Sam Lee <sam@example.org>
Subject: Thank you for applying to Acme Analytics
Date: Tue, 10 Mar 2026 09:30:00 -0700
Message-ID: <confirm-1@greenhouse.test>
Content-Type: text/plain; charset=utf-8

Hi Sam,

Thank you for applying to Acme Analytics! We have received your application for the
Senior Data Engineer position and our team is reviewing it now.

Best,
The Acme Analytics Recruiting Team
"""

INVITE = """\
From: Priya Raman <priya.raman@initech.com>
To: Sam Lee <sam@example.org>
Subject: Interview invitation - Data Engineer
Date: Tue, 10 Mar 2026 09:30:00 -0700
Message-ID: <invite-1@initech.test>
Content-Type: text/plain; charset=utf-8

Hi Sam,

Thank you for applying to the Data Engineer role at Initech. We would like to invite you
to a phone interview with our hiring manager. Please pick a slot for a 30-minute phone
screen by March 14 at 5pm PT.

Best,
Priya Raman
Technical Recruiter | Initech
"""

NEWSLETTER = """\
From: The Weekly Kitchen <news@weeklykitchen.example>
To: sam@example.org
Subject: 10 soup recipes for rainy days
Date: Wed, 11 Mar 2026 07:00:00 +0000
Message-ID: <news-1@weeklykitchen.example>
List-Unsubscribe: <mailto:unsubscribe@weeklykitchen.example>
Content-Type: text/plain; charset=utf-8

This week: ten warming soups, a guide to sourdough starters and our favourite knives.
Unsubscribe at any time.
"""


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def _mbox(path: Path, *messages: str) -> Path:
    parts = [f"From sender@example.org Tue Mar 10 09:30:00 2026\n{m}\n" for m in messages]
    path.write_text("".join(parts), encoding="utf-8")
    return path


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_folder_and_mbox_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    _write(folder / "a.eml", CONFIRMATION)
    _write(folder / "b.eml", NEWSLETTER)
    mbox = _mbox(tmp_path / "inbox.mbox", INVITE, NEWSLETTER)

    assert main(["classify", str(folder), str(mbox)]) == 0
    out = capsys.readouterr()
    lines = _lines(out.out)
    assert [line["source"] for line in lines] == [
        str(folder / "a.eml"),
        str(folder / "b.eml"),
        f"{mbox}:0",
        f"{mbox}:1",
    ]
    for line in lines:
        assert list(line) == KEYS
        assert 0.0 <= line["confidence"] <= 1.0
        assert line["confidence"] == round(line["confidence"], 3)

    confirmation, newsletter, invite, _ = lines
    assert confirmation["message_id"] == "<confirm-1@greenhouse.test>"
    assert confirmation["job_related"] is True
    assert confirmation["category"] == "confirmation"
    assert confirmation["company"] == "Acme Analytics"
    assert confirmation["job_title"] == "Senior Data Engineer"
    assert newsletter["job_related"] is False
    assert newsletter["category"] == "not_job"
    assert newsletter["company"] is None
    assert invite["job_related"] is True
    assert invite["company"] == "Initech"
    assert invite["job_title"] == "Data Engineer"
    assert invite["sentiment"] == "positive"
    assert "2026-03-14T17:00:00-07:00" in invite["deadlines"]
    assert invite["next_steps"] == ["Pick a slot for a 30-minute phone screen"]
    assert out.err == ""


def test_unreadable_message_gets_no_line_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not an email: no line (every line has exactly the contract keys), one sentence, exit 1."""
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"\x00\x01 not a message")
    good = _write(tmp_path / "good.eml", CONFIRMATION)

    assert main(["classify", str(bad), str(good)]) == 1
    out = capsys.readouterr()
    [line] = _lines(out.out)
    assert list(line) == KEYS
    assert line["source"] == str(good)
    assert line["job_related"] is True
    assert out.err.count("\n") == 1
    assert out.err.startswith("applytrack: ") and out.err.rstrip().endswith(".")
    assert str(bad) in out.err


def test_missing_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing path is an error, even next to a good one: nothing printed, one sentence."""
    good = _write(tmp_path / "good.eml", NEWSLETTER)
    missing = tmp_path / "nope.eml"

    for args in ([str(missing), str(good)], [str(missing)]):
        assert main(["classify", *args]) == 1
        out = capsys.readouterr()
        assert out.out == ""
        assert out.err.startswith("applytrack: ")
        assert out.err.count("\n") == 1
        assert str(missing) in out.err


def test_command_line_end_to_end(tmp_path: Path) -> None:
    mbox = _mbox(tmp_path / "two.mbox", CONFIRMATION, NEWSLETTER)
    result = subprocess.run(
        [sys.executable, "-m", "applytrack_desktop", "classify", str(mbox)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = _lines(result.stdout)
    assert [(line["source"], line["job_related"]) for line in lines] == [
        (f"{mbox}:0", True),
        (f"{mbox}:1", False),
    ]
