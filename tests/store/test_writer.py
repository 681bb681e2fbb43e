"""The one writer: one transaction per call, rollback on error, a queue instead of locks."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store.db import Store


def _count(store: Store) -> int:
    with store.read() as conn:
        return apps_q.count(conn)


def test_write_returns_the_result_and_commits(store: Store) -> None:
    app_id = store.write(lambda c: apps_q.insert(c, company="Acme", job_title="Dev"))
    with store.read() as conn:
        app = apps_q.get(conn, app_id)
    assert app is not None and app.company == "Acme"


def test_an_error_rolls_the_whole_call_back(store: Store) -> None:
    def half(conn: sqlcipher3.Connection) -> None:
        apps_q.insert(conn, company="One", job_title="")
        apps_q.insert(conn, company="Two", job_title="")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        store.write(half)
    assert _count(store) == 0
    store.write(lambda c: apps_q.insert(c, company="Three", job_title=""))  # still usable
    assert _count(store) == 1


def test_writes_run_on_one_thread_and_nest(store: Store) -> None:
    threads: set[str] = set()

    def outer(conn: sqlcipher3.Connection) -> int:
        threads.add(threading.current_thread().name)
        apps_q.insert(conn, company="Outer", job_title="")
        return store.write(lambda c: apps_q.insert(c, company="Inner", job_title=""))

    store.write(outer)
    futures = [
        store.write_async(lambda c, i=i: apps_q.insert(c, company=f"A{i}", job_title=""))
        for i in range(5)
    ]
    assert len({f.result() for f in futures}) == 5
    assert _count(store) == 7
    assert len(threads) == 1 and threads.pop().startswith("store-writer")


def test_concurrent_writers_are_serialized(store: Store) -> None:
    def work(n: int) -> None:
        for i in range(25):
            store.write(lambda c, i=i: apps_q.insert(c, company=f"T{n}-{i}", job_title=""))

    workers = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert _count(store) == 100


def test_readers_see_one_snapshot(store: Store) -> None:
    store.write(lambda c: apps_q.insert(c, company="Before", job_title=""))
    with store.read() as conn:
        first = apps_q.count(conn)
        store.write(lambda c: apps_q.insert(c, company="During", job_title=""))
        assert apps_q.count(conn) == first  # same read transaction, same snapshot
    assert _count(store) == first + 1


def test_close_closes_every_connection(store: Store) -> None:
    readers: list[sqlcipher3.Connection] = []

    def read_in_thread() -> None:
        with store.read() as conn:
            readers.append(conn)

    t = threading.Thread(target=read_in_thread)
    t.start()
    t.join()
    with store.read() as conn:
        readers.append(conn)
    store.close()
    for conn in readers:
        with pytest.raises(sqlcipher3.ProgrammingError):
            conn.execute("SELECT 1")
    with pytest.raises(RuntimeError):
        store.write_async(lambda c: None)
