"""``export --format mbox``: the kept mail, rebuilt as RFC 5322, in one mbox file.

Mail is read from the store in pages (oldest first) and streamed to a file beside OUT,
which replaces OUT only once complete: an interrupted export never leaves half a file
under the name the user chose, and nothing goes through the temp folder. OUT that is not a
regular file (``/dev/stdout``, a named pipe) is written straight to: replacing it would put a
plain file where the device or pipe was (as root, even in ``/dev``). A symlink to a regular
file is followed, so the file it names gets the export and the link stays.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.core.models import Email
from applytrack_desktop.mail.mbox_export import write_mbox
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store.db import Store

PAGE = 500


def _all_mail(store: Store) -> Iterator[Email]:
    with store.read() as conn:
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM emails ORDER BY date, id")]
    for start in range(0, len(ids), PAGE):
        with store.read() as conn:
            yield from emails_q.get_many(conn, ids[start : start + PAGE])


def export_mbox(store: Store, path: Path) -> int:
    """Write every stored email to ``path`` as mbox; returns how many."""
    if _special(path):
        try:
            with path.open("wb") as out:
                return write_mbox(_all_mail(store), out)
        except OSError as exc:
            raise InvalidInputError(f"Cannot write {path}: {exc.strerror}.") from None
    if path.is_symlink():
        path = path.resolve()
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as out:
            count = write_mbox(_all_mail(store), out)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInputError(f"Cannot write {path}: {exc.strerror}.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _special(path: Path) -> bool:
    """``path`` exists (through symlinks) and is neither a regular file nor a folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
