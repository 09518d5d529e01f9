"""Restore: the backup of a ~1 GB store restored into a new folder, against `cp -r` of the
backup folder + `sha256sum` of every copied file on the same run (budget: within 2x, as for
the backup): what any restore must at least do, read every byte and check it.

The store is bench_backup's (benchmarks/common.py: 0.5 MB image blobs and 4 MB document
blobs, random so nothing compresses, and its database), backed up with ``make_backup`` into a
folder standing in for the USB stick. Steps, each on the same warm page cache and each after
a `sync` so none pays for another's writes:
- reference: `cp -r` of the backup folder to a new folder, then `sha256sum` of every copied
  file, and the same followed by `sync` (the restore makes its copies durable, as a computer
  whose power goes must still have them);
- restore: ``restore_backup`` with the recovery key into a new folder protected by a
  passphrase (check the manifest, unwrap the key, copy and hash every file against the
  manifest, fsync, check the database, protect the secret, rename into place).
Each is run ``--runs`` times (3), taking turns; the medians are compared. At a few tens of MB
the restore's fixed costs (deriving the keys from the recovery key and the passphrase) weigh
more than its copying, so a quick run's ratio says little about the budget.
Run: .venv/bin/python benchmarks/bench_restore.py [--size-mb 1000] [--runs 3]
(or CASEBRIDGE_BENCH_MB=100 for a quick run). Figures are printed with their ratios; only the
2x budget is judged, in words, never asserted.
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

from common import (
    PASSPHRASE,
    build_store,
    files_in,
    folder_size,
    hashing_rates,
    machine_load,
    median,
    sha256sum,
    spread,
    timed,
    warm,
)

from local_store.backup.make import make_backup
from local_store.backup.restore import restore_backup

BUDGET = 2.0


def reference(backup: Path, target: Path, durable: bool) -> float:
    def run() -> None:
        subprocess.run(["cp", "-r", str(backup), str(target)], check=True)
        sha256sum(files_in(target))
        if durable:
            subprocess.run(["sync"], check=True)

    seconds, _ = timed(run)
    shutil.rmtree(target)
    os.sync()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    default = int(os.environ.get("CASEBRIDGE_BENCH_MB", "1000"))
    parser.add_argument("--size-mb", type=int, default=default)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine_load()}")
    print(hashing_rates())
    with tempfile.TemporaryDirectory(prefix="bench-restore-") as tmp:
        work = Path(tmp)
        print(f"building a {args.size_mb} MB store and its backup…", flush=True)
        seconds, (store, key) = timed(lambda: build_store(work / "data", args.size_mb))
        with store:
            made = make_backup(store, work / "usb")
        shutil.rmtree(work / "data")
        backup = work / "usb"
        size = folder_size(backup)
        print(
            f"backup: {size / 1e6:.0f} MB in {len(files_in(backup))} files "
            f"({made.total_bytes / 1e6:.0f} MB listed; built in {seconds:.1f} s)"
        )
        warm(backup)
        os.sync()

        # Taking turns, so a burst of load on a shared machine hits every contender alike.
        plains, synceds, restores = [], [], []
        for _ in range(args.runs):
            plains.append(reference(backup, work / "ref", durable=False))
            synceds.append(reference(backup, work / "ref", durable=True))
            seconds, result = timed(
                lambda: restore_backup(backup, work / "restored", key, passphrase=PASSPHRASE)
            )
            restores.append(seconds)
            restored = folder_size(work / "restored")
            shutil.rmtree(work / "restored")
            os.sync()
        plain, synced, restore_s = median(plains), median(synceds), median(restores)

        mb = result.total_bytes / 1e6
        print(f"median of {args.runs} runs each, taking turns:")
        print(
            f"cp -r + sha256sum:          {plain:6.2f} s  ({size / 1e6 / plain:.0f} MB/s; "
            f"{spread(plains)})"
        )
        print(
            f"cp -r + sha256sum + sync:   {synced:6.2f} s  ({size / 1e6 / synced:.0f} MB/s; "
            f"{spread(synceds)})"
        )
        print(
            f"restore (durable):          {restore_s:6.2f} s  ({mb / restore_s:.0f} MB/s; "
            f"{spread(restores)}; {result.files} files, {mb:.0f} MB checked, "
            f"{restored / 1e6:.0f} MB restored)"
        )
        print(f"ratio restore / (cp+sha256sum):        {restore_s / plain:.2f}x (budget {BUDGET}x)")
        print(f"ratio restore / (cp+sha256sum+sync):   {restore_s / synced:.2f}x")
        verdict = "within" if restore_s <= BUDGET * plain else "OVER"
        print(
            f"{verdict} budget: restore {restore_s:.2f} s against {BUDGET}x reference "
            f"{BUDGET * plain:.2f} s"
        )
        print(f"machine at the end: {machine_load()}")


if __name__ == "__main__":
    main()
