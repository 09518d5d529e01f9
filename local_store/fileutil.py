"""Crash-safe file writing, OS file locks and OS-error translation shared by local_store.

Thread-safety: functions only; each call works on its own temporary file or handle.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from local_store.errors import StorageFull, StorageReadOnly

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_error_for(exc: OSError, where: str) -> OSError | StorageFull | StorageReadOnly:
    """The typed error for an OSError from writing, or the OSError itself if unforeseen."""
    if exc.errno in _FULL:
        return StorageFull(f"{where}: {errno.errorcode.get(exc.errno, exc.errno)}")
    if exc.errno in _READ_ONLY:
        return StorageReadOnly(f"{where}: {errno.errorcode.get(exc.errno, exc.errno)}")
    return exc


@contextlib.contextmanager
def translated_os_errors(where: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        translated = storage_error_for(exc, where)
        if translated is exc:
            raise
        raise translated from exc


def fsync_dir(path: Path) -> None:
    # A rename is durable only once the directory entry itself is on disk.
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    part = path.with_name(path.name + ".part")
    with translated_os_errors(path.name):
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(part, path)
            fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink()
            raise


# An operating-system lock on an open file: the system lets it go when the file is closed or
# the process ends, even after a crash, so a stale lock file never blocks anyone. Two handles
# on the same file exclude each other, also within one process.
if sys.platform == "win32":
    import msvcrt

    def try_lock(handle: IO[bytes]) -> bool:
        """Take the lock on ``handle`` without waiting; False when another handle holds it."""
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(handle: IO[bytes]) -> bool:
        """Take the lock on ``handle`` without waiting; False when another handle holds it."""
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
