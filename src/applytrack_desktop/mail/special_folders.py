"""The usual names of the mail folders no sync reads: sent mail, drafts, junk and trash.

A Gmail sync leaves out Sent, Drafts, Spam and Trash by label, an Outlook sync reads the
Inbox only, but an IMAP server without special-use attributes (RFC 6154), a Thunderbird
profile folder or an Apple Mail / Takeout export names those folders only by their names.
One list serves them all (``providers.imap_folders``, ``mail.sources``), so the user's own
sent mail ("I'd like to withdraw my application") or spam ("You got the job!") never moves
an application, whatever the mail came from.
"""

from __future__ import annotations

SPECIAL_FOLDER_NAMES = frozenset(
    {
        "sent", "sent items", "sent messages", "sent mail", "outbox",
        "drafts", "draft",
        "junk", "junk e-mail", "junk email", "junk mail", "spam", "bulk mail",
        "trash", "deleted items", "deleted messages", "bin", "deleted",
    }
)  # fmt: skip


def is_special_folder(name: str) -> bool:
    """True for a folder (or mailbox file) named like sent mail, drafts, junk or trash;
    ``name`` is the folder's own name (no parent path), with or without ``.mbox``."""
    stem = name.strip()
    if stem.lower().endswith(".mbox"):
        stem = stem[: -len(".mbox")]
    return stem.strip().lower() in SPECIAL_FOLDER_NAMES
