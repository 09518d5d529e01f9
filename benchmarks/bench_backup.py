"""Backup: a ~1 GB store backed up to another folder, against `cp -r` + `sha256sum` of the same
files on the same run (budget: within 2x), then the incremental backup after one new file.

The store holds what a clinic's does, by size: 1,600 image-sized blobs of 0.5 MB (a CT's
slices) and 40 document-sized ones of 4 MB (PDFs, photos), random so nothing compresses, and
its database. Steps, each timed on the same warm page cache:
- reference: `cp -r` of the database and the blob folder to a new folder, then `sha256sum` of
  every copied file (what a careful person would do by hand), and the same followed by `sync`
  (the backup makes its copies durable before it counts them, as a USB stick needs);
- backup: ``make_backup`` into a new folder (snapshot, copy, hash, fsync, manifest);
- verify: ``verify_backups`` of that folder;
- incremental: one new 5 MB file, then ``make_backup`` into the same folder: bytes copied and
  time, against the whole backup.
Run: .venv/bin/python benchmarks/bench_backup.py [--size-mb 1000]
Figures are printed with their ratios; only the 2x budget is judged.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import build_store, files_in, folder_size, sha256sum, timed, warm

from local_store.backup.make import make_backup
from local_store.backup.verify import verify_backups
from local_store.store import Store

BUDGET = 2.0


def reference(store: Store, target: Path, durable: bool) -> float:
    def run():
        target.mkdir()
        subprocess.run(["cp", "-r", str(store.db_path), str(store.blobs.root), str(target)],
                       check=True)  # fmt: skip
        sha256sum(files_in(target))
        if durable:
            subprocess.run(["sync"], check=True)

    seconds, _ = timed(run)
    shutil.rmtree(target)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        work = Path(tmp)
        print(f"building a {args.size_mb} MB store…", flush=True)
        seconds, (store, _key) = timed(lambda: build_store(work / "data", args.size_mb))
        size = folder_size(work / "data")
        files = sum(1 for _ in store.blobs.stored())
        print(f"store: {size / 1e6:.0f} MB in {files} blobs (built in {seconds:.1f} s)")
        warm(work / "data")
        subprocess.run(["sync"], check=True)

        plain = reference(store, work / "ref", durable=False)
        synced = reference(store, work / "ref", durable=True)
        backup_s, result = timed(lambda: make_backup(store, work / "usb"))
        verify_s, report = timed(lambda: verify_backups(work / "usb"))
        assert report.ok

        rate = result.total_bytes / backup_s / 1e6
        print(f"cp -r + sha256sum:          {plain:6.2f} s")
        print(f"cp -r + sha256sum + sync:   {synced:6.2f} s")
        print(f"backup (durable):           {backup_s:6.2f} s  ({rate:.0f} MB/s)")
        print(f"backup verify:              {verify_s:6.2f} s")
        print(f"ratio backup / (cp+sha256sum):        {backup_s / plain:.2f}x (budget {BUDGET}x)")
        print(f"ratio backup / (cp+sha256sum+sync):   {backup_s / synced:.2f}x")

        store.blobs.put_bytes(os.urandom(5_000_000))
        inc_s, inc = timed(lambda: make_backup(store, work / "usb"))
        print(
            f"incremental after one 5 MB file: {inc_s:.2f} s, copied {inc.copied_files} files, "
            f"{inc.copied_bytes / 1e6:.1f} MB of {inc.total_bytes / 1e6:.0f} MB "
            f"({inc.copied_bytes / inc.total_bytes:.2%}; the database snapshot is "
            f"{(inc.copied_bytes - 5_000_000) / 1e6:.2f} MB of it)"
        )
        print(f"incremental / full backup time: {inc_s / backup_s:.2%}")
        verdict = "within" if backup_s <= BUDGET * plain else "OVER"
        limit = BUDGET * plain
        print(
            f"{verdict} budget: backup {backup_s:.2f} s against {BUDGET}x reference {limit:.2f} s"
        )
        store.close()


if __name__ == "__main__":
    main()
