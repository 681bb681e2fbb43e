"""Importing mail leaves nothing of it outside the store: no temp file, log line or error text.

The mbox mixes readable job mail with messages known to break parsers (an odd Message-ID,
an unknown charset, deep nesting, no headers), each carrying canary words. After
``applytrack -v import`` the temp folder, the log file, stdout and stderr must hold no
canary, while the store does hold the readable ones (so the mail was really read).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from applytrack_desktop.cli import main
from applytrack_desktop.core.errors import UserFacingError
from applytrack_desktop.mail.parse import parse_message
from applytrack_desktop.service import Service
from tests.conftest import MemoryKeyring
from tests.support.canaries import canary
from tests.support.logging_capture import debug_logging

__all__ = ["debug_logging"]  # a fixture used below


def good(word: str, n: int, *, in_subject: bool = True) -> bytes:
    """A confirmation carrying ``word`` in its body (and, by default, its subject)."""
    tail = f" {word}" if in_subject else ""
    return (
        f"From: Talent <talent@globex-labs.com>\nTo: me@example.com\n"
        f"Subject: Your application for Backend Engineer at Globex Labs{tail}\n"
        f"Date: Mon, 0{n} Nov 2026 10:00:00 +0000\nMessage-ID: <good-{n}-{word[:6]}@globex>\n\n"
        "Thank you for applying to the Backend Engineer role at Globex Labs. We received "
        f"your application and will review it shortly. Ref {word}.\n"
    ).encode()


def broken(words: list[str]) -> list[bytes]:
    w = iter(words)
    nested = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(1200)
    )
    return [
        f"From: x@y.com\nSubject: Interview {next(w)}\nMessage-ID: <[{next(w)}@microsoft.com]>\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0000\n\nbody\n".encode(),
        f"From: x@y.com\nSubject: Offer {next(w)}\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n"
        "Content-Type: text/plain; charset=x-no-such-charset\n\n"
        f"interview offer {next(w)}\n".encode(),
        f"From: x@y.com\nSubject: Deep {next(w)}\n{nested}deep {next(w)}\n".encode(),
        f"\n\nno headers at all, interview {next(w)}\n".encode(),
        f'From: x@y.com\nSubject: Nul {next(w)}\nContent-Type: text/plain; charset="a\x00b"\n\n'
        f"{next(w)}\n".encode(),
    ]


def test_import_leaves_no_message_text_outside_the_store(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    debug_logging: Path,
) -> None:
    good_words = [canary("good") for _ in range(3)]
    bad_words = [canary("bad") for _ in range(10)]
    messages = [good(w, n + 1) for n, w in enumerate(good_words)] + broken(bad_words)
    box = tmp_path / "mail.mbox"
    box.write_bytes(b"".join(b"From x@y Mon Nov  2 10:00:00 2026\n" + m + b"\n" for m in messages))
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    data = tmp_path / "data"

    code = main(["-v", "--data-dir", str(data), "import", str(box)])

    out, err = capsys.readouterr()
    assert code == 0, err
    assert "about job applications kept" in out
    with Service.open(data) as service, service.store.read() as conn:
        bodies = " ".join(r[0] or "" for r in conn.execute("SELECT body_text FROM emails"))
    assert any(w in bodies for w in good_words)  # the job mail was read and kept
    words = good_words + bad_words
    log_text = debug_logging.read_text(encoding="utf-8") if debug_logging.exists() else ""
    for text in (out, err, log_text):
        assert [w for w in words if w in text] == []
    left = {p.name: p.read_bytes() for p in temp.iterdir()}
    assert set(left) <= {".ses"}  # onnxruntime's telemetry session file, see test_no_leaks
    assert [w for w in words for blob in left.values() if w.encode() in blob] == []


def test_parse_errors_do_not_quote_the_message() -> None:
    words = [canary("err") for _ in range(10)]
    shown: list[str] = []
    for raw in [*broken(words), b"", words[0].encode()]:
        try:
            parse_message(raw)
        except UserFacingError as exc:
            shown.append(f"{exc.title}: {exc.message}")
    assert len(shown) >= 2  # empty and header-less input are refused
    assert [w for w in words for text in shown if w in text] == []
