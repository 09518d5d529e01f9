"""Opening the SQLCipher database and translating its errors.

The database holds PHI, so it is SQLCipher-encrypted with the install secret's 256-bit raw key
(no PBKDF2: the key is already random). Every connection turns on WAL, a busy timeout, foreign
keys and full fsync; ``immediate`` is the one way a write transaction begins; on a full disk a
reader gets a read-only connection. Thread-safety: a connection belongs to the thread that
opened it; the Store hands each thread its own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
import sqlite_utils

from local_store.errors import (
    DatabaseUnreadable,
    StorageFull,
    StorageReadOnly,
    StoreBusy,
    StoreError,
)

DB_FILE = "casebridge.db"
BUSY_TIMEOUT_MS = 10_000

DatabaseError = sqlcipher.DatabaseError


def connect(path: Path, key: bytes, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path`` with ``key``.

    ``read_only`` opens an existing database for reading only, for when the disk is full: the
    first connection to a WAL database rebuilds its shared-memory index (``-shm``), which takes
    disk space, so at 0 bytes free even a read fails with "disk I/O error". Read-only, SQLite
    keeps that index in this process's memory instead, and still sees other processes'
    commits. Raises StorageFull when even that is impossible.
    """
    if read_only:
        _keep_shared_memory_file(path)
        target = f"{path.absolute().as_uri()}?mode=ro&readonly_shm=1"
    else:
        target = str(path)
    with translated_db_errors():
        # Each thread still gets its own connection (Store keeps them thread-local); lifting
        # the same-thread check only lets Store.close() close them all from one thread.
        conn = sqlcipher.connect(
            target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, uri=read_only
        )
    try:
        _unlock(conn, path, key)
        with translated_db_errors():
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Sorts and temporary indexes must never spill decrypted pages into temp files.
            conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def open_snapshot(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open a database copy made by ``snapshot`` (a backup's) to read it, writing nothing at
    all (immutable: no lock, no journal, no -shm beside it), so a write-protected stick can be
    looked into. Raises DatabaseUnreadable when it is damaged."""
    with translated_db_errors():
        conn = sqlcipher.connect(
            f"{path.absolute().as_uri()}?immutable=1", check_same_thread=False, uri=True
        )
    try:
        _unlock(conn, path, key)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def _unlock(conn: sqlcipher.Connection, path: Path, key: bytes) -> None:
    with translated_db_errors():
        # SQLCipher writes "hmac check failed" lines to stderr on a wrong key; the caller
        # reports that as one clear sentence instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        translated = error_for(exc)
        if translated is not None:
            raise translated from exc
        # "file is not a database": a wrong key or a damaged file.
        raise DatabaseUnreadable(f"{path.name}: {exc}") from exc


def _keep_shared_memory_file(path: Path) -> None:
    # A read-only connection opens the -shm file without creating it (an empty one needs no
    # disk space, only a directory entry); the failed read-write attempt usually left one.
    shm = path.with_name(path.name + "-shm")
    with contextlib.suppress(OSError):
        shm.touch(mode=0o600, exist_ok=True)


def error_for(exc: sqlcipher.Error) -> StoreError | None:
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StorageFull("sqlite: full")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StorageReadOnly("sqlite: read only")
    if "disk i/o error" in message:
        return StorageFull("sqlite: i/o error")
    if "database is locked" in message or "database is busy" in message:
        # Only after the busy timeout: every write begins IMMEDIATE and waits its turn.
        return StoreBusy("sqlite: busy")
    return None


@contextlib.contextmanager
def translated_db_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher.Error as exc:
        translated = error_for(exc)
        if translated is None:
            raise
        raise translated from exc


@contextlib.contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction that takes the database's write lock at its start.

    Another process's write is waited for there (the busy timeout). A deferred ``BEGIN`` would
    take the lock only at its first change, and SQLite refuses that upgrade at once, without
    waiting, when another process committed since this transaction's first read: "database is
    locked" well inside the timeout. Inside an open transaction this is a savepoint of it.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        # The error may already have ended the transaction; rollback() is then a no-op.
        conn.rollback()
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise


def integrity_ok(db: sqlite_utils.Database) -> bool:
    rows = db.execute("PRAGMA integrity_check").fetchall()
    return rows == [("ok",)]


def snapshot(db: sqlite_utils.Database, target: Path, key: bytes) -> None:
    """Write a consistent copy of ``db`` to the new file ``target``, encrypted with ``key``.

    SQLite's online backup copies every page inside one read transaction, so writers (this
    process's or another's) go on meanwhile and the copy is the database as of one moment.
    The copy is left in rollback-journal mode: a single file, with no -wal beside it.
    """
    with translated_db_errors():
        copy = sqlcipher.connect(str(target))
        try:
            copy.execute("PRAGMA cipher_log_level = NONE")
            copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()


def size_estimate(db: sqlite_utils.Database) -> int:
    """The bytes a snapshot of ``db`` takes, at most (its pages, free ones included)."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(page_size)
