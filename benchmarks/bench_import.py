"""Importing a 1,000-slice 512x512 CT series from a folder, against `cp -r` + `sha256sum`
(budget: within 2x, ARCHITECTURE 8).

Generates the series with the test factory into a temporary folder, then on the same run and
the same (warm) files times the baseline, ``cp -r`` of the folder followed by ``sha256sum`` of
every copy, and CaseBridge's import (scan: classify and read headers; run_import: hash,
age-encrypt, fsync each blob, a transaction per batch of files with their index rows) into a
fresh encrypted store, in a child process so its peak memory is its own. The baseline leaves
its writes in the page cache while the import makes every blob durable, so the ratio is an
upper bound. Also compares one and two encryption threads (does pyrage release the GIL?).
Prints figures and ratios; no assertions.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

N_SLICES = 1000
SIZE = 512
BUDGET_RATIO = 2.0
PASSPHRASE = "benchmark passphrase"


def child(source: Path, data_dir: Path) -> None:
    """The import itself, as the CLI runs it; prints its figures as JSON."""
    from local_store import cases, importer
    from local_store.models import Patient
    from local_store.store import Store

    with Store.open(data_dir, passphrase=PASSPHRASE) as store:
        case_id = cases.create_case(store, Patient(name="Benchmark Patient"))
        work = importer.new_work_dir(store)
        t0 = time.perf_counter()
        plan = importer.scan([source], work)
        t1 = time.perf_counter()
        report = importer.run_import(store, case_id, plan, accept_other_patients=True)
        t2 = time.perf_counter()
        shutil.rmtree(work)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "scan": t1 - t0,
                "store": t2 - t1,
                "imported": report.imported,
                "instances": report.instances,
                "peak_mib": peak_kib / 1024,
            }
        )
    )


def baseline(source: Path, target: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(["cp", "-r", str(source), str(target)], check=True)
    files = sorted(str(p) for p in target.iterdir())
    for start in range(0, len(files), 200):  # argument lists stay short
        subprocess.run(["sha256sum", *files[start : start + 200]], check=True, capture_output=True)
    return time.perf_counter() - t0


def encryption_threads(source: Path) -> tuple[float, float]:
    import pyrage

    recipient = pyrage.x25519.Identity.generate().to_public()
    data = [p.read_bytes() for p in sorted(source.iterdir())[:300]]

    def encrypt(blob: bytes) -> str:
        pyrage.encrypt_io(io.BytesIO(blob), io.BytesIO(), [recipient])
        return hashlib.sha256(blob).hexdigest()

    t0 = time.perf_counter()
    for blob in data:
        encrypt(blob)
    serial = time.perf_counter() - t0
    with ThreadPoolExecutor(2) as pool:
        t0 = time.perf_counter()
        list(pool.map(encrypt, data))
        threaded = time.perf_counter() - t0
    return serial, threaded


def main() -> None:
    from testdata.dicom import ct_series

    with tempfile.TemporaryDirectory(prefix="casebridge-bench-") as tmp:
        tmp = Path(tmp)
        source = tmp / "series"
        t0 = time.perf_counter()
        ct_series(source, N_SLICES, size=SIZE)
        total_bytes = sum(p.stat().st_size for p in source.iterdir())
        print(
            f"generated {N_SLICES} slices of {SIZE}x{SIZE} ({total_bytes / 2**20:.0f} MiB) "
            f"in {time.perf_counter() - t0:.1f} s (setup)"
        )
        baseline(source, tmp / "warm-up")  # both contenders then read from the page cache
        shutil.rmtree(tmp / "warm-up")
        # Neither contender may pay for the other's writes still in the page cache.
        os.sync()
        base = baseline(source, tmp / "copy")
        shutil.rmtree(tmp / "copy")
        os.sync()
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(source), str(tmp / "data")],
            check=True,
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        total = figures["scan"] + figures["store"]
        print(f"cp -r + sha256sum (baseline):      {base:6.2f} s")
        print(
            f"import total:                      {total:6.2f} s  "
            f"({N_SLICES / total:.0f} files/s, {total_bytes / 2**20 / total:.0f} MiB/s)"
        )
        print(f"  scan (classify, headers):        {figures['scan']:6.2f} s")
        print(f"  store (hash, encrypt, fsync, db): {figures['store']:5.2f} s")
        print(f"  imported {figures['imported']} files, {figures['instances']} index rows")
        print(f"peak memory of the import process: {figures['peak_mib']:.0f} MiB")
        print(f"ratio import / baseline:           {total / base:.2f} (budget {BUDGET_RATIO:.1f})")
        serial, threaded = encryption_threads(source)
        print(
            f"age encryption of 300 slices: 1 thread {serial:.2f} s, 2 threads {threaded:.2f} s "
            f"(speed-up {serial / threaded:.2f}x)"
        )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
