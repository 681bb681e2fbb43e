"""Mail client exports in a folder: Apple Mail and Thunderbird layouts, and the mailboxes
a sync never reads (sent mail, drafts, junk, trash) passed over inside a folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from applytrack_desktop.mail.sources import count_sources, iter_sources
from applytrack_desktop.mail.special_folders import is_special_folder

SAMPLES = Path(__file__).parent / "samples"
MBOX = SAMPLES / "escaped.mbox"  # three messages


def mailbox(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(MBOX, path)
    return path


def labels(root: Path) -> list[str]:
    return [source.label for source in iter_sources([root])]


def test_an_apple_mail_export_is_read_and_its_sent_and_junk_mailboxes_are_not(
    tmp_path: Path,
) -> None:
    inbox = mailbox(tmp_path / "Inbox.mbox" / "mbox")
    mailbox(tmp_path / "Sent Messages.mbox" / "mbox")
    mailbox(tmp_path / "Junk.mbox" / "mbox")
    (tmp_path / "Inbox.mbox" / "Info.plist").write_bytes(b"<?xml version='1.0'?><plist/>")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    assert labels(tmp_path) == [f"{inbox}:{n}" for n in range(3)]
    assert count_sources([tmp_path]) == 3


def test_a_thunderbird_folder_is_read_without_its_indexes_or_trash(tmp_path: Path) -> None:
    local = tmp_path / "Local Folders"
    inbox = mailbox(local / "Inbox")
    (local / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    mailbox(local / "Trash")
    mailbox(local / "Drafts")
    jobs = mailbox(local / "Inbox.sbd" / "Jobs")
    assert labels(tmp_path) == [f"{inbox}:{n}" for n in range(3)] + [
        f"{jobs}:{n}" for n in range(3)
    ]
    assert count_sources([tmp_path]) == 6


def test_a_special_mailbox_named_on_its_own_is_read(tmp_path: Path) -> None:
    sent = mailbox(tmp_path / "Sent.mbox")
    assert labels(sent) == [f"{sent}:{n}" for n in range(3)]
    folder = mailbox(tmp_path / "Spam" / "all.mbox").parent
    assert labels(folder) == [f"{folder / 'all.mbox'}:{n}" for n in range(3)]


def test_special_folder_names() -> None:
    for name in ("Sent", "sent items", "Deleted Messages.mbox", " Junk E-mail ", "Spam.mbox"):
        assert is_special_folder(name), name
    for name in ("Inbox", "Sentinel", "Jobs", "All mail Including Spam and Trash.mbox"):
        assert not is_special_folder(name), name
