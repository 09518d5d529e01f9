"""Private work folders for imports, and the one sweep of those a crash left behind.

An import copies slow removable media and unpacks zips before reading them; the desktop's
import dialog, the CLI and filing received images from the tray all do it in a folder from
here: ``DATA_DIR/import-work/<random>/`` (0700), and so does `casebridge dicom info`, which
reads media (unpacking zips) without opening the store. Inside the data folder rather than the
system temp folder, because it holds plaintext patient files and so stays with the user's other
private data (and on the blob store's disk, where the files go next). Whoever makes a folder
removes it when the import ends, cancelled or not (``work_dir`` does it for you).

A folder is only left behind when a process dies. Every new folder sweeps those older than
``WORK_DIR_MAX_AGE``: longer than any import takes, so an import running in another process
(the CLI while the app is open) never loses its folder. Thread-safety: any thread, any process.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from local_store.store import Store

WORK_DIR = "import-work"
WORK_DIR_MAX_AGE = 12 * 3600


def work_root(store: Store | Path) -> Path:
    """The folder of every work folder, in ``store``'s data folder (or the data folder given)."""
    data_dir = store if isinstance(store, Path) else store.data_dir
    return data_dir / WORK_DIR


def new_work_dir(store: Store | Path) -> Path:
    """A new empty private folder for one import; the caller removes it with
    ``remove_work_dir``. Given a data folder instead of a store (`casebridge dicom info` reads
    media without opening one), the data folder is made if it is missing."""
    root = work_root(store)
    root.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    root.mkdir(mode=0o700, exist_ok=True)
    sweep_work_dirs(store)
    return Path(tempfile.mkdtemp(dir=root))  # mkdtemp makes it 0700


def remove_work_dir(path: Path | None) -> None:
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def work_dir(store: Store | Path) -> Iterator[Path]:
    """A work folder for the ``with`` block, removed when it ends however it ends; so are the
    data folder and its ``import-work`` when this made them and nothing else is in them (a
    look at media leaves no data folder behind)."""
    root = work_root(store)
    made = [folder for folder in (root, root.parent) if not folder.exists()]
    path = new_work_dir(store)
    try:
        yield path
    finally:
        remove_work_dir(path)
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty


def sweep_work_dirs(store: Store | Path, min_age_seconds: float = WORK_DIR_MAX_AGE) -> int:
    """Remove work folders older than ``min_age_seconds``; returns how many."""
    root = work_root(store)
    cutoff = time.time() - min_age_seconds
    removed = 0
    for folder in root.iterdir() if root.is_dir() else ():
        try:
            stale = folder.stat().st_mtime <= cutoff
        except OSError:
            continue
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
