"""The store's SQL connections and its one writer: the only way to a connection.

Reads and writes are kept apart. A read runs on the calling thread's own connection
(``query`` for one statement, ``read`` for the connection itself). Every change runs through
``Store.write(fn)``: ``fn`` runs as one transaction on the writer, which is the thread the
desktop installed (its database executor) when the caller is any other thread, and otherwise
the calling thread under the store's write lock (the CLI, tests, and threads of a store without
an installed writer take turns). Writers in other processes take turns through SQLite: every
write begins IMMEDIATE, so it waits (the busy timeout) for another process's write to end, and
past that timeout raises StoreBusy. A write inside a write runs directly and joins the outer
transaction, so it never waits for itself.

Repository functions that change something are decorated ``@writes`` and so route themselves;
inside them ``transaction`` is the open write's connection. Asking for ``transaction`` outside
a write raises ``WriteOutsideWriter``: a write that would bypass the writer is a bug, found by
the first test that runs it, not a convention to remember.

Only local_store imports this module (an import-linter contract in pyproject.toml), so nothing
above it can reach a connection. Thread-safety: ``Connections`` may be used from any thread;
each connection stays with the thread that opened it.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, cast

import sqlite_utils

from local_store import database
from local_store.errors import StorageFull, StoreError

if TYPE_CHECKING:
    import sqlite3

    from local_store.store import Store

T = TypeVar("T")
P = ParamSpec("P")


# Runs a callable on the writer thread and returns its result (or raises its error); when
# called on that thread it must run the callable directly. The desktop's
# ``DatabaseExecutor.run_and_wait`` is one.
class Writer(Protocol):
    def __call__(self, fn: Callable[[], T], /) -> T: ...


class WriteOutsideWriter(RuntimeError):
    """A change was attempted outside ``Store.write`` (a bug, never a user's problem)."""


class Connections:
    """Each thread's own connection to one database, and the one way to change it."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = path
        self._key = key
        self._local = threading.local()
        self._open: list[sqlite_utils.Database] = []
        self._open_lock = threading.Lock()
        # Without an installed writer, threads writing at once take turns here rather than in
        # SQLite's busy wait, which polls and so is neither prompt nor fair.
        self._write_lock = threading.RLock()
        self._writer: Writer | None = None

    def here(self, *, writable: bool = False) -> sqlite_utils.Database:
        """The calling thread's connection, opened on first use.

        On a full disk a reading thread gets a read-only connection (reading must still work
        there); ``writable`` asks for one that can write, replacing a read-only one (space may
        have been freed since) or raising StorageFull.
        """
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if db is not None and writable and self._local.read_only:
            self.close_here()
            db = None
        if db is None:
            try:
                db = database.connect(self._path, self._key)
                read_only = False
            except StorageFull as full:
                if writable or not self._path.exists():
                    raise
                try:
                    db = database.connect(self._path, self._key, read_only=True)
                except StoreError:
                    raise full from None
                read_only = True
            self._local.db = db
            self._local.read_only = read_only
            with self._open_lock:
                self._open.append(db)
        return db

    def close_here(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            self._local.db = None
            with self._open_lock:
                self._open.remove(db)
            db.close()

    def close_all(self) -> None:
        with self._open_lock:
            connections, self._open = self._open, []
        for db in connections:
            with contextlib.suppress(Exception):
                db.close()
        self._local = threading.local()

    def install_writer(self, writer: Writer | None) -> None:
        self._writer = writer

    def write(self, fn: Callable[[], T]) -> T:
        if self._writing():
            return fn()  # inside a write on this thread: part of its transaction
        writer = self._writer
        if writer is None:
            return self._write_here(fn)
        return writer(lambda: self._write_here(fn))

    def _writing(self) -> bool:
        return getattr(self._local, "depth", 0) > 0

    def _write_here(self, fn: Callable[[], T]) -> T:
        with self._write_lock:
            db = self.here(writable=True)
            self._local.depth = getattr(self._local, "depth", 0) + 1
            try:
                with database.translated_db_errors(), database.immediate(db):
                    return fn()
            finally:
                self._local.depth -= 1

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        if not self._writing():
            raise WriteOutsideWriter()
        db = self.here()
        with database.translated_db_errors(), db.atomic():
            yield db


def read(store: Store) -> sqlite_utils.Database:
    """The calling thread's own connection, for code that runs several queries on it."""
    return store._connections.here()


def query(
    store: Store, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
) -> sqlite3.Cursor:
    """Run one query on the calling thread's own connection; returns its cursor."""
    return store._connections.here().execute(sql, params)


def transaction(store: Store) -> contextlib.AbstractContextManager[sqlite_utils.Database]:
    """One atomic step of the write in progress; raises WriteOutsideWriter outside a write."""
    return store._connections.transaction()


def writes(fn: Callable[P, T]) -> Callable[P, T]:
    """Run a repository function (``store`` first) as one write on the store's writer."""

    @functools.wraps(fn)
    def on_writer(*args: P.args, **kwargs: P.kwargs) -> T:
        store = cast("Store", args[0] if args else kwargs["store"])
        return store.write(lambda: fn(*args, **kwargs))

    return on_writer
