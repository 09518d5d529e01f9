"""What several benchmarks share: a clinic-sized store of random blobs, the by-hand reference
(`sha256sum` of every file), timing, and the machine's load, so each figure is measured the
same way everywhere. Not a benchmark itself.
Thread-safety: plain functions, run on the benchmark's one thread.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from local_store import recovery
from local_store.store import Store

PASSPHRASE = "benchmark passphrase"
IMAGE, DOCUMENT = 500_000, 4_000_000
T = TypeVar("T")


def build_store(data_dir: Path, size_mb: int) -> tuple[Store, str]:
    """A store holding what a clinic's does, by size: image-sized blobs of 0.5 MB (a CT's
    slices) and a fifth of the bytes in document-sized ones of 4 MB (PDFs, photos), random so
    nothing compresses, and its database. Returns the open store and its recovery key."""
    store = Store.open(data_dir, passphrase=PASSPHRASE)
    key = recovery.make_recovery_key(store)
    documents = size_mb * 1_000_000 // 5 // DOCUMENT
    images = (size_mb * 1_000_000 - documents * DOCUMENT) // IMAGE
    for _ in range(images):
        store.blobs.put_bytes(os.urandom(IMAGE))
    for _ in range(documents):
        store.blobs.put_bytes(os.urandom(DOCUMENT))
    return store, key


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in files_in(folder))


def warm(folder: Path) -> None:
    """Read every file once, so every contender reads from the same warm page cache."""
    for path in files_in(folder):
        path.read_bytes()


def sha256sum(files: Iterable[Path]) -> None:
    """`sha256sum` of every file, in batches so argument lists stay short."""
    names = [str(p) for p in files]
    for start in range(0, len(names), 500):
        subprocess.run(["sha256sum", *names[start : start + 500]], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def machine_load() -> str:
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.1f} (1 min) {five:.1f} (5 min)"


def hashing_rates() -> str:
    """`sha256sum`'s and Python's hashlib's SHA-256 speed here: the references hash with the
    first, CaseBridge with the second, and the two need not use the same CPU instructions."""
    data = os.urandom(64 * 1024 * 1024)
    with tempfile.NamedTemporaryFile() as fh:
        fh.write(data)
        fh.flush()
        sha256sum([Path(fh.name)])  # read once, so both hash from memory
        tool, _ = timed(lambda: sha256sum([Path(fh.name)]))
    ours, _ = timed(lambda: hashlib.sha256(data).digest())
    mb = len(data) / 1e6
    return (
        f"SHA-256 of 64 MiB: sha256sum {mb / tool:.0f} MB/s, Python's hashlib {mb / ours:.0f} MB/s"
    )


def spread(seconds: list[float]) -> str:
    """How the runs of one contender went: fastest and slowest, beside the median that the
    ratios use (on a shared machine a single run says little)."""
    return f"runs {min(seconds):.2f}-{max(seconds):.2f} s"


def median(seconds: list[float]) -> float:
    return statistics.median(seconds)
