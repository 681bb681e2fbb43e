"""A store that fails under a command is one sentence, never "an unexpected error" (CONTRACTS).

Found by the black-box contract audit: a page that fails SQLCipher's HMAC check after the
store opened surfaced as sqlcipher3's "database disk image is malformed" and the command
said only "an unexpected error occurred". The damaged read is injected here (which page a
flipped byte lands on depends on the schema); the locked store is checked end to end in
tests/e2e/test_contract_audit.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from applytrack_desktop.cli import main
from applytrack_desktop.service import Service


@pytest.mark.usefixtures("no_keyring")
def test_a_damaged_page_is_one_sentence_and_the_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("APPLYTRACK_PASSPHRASE", "pw")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "applications", "--format", "json"]) == 0
    capsys.readouterr()
    before = (data / "applytrack.db").read_bytes()

    def damaged(self: Service) -> list[object]:
        raise sqlcipher3.dbapi2.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Service, "export_applications_json", damaged)
    assert main(["--data-dir", str(data), "applications", "--format", "json"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.count("\n") == 1 and out.err.startswith("applytrack: "), out.err
    assert "damaged" in out.err and str(data) in out.err
    assert "unexpected" not in out.err
    assert (data / "applytrack.db").read_bytes() == before
