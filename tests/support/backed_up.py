"""A clinic computer that broke after its last backup, for the tests that restore it.

``broken_clinic`` makes a real store the way the clinic does (Asha Verma's CT case through the
importer, Sunita Devi's and Ravi Kumar's cases each with a report), its recovery key and a real
backup on a "USB stick" folder; then the data folder and its keyring entry are deleted, as on a
computer that died. The scans and reports come from testdata.
Thread-safety: plain functions, run on the test's thread.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from local_store import attachments, cases, recovery
from local_store.backup.make import make_backup
from local_store.models import Patient
from local_store.store import Store
from testdata.documents import report_pdf
from tests.support.case_setup import REFERRAL, ct_case

PATIENTS = ("Asha Verma", "Sunita Devi", "Ravi Kumar")


@dataclass(frozen=True)
class BrokenClinic:
    usb: Path  # the folder holding casebridge-backup
    recovery_key: str  # as printed: eight groups of five
    patients: tuple[str, ...]


def broken_clinic(tmp_path: Path, keyring) -> BrokenClinic:
    data_dir = tmp_path / "old-pc"
    store = Store.open(data_dir, keyring_backend=keyring)
    try:
        ct_case(store, tmp_path / "scans")
        for name, age in (("Sunita Devi", 55), ("Ravi Kumar", 74)):
            case_id = cases.create_case(store, Patient(name=name, age_years=age), referral=REFERRAL)
            report = report_pdf(tmp_path / f"report-{age}.pdf")
            attachments.add_file(store, case_id, report)
        key = recovery.make_recovery_key(store)
        make_backup(store, tmp_path / "usb")
    finally:
        store.close()
    shutil.rmtree(data_dir)
    keyring.values.clear()
    return BrokenClinic(tmp_path / "usb", key, PATIENTS)
