"""The clinic PC dies: its cases come back from a backup and the recovery key alone.

A store with DICOM, a report, a lab report, a key image and a queued bundle is backed up; the
data folder and its keyring entry are deleted; `casebridge restore` brings back every row,
blob, setting, the audit chain and the outbox on a "new PC" (passphrase, no keyring), and the
next bundle carries a sequence number the service has never seen.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from local_store import attachments, cases, outbox, settings
from local_store.backup.make import make_backup
from local_store.backup.restore import restore_backup
from local_store.store import Store
from sync import submit
from sync.bundle.assemble import SEQ_KEY
from sync.device_keys import load_or_create
from testdata.documents import report_pdf
from tests.backup.conftest import blob_files, rows_of
from tests.conftest import TEST_PASSPHRASE


def _outbox_files(data_dir) -> dict[str, str]:
    folder = data_dir / submit.OUTBOX_DIR
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_restore_brings_back_every_case_blob_setting_audit_entry_and_queued_bundle(
    clinic, cli, tmp_path, memory_keyring
):
    store = clinic.store
    make_backup(store, tmp_path / "usb")
    rows, blobs = rows_of(store), blob_files(store)
    bundle_files = _outbox_files(clinic.data_dir)
    device_id = load_or_create(store).device_id
    seq_used = settings.get(store, SEQ_KEY)
    store.close()
    # The PC dies: its data folder and the keyring entry are gone.
    shutil.rmtree(clinic.data_dir)
    memory_keyring.values.clear()

    new_pc = tmp_path / "new-pc" / "data"
    restored = cli.raw(
        "restore",
        str(tmp_path / "usb"),
        "--to",
        str(new_pc),
        CASEBRIDGE_RECOVERY_KEY=clinic.recovery_key,
    )
    assert restored.code == 0, restored.err
    assert "Restored backup" in restored.out

    audit = cli.raw("--data-dir", str(new_pc), "audit", "verify")
    assert audit.code == 0, audit.err
    with Store.open(new_pc, passphrase=TEST_PASSPHRASE) as back:
        after = rows_of(back)
        # Only two things differ, both on purpose: the outbox row points into the new folder
        # (column 2, below) and the bundle counter moves on (checked at the end).
        assert [r[:2] + r[3:] for r in after.pop("outbox")] == [
            r[:2] + r[3:] for r in rows.pop("outbox")
        ]
        assert {k: v for k, v in after.items() if k != "settings"} == {
            k: v for k, v in rows.items() if k != "settings"
        }
        assert [r for r in after["settings"] if r[0] != SEQ_KEY] == [
            r for r in rows["settings"] if r[0] != SEQ_KEY
        ]
        assert blob_files(back) == blobs
        for sha in blobs:
            back.blobs.read_bytes(sha)  # decrypts and checks the content hash
        assert _outbox_files(new_pc) == bundle_files
        entry = outbox.get_entry(back, clinic.bundle_id)
        assert entry.state == outbox.QUEUED
        assert Path(entry.folder).parent == new_pc / submit.OUTBOX_DIR
        assert Path(entry.folder).is_dir()
        assert load_or_create(back).device_id == device_id
        assert cases.get_case(back, clinic.case_id).patient.name == "Asha Verma"

        # The next bundle: a new case sent from the restored PC.
        second = cases.create_case(back, cases.get_case(back, clinic.case_id).patient)
        report = report_pdf(tmp_path / "new-report.pdf")
        attachments.add_file(back, second, report)
        submit.submit_case(back, new_pc, second)
        assert settings.get(back, SEQ_KEY) > seq_used


def test_bundles_sent_after_the_backup_are_never_numbered_again(clinic, tmp_path):
    store, usb = clinic.store, tmp_path / "usb"
    make_backup(store, usb)
    # The clinic goes on sending after the backup; then the PC dies.
    later = cases.create_case(store, cases.get_case(store, clinic.case_id).patient)
    attachments.add_file(store, later, report_pdf(tmp_path / "later.pdf"))
    submit.submit_case(store, clinic.data_dir, later)
    last_sent = settings.get(store, SEQ_KEY)

    new_pc = tmp_path / "new-pc"
    restore_backup(
        usb,
        new_pc,
        clinic.recovery_key,
        passphrase=TEST_PASSPHRASE,
        advance_counters=[SEQ_KEY],
    )
    with Store.open(new_pc, passphrase=TEST_PASSPHRASE) as back:
        again = cases.create_case(back, cases.get_case(back, clinic.case_id).patient)
        attachments.add_file(back, again, report_pdf(tmp_path / "again.pdf"))
        submit.submit_case(back, new_pc, again)
        assert settings.get(back, SEQ_KEY) > last_sent
