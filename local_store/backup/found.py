"""What a backup folder holds, for a person about to restore it: the latest backup's date and
size from its manifest (readable without the key), then, with the recovery key, how many cases
it holds; and ``unlock``, the one check of a recovery key against a backup that a restore
makes first.

Nothing here writes a byte to the backup folder (a stick may be write-protected): the
database is opened immutable. Thread-safety: functions only; call them from a worker thread
(reading a stick and the key's scrypt take a moment).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from local_store import database, recovery, secrets
from local_store.backup import layout
from local_store.errors import BackupDamaged, DatabaseUnreadable


@dataclass(frozen=True)
class FoundBackup:
    root: Path  # the casebridge-backup folder
    name: str
    created_at: str  # ISO 8601, UTC
    files: int
    total_bytes: int


def find_backup(folder: Path, name: str | None = None) -> FoundBackup:
    """Backup ``name`` (the latest when None) in the folder a person chose.

    Raises NoBackup, or BackupDamaged naming the manifest."""
    root = layout.root_of(Path(folder))
    name = name or layout.latest(root)
    manifest = layout.read_manifest(root, name)
    return FoundBackup(root, name, manifest.created_at, len(manifest.files), manifest.total_size)


def unlock(root: Path, manifest: layout.Manifest, recovery_key: str) -> secrets.InstallSecret:
    """The store's key from the backup's copy of ``recovery.json`` and the key typed, with the
    manifest's HMAC checked under it.

    Raises RecoveryKeyMistyped, WrongRecoveryKey, or BackupDamaged naming the file."""
    secret = recovery.unwrap(_wrapped_secret(root, manifest), recovery_key)
    layout.check_manifest_mac(root, manifest.name, secret.db_key)
    return secret


def cases_in_backup(found: FoundBackup, recovery_key: str) -> int:
    """How many cases (not in the trash) the backup holds; the key is checked first.

    Raises what ``unlock`` raises, or BackupDamaged naming the database."""
    manifest = layout.read_manifest(found.root, found.name)
    secret = unlock(found.root, manifest, recovery_key)
    entry = _entry(manifest, layout.DATABASE)
    path = found.root / entry.path
    try:
        db = database.open_snapshot(path, secret.db_key)
    except DatabaseUnreadable as exc:
        raise BackupDamaged([entry.path]) from exc
    try:
        # The case list's rule (local_store.cases.list_cases): a case in the trash has
        # removed_at set.
        row = db.execute("SELECT count(*) FROM cases WHERE removed_at IS NULL").fetchone()
    except database.DatabaseError as exc:
        raise BackupDamaged([entry.path]) from exc
    finally:
        db.conn.close()
    return int(row[0])


def _entry(manifest: layout.Manifest, file_name: str) -> layout.Entry:
    for entry in manifest.files:
        if entry.path == f"{layout.BACKUPS}/{manifest.name}/{file_name}":
            return entry
    raise BackupDamaged([f"{layout.BACKUPS}/{manifest.name}/{layout.MANIFEST}"])


def _wrapped_secret(root: Path, manifest: layout.Manifest) -> bytes:
    entry = _entry(manifest, layout.RECOVERY)
    try:
        raw = (root / entry.path).read_bytes()
    except OSError as exc:
        raise BackupDamaged([entry.path]) from exc
    if hashlib.sha256(raw).hexdigest() != entry.sha256:
        raise BackupDamaged([entry.path])
    return raw
