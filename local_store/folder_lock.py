"""The setup lock of a data folder: creating a store, and migrating one, is one guarded step.

Two processes that open a new folder at the same moment (the desktop and a scheduled command,
two commands) would each create their own secret; the second key file would replace the first
while the database was already written with the first key, and the folder could never be
opened again. So whoever creates the store, or migrates its database, holds an
operating-system lock on ``store-setup.lock`` in the data folder from "the folder is new" (or
"the database is old") to the last migration step; a process that waited looks at the folder
again and opens what the other one made. The lock is released when the process ends, even
after a crash, so a stale file never blocks anyone; the file holds no data and is never
deleted (deleting it while someone waits would let two processes hold "the" lock at once).

This is not the desktop's "app running" lock (``app_running``): that one is held for the life
of the app; this one only for the moments a store is set up. An open, up-to-date store never
takes it, so reading works in a folder that cannot be written.

Thread-safety: ``held`` may be called from any thread; two holders in one process exclude
each other like two processes do (never nest it: it would wait for itself).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

from local_store.errors import StoreBusy
from local_store.fileutil import translated_os_errors, try_lock, unlock

LOCK_FILE = "store-setup.lock"
# Creating a store may wait for the OS keyring to be unlocked by the user, and a migration
# copies the database first: allow both plenty of time before calling the folder busy.
WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.05


@contextlib.contextmanager
def held(data_dir: Path, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the folder's setup lock for the ``with`` block; the folder must exist.

    Waits up to ``wait_seconds`` (default ``WAIT_SECONDS``) while another process holds it,
    then raises StoreBusy. Raises StorageReadOnly/StorageFull when the lock file cannot be
    made.
    """
    deadline = time.monotonic() + (WAIT_SECONDS if wait_seconds is None else wait_seconds)
    with translated_os_errors(LOCK_FILE):
        handle = open(Path(data_dir) / LOCK_FILE, "a+b")  # noqa: SIM115 - closed below
    try:
        while not try_lock(handle):
            if time.monotonic() >= deadline:
                raise StoreBusy(LOCK_FILE)
            time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            unlock(handle)
    finally:
        handle.close()
