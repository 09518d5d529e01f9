"""Copying and checking files by their SHA-256, free space, and the backup folder's lock.

Every copy hashes what it reads in the same pass, so a backup or restore reads each byte once.
Copies go to a temporary name and are renamed when whole; ``fsync_all`` makes a batch durable
with one wait (cheaper on a USB stick than a wait per file). Thread-safety: functions only,
each on its own files; the lock is an OS lock (released when the process ends, even killed).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from foundation.cancel import Cancel, check
from local_store.backup.layout import LOCK
from local_store.errors import BackupBusy, BackupNoSpace, StorageReadOnly
from local_store.fileutil import fsync_dir, translated_os_errors, try_lock, unlock

CHUNK = 1 << 20
# Room left beside what is counted: directory entries, manifests, the file system's own needs.
SPACE_MARGIN = 16 << 20

Advance = Callable[[int], None]  # bytes done since the last call
# Before this much time and work an estimate of the time left is a guess: none is given.
_MIN_SECONDS, _MIN_FRACTION = 1.0, 0.02


@dataclass(frozen=True)
class Step:
    """How far a backup, check or restore is: bytes done of all, and the time left."""

    done: int
    total: int
    seconds_left: float | None  # None until there is a fair estimate


Progress = Callable[[Step], None]


class Pace:
    """Turns bytes done into ``Step``s for ``progress``, with the time left at the pace so far."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done = total, 0
        self._progress = progress
        self._start = time.monotonic()

    def advance(self, count: int) -> None:
        self.done += count
        if self._progress is None:
            return
        left = time_left(time.monotonic() - self._start, self.done, self.total)
        self._progress(Step(self.done, self.total, left))


def time_left(elapsed: float, done: int, total: int) -> float | None:
    """Seconds left at the pace so far, or None while an estimate would be a guess."""
    if total and elapsed >= _MIN_SECONDS and done >= _MIN_FRACTION * total:
        return elapsed / done * max(total - done, 0)
    return None


def copy_hashed(
    source: Path, target: Path, cancel: Cancel = None, advance: Advance | None = None
) -> tuple[str, int]:
    """Copy ``source`` to ``target`` (which must not exist) and return the SHA-256 and size of
    what was copied. A failure or cancel removes ``target``."""
    digest, size = hashlib.sha256(), 0
    try:
        with (
            translated_os_errors("backup"),
            open(source, "rb") as src,
            open(target, "xb") as dst,
        ):
            while chunk := src.read(CHUNK):
                check(cancel, "copy")
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
                if advance is not None:
                    advance(len(chunk))
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return digest.hexdigest(), size


def hash_file(path: Path, cancel: Cancel = None, advance: Advance | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            check(cancel, "verify")
            digest.update(chunk)
            if advance is not None:
                advance(len(chunk))
    return digest.hexdigest()


def fsync_all(files: list[Path]) -> None:
    """Make every file in ``files`` and the folders holding them durable."""
    with translated_os_errors("backup"):
        for path in files:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for folder in {path.parent for path in files}:
            fsync_dir(folder)


def require_space(folder: Path, needed: int) -> None:
    """Raise BackupNoSpace when ``folder``'s disk has less than ``needed`` bytes (and a
    margin) free: checked before anything is written, so a full stick is never half-written."""
    free = shutil.disk_usage(folder).free
    if free < needed + SPACE_MARGIN:
        raise BackupNoSpace(needed + SPACE_MARGIN, free)


@contextlib.contextmanager
def folder_locked(root: Path, *, read_only_ok: bool = False) -> Iterator[None]:
    """Hold the backup folder's lock; BackupBusy when another backup or restore has it.

    ``read_only_ok``: a folder where no lock file can be made (a write-protected stick) is
    used without one, since nothing can write there either (a restore only reads)."""
    try:
        with translated_os_errors("backup"):
            handle = open(root / LOCK, "a+b")  # noqa: SIM115 - closed below
    except StorageReadOnly:
        if not read_only_ok:
            raise
        yield
        return
    try:
        if not try_lock(handle):
            raise BackupBusy()
        try:
            yield
        finally:
            unlock(handle)
    finally:
        handle.close()


def remove_tree(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(path)
