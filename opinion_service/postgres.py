"""The service's metadata in PostgreSQL, the implementation of opinion_service.metadata for
several instances: the same tables as the SQLite store, a connection pool (psycopg_pool), and
numbered migrations applied on start under an advisory lock, so instances starting together
migrate once.

Across instances: ``serialise`` is a transaction-scoped advisory lock; ``hold``/``try_hold``
are session advisory locks, all in one lock session per instance (plus a lock in the process,
as a session's locks are re-entrant), so an instance that dies (SIGKILL, power) lets go of
everything the moment its connection drops, and a thousand open PATCHes cost one connection;
``ask_release`` is a NOTIFY that every instance's listener thread hears; ``take_job`` is
``SELECT ... FOR UPDATE SKIP LOCKED`` inside a transaction that stays open while the job runs,
so a job whose instance died becomes free again at once.

Thread-safety: the pool hands each thread its own connection; the lock session is used under
a mutex; the listener runs on its own thread with its own connection. If the lock session's
connection breaks while PostgreSQL stays up, its locks are gone while their holders finish; the
next lock opens a new session.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator

import psycopg
from psycopg.rows import DictRow, dict_row
from psycopg_pool import ConnectionPool

from opinion_service.db import RELAY_SCHEMA, REVIEW_SCHEMA, THREAD_SCHEMA

log = logging.getLogger("opinion_service")

RELEASE_CHANNEL = "casebridge_release"
MIGRATE_LOCK = "casebridge-migrate"

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    specialties TEXT NOT NULL DEFAULT '[]',
    ed25519 TEXT NOT NULL,
    age TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    enrolled_at BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    last_assigned BIGINT NOT NULL DEFAULT 0,
    -- insertion order, as SQLite's implicit rowid (the round robin's last tie-break)
    rowid BIGSERIAL
);
CREATE TABLE codes (
    code_sha256 TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    specialties TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_by TEXT,
    used_at BIGINT
);
CREATE TABLE tokens (
    token_sha256 TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX tokens_device ON tokens(device_id);
CREATE INDEX tokens_expiry ON tokens(expires_at);
CREATE TABLE challenges (
    nonce TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE TABLE bundles (
    bundle_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    envelope BYTEA NOT NULL,
    signature TEXT NOT NULL,
    size_cipher BIGINT NOT NULL,
    state TEXT NOT NULL,
    status TEXT,
    problem TEXT,
    specialty TEXT,
    assigned_to TEXT,
    receipt TEXT,
    registered_at BIGINT NOT NULL,
    committed_at BIGINT,
    UNIQUE (device_id, seq)
);
CREATE INDEX bundles_state ON bundles(state, status);
CREATE TABLE uploads (
    upload_id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    name TEXT NOT NULL,
    length BIGINT NOT NULL,
    "offset" BIGINT NOT NULL DEFAULT 0,
    blob_state TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX uploads_open ON uploads(bundle_id, name) WHERE state = 'open';
CREATE INDEX uploads_expiry ON uploads(state, expires_at);
CREATE TABLE feed (
    cursor BIGSERIAL PRIMARY KEY,
    device_id TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    status TEXT NOT NULL,
    item TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feed_device ON feed(device_id, cursor);
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
CREATE TABLE jobs (
    job_id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    UNIQUE (kind, bundle_id)
);
""",
    ),
    (
        2,
        # The way back: specialist profiles, urgency, opinion uploads, assignments, opinions.
        """
ALTER TABLE devices ADD COLUMN profile TEXT NOT NULL DEFAULT '{}';
ALTER TABLE codes ADD COLUMN profile TEXT NOT NULL DEFAULT '{}';
ALTER TABLE bundles ADD COLUMN urgency TEXT;
ALTER TABLE uploads ADD COLUMN container TEXT NOT NULL DEFAULT 'bundle';
"""
        + REVIEW_SCHEMA,
    ),
    # Follow-up messages of a case's thread; the bundle an update bundle follows.
    (3, THREAD_SCHEMA + "ALTER TABLE bundles ADD COLUMN follows TEXT;\n"),
    # Bundles carried on a USB stick and sent by another clinic device than their signer.
    (4, RELAY_SCHEMA),
]

_PLACEHOLDER = re.compile(r"\?")


def _translate(sql: str, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a deliberate cache
    """The shared SQL's ``?`` placeholders as psycopg's ``%s`` (no literal ? or % is used)."""
    found = cache.get(sql)
    if found is None:
        found = cache[sql] = _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))
    return found


class _Conn:
    """A connection inside a transaction, taking the shared SQL."""

    def __init__(self, conn: psycopg.Connection[DictRow]) -> None:
        self.raw = conn

    def execute(self, sql: str, params=()):
        return self.raw.execute(_translate(sql), params)


