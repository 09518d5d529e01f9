"""Restoring a store from a backup folder with the recovery key, on this PC or a new one.

Order of the checks, so that a refusal changes nothing: the backup's manifest and wrapped key
(a wrong recovery key fails here), how the restored folder will be protected (keyring or a new
passphrase), the folder to restore into (a store there is never overwritten unless asked, and
then it is moved aside, not deleted), and the free space. Then every file is copied, checked
against its manifest as it is read, into a hidden folder beside the target; the database is
checked and the counters whose numbers the service has seen are moved forward; store.json is
written last (a folder without it never opens as a store) and the folder is renamed into place.
A target that holds only what a data folder holds before its store exists (``SETUP_FILES``: the
first-run wizard's config file with the language chosen, the desktop's "app running" lock) is
restored into as if empty, and its config file is carried into the restored folder.
A damaged file, a kill or a cancel leaves no store at the target. Thread-safety: run on one
thread; it writes only the new folder.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from keyring.backend import KeyringBackend

from foundation.cancel import Cancel, check
from local_store import app_running, database, folder_config, outbox, recovery, secrets
from local_store.backup import found, layout, record
from local_store.backup.copying import (
    Pace,
    Progress,
    copy_hashed,
    folder_locked,
    fsync_all,
    remove_tree,
    require_space,
)
from local_store.errors import (
    BackupDamaged,
    DatabaseUnreadable,
    RestoreTargetInUse,
    SecretMissing,
    StoreBusy,
)
from local_store.fileutil import fsync_dir, translated_os_errors
from local_store.store import folder_holds_store

RESTORING = ".restoring-"
MOVED_ASIDE = ".before-restore-"
# What a data folder holds before its store exists; a restore may go into such a folder.
SETUP_FILES = frozenset({folder_config.CONFIG_FILE, app_running.LOCK_FILE})


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    name: str  # the backup restored
    created_at: str
    files: int
    total_bytes: int
    moved_aside: Path | None  # where the store that was at the target went
    protection: secrets.ProtectionInfo


def restore_backup(
    folder: Path,
    data_dir: Path,
    recovery_key: str,
    *,
    passphrase: str | None,
    keyring_backend: KeyringBackend | None = None,
    replace: bool = False,
    name: str | None = None,
    advance_counters: Sequence[str] = (),
    cancel: Cancel = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore backup ``name`` (the latest when None) from ``folder`` into ``data_dir``.

    The restored folder is protected by ``passphrase`` when one is given, else by the OS
    keyring (``keyring_backend`` or a detected secure one). ``advance_counters`` names settings
    whose numbers left this PC (the bundle sequence): each is moved to at least the current
    Unix time in seconds, past anything a counter rising by one per bundle can have reached
    since the backup, so no number is used twice.

    Raises NoBackup, BackupDamaged (naming the files), RecoveryKeyMistyped, WrongRecoveryKey,
    PassphraseRequired, PassphraseTooShort, RestoreTargetInUse, StoreBusy, BackupNoSpace,
    BackupBusy, Cancelled; in each case no store is left at ``data_dir`` that was not there.
    """
    root = layout.root_of(folder)
    data_dir = Path(data_dir)
    name = name or layout.latest(root)
    manifest = layout.read_manifest(root, name)
    secret = found.unlock(root, manifest, recovery_key)
    backend = None if passphrase is not None else keyring_backend or secrets.secure_os_keyring()
    if backend is None:
        secrets.check_new_passphrase(passphrase)
    _check_target(data_dir, manifest, replace)
    parent = data_dir.parent
    with translated_os_errors("restore"):
        parent.mkdir(parents=True, exist_ok=True)
    require_space(parent, manifest.total_size)
    with folder_locked(root, read_only_ok=True):
        for stale in parent.glob(f".{data_dir.name}{RESTORING}*"):
            remove_tree(stale)
        temp = parent / f".{data_dir.name}{RESTORING}{uuid.uuid4().hex[:8]}"
        try:
            with translated_os_errors("restore"):
                temp.mkdir(mode=0o700)
                _copy_files(root, manifest, temp, cancel, progress)
                _finish_database(temp / database.DB_FILE, secret.db_key, advance_counters, data_dir)
                info = secrets.protect_secret(
                    temp, secret, passphrase=passphrase, keyring_backend=backend
                )
                fsync_dir(temp)
                check(cancel, "restore")
                _carry_config(data_dir, temp)
                # The restored store is the backup it came from: the reminder counts a week
                # from that backup, instead of saying this PC was never backed up.
                record.note_backup(temp, name, datetime.fromisoformat(manifest.created_at))
                moved = _clear_target(data_dir, replace)
                temp.replace(data_dir)
                fsync_dir(parent)
        except BaseException:
            remove_tree(temp)
            raise
    return RestoreResult(
        data_dir, name, manifest.created_at, len(manifest.files), manifest.total_size, moved, info
    )


