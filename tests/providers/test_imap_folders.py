"""Which folders an IMAP sync reads, from the server's LIST answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.providers.imap_folders import watched_folders


def test_special_use_attributes_leave_a_folder_out_whatever_its_name() -> None:
    listing = [
        ((b"\\HasChildren",), b"/", "INBOX"),
        ((b"\\Sent",), b"/", "INBOX/Gesendet"),
        ((b"\\Junk",), b"/", "INBOX/Indesiderata"),
        ((), b"/", "INBOX/Jobs"),
    ]
    assert watched_folders(listing) == ["INBOX", "INBOX/Jobs"]


def test_usual_names_are_left_out_where_the_server_sends_no_attribute() -> None:
    listing = [
        ((), b".", "INBOX"),
        ((), b".", "INBOX.Sent Items"),
        ((), b".", "INBOX.Deleted Messages"),
        ((), b".", "INBOX.spam"),
        ((), b".", "INBOX.Trash.Old"),  # a child of trash goes with it
        ((), b".", "INBOX.Trash"),
        ((), b".", "INBOX.Sentinel Health"),  # a word that starts like one is kept
    ]
    assert watched_folders(listing) == ["INBOX", "INBOX.Sentinel Health"]


def test_unselectable_folders_and_folders_outside_inbox_are_not_read() -> None:
    listing = [
        ((b"\\Noselect",), b"/", "INBOX/Archive"),
        ((), b"/", "INBOX/Archive/2026"),
        ((), b"/", "INBOXES"),
        ((), None, "INBOX"),
    ]
    assert watched_folders(listing) == ["INBOX", "INBOX/Archive/2026"]


names = st.text(alphabet="abcSentJunkTrash. ", min_size=1, max_size=12)


@given(st.lists(st.tuples(st.booleans(), names), max_size=12, unique_by=lambda item: item[1]))
def test_inbox_comes_first_and_every_folder_read_is_below_it(items: list[tuple[bool, str]]) -> None:
    listing = [(((b"\\Junk",) if junk else ()), b".", "INBOX." + name) for junk, name in items]
    folders = watched_folders(listing)
    assert folders[0] == "INBOX"
    assert all(f.startswith("INBOX.") for f in folders[1:])
    junk = {"INBOX." + name for flagged, name in items if flagged}
    assert not junk & set(folders[1:])
