"""``export --format mbox``: the kept mail, rebuilt as RFC 5322, in one mbox file.

Mail is read from the store in pages (oldest first) and streamed to a file beside OUT,
which replaces OUT only once complete: an interrupted export never leaves half a file
under the name the user chose, and nothing goes through the temp folder.
"""

from __future__ import annotations

import os
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