class PostgresMetadata:
    backend = "postgresql"

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 20,
        connect_wait: float = 15.0,
    ) -> None:
        self.url = url
        self.instance = secrets.token_hex(8)
        common = {"row_factory": dict_row, "autocommit": True}
        self.pool = ConnectionPool(
            url,
            connection_class=psycopg.Connection[DictRow],
            min_size=1,
            max_size=pool_size,
            kwargs=common,
            open=True,
            timeout=30,
        )
        try:
            self.pool.wait(timeout=connect_wait)  # fail now, not at the first request
        except BaseException:
            self.pool.close()
            raise
        # Every upload and commit lock of this instance lives in this one session: when the
        # instance dies its connection drops and PostgreSQL frees them all at once.
        self._lock_conn: psycopg.Connection[DictRow] | None = None
        self._session_mutex = threading.Lock()
        self._local: set[str] = set()  # keys this process holds now
        self._local_guard = threading.Lock()
        self._callbacks: list[Callable[[str], None]] = []
        self._closing = threading.Event()
        self._listener: threading.Thread | None = None
        self._migrate()

    def _migrate(self) -> None:
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (MIGRATE_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            done = {r["version"] for r in conn.execute("SELECT version FROM schema_migrations")}
            for version, sql in MIGRATIONS:
                if version not in done:
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_migrations(version) VALUES (%s)", (version,))
                    log.info("database migrated to=%d", version)

    # ---- the shared SQL

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_Conn]:
        with self.pool.connection() as conn, conn.transaction():
            yield _Conn(conn)

    def one(self, sql: str, params=()):
        with self.pool.connection() as conn:
            return conn.execute(_translate(sql), params).fetchone()

    def all(self, sql: str, params=()):
        with self.pool.connection() as conn:
            return conn.execute(_translate(sql), params).fetchall()

    def serialise(self, conn: _Conn, key: str) -> None:
        conn.raw.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key,))

    # ---- across instances

    def _lock_session(self) -> psycopg.Connection[DictRow]:
        if self._lock_conn is None or self._lock_conn.closed or self._lock_conn.broken:
            self._lock_conn = psycopg.connect(self.url, autocommit=True, row_factory=dict_row)
        return self._lock_conn

    def try_hold(self, key: str) -> Callable[[], None] | None:
        # A session lock is re-entrant within its session, and this instance has one lock
        # session: a lock in this process keeps two holders here apart.
        with self._local_guard:
            if key in self._local:
                return None
            self._local.add(key)

        def let_go_here() -> None:
            with self._local_guard:
                self._local.discard(key)

        try:
            with self._session_mutex:
                row = (
                    self._lock_session()
                    .execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0)) AS got", (key,))
                    .fetchone()
                )
            got = row is not None and bool(row["got"])
        except BaseException:
            let_go_here()
            raise
        if not got:
            let_go_here()
            return None

        def release() -> None:
            try:
                with self._session_mutex:
                    self._lock_session().execute(
                        "SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (key,)
                    )
            except psycopg.Error:
                pass  # the session is gone, and its locks with it
            finally:
                let_go_here()

        return release

    @contextlib.contextmanager
    def hold(self, key: str, timeout: float) -> Iterator[bool]:
        deadline = time.monotonic() + timeout
        release = self.try_hold(key)
        while release is None and time.monotonic() < deadline:
            time.sleep(0.05)
            release = self.try_hold(key)
        try:
            yield release is not None
        finally:
            if release is not None:
                release()

    def ask_release(self, key: str) -> None:
        payload = json.dumps({"key": key, "from": self.instance})
        with self.pool.connection() as conn:
            conn.execute("SELECT pg_notify(%s, %s)", (RELEASE_CHANNEL, payload))

    def on_release(self, callback: Callable[[str], None]) -> None:
        self._callbacks.append(callback)
        if self._listener is None:
            self._listener = threading.Thread(target=self._listen, name="pg-listen", daemon=True)
            self._listener.start()

    def _listen(self) -> None:
        while not self._closing.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {RELEASE_CHANNEL}")
                    while not self._closing.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._heard(note.payload)
            except psycopg.Error:
                if self._closing.wait(1.0):
                    return
                log.warning("release listener reconnecting")

    def _heard(self, payload: str) -> None:
        try:
            asked = json.loads(payload)
        except ValueError:
            return
        if asked.get("from") == self.instance:
            return  # this instance stops its own older requests itself
        for callback in self._callbacks:
            callback(str(asked.get("key", "")))

    @contextlib.contextmanager
    def take_job(self, kinds: tuple[str, ...]):
        with self.pool.connection() as conn, conn.transaction():
            job = conn.execute(
                "SELECT * FROM jobs WHERE kind = ANY(%s) ORDER BY job_id LIMIT 1 "
                "FOR UPDATE SKIP LOCKED",
                (list(kinds),),
            ).fetchone()
            yield job
            if job is not None:
                conn.execute("DELETE FROM jobs WHERE job_id = %s", (job["job_id"],))

    def close(self) -> None:
        self._closing.set()
        if self._listener is not None:
            self._listener.join(3)
        with self._session_mutex:
            if self._lock_conn is not None:
                self._lock_conn.close()
        self.pool.close()
