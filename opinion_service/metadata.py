"""The service's metadata store, as one small interface with two implementations: SQLite in
the data folder (opinion_service.db, the default) and PostgreSQL (opinion_service.postgres),
chosen by the ``--db`` URL.

Devices, codes, tokens, challenges, bundles, uploads, the feed, assignment bookkeeping and the
job queue live here; bytes never do (opinion_service.blobs). Both implementations take the same
SQL: ``?`` placeholders, ``INSERT ... RETURNING``, ``ON CONFLICT``; rows are read by column
name. What differs between one process and several instances sits behind four methods:
``serialise`` (a section inside a transaction that concurrent transactions pass one at a time),
``hold`` (an exclusive section across instances, outside transactions), ``take_job`` and
``ask_release``/``on_release`` (a newer request asking the holder of an upload to let go).

Thread-safety: an implementation is shared by every request thread of one instance.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol


class Row(Protocol):
    """A row read by column name: ``sqlite3.Row`` in SQLite, a dict in PostgreSQL."""

    def __getitem__(self, column: str, /) -> Any: ...


class Metadata(Protocol):
    backend: str  # "sqlite" or "postgresql", for stats and logs

    def transaction(self) -> contextlib.AbstractContextManager[Any]:
        """A connection whose ``execute(sql, params)`` runs inside one transaction."""

    def one(self, sql: str, params=()) -> Row | None: ...

    def all(self, sql: str, params=()) -> list[Row]: ...

    def serialise(self, conn, key: str) -> None:
        """Inside ``conn``'s transaction: wait for any other transaction serialised on ``key``."""

    def hold(self, key: str, timeout: float) -> contextlib.AbstractContextManager[bool]:
        """Exclusive across instances while the block runs; yields False if not got in time."""

    def try_hold(self, key: str) -> Callable[[], None] | None:
        """The release function if ``key`` was free and is now held, else None."""

    def ask_release(self, key: str) -> None:
        """Ask whichever instance holds ``key`` to let go of it soon."""

    def on_release(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(key)`` (on any thread) when some instance asks for ``key``."""

    def take_job(self, kinds: tuple[str, ...]) -> contextlib.AbstractContextManager[Row | None]:
        """The oldest job of those kinds nobody is working on, deleted if the block succeeds."""

    def close(self) -> None: ...


def open_metadata(url: str | None, data_dir: Path, *, connect_wait: float = 15.0) -> Metadata:
    """``None`` or ``sqlite:`` (the data folder's service.db), or ``postgresql://...``
    (waiting up to ``connect_wait`` seconds for the server to answer)."""
    if not url or url == "sqlite:" or url.startswith("sqlite:"):
        from opinion_service.db import Database

        return Database(data_dir)
    if url.startswith(("postgresql://", "postgres://")):
        from opinion_service.postgres import PostgresMetadata

        return PostgresMetadata(url, connect_wait=connect_wait)
    raise ValueError("the database URL must start with sqlite: or postgresql://")


def next_counter(conn, name: str) -> int:
    """The next value of a named counter (inside the caller's transaction)."""
    return conn.execute(
        "INSERT INTO counters(name, value) VALUES (?, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = counters.value + 1 RETURNING value",
        (name,),
    ).fetchone()["value"]


def count(db: Metadata, sql: str, params=()) -> int:
    """The ``n`` of a ``SELECT COUNT(*) AS n ...``."""
    row = db.one(sql, params)
    return 0 if row is None else int(row["n"])


def enqueue_job(conn, kind: str, bundle_id: str) -> None:
    """Queue work on a bundle for whichever instance is free (idempotent per kind and bundle)."""
    conn.execute(
        "INSERT INTO jobs(kind, bundle_id) VALUES (?, ?) ON CONFLICT(kind, bundle_id) DO NOTHING",
        (kind, bundle_id),
    )


@contextlib.contextmanager
def no_hold() -> Iterator[bool]:
    yield True
