"""The service's metadata in SQLite (DATA/service.db), the default implementation of
opinion_service.metadata for one instance: devices, codes, tokens, challenges, bundles,
uploads, the feed, assignment bookkeeping, follow-up messages and the job queue. The database
holds only ids, sizes, states and signed JSON; bytes live in the blob store.

Thread-safety: one connection per ``Database``, shared by the server's threads and guarded by
a re-entrant lock; every change runs in ``transaction()`` (BEGIN IMMEDIATE), so two processes
(the running service and an admin command) serialise on SQLite's own lock, with WAL letting
readers go on meanwhile and a busy timeout instead of an immediate "database is locked".
Only one instance serves a SQLite database, so ``hold`` is a lock inside this process.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from opinion_service.metadata import Row

DB_FILE = "service.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    specialties TEXT NOT NULL DEFAULT '[]',
    ed25519 TEXT NOT NULL,
    age TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    -- round robin: the assignment counter value when this specialist last got a case
    last_assigned INTEGER NOT NULL DEFAULT 0,
    -- JSON {name, qualification, council, registration} from the code (sync.protocol.KeyVouch)
    profile TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS codes (
    code_sha256 TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    specialties TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_by TEXT,
    used_at INTEGER,
    profile TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS tokens (
    token_sha256 TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tokens_device ON tokens(device_id);
CREATE TABLE IF NOT EXISTS challenges (
    nonce TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS bundles (
    bundle_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    envelope BLOB NOT NULL,
    signature TEXT NOT NULL,
    size_cipher INTEGER NOT NULL,
    -- registered -> committed -> checked | rejected
    state TEXT NOT NULL,
    -- NULL until committed, then received, assigned, in_review, opinion_ready or rejected
    status TEXT,
    problem TEXT,
    specialty TEXT,
    assigned_to TEXT,
    receipt TEXT,
    registered_at INTEGER NOT NULL,
    committed_at INTEGER,
    -- from the manifest at the check: urgent or routine (sync.protocol.Urgency)
    urgency TEXT,
    -- an update bundle: the bundle it follows (its manifest's update_of)
    follows TEXT,
    UNIQUE (device_id, seq)
);
CREATE TABLE IF NOT EXISTS uploads (
    upload_id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    name TEXT NOT NULL,
    length INTEGER NOT NULL,
    "offset" INTEGER NOT NULL DEFAULT 0,
    -- how the blob store finds the bytes received so far (empty for files)
    blob_state TEXT NOT NULL DEFAULT '',
    -- open, expired (bytes removed; answers 410 until swept away)
    state TEXT NOT NULL DEFAULT 'open',
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    -- what bundle_id names: a bundle, or an opinion (its opinion_id)
    container TEXT NOT NULL DEFAULT 'bundle'
);
CREATE UNIQUE INDEX IF NOT EXISTS uploads_open
    ON uploads(bundle_id, name) WHERE state = 'open';
CREATE TABLE IF NOT EXISTS feed (
    cursor INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    status TEXT NOT NULL,
    item TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS feed_device ON feed(device_id, cursor);
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
-- work after the answer (the bundle check now, re-encryption for the specialist later),
-- taken by whichever worker is free
CREATE TABLE IF NOT EXISTS jobs (
    job_id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    UNIQUE (kind, bundle_id)
);
"""

# The way back (docs/sync-protocol.md): one row per specialist a case was offered to, and
# the opinions. Kept apart from SCHEMA so both backends share the text (postgres.py).
REVIEW_SCHEMA = """
CREATE TABLE IF NOT EXISTS assignments (
    bundle_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    -- offered -> accepted | declined; withdrawn (an admin moved the case); answered
    state TEXT NOT NULL,
    offered_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    answered_at BIGINT,
    reason TEXT NOT NULL DEFAULT '',
    -- 1 once the copy re-encrypted to this specialist is stored (with its hashes in files)
    ready INTEGER NOT NULL DEFAULT 0,
    manifest_sha256 TEXT,
    files TEXT,
    PRIMARY KEY (bundle_id, device_id)
);
CREATE INDEX IF NOT EXISTS assignments_device ON assignments(device_id, state);
CREATE TABLE IF NOT EXISTS opinions (
    opinion_id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    envelope TEXT NOT NULL,
    signature TEXT NOT NULL,
    size_cipher BIGINT NOT NULL,
    -- registered -> committed
    state TEXT NOT NULL,
    receipt TEXT,
    registered_at BIGINT NOT NULL,
    committed_at BIGINT
);
CREATE INDEX IF NOT EXISTS opinions_bundle ON opinions(bundle_id);
"""

