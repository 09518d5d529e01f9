"""Restoring into the data folder a first-run wizard has begun, and looking at a backup before
restoring it (``local_store.backup.found``).

The wizard writes the language chosen on its first page (``casebridge.json``) and the desktop
may leave its "app running" lock file before any store exists: a restore goes into such a
folder and keeps the language, and still refuses a folder holding anything else. What a backup
holds is read without writing a byte to the stick: its date without the key, its number of
cases with it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from casework import first_run
from local_store import app_running, recovery
from local_store.backup import found, record
from local_store.backup.make import make_backup
from local_store.backup.restore import restore_backup
from local_store.errors import RestoreTargetInUse, WrongRecoveryKey
from local_store.folder_config import CONFIG_FILE
from local_store.store import Store, folder_holds_store
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import folder_hashes


def test_a_folder_holding_only_the_wizards_files_is_restored_into_and_keeps_its_language(
    clinic, tmp_path
):
    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    new_pc = tmp_path / "new-pc"
    progress = first_run.Progress(language="hi", restoring=True, step=first_run.RESTORE)
    first_run.save_progress(new_pc, progress)
    app_running.hold(new_pc).release()  # the lock file a desktop start leaves
    assert sorted(p.name for p in new_pc.iterdir()) == [app_running.LOCK_FILE, CONFIG_FILE]

    restore_backup(usb, new_pc, clinic.recovery_key, passphrase=TEST_PASSPHRASE)

    assert first_run.saved_language(new_pc) == "hi"
    assert first_run.load_progress(new_pc).restoring
    # The new PC's reminder counts from the backup it was restored from, not "never backed up".
    made = found.find_backup(usb)
    assert record.last_backup_at(new_pc) == datetime.fromisoformat(made.created_at)
    with Store.open(new_pc, passphrase=TEST_PASSPHRASE) as back:
        assert folder_holds_store(new_pc)
        assert back.install_secret == clinic.store.install_secret
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".new-pc")]


def test_a_folder_holding_anything_else_is_still_refused_and_left_as_it_was(clinic, tmp_path):
    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    new_pc = tmp_path / "new-pc"
    first_run.save_language(new_pc, "hi")
    (new_pc / "notes.txt").write_text("somebody's file")
    before = folder_hashes(new_pc)

    with pytest.raises(RestoreTargetInUse) as refused:
        restore_backup(usb, new_pc, clinic.recovery_key, passphrase=TEST_PASSPHRASE)
    assert refused.value.reason == "not_empty"
    assert folder_hashes(new_pc) == before


def test_a_backup_says_its_date_without_the_key_and_its_cases_with_it(clinic, tmp_path):
    usb = tmp_path / "usb"
    made = make_backup(clinic.store, usb)
    before = folder_hashes(usb)

    backup = found.find_backup(usb)
    assert backup.name == made.name
    assert backup.files == made.files and backup.total_bytes == made.total_bytes
    assert backup.root == made.root
    assert backup.created_at[:4] == made.name[:4]  # made this year
    with pytest.raises(WrongRecoveryKey):
        found.cases_in_backup(backup, recovery.new_key())
    assert found.cases_in_backup(backup, clinic.recovery_key.lower()) == 1
    assert folder_hashes(usb) == before  # not a byte written to the stick


def test_a_folder_another_casebridge_holds_is_not_restored_into(clinic, tmp_path):
    from local_store.errors import StoreBusy

    usb = tmp_path / "usb"
    make_backup(clinic.store, usb)
    new_pc = tmp_path / "new-pc"
    first_run.save_language(new_pc, "hi")
    held = app_running.hold(new_pc)  # another CaseBridge is open on this folder
    assert held is not None
    try:
        before = folder_hashes(new_pc)
        with pytest.raises(StoreBusy):
            restore_backup(usb, new_pc, clinic.recovery_key, passphrase=TEST_PASSPHRASE)
        assert folder_hashes(new_pc) == before and not folder_holds_store(new_pc)
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".new-pc")]
    finally:
        held.release()
