"""Bundle build + encrypt throughput against Debian's `age` CLI, and peak memory by size.

Budget (ARCHITECTURE 8): at least 70% of the age CLI's throughput on the same bytes. Makes
random files (incompressible, like compressed DICOM) in a temporary folder, then times
``BundleWriter`` (hashing plaintext and ciphertext, signing, fsync) against `age -r` over the
same files, one process per file as a user would script it. Peak memory (RSS high-water mark
of a child process building the bundle) for a 100 MB and a 2 GB bundle shows it stays flat.
Prints figures and ratios; no assertions. Usage: python benchmarks/bench_bundle.py [--quick]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUDGET_RATIO = 0.70


def make_files(folder: Path, total_mb: int, file_mb: int = 50) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths, left = [], total_mb
    block = os.urandom(1024 * 1024)
    i = 0
    while left > 0:
        size = min(file_mb, left)
        path = folder / f"file{i:03d}.bin"
        with open(path, "wb") as fh:
            for n in range(size):
                fh.write(block[n % 7 :] + block[: n % 7])  # distinct blocks, no extra RNG cost
        paths.append(path)
        left -= size
        i += 1
    return paths


BUILD_CHILD = r"""
import json, resource, sys, time, pyrage
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync.bundle.writer import BundleWriter
from sync.device_keys import DeviceKeys
keys = DeviceKeys(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())
files = [Path(p) for p in json.loads(sys.argv[4])]
start = time.perf_counter()
with BundleWriter(Path(sys.argv[2]), keys, [sys.argv[3]], 1) as w:
    for p in files:
        w.add_file(p, name=p.name, kind="other", media_type="application/octet-stream")
    w.finish({})
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak_kb}))
"""


def build_in_child(files: list[Path], target: Path, recipient: str) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            BUILD_CHILD,
            str(ROOT),
            str(target),
            recipient,
            json.dumps([str(p) for p in files]),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stdout)


def age_cli(files: list[Path], out: Path, recipient: str) -> float:
    out.mkdir()
    start = time.perf_counter()
    for p in files:
        subprocess.run(
            ["age", "-r", recipient, "-o", str(out / (p.name + ".age")), str(p)], check=True
        )
    return time.perf_counter() - start


def main() -> None:
    import pyrage

    if shutil.which("age") is None:
        sys.exit("Debian's age command is needed for the reference: apt-get install age")
    quick = "--quick" in sys.argv
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    with tempfile.TemporaryDirectory(prefix="cb-bench-bundle-") as tmp:
        tmp = Path(tmp)
        files = make_files(tmp / "plain", 100 if quick else 500)
        mb = sum(p.stat().st_size for p in files) / 1024**2
        ours, theirs = [], []
        for run in range(3):
            ours.append(build_in_child(files, tmp / f"bundle{run}", recipient)["seconds"])
            theirs.append(age_cli(files, tmp / f"age{run}", recipient))
            shutil.rmtree(tmp / f"bundle{run}")
            shutil.rmtree(tmp / f"age{run}")
        best_ours, best_age = min(ours), min(theirs)
        print(f"bundle build, {mb:.0f} MB in {len(files)} files (best of 3)")
        print(f"  CaseBridge BundleWriter: {best_ours:6.2f} s  {mb / best_ours:7.1f} MB/s")
        print(f"  age CLI (one per file):  {best_age:6.2f} s  {mb / best_age:7.1f} MB/s")
        ratio = best_age / best_ours
        print(f"  throughput ratio to age: {ratio:.2f} (budget >= {BUDGET_RATIO:.2f})")
        shutil.rmtree(tmp / "plain")

        print("peak memory while building (child process RSS high-water mark)")
        for total in (100, 400) if quick else (100, 2048):
            files = make_files(tmp / f"plain{total}", total, file_mb=256)
            result = build_in_child(files, tmp / f"size{total}", recipient)
            print(
                f"  {total:5d} MB bundle: peak {result['peak_kb'] / 1024:6.1f} MB RSS, "
                f"{total / result['seconds']:6.1f} MB/s"
            )
            shutil.rmtree(tmp / f"plain{total}")
            shutil.rmtree(tmp / f"size{total}")


if __name__ == "__main__":
    main()
