"""Carrying a case on a USB stick: saving a sealed ~500 MB bundle as one .cbundle, against
`tar -cf` of the same bundle folder, and receiving that .cbundle on another enrolled clinic
computer, against `tar -xf` + `sha256sum` of every unpacked file, on the same run.

Both clinic computers are real stores enrolled with the reference service running in a thread
on 127.0.0.1 (tests/support/running_service.py, as the sync tests do): ``receive_carried``
refuses a computer that is not enrolled, and faking an enrollment would skip its recipient
check. So the receive figure is the whole of ``receive_carried`` (unpack with ``import_tar``,
``verify_bundle``: the envelope's signature and every file's size and ciphertext hash, the
checks against this service and replays, queueing the outbox row); the unpack and verify
alone are printed as its parts. The service only enrolls; nothing is sent to it.

The case: a 512x512 CT series from testdata (imported with the importer; the bundle builder
recompresses it losslessly as it does for every case) and testdata's PDF reports, plus large
document-sized attachments (25 MB) of random bytes standing in for scanned PDFs and photos,
which are already compressed; the bundle's files are age ciphertext whatever goes in, so the
figures do not depend on their content. The bundle is sealed by ``submit_case`` and stays
queued. Each step reads a warm page cache and starts after a `sync`, so none pays for
another's writes. ``save_to_stick`` fsyncs the .cbundle (a stick is pulled out), so `tar -cf`
is also timed followed by `sync`. Each is run ``--runs`` times (3), taking turns; the medians
are compared (each receive into a newly enrolled computer). Writes of this size are slowed by
whatever the disk is still flushing, even after a `sync`, so on a virtual machine the unpack
timed alone can come out slower than the whole receive; the verify is CPU-bound and steady.
Run: .venv/bin/python benchmarks/bench_carry.py [--size-mb 500] [--runs 3]
(or CASEBRIDGE_BENCH_MB=50 for a quick run)
Figures and ratios only; no assertions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    PASSPHRASE,
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

from local_store import attachments, cases, importer
from local_store.models import Patient, Referral
from local_store.store import Store
from sync import carry
from sync.bundle.transport import import_tar
from sync.bundle.verify import verify_bundle
from sync.enrollment import enroll
from sync.submit import submit_case
from testdata.dicom import SUNITA, ct_series
from testdata.documents import lab_report_pdf, report_pdf
from tests.support.running_service import running_service

MB = 1_000_000
DOCUMENT_MB = 25


def make_case(store: Store, source: Path, size_mb: int) -> str:
    """A referral with a CT series of ``size_mb // 2`` slices, two PDF reports and 90% of
    ``size_mb`` in document-sized attachments."""
    case_id = cases.create_case(
        store,
        Patient(name="Sunita Devi", age_years=55),
        referral=Referral(specialty="oncology", questions=["Is surgery still an option?"]),
    )
    ct_series(source / "ct", max(size_mb // 2, 1), size=512, patient=SUNITA)
    with importer.work_dir(store) as work:
        plan = importer.scan([source / "ct"], work)
        importer.run_import(store, case_id, plan, accept_other_patients=True)
    attachments.add_file(store, case_id, report_pdf(source / "report.pdf", page_count=12))
    attachments.add_file(store, case_id, lab_report_pdf(source / "labs.pdf"))
    left, number = size_mb * 9 // 10, 0
    while left > 0:
        path = source / f"scan-{number:02d}.bin"
        with open(path, "wb") as fh:
            for _ in range(min(DOCUMENT_MB, left)):
                fh.write(os.urandom(MB))
        attachments.add_file(store, case_id, path)
        left -= DOCUMENT_MB
        number += 1
    return case_id


def after_sync(fn):
    os.sync()
    seconds, result = timed(fn)
    return seconds, result


def tar_create(bundle: Path, target: Path, durable: bool) -> float:
    def run() -> None:
        subprocess.run(["tar", "-cf", str(target), "-C", str(bundle.parent), bundle.name],
                       check=True)  # fmt: skip
        if durable:
            subprocess.run(["sync"], check=True)

    seconds, _ = after_sync(run)
    target.unlink()
    return seconds


def tar_extract(tar_path: Path, target: Path) -> tuple[float, float]:
    """Seconds for `tar -xf` + `sha256sum` of every file, and for the `tar -xf` in it."""
    os.sync()
    start = time.perf_counter()
    target.mkdir()
    subprocess.run(["tar", "-xf", str(tar_path), "-C", str(target)], check=True)
    unpacked = time.perf_counter()
    sha256sum(files_in(target))
    done = time.perf_counter()
    shutil.rmtree(target)
    return done - start, unpacked - start


def line(what: str, runs: list[float], size: int) -> str:
    seconds = median(runs)
    return f"{what:<38}{seconds:6.2f} s  ({size / MB / seconds:.0f} MB/s; {spread(runs)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    default = int(os.environ.get("CASEBRIDGE_BENCH_MB", "500"))
    parser.add_argument("--size-mb", type=int, default=default)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine_load()}")
    print(hashing_rates())
    with tempfile.TemporaryDirectory(prefix="bench-carry-") as tmp:
        work = Path(tmp)
        with running_service(work) as service:

            def enrolled(name: str) -> Store:
                store = Store.open(work / name, passphrase=PASSPHRASE)
                enroll(store, service.url, service.new_code("clinic"), role="clinic")
                return store

            clinic = enrolled("clinic")
            try:
                print(f"building and sealing a case of about {args.size_mb} MB…", flush=True)
                seconds, case_id = timed(lambda: make_case(clinic, work / "source", args.size_mb))
                shutil.rmtree(work / "source")
                sealed_s, submitted = timed(lambda: submit_case(clinic, clinic.data_dir, case_id))
                bundle = submitted.folder
                print(
                    f"bundle: {folder_size(bundle) / MB:.0f} MB in {len(files_in(bundle))} "
                    f"files (case built in {seconds:.1f} s, sealed in {sealed_s:.1f} s)"
                )
                save(clinic, submitted.bundle_id, bundle, work, args.runs)
                receive(enrolled, work, args.runs)
            finally:
                clinic.close()
    print(f"machine at the end: {machine_load()}")


def save(clinic: Store, bundle_id: str, bundle: Path, work: Path, runs: int) -> None:
    """Taking turns, so a burst of load on a shared machine hits every contender alike; the
    last .cbundle saved stays on the stick for ``receive``."""
    warm(bundle)
    stick = work / "stick"
    stick.mkdir()
    plains, synceds, saves = [], [], []
    for _ in range(runs):
        plains.append(tar_create(bundle, work / "reference.tar", durable=False))
        synceds.append(tar_create(bundle, work / "reference.tar", durable=True))
        for old in stick.iterdir():
            old.unlink()
        seconds, saved = after_sync(lambda: carry.save_to_stick(clinic, bundle_id, stick))
        saves.append(seconds)
    tar_s, tar_sync_s, save_s = median(plains), median(synceds), median(saves)
    print(f"save to stick ({saved.size / MB:.0f} MB .cbundle), median of {runs} runs each:")
    print(line("  tar -cf:", plains, saved.size))
    print(line("  tar -cf + sync:", synceds, saved.size))
    print(line("  save_to_stick (fsynced):", saves, saved.size))
    print(f"  ratio save / tar -cf:           {save_s / tar_s:.2f}x")
    print(f"  ratio save / (tar -cf + sync):  {save_s / tar_sync_s:.2f}x")


def receive(enrolled: Callable[[str], Store], work: Path, runs: int) -> None:
    """Each run receives into a newly enrolled clinic computer (the same bundle twice on one is
    refused as already here)."""
    [tar_path] = (work / "stick").iterdir()
    size = tar_path.stat().st_size
    untars, tars_only, unpacks, verifies, receives = [], [], [], [], []
    for run in range(runs):
        # Enrolled first, so each unpack below comes right after a folder was deleted and
        # synced, the same for all three.
        carrier = enrolled(f"carrier-{run}")
        try:
            whole, tar_only = tar_extract(tar_path, work / "unpacked")
            untars.append(whole)
            tars_only.append(tar_only)
            seconds, parts = after_sync(partial(import_tar, tar_path, work / "parts"))
            unpacks.append(seconds)
            seconds, report = timed(partial(verify_bundle, parts))
            verifies.append(seconds)
            shutil.rmtree(parts)
            seconds, carried = after_sync(
                partial(carry.receive_carried, carrier, carrier.data_dir, tar_path)
            )
            receives.append(seconds)
        finally:
            carrier.close()
        shutil.rmtree(carrier.data_dir)
    print(
        f"receive from stick ({carried.files} files, verified {report.ok}), "
        f"median of {runs} runs each:"
    )
    print(line("  tar -xf + sha256sum:", untars, size))
    print(line("    its tar -xf alone:", tars_only, size))
    print(line("  receive_carried:", receives, size))
    print(line("    its unpack alone (import_tar):", unpacks, size))
    print(line("    its verify alone (verify_bundle):", verifies, size))
    print(f"  ratio receive / (tar -xf + sha256sum):  {median(receives) / median(untars):.2f}x")
    print(f"  ratio receive / tar -xf alone:          {median(receives) / median(tars_only):.2f}x")


if __name__ == "__main__":
    main()
