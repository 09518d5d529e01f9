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
is also timed followed by `sync`.
Run: .venv/bin/python benchmarks/bench_carry.py [--size-mb 500] (or CASEBRIDGE_BENCH_MB)
Figures and ratios only; no assertions.
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
    files_in,
    folder_size,
    hashing_rates,
    machine_load,
    sha256sum,
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


def tar_extract(tar_path: Path, target: Path) -> float:
    def run() -> None:
        target.mkdir()
        subprocess.run(["tar", "-xf", str(tar_path), "-C", str(target)], check=True)
        sha256sum(files_in(target))

    seconds, _ = after_sync(run)
    shutil.rmtree(target)
    return seconds


def line(what: str, seconds: float, size: int) -> str:
    return f"{what:<36}{seconds:6.2f} s  ({size / MB / seconds:.0f} MB/s)"


def main() -> None:
    parser = argparse.ArgumentParser()
    default = int(os.environ.get("CASEBRIDGE_BENCH_MB", "500"))
    parser.add_argument("--size-mb", type=int, default=default)
    args = parser.parse_args()
    print(f"machine: {machine_load()}")
    print(hashing_rates())
    with tempfile.TemporaryDirectory(prefix="bench-carry-") as tmp:
        work = Path(tmp)
        with running_service(work) as service:
            clinic = Store.open(work / "clinic", passphrase=PASSPHRASE)
            carrier = Store.open(work / "carrier", passphrase=PASSPHRASE)
            try:
                enroll(clinic, service.url, service.new_code("clinic"), role="clinic")
                enroll(carrier, service.url, service.new_code("clinic"), role="clinic")
                print(f"building and sealing a case of about {args.size_mb} MB…", flush=True)
                seconds, case_id = timed(lambda: make_case(clinic, work / "source", args.size_mb))
                shutil.rmtree(work / "source")
                sealed_s, submitted = timed(lambda: submit_case(clinic, clinic.data_dir, case_id))
                bundle = submitted.folder
                size = folder_size(bundle)
                print(
                    f"bundle: {size / MB:.0f} MB in {len(files_in(bundle))} files "
                    f"(case built in {seconds:.1f} s, sealed in {sealed_s:.1f} s)"
                )
                measure(clinic, carrier, submitted.bundle_id, bundle, size, work)
            finally:
                clinic.close()
                carrier.close()
    print(f"machine at the end: {machine_load()}")


def measure(
    clinic: Store, carrier: Store, bundle_id: str, bundle: Path, size: int, work: Path
) -> None:
    stick = work / "stick"
    stick.mkdir()
    warm(bundle)
    tar_s = tar_create(bundle, work / "reference.tar", durable=False)
    tar_sync_s = tar_create(bundle, work / "reference.tar", durable=True)
    save_s, saved = after_sync(lambda: carry.save_to_stick(clinic, bundle_id, stick))

    untar_s = tar_extract(saved.path, work / "unpacked")
    parts = work / "parts"
    unpack_s, _ = after_sync(lambda: import_tar(saved.path, parts))
    verify_s, report = timed(lambda: verify_bundle(parts))
    shutil.rmtree(parts)
    receive_s, carried = after_sync(
        lambda: carry.receive_carried(carrier, carrier.data_dir, saved.path)
    )
    print(f"save to stick ({saved.size / MB:.0f} MB .cbundle):")
    print(line("  tar -cf:", tar_s, saved.size))
    print(line("  tar -cf + sync:", tar_sync_s, saved.size))
    print(line("  save_to_stick (fsynced):", save_s, saved.size))
    print(f"  ratio save / tar -cf:           {save_s / tar_s:.2f}x")
    print(f"  ratio save / (tar -cf + sync):  {save_s / tar_sync_s:.2f}x")
    print(f"receive from stick ({carried.files} files, verified {report.ok}):")
    print(line("  tar -xf + sha256sum:", untar_s, saved.size))
    print(line("  receive_carried:", receive_s, saved.size))
    print(line("    of which unpack (import_tar):", unpack_s, saved.size))
    print(line("    and verify (verify_bundle):", verify_s, saved.size))
    print(f"  ratio receive / (tar -xf + sha256sum):  {receive_s / untar_s:.2f}x")


if __name__ == "__main__":
    main()
