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
from local_store.outbox import OUTBOX_DIR
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


def _known_files(root: Path) -> dict[str, layout.Entry]:
    """Shared files (blobs, outbox) the earlier backups list (a damaged manifest lends none)."""
    known: dict[str, layout.Entry] = {}
    for name in layout.backup_names(root):
        with contextlib.suppress(BackupDamaged):
            for entry in layout.read_manifest(root, name).files:
                if not entry.path.startswith(layout.BACKUPS + "/"):
                    known[entry.path] = entry
    return known


def _shared_files(store: Store) -> dict[str, Path]:
    """The files a backup shares with the others, by their path in the backup folder: every
    blob, and every file of the bundles and opinions waiting in the outbox (already encrypted
    to the service, and never changed once queued)."""
    files = {layout.blob_path(sha): path for sha, path in store.blobs.stored()}
    outbox = store.data_dir / OUTBOX_DIR
    if outbox.is_dir():
        for path in outbox.rglob("*"):
            if path.is_file():
                files[f"{OUTBOX_DIR}/{path.relative_to(outbox).as_posix()}"] = path
    return files


def _to_copy(root: Path, files: dict[str, Path], known: dict[str, layout.Entry]) -> dict[str, int]:
    """The files no earlier backup holds whole, with their sizes (those gone meanwhile, swept
    or sent, left out)."""
    sizes = {}
    for rel, path in files.items():
        entry, there = known.get(rel), root / rel
        if entry is None or not there.exists() or there.stat().st_size != entry.size:
            with contextlib.suppress(FileNotFoundError):
                sizes[rel] = path.stat().st_size
    return sizes


def _make(store: Store, root: Path, cancel: Cancel, progress: Progress | None) -> BackupResult:
    db = read(store)
    known = _known_files(root)
    wrapped = recovery.wrapped_secret(store.data_dir)

    with translated_os_errors("backup"), database.translated_db_errors():
        pending = _to_copy(root, _shared_files(store), known)
        total = database.size_estimate(db) + len(wrapped) + sum(pending.values())
        require_space(root, total)

        now = datetime.now(UTC)
        name = _free_name(root, now)
        partial = root / layout.BACKUPS / f"{layout.PARTIAL_PREFIX}{name}"
        partial.mkdir(parents=True)
        (root / layout.TMP).mkdir(exist_ok=True)
        advance = Pace(total, progress).advance

        try:
            # The database first: every blob and outbox file its rows name was written before
            # the row, so the listing taken after it holds them all.
            database.snapshot(db, partial / layout.DATABASE, store.install_secret.db_key)
            check(cancel, "backup")
            write_atomic(partial / layout.RECOVERY, wrapped)
            own = [partial / layout.DATABASE, partial / layout.RECOVERY]
            entries = [
                layout.Entry(
                    f"{layout.BACKUPS}/{name}/{path.name}",
                    path.stat().st_size,
                    hash_file(path, cancel, advance),
                )
                for path in own
            ]
            files = _shared_files(store)
            more = {k: v for k, v in _to_copy(root, files, known).items() if k not in pending}
            if more:  # stored while the database was copied
                require_space(root, sum(more.values()))
                pending |= more
            by_path = dict(known)
            copied = list(own)
            copied_bytes = sum(entry.size for entry in entries)
            for rel in pending:
                check(cancel, "backup")
                entry = _copy_shared(root, rel, files[rel], cancel, advance)
                if entry is not None:
                    by_path[rel] = entry
                    copied.append(root / rel)
                    copied_bytes += entry.size
            entries += [by_path[rel] for rel in sorted(files) if rel in by_path]
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
            mac = layout.manifest_mac(store.install_secret.db_key, raw)
            write_atomic(partial / layout.MANIFEST_MAC, mac.encode())
            partial.replace(layout.backup_dir(root, name))
            fsync_dir(root / layout.BACKUPS)
        except BaseException:
            remove_tree(partial)
            remove_tree(root / layout.TMP)
            raise
    record.note_backup(store.data_dir, name, now)
    return BackupResult(root, name, len(entries), manifest.total_size, len(copied), copied_bytes)


def _copy_shared(
    root: Path, rel: str, source: Path, cancel: Cancel, advance: Callable[[int], None]
) -> layout.Entry | None:
    """Copy one shared file into place; None when it vanished (swept or sent) meanwhile."""
    part = root / layout.TMP / f"{uuid.uuid4().hex}.part"
    try:
        digest, size = copy_hashed(source, part, cancel, advance)
    except FileNotFoundError:
        return None
    final = root / rel
    final.parent.mkdir(parents=True, exist_ok=True)
    part.replace(final)
    return layout.Entry(rel, size, digest)


def _free_name(root: Path, now: datetime) -> str:
    base = now.strftime("%Y%m%dT%H%M%SZ")
    name, n = base, 1
    while (root / layout.BACKUPS / name).exists():
        n += 1
        name = f"{base}-{n}"
    return name
