"""The "app running" signal in a data folder: the desktop holds it while open; the CLI checks it
before a command that needs the folder to itself (sending the outbox, enrolling).

An operating-system lock on ``app-running.lock`` in the data folder, held by an open file for
the life of the desktop process: the system releases it when the process ends, even after a
crash, so a stale file never blocks anyone. The file holds no data. This is separate from the
lock taken while a store is created or migrated (``folder_lock``). Thread-safety: ``hold``
once per process; ``is_held`` from any thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from local_store.fileutil import try_lock, unlock

LOCK_FILE = "app-running.lock"


class AppLock:
    """The held lock; ``release`` (or the process ending) lets it go."""

    def __init__(self, handle: IO[bytes] | None) -> None:
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            unlock(self._handle)
            self._handle.close()
            self._handle = None


def hold(data_dir: Path) -> AppLock | None:
    """Take the folder's "app running" lock; None when another process holds it.

    The folder must exist (the store is opened first when it is new). A folder that cannot be
    written gives a lock that holds nothing: opening the store then says what is wrong.
    """
    try:
        handle = open(Path(data_dir) / LOCK_FILE, "a+b")  # noqa: SIM115 - held until release
    except OSError:
        return AppLock(None)
    if not try_lock(handle):
        handle.close()
        return None
    return AppLock(handle)


def is_held(data_dir: Path) -> bool:
    """True while another process holds the folder's "app running" lock."""
    path = Path(data_dir) / LOCK_FILE
    if not path.exists():
        return False
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - closed below
    except OSError:
        return False
    try:
        if try_lock(handle):
            unlock(handle)
            return False
        return True
    finally:
        handle.close()
