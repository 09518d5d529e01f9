"""Locks a data folder's processes take turns by: setting the store up, and sending its outbox.

Setup: two processes that open a new folder at the same moment (the desktop and a scheduled
command, two commands) would each create their own secret; the second key file would replace
the first while the database was already written with the first key, and the folder could
never be opened again. So whoever creates the store, or migrates its database, holds
``store-setup.lock`` from "the folder is new" (or "the database is old") to the last migration
step; a process that waited looks at the folder again and opens what the other one made. An
open, up-to-date store never takes it, so reading works in a folder that cannot be written.

Sending: two `sync` commands on one outbox would each upload the same bundle, and the service
keeps only one of the uploads, so the other command reports a failure. ``sending.lock`` is
held by a command for the whole of its sending; a second one waits for it to finish, then
finds what is left.

Each is an operating-system lock on a file in the data folder, released when the process ends,
even after a crash, so a stale file never blocks anyone; the files hold no data and are never
deleted (deleting one while someone waits would let two processes hold "the" lock at once).
Neither is the desktop's "app running" lock (``app_running``), held for the life of the app.

Thread-safety: ``held`` may be called from any thread; two holders in one process exclude
each other like two processes do (never nest one lock: it would wait for itself).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from foundation.cancel import Cancel, check
from local_store.errors import StoreBusy
from local_store.fileutil import translated_os_errors, try_lock, unlock

SETUP = "store-setup.lock"
SENDING = "sending.lock"
# Creating a store may wait for the OS keyring to be unlocked by the user, and a migration
# copies the database first: allow both plenty of time before calling the folder busy.
WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.05


@contextlib.contextmanager
def held(
    data_dir: Path,
    lock: str = SETUP,
    *,
    wait_seconds: float = WAIT_SECONDS,
    cancel: Cancel = None,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Hold the folder's ``lock`` (SETUP or SENDING) for the ``with`` block; the folder must
    exist.

    While another process holds it, calls ``on_wait`` once and waits up to ``wait_seconds``
    (``math.inf``: as long as it takes), then raises StoreBusy; raises Cancelled when
    ``cancel`` is set while waiting, StorageReadOnly/StorageFull when the file cannot be made.
    """
    deadline = time.monotonic() + wait_seconds
    with translated_os_errors(lock):
        handle = open(Path(data_dir) / lock, "a+b")  # noqa: SIM115 - closed below
    try:
        waited = False
        while not try_lock(handle):
            if not waited and on_wait is not None:
                on_wait()
            waited = True
            check(cancel, lock)
            if time.monotonic() >= deadline:
                raise StoreBusy(lock)
            time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            unlock(handle)
    finally:
        handle.close()
