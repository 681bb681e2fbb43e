"""The encrypted local store: SQLCipher key handling, migrations, one writer, typed queries.

``Store.open(data_dir)`` is the entry point; the query modules next to this one
(``applications``, ``emails``, ``accounts`` ...) take a connection and return
``core.models`` dataclasses, so callers never write SQL of their own.
"""

from __future__ import annotations

from applytrack_desktop.store.db import Store

__all__ = ["Store"]
