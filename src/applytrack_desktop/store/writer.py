"""The one writer: every write to the store runs on one thread, one transaction per call.

SQLite allows one writer at a time anyway; funnelling sync jobs and GUI edits through a
single-thread executor turns "database is locked" into an orderly queue, and gives each
caller an all-or-nothing transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``, ``ROLLBACK`` and
re-raise on any error). A call made from inside a write joins that write's transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import sqlcipher3

T = TypeVar("T")

WriteFn = Callable[[sqlcipher3.Connection], T]


class Writer:
    def __init__(self, connect: Callable[[], sqlcipher3.Connection]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._closed = False
        try:
            # The connection is made on the writer thread, the only thread that uses it.
            self._conn, self._thread_id = self._executor.submit(
                lambda: (connect(), threading.get_ident())
            ).result()
        except BaseException:
            self._executor.shutdown(wait=True)
            raise

    def call(self, fn: WriteFn[T]) -> T:
        """Run ``fn`` on the writer thread WITHOUT a transaction (migrations, backups)."""
        if threading.get_ident() == self._thread_id:
            return fn(self._conn)
        return self._executor.submit(fn, self._conn).result()

    def write(self, fn: WriteFn[T]) -> T:
        """Run ``fn`` in one transaction on the writer thread and return its result."""
        if threading.get_ident() == self._thread_id:
            return fn(self._conn)  # nested: part of the caller's transaction
        return self.write_async(fn).result()

    def write_async(self, fn: WriteFn[T]) -> Future[T]:
        if self._closed:
            raise RuntimeError("the store is closed")
        return self._executor.submit(self._transaction, fn)

    def _transaction(self, fn: WriteFn[T]) -> T:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return result

    def close(self) -> None:
        """Finish queued writes, then close the connection and stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._executor.submit(self._conn.close).result()
        self._executor.shutdown(wait=True)
