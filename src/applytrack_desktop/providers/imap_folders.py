"""Which IMAP folders a sync reads: INBOX and its children, but never sent mail, drafts,
junk or trash kept under INBOX.

CONTRACTS.md: IMAP watches INBOX and its children. On servers with the "INBOX." namespace
(Courier, many cPanel hosts and older Dovecot set-ups) every folder is a child of INBOX:
``INBOX.Sent``, ``INBOX.Junk``, ``INBOX.Trash``, ``INBOX.Drafts``. Read as they are, the
user's own sent mail ("I'd like to withdraw my application") and spam ("You got the job!")
would move applications; a Gmail or Outlook sync never reads those folders either. A folder
is left out when the server marks it with a special-use attribute (RFC 6154) or, for servers
without them, when its own name is one of the usual names for those folders; its children
are left out with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from applytrack_desktop.mail.special_folders import is_special_folder

# RFC 6154 attributes, lower-cased as compared.
SKIPPED_USES = frozenset({b"\\sent", b"\\drafts", b"\\junk", b"\\trash"})
_NOT_SELECTABLE = frozenset({b"\\noselect", b"\\nonexistent"})

Listing = Iterable[tuple[Iterable[bytes], bytes | str | None, str]]


def watched_folders(listing: Listing) -> list[str]:
    """INBOX first, then its readable children, from a LIST of ``INBOX*``."""
    names: set[str] = set()
    skipped: list[tuple[str, str]] = []  # (folder, delimiter): its children go too
    for flags, delim, name in listing:
        lowered = {bytes(f).lower() for f in flags}
        sep = delim.decode() if isinstance(delim, bytes) else (delim or "")
        if name.upper() == "INBOX" or not sep or not name.upper().startswith("INBOX" + sep):
            continue
        if lowered & SKIPPED_USES or is_special_folder(name.rsplit(sep, 1)[-1]):
            skipped.append((name, sep))
            continue
        if not lowered & _NOT_SELECTABLE:
            names.add(name)
    kept = {n for n in names if not any(n.startswith(s + sep) for s, sep in skipped)}
    return ["INBOX", *sorted(kept)]
