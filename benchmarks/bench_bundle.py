"""Bundle build + encrypt throughput against Debian's `age` CLI, and peak memory by size.

Budget (ARCHITECTURE 8): at least 70% of the age CLI's throughput on the same bytes. Makes
random files (incompressible, like compressed DICOM) in a temporary folder, then times
``BundleWriter`` (encrypting, hashing the ciphertext, signing, fsync) against `age -r` over the
same files, one process per file as a user would script it, and against `age` followed by an
fsync (the same durability). Two CaseBridge figures: files from the store, whose plaintext
hash is known (the blob store checks it as it decrypts), and raw files, hashed as well.
Peak memory (RSS high-water mark of a child process building the bundle) for a 100 MB and a
2 GB bundle shows it stays flat.
Prints figures and ratios; no assertions. Usage: python benchmarks/bench_bundle.py [--quick]
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUDGET_RATIO = 0.70
RUNS = 5


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
known = json.loads(sys.argv[5])  # plaintext hashes the caller already checked, or {}
start = time.perf_counter()
with BundleWriter(Path(sys.argv[2]), keys, [sys.argv[3]], 1) as w:
    for p in files:
        w.add_file(p, name=p.name, kind="other", media_type="application/octet-stream",
                   sha256_plain=known.get(str(p)))
    w.finish({})
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak_kb}))
"""


def build_in_child(
    files: list[Path], target: Path, recipient: str, known: dict | None = None
) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            BUILD_CHILD,
            str(ROOT),
            str(target),
            recipient,
            json.dumps([str(p) for p in files]),
            json.dumps(known or {}),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stdout)


def age_cli(files: list[Path], out: Path, recipient: str, *, durable: bool = False) -> float:
    """Seconds for `age -r` over each file; ``durable`` adds an fsync of each output, which
    BundleWriter does too (a bundle must survive a power cut once it says it is built)."""
    out.mkdir()
    start = time.perf_counter()
    for p in files:
        target = out / (p.name + ".age")
        subprocess.run(["age", "-r", recipient, "-o", str(target), str(p)], check=True)
        if durable:
            fd = os.open(target, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)
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
        # Interleaved runs, so a burst of load on a shared machine hits both sides alike.
        # From the store, the plaintext hash is known (blobs are content-addressed and checked
        # as they are decrypted), so the writer skips that pass; raw files need all three.
        known = {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
        ours, raw, theirs, durable = [], [], [], []
        for run in range(RUNS):
            ours.append(build_in_child(files, tmp / f"bundle{run}", recipient, known)["seconds"])
            raw.append(build_in_child(files, tmp / f"raw{run}", recipient)["seconds"])
            theirs.append(age_cli(files, tmp / f"age{run}", recipient))
            durable.append(age_cli(files, tmp / f"aged{run}", recipient, durable=True))
            for name in (f"bundle{run}", f"raw{run}", f"age{run}", f"aged{run}"):
                shutil.rmtree(tmp / name)
        mid_ours, mid_raw, mid_age, mid_durable = (
            statistics.median(x) for x in (ours, raw, theirs, durable)
        )
        print(f"bundle build, {mb:.0f} MB in {len(files)} files (median of {RUNS})")
        print(f"  CaseBridge, from the store:   {mid_ours:6.2f} s  {mb / mid_ours:7.1f} MB/s")
        print(
            f"  CaseBridge, raw files (plaintext hashed too): {mid_raw:6.2f} s  "
            f"{mb / mid_raw:7.1f} MB/s"
        )
        print(f"  age CLI (one per file):    {mid_age:6.2f} s  {mb / mid_age:7.1f} MB/s")
        print(f"  age CLI + fsync each file: {mid_durable:6.2f} s  {mb / mid_durable:7.1f} MB/s")
        ratio = mid_age / mid_ours
        print(f"  throughput ratio to age: {ratio:.2f} (budget >= {BUDGET_RATIO:.2f})")
        print(f"  ratio to age + fsync (same durability): {mid_durable / mid_ours:.2f}")
        print(
            f"  raw files: ratio to age {mid_age / mid_raw:.2f}, to age + fsync "
            f"{mid_durable / mid_raw:.2f}"
        )
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
