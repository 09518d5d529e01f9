"""Making a backup of an open store into a backup folder, while the app may go on working.

Steps: take the folder's lock and clear what a cut-short backup left; list the blobs and
measure what must be copied (the database's pages and the blobs no earlier backup holds), and
refuse at once when the destination lacks the room; snapshot the database (one read
transaction, see ``database.snapshot``); copy the recovery-key-wrapped secret and the new blobs,
hashing as they go; make them durable; write the manifest; rename the backup's folder from its
partial name. Until that rename nothing counts as a backup, so a kill or a cancel at any point
leaves the earlier backups as they were and the data folder untouched (it is only read).
Thread-safety: run on one worker thread; it reads through that thread's own connection.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from foundation.cancel import Cancel, check
from local_store import database, migrations, recovery
from local_store.backup import layout, record
from local_store.backup.copying import (
    Pace,
    Progress,
    copy_hashed,
    folder_locked,
    fsync_all,
    hash_file,
    remove_tree,
    require_space,
)
from local_store.connection import read
from local_store.errors import BackupDamaged, NoRecoveryKey
from local_store.fileutil import fsync_dir, translated_os_errors, write_atomic
from local_store.store import Store


@dataclass(frozen=True)
class BackupResult:
    root: Path  # the backup folder
    name: str
    files: int  # files this backup lists
    total_bytes: int  # their size
    copied_files: int  # files written this time (the rest were there from earlier backups)
    copied_bytes: int


def make_backup(
    store: Store, folder: Path, cancel: Cancel = None, progress: Progress | None = None
) -> BackupResult:
    """Back ``store`` up into ``folder`` (its ``casebridge-backup`` folder).

    Raises NoRecoveryKey, BackupNoSpace (nothing written), BackupBusy, StorageFull,
    StorageReadOnly, Cancelled (nothing kept)."""
    if not recovery.has_recovery_key(store.data_dir):
        raise NoRecoveryKey()
    root = layout.root_of(folder)
    with translated_os_errors("backup"):
        root.mkdir(parents=True, exist_ok=True)
    with folder_locked(root):
        _clear_leftovers(root)
        return _make(store, root, cancel, progress)


def _clear_leftovers(root: Path) -> None:
    remove_tree(root / layout.TMP)
    backups = root / layout.BACKUPS
    if backups.is_dir():
        for partial in backups.glob(layout.PARTIAL_PREFIX + "*"):
            remove_tree(partial)


def _known_blobs(root: Path) -> dict[str, layout.Entry]:
    """Blob entries the earlier backups' manifests list (a damaged manifest lends none)."""
    known: dict[str, layout.Entry] = {}
    for name in layout.backup_names(root):
        with contextlib.suppress(BackupDamaged):
            for entry in layout.read_manifest(root, name).files:
                if entry.path.startswith(layout.BLOBS + "/"):
                    known[entry.path] = entry
    return known


def _make(store: Store, root: Path, cancel: Cancel, progress: Progress | None) -> BackupResult:
    db = read(store)
    known = _known_blobs(root)
    wrapped = recovery.wrapped_secret(store.data_dir)

    def new_blobs() -> list[tuple[str, Path, int]]:
        found = []
        for sha, path in store.blobs.stored():
            entry = known.get(layout.blob_path(sha))
            there = root / layout.blob_path(sha)
            if entry is None or not there.exists() or there.stat().st_size != entry.size:
                with contextlib.suppress(FileNotFoundError):  # swept meanwhile
                    found.append((sha, path, path.stat().st_size))
        return found

    with translated_os_errors("backup"), database.translated_db_errors():
        pending = new_blobs()
        total = database.size_estimate(db) + len(wrapped) + sum(s for _, _, s in pending)
        require_space(root, total)

        now = datetime.now(UTC)
        name = _free_name(root, now)
        partial = root / layout.BACKUPS / f"{layout.PARTIAL_PREFIX}{name}"
        partial.mkdir(parents=True)
        (root / layout.TMP).mkdir(exist_ok=True)
        advance = Pace(total, progress).advance

        try:
            # The database first: every blob its rows name was stored before the row, so the
            # blob listing taken after it holds them all.
            database.snapshot(db, partial / layout.DATABASE, store.install_secret.db_key)
            check(cancel, "backup")
            db_path = f"{layout.BACKUPS}/{name}/{layout.DATABASE}"
            entries = [
                layout.Entry(
                    db_path,
                    (partial / layout.DATABASE).stat().st_size,
                    hash_file(partial / layout.DATABASE, cancel, advance),
                )
            ]
            write_atomic(partial / layout.RECOVERY, wrapped)
            entries.append(
                layout.Entry(
                    f"{layout.BACKUPS}/{name}/{layout.RECOVERY}",
                    len(wrapped),
                    hash_file(partial / layout.RECOVERY),
                )
            )
            copied = [partial / layout.DATABASE]
            copied_bytes = entries[0].size + len(wrapped)
            fresh = {sha for sha, _, _ in new_blobs()} - {sha for sha, _, _ in pending}
            if fresh:
                more = [item for item in new_blobs() if item[0] in fresh]
                require_space(root, sum(s for _, _, s in more))
                pending += more
            by_path = dict(known)
            for sha, source, _ in pending:
                check(cancel, "backup")
                target = _copy_blob(root, sha, source, cancel, advance)
                if target is None:
                    continue
                by_path[layout.blob_path(sha)] = target[1]
                copied.append(target[0])
                copied_bytes += target[1].size
            listed = {layout.blob_path(sha) for sha, _ in store.blobs.stored()}
            entries += [by_path[path] for path in sorted(listed) if path in by_path]
            fsync_all(copied)
            manifest = layout.Manifest(
                name,
                now.isoformat(timespec="seconds"),
                migrations.current_version(db),
                tuple(entries),
            )
            raw = manifest.to_bytes()
            write_atomic(partial / layout.MANIFEST, raw)
            write_atomic(partial / layout.MANIFEST_DIGEST, hashlib.sha256(raw).hexdigest().encode())
            partial.replace(layout.backup_dir(root, name))
            fsync_dir(root / layout.BACKUPS)
        except BaseException:
            remove_tree(partial)
            remove_tree(root / layout.TMP)
            raise
    record.note_backup(store.data_dir, name, now)
    return BackupResult(root, name, len(entries), manifest.total_size, len(copied), copied_bytes)


def _copy_blob(
    root: Path, sha: str, source: Path, cancel: Cancel, advance: Callable[[int], None]
) -> tuple[Path, layout.Entry] | None:
    """Copy one blob into place; None when it vanished (swept as unused) meanwhile."""
    part = root / layout.TMP / f"{uuid.uuid4().hex}.part"
    try:
        digest, size = copy_hashed(source, part, cancel, advance)
    except FileNotFoundError:
        return None
    final = root / layout.blob_path(sha)
    final.parent.mkdir(parents=True, exist_ok=True)
    part.replace(final)
    return final, layout.Entry(layout.blob_path(sha), size, digest)


def _free_name(root: Path, now: datetime) -> str:
    base = now.strftime("%Y%m%dT%H%M%SZ")
    name, n = base, 1
    while (root / layout.BACKUPS / name).exists():
        n += 1
        name = f"{base}-{n}"
    return name