def _check_target(data_dir: Path, manifest: layout.Manifest, replace: bool) -> None:
    if not data_dir.exists():
        return
    if app_running.is_held(data_dir):
        raise StoreBusy("restore target open")
    try:
        holds_store = folder_holds_store(data_dir)
    except SecretMissing:
        holds_store = True
    if holds_store:
        if replace:
            return
        newer = _changed_at(data_dir) > datetime.fromisoformat(manifest.created_at)
        raise RestoreTargetInUse("has_newer_store" if newer else "has_store")
    if not _only_setup_files(data_dir):
        raise RestoreTargetInUse("not_empty")


def _only_setup_files(data_dir: Path) -> bool:
    return all(path.name in SETUP_FILES and path.is_file() for path in data_dir.iterdir())


def _carry_config(data_dir: Path, temp: Path) -> None:
    """Keep what was chosen in the folder before its store existed (the language)."""
    config = data_dir / folder_config.CONFIG_FILE
    if config.is_file() and _only_setup_files(data_dir):
        (temp / folder_config.CONFIG_FILE).write_bytes(config.read_bytes())
        fsync_all([temp / folder_config.CONFIG_FILE])


def _changed_at(data_dir: Path) -> datetime:
    stamps = [
        path.stat().st_mtime
        for path in (data_dir / database.DB_FILE, data_dir / (database.DB_FILE + "-wal"))
        if path.exists()
    ]
    return datetime.fromtimestamp(max(stamps, default=0), UTC)


def _copy_files(
    root: Path, manifest: layout.Manifest, temp: Path, cancel: Cancel, progress: Progress | None
) -> None:
    """Copy every file into ``temp``, checking each against the manifest; BackupDamaged names
    every file that does not match."""
    advance = Pace(manifest.total_size, progress).advance

    own = f"{layout.BACKUPS}/{manifest.name}/"
    damaged, written = [], []
    for entry in manifest.files:
        check(cancel, "restore")
        target = temp / (entry.path.removeprefix(own) if entry.path.startswith(own) else entry.path)
        if entry.path == own + layout.RECOVERY:
            target = temp / recovery.RECOVERY_FILE
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            digest, size = copy_hashed(root / entry.path, target, cancel, advance)
        except FileNotFoundError:
            damaged.append(entry.path)
            continue
        if (digest, size) != (entry.sha256, entry.size):
            damaged.append(entry.path)
        written.append(target)
    if damaged:
        raise BackupDamaged(damaged)
    fsync_all(written)


def _finish_database(
    path: Path, key: bytes, advance_counters: Sequence[str], data_dir: Path
) -> None:
    """Check the restored database, move its counters on and point the outbox at the new
    folder; this connection is its only one (the folder is not yet a store)."""
    db = database.connect(path, key)
    try:
        if not database.integrity_ok(db):
            raise DatabaseUnreadable("restored database")
        floor = int(time.time())
        with database.immediate(db):
            for counter in advance_counters:
                row = db.execute("SELECT value FROM settings WHERE key = ?", [counter]).fetchone()
                if row is None or json.loads(row[0]) < floor:
                    db.execute(
                        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key)"
                        " DO UPDATE SET value = excluded.value",
                        [counter, json.dumps(floor)],
                    )
            outbox.move_folders(db, data_dir)
    finally:
        db.conn.close()


def _clear_target(data_dir: Path, replace: bool) -> Path | None:
    """Make room at ``data_dir``: an empty folder (or one holding only ``SETUP_FILES``, whose
    config was carried over) goes, a store (with ``replace``) is moved aside beside it, never
    deleted."""
    if not data_dir.exists():
        return None
    if _only_setup_files(data_dir):
        for path in data_dir.iterdir():
            path.unlink()
        data_dir.rmdir()
        return None
    if not replace:
        raise RestoreTargetInUse("not_empty")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = data_dir.with_name(f"{data_dir.name}{MOVED_ASIDE}{stamp}")
    with contextlib.suppress(FileNotFoundError):
        data_dir.replace(aside)
    return aside
