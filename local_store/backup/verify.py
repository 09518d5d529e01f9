"""Checking a backup folder without restoring it, and without the recovery key.

Every file every complete backup lists is read and compared with its manifest's size and
SHA-256 (a blob shared by several backups once); each damaged or missing file is named.
Thread-safety: run on one worker thread; it only reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from foundation.cancel import Cancel
from local_store.backup import layout
from local_store.backup.copying import Pace, Progress, hash_file
from local_store.errors import BackupDamaged, NoBackup


@dataclass(frozen=True)
class VerifyReport:
    backups: tuple[str, ...]  # the complete backups checked, oldest first
    files: int
    total_bytes: int
    damaged: tuple[str, ...]  # paths inside the backup folder

    @property
    def ok(self) -> bool:
        return not self.damaged


def verify_backups(
    folder: Path, cancel: Cancel = None, progress: Progress | None = None
) -> VerifyReport:
    """Check every backup in ``folder``. Raises NoBackup when it holds none."""
    root = layout.root_of(folder)
    names = layout.backup_names(root)
    if not names:
        raise NoBackup()
    damaged: list[str] = []
    entries: dict[tuple[str, str], layout.Entry] = {}
    for name in names:
        try:
            manifest = layout.read_manifest(root, name)
        except BackupDamaged as exc:
            damaged += exc.files
            continue
        for entry in manifest.files:
            entries[(entry.path, entry.sha256)] = entry
    total = sum(entry.size for entry in entries.values())
    advance = Pace(total, progress).advance

    for entry in entries.values():
        if not entry_intact(root, entry, cancel, advance):
            damaged.append(entry.path)
    return VerifyReport(tuple(names), len(entries), total, tuple(dict.fromkeys(damaged)))


def entry_intact(
    root: Path, entry: layout.Entry, cancel: Cancel, advance: Callable[[int], None]
) -> bool:
    path = root / entry.path
    try:
        if path.stat().st_size != entry.size:
            advance(entry.size)
            return False
        return hash_file(path, cancel, advance) == entry.sha256
    except OSError:
        advance(entry.size)
        return False
