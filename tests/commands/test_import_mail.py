"""``applytrack import`` as the command line runs it: the summary, and a folder with no mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from tests.support.keyrings import MemoryKeyring


def test_a_folder_without_mail_says_so(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "export"
    empty.mkdir()
    (empty / "notes.txt").write_text("not mail")
    assert main(["--data-dir", str(tmp_path / "D"), "import", str(empty)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Imported: 0 messages read")
    assert f"no .eml or .mbox messages were found in {empty}." in captured.err


def test_a_mailbox_gives_its_summary_and_no_warning(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(
        b"From: Talent <talent@globex-labs.com>\nTo: me@example.com\n"
        b"Subject: Your application for Backend Engineer at Globex Labs\n"
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <one@globex>\n\n"
        b"Thank you for applying to the Backend Engineer role at Globex Labs.\n"
    )
    assert main(["--data-dir", str(tmp_path / "D"), "import", str(eml)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Imported: 1 messages read")
    assert "no .eml or .mbox" not in captured.err
