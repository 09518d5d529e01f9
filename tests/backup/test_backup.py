"""Backups as a clinic makes them: incremental, unreadable without the recovery key, checked
file by file, refusing what would lose data, and saying so in one line.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading

import pytest

from foundation.cancel import Cancelled
from local_store import attachments, importer, recovery
from local_store.backup import layout
from local_store.backup.make import make_backup
from local_store.backup.record import backup_due, last_backup_at
from local_store.backup.restore import restore_backup
from local_store.backup.verify import verify_backups
from local_store.errors import BackupDamaged, BackupNoSpace, NoRecoveryKey
from local_store.store import Store
from testdata.dicom import ct_series
from testdata.documents import report_pdf
from tests.backup.conftest import blob_files
from tests.conftest import TEST_PASSPHRASE
from tests.store.test_disk import _tmpfs
from tests.support.cli import folder_hashes


def _files(root):
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_a_second_backup_copies_only_the_new_pdf_and_the_database(clinic, tmp_path):
    store, usb = clinic.store, tmp_path / "usb"
    # A full-size CT series, so the store weighs what a clinic's does per case.
    ct_series(tmp_path / "ct", 12, size=512, series_number=3, description="CT ABDOMEN")
    with importer.work_dir(store) as work:
        plan = importer.scan([tmp_path / "ct"], work)
        importer.run_import(store, clinic.case_id, plan, accept_other_patients=True)
    first = make_backup(store, usb)
    before = blob_files(store)
    report = report_pdf(tmp_path / "asha-discharge-summary.pdf", page_count=12)
    attachments.add_file(store, clinic.case_id, report)
    new = {sha for sha in blob_files(store) if sha not in before}
    assert len(new) == 1
    new_blob = store.blobs.path_for(new.pop()).stat().st_size

    second = make_backup(store, usb)

    database_and_key = sum(
        (first.root / layout.BACKUPS / second.name / name).stat().st_size
        for name in (layout.DATABASE, layout.RECOVERY)
    )
    assert second.copied_files == 3  # the database, the wrapped key, the PDF
    assert second.copied_bytes == database_and_key + new_blob
    assert second.copied_bytes < first.total_bytes / 5
    assert second.total_bytes > first.total_bytes
    assert last_backup_at(clinic.data_dir) is not None
    assert not backup_due(clinic.data_dir)


def test_no_patient_name_or_file_content_in_any_byte_of_the_backup(clinic, tmp_path):
    store, usb = clinic.store, tmp_path / "usb"
    make_backup(store, usb)
    everything = b"".join(p.read_bytes() for p in sorted(usb.rglob("*")) if p.is_file())
    for name in ("Asha Verma", "Verma", "ASHA", "Haemoglobin", "Hemoglobin"):
        for encoded in (name.encode(), name.encode("utf-16-le"), name.upper().encode()):
            assert encoded not in everything, name
    assert clinic.recovery_key.encode() not in everything
    assert clinic.recovery_key.replace("-", "").encode() not in everything
    windows = 0
    for sha, _ in store.blobs.stored():
        plain = store.blobs.read_bytes(sha)
        for start in range(0, max(len(plain) - 48, 1), max(len(plain) // 7, 1)):
            window = plain[start : start + 48]
            if len(set(window)) > 12:  # a distinctive run, not padding
                windows += 1
                assert window not in everything, sha
    assert windows > 20


def test_backup_verify_names_a_flipped_byte_and_restore_refuses_it(clinic, cli, tmp_path):
    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    root = usb / layout.FOLDER_NAME
    assert cli.raw("backup", "verify", str(usb)).code == 0
    blob = next((root / layout.BLOBS).rglob("*.age"))
    damaged = blob.relative_to(root).as_posix()
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.write_bytes(bytes(data))

    checked = cli.raw("backup", "verify", str(usb))
    assert checked.code == 1
    assert checked.err_lines == [f"Damaged in the backup folder: {damaged}"]

    target = tmp_path / "restored"
    restored = cli.raw(
        "restore", str(usb), "--to", str(target), CASEBRIDGE_RECOVERY_KEY=clinic.recovery_key
    )
    assert restored.code == 1
    assert len(restored.err_lines) == 1 and damaged in restored.err
    assert not target.exists()
    assert not list(tmp_path.glob(".restored*"))


def test_a_wrong_recovery_key_gives_one_line_and_changes_nothing(clinic, cli, tmp_path):
    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    backup_before = folder_hashes(usb)
    target = tmp_path / "restored"

    wrong = cli.raw(
        "restore", str(usb), "--to", str(target), CASEBRIDGE_RECOVERY_KEY=recovery.new_key()
    )
    assert wrong.code == 1
    assert wrong.err_lines == [
        "This recovery key does not open these cases. Nothing was changed. Check that it is "
        "the key printed for this clinic's data."
    ]
    slip = clinic.recovery_key[:-1] + ("2" if clinic.recovery_key[-1] != "2" else "3")
    mistyped = cli.raw("restore", str(usb), "--to", str(target), CASEBRIDGE_RECOVERY_KEY=slip)
    assert mistyped.code == 1 and len(mistyped.err_lines) == 1
    assert "not a recovery key" in mistyped.err
    assert not target.exists()
    assert folder_hashes(usb) == backup_before


def test_restore_never_overwrites_a_store_without_being_told(clinic, cli, tmp_path):
    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    key = {"CASEBRIDGE_RECOVERY_KEY": clinic.recovery_key}
    target = tmp_path / "restored"
    assert cli.raw("restore", str(usb), "--to", str(target), **key).code == 0
    cli.raw(
        "--data-dir",
        str(target),
        "case",
        "new",
        "--patient-name",
        "Ravi Kumar",
        "--age",
        "40",
        "--specialty",
        "oncology",
        "--question",
        "Next step?",
    )
    before = folder_hashes(target)

    again = cli.raw("restore", str(usb), "--to", str(target), **key)
    assert again.code == 1
    assert again.err_lines[0].startswith("This folder holds cases changed after the backup")
    assert folder_hashes(target) == before

    replaced = cli.raw("restore", str(usb), "--to", str(target), "--replace", **key)
    assert replaced.code == 0, replaced.err
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("restored.before-restore-")]
    assert len(aside) == 1 and folder_hashes(aside[0]) == before
    listed = cli.raw("--data-dir", str(target), "case", "list")
    assert "Asha Verma" in listed.out and "Ravi Kumar" not in listed.out


def test_a_cancelled_backup_leaves_no_backup_and_the_earlier_ones_intact(clinic, tmp_path):
    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    root = usb / layout.FOLDER_NAME
    before = folder_hashes(root)
    attachments.add_file(clinic.store, clinic.case_id, report_pdf(tmp_path / "more.pdf", 6))
    cancel = threading.Event()

    def cancel_midway(step):
        if step.done > 0:
            cancel.set()

    with pytest.raises(Cancelled):
        make_backup(clinic.store, usb, cancel=cancel, progress=cancel_midway)
    assert layout.backup_names(root) == layout.backup_names(root)[:1]
    assert {k: v for k, v in folder_hashes(root).items() if k != layout.LOCK} == {
        k: v for k, v in before.items() if k != layout.LOCK
    }


def test_a_store_without_recovery_key_is_not_backed_up(store, tmp_path):
    with pytest.raises(NoRecoveryKey):
        make_backup(store, tmp_path / "usb")
    assert not (tmp_path / "usb").exists()


@pytest.mark.faults
@pytest.mark.skipif(os.name != "posix", reason="mounting a tmpfs needs a POSIX system")
def test_a_stick_too_small_is_refused_before_anything_is_written(tmp_path):
    with Store.open(tmp_path / "data", passphrase=TEST_PASSPHRASE) as store:
        recovery.make_recovery_key(store)
        for n in range(6):
            store.blobs.put_bytes(os.urandom(4_000_000) + bytes([n]))
        with _tmpfs(tmp_path / "stick", "20m") as stick:
            with pytest.raises(BackupNoSpace) as refused:
                make_backup(store, stick)
            assert refused.value.needed > refused.value.free
            assert _files(stick) <= {f"{layout.FOLDER_NAME}/{layout.LOCK}"}
            shutil.rmtree(stick / layout.FOLDER_NAME, ignore_errors=True)


def test_restoring_on_a_pc_without_keyring_or_passphrase_asks_for_one(clinic, cli, tmp_path):
    make_backup(clinic.store, tmp_path / "usb")
    target = tmp_path / "restored"
    refused = cli.raw(
        "restore", str(tmp_path / "usb"), "--to", str(target),
        passphrase=None, CASEBRIDGE_RECOVERY_KEY=clinic.recovery_key,
    )  # fmt: skip
    assert refused.code == 1
    assert len(refused.err_lines) == 1 and "CASEBRIDGE_PASSPHRASE" in refused.err
    assert not target.exists()


@pytest.mark.faults
@pytest.mark.skipif(os.name != "posix", reason="mounting a tmpfs needs a POSIX system")
def test_a_write_protected_stick_is_restored_from(clinic, tmp_path):
    import subprocess

    with _tmpfs(tmp_path / "stick", "64m") as stick:
        make_backup(clinic.store, stick)
        protected = subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=False)
        assert protected.returncode == 0
        before = folder_hashes(stick)
        restore_backup(stick, tmp_path / "restored", clinic.recovery_key, passphrase="new pass 123")
        assert folder_hashes(stick) == before
    with Store.open(tmp_path / "restored", passphrase="new pass 123") as back:
        assert blob_files(back) == blob_files(clinic.store)


def test_a_manifest_rewritten_to_match_an_altered_file_is_refused_by_restore(clinic, tmp_path):
    usb = tmp_path / "usb"
    made = make_backup(clinic.store, usb)
    root = made.root
    blob = next((root / layout.BLOBS).rglob("*.age"))
    blob.write_bytes(blob.read_bytes()[:-1] + b"\x00")
    folder = layout.backup_dir(root, made.name)
    manifest = layout.read_manifest(root, made.name)
    altered = blob.relative_to(root).as_posix()
    forged = layout.Manifest(
        manifest.name,
        manifest.created_at,
        manifest.schema_version,
        tuple(
            layout.Entry(e.path, e.size, hashlib.sha256(blob.read_bytes()).hexdigest())
            if e.path == altered
            else e
            for e in manifest.files
        ),
    ).to_bytes()
    (folder / layout.MANIFEST).write_bytes(forged)
    (folder / layout.MANIFEST_DIGEST).write_text(hashlib.sha256(forged).hexdigest())
    assert verify_backups(usb).ok  # without the key, a consistent forgery cannot be told

    with pytest.raises(BackupDamaged) as refused:
        restore_backup(usb, tmp_path / "restored", clinic.recovery_key, passphrase="x" * 12)
    assert refused.value.files == [f"{layout.BACKUPS}/{made.name}/{layout.MANIFEST}"]
    assert not (tmp_path / "restored").exists()