# Follow-up messages (opinion_service.thread): one row per message stored, with the signed
# receipt its author got; the sealed bytes travel in the feed item to the other party.
THREAD_SCHEMA = """
CREATE TABLE IF NOT EXISTS thread_messages (
    message_id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sent_to TEXT NOT NULL,
    -- hex SHA-256 of the signed message's canonical JSON: the same id posted again with
    -- another hash is a replay
    sha256 TEXT NOT NULL,
    size_cipher BIGINT NOT NULL,
    receipt TEXT NOT NULL,
    posted_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS thread_messages_bundle ON thread_messages(bundle_id);
"""

# Bundles a clinic device sent on behalf of another (a USB stick carried them): each device
# that registered the bundle for its signer, and so may upload and commit it
# (opinion_service.core.register, own_bundle).
RELAY_SCHEMA = """
CREATE TABLE IF NOT EXISTS bundle_relays (
    bundle_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    registered_at BIGINT NOT NULL,
    PRIMARY KEY (bundle_id, device_id)
);
"""

# Columns added after the first release, for data folders made before them.
ADDED_COLUMNS = (
    ("uploads", "blob_state", "TEXT NOT NULL DEFAULT ''"),
    ("uploads", "container", "TEXT NOT NULL DEFAULT 'bundle'"),
    ("devices", "profile", "TEXT NOT NULL DEFAULT '{}'"),
    ("codes", "profile", "TEXT NOT NULL DEFAULT '{}'"),
    ("bundles", "urgency", "TEXT"),
    ("bundles", "follows", "TEXT"),
)


class Database:
    backend = "sqlite"

    def __init__(self, data_dir: Path) -> None:
        data_dir = Path(data_dir)
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.path = data_dir / DB_FILE
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=10.0
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._held: set[str] = set()  # keys held now; a set, so nothing stays behind
        self._held_guard = threading.Lock()
        with self._lock:
            self._conn.executescript(SCHEMA)
            self._conn.executescript(REVIEW_SCHEMA)
            self._conn.executescript(THREAD_SCHEMA)
            self._conn.executescript(RELAY_SCHEMA)
            for table, column, kind in ADDED_COLUMNS:
                names = [r["name"] for r in self._conn.execute(f"PRAGMA table_info({table})")]
                if column not in names:
                    self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def one(self, sql: str, params=()) -> Row | None:
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    def all(self, sql: str, params=()) -> list[Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def serialise(self, conn, key: str) -> None:
        """BEGIN IMMEDIATE already lets one writing transaction in at a time."""

    def try_hold(self, key: str) -> Callable[[], None] | None:
        with self._held_guard:
            if key in self._held:
                return None
            self._held.add(key)

        def release() -> None:
            with self._held_guard:
                self._held.discard(key)

        return release

    @contextlib.contextmanager
    def hold(self, key: str, timeout: float) -> Iterator[bool]:
        deadline = time.monotonic() + timeout
        release = self.try_hold(key)
        while release is None and time.monotonic() < deadline:
            time.sleep(0.02)
            release = self.try_hold(key)
        try:
            yield release is not None
        finally:
            if release is not None:
                release()

    def ask_release(self, key: str) -> None:
        """Nothing to do: the one instance stops its own older request itself."""

    def on_release(self, callback: Callable[[str], None]) -> None:
        """Nothing to listen to with a single instance."""

    @contextlib.contextmanager
    def take_job(self, kinds: tuple[str, ...]) -> Iterator[Row | None]:
        # One worker thread per SQLite database: the oldest job is nobody else's.
        marks = ",".join("?" for _ in kinds)
        job = self.one(
            f"SELECT * FROM jobs WHERE kind IN ({marks}) ORDER BY job_id LIMIT 1", tuple(kinds)
        )
        yield job
        if job is not None:
            with self.transaction() as conn:
                conn.execute("DELETE FROM jobs WHERE job_id = ?", (job["job_id"],))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
