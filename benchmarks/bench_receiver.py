"""DICOM receiver throughput: a 512 x 512 CT series sent by dcmtk's storescu over 127.0.0.1.

Generates N uncompressed CT instances (512 x 512, 16 bit, about 0.5 MB each), starts the real
receiver on a free port over a temporary encrypted store, and times storescu sending them in
one association: once into the incoming tray, once straight into a case (import pipeline and
DICOM index). Also sends the files to dcmtk's own storescp (writing plain files) as the
reference for what the network and storescu cost on their own. Prints figures; no assertions.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

N = 100
AE = "CASEBRIDGE"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_series(folder: Path, n: int) -> list[Path]:
    from testdata.dicom import ct_series

    return ct_series(folder, n, size=512, seed=None, name="ct{n:04d}.dcm")


def send(port: int, files: list[Path]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        ["storescu", "-aec", AE, "127.0.0.1", str(port), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return elapsed


def bench_storescp(files: list[Path], work: Path) -> float:
    out = work / "storescp-out"
    out.mkdir()
    port = free_port()
    scp = subprocess.Popen(
        ["storescp", "-aet", AE, "-od", str(out), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)  # let it bind
        return send(port, files)
    finally:
        scp.terminate()
        scp.wait(10)


def bench_receiver(files: list[Path], work: Path, to_case: bool) -> float:
    from local_store import cases, incoming
    from local_store.models import Patient
    from local_store.receiver_settings import ReceiverSettings
    from local_store.store import Store
    from sync.dicom_receiver import Receiver

    store = Store.open(work / f"data-{int(to_case)}", passphrase="benchmark passphrase")
    target = cases.create_case(store, Patient(name="Bench Patient")) if to_case else ""
    port = free_port()
    receiver = Receiver(store, ReceiverSettings(True, AE, port, target), host="127.0.0.1")
    receiver.start()
    try:
        elapsed = send(port, files)
    finally:
        receiver.stop()
    if not to_case:
        assert incoming.count(store) == len(files)
    store.close()
    return elapsed


def main() -> None:
    if shutil.which("storescu") is None:
        raise SystemExit("dcmtk's storescu is needed")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = make_series(work, N)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        print(f"{N} CT instances, 512 x 512, {megabytes:.1f} MB")
        reference = bench_storescp(files, work) if shutil.which("storescp") else None
        tray = bench_receiver(files, work, to_case=False)
        case = bench_receiver(files, work, to_case=True)
        if reference:
            print(f"dcmtk storescp (plain files):  {reference:6.2f} s  {N / reference:6.1f} img/s")
        print(
            f"receiver -> incoming tray:     {tray:6.2f} s  {N / tray:6.1f} img/s"
            f"  {megabytes / tray:5.1f} MB/s"
        )
        print(
            f"receiver -> case (import):     {case:6.2f} s  {N / case:6.1f} img/s"
            f"  {megabytes / case:5.1f} MB/s"
        )
        if reference:
            print(
                f"ratio tray / storescp: {tray / reference:.1f}x;"
                f" case / storescp: {case / reference:.1f}x"
            )


if __name__ == "__main__":
    main()
