"""The first-run wizard's restore step, offscreen: on a fresh data folder, a backup of a real
clinic (``tests.support.backed_up``) is found and said, a mistyped or wrong recovery key is one
clear line that changes nothing, and a damaged backup names its file and leaves no store
behind (the language chosen on page one stays). The whole restore into the main window, its
progress and Cancel are in test_first_run_restore_screens.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from casework import first_run
from local_store import cases, folder_config, recovery
from local_store.backup import layout
from local_store.store import Store, folder_holds_store
from tests.support.backed_up import broken_clinic
from tests.support.languages import english as english

pytestmark = pytest.mark.gui


@pytest.fixture
def clinic(tmp_path, memory_keyring):
    return broken_clinic(tmp_path, memory_keyring)


def restore_page(qtbot, data_dir, keyring, monkeypatch, usb):
    """The wizard on a fresh folder, taken to the restore step with ``usb`` chosen."""
    from desktop.views.first_run.restore_page import RestorePage
    from desktop.views.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(data_dir, keyring_backend=keyring)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next_button.click()  # English
    wizard.page.restore.click()
    wizard.next_button.click()
    page = wizard.page
    assert isinstance(page, RestorePage)
    assert wizard.step_label.text() == "Step 3 of 3"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    page.choose_button.click()
    qtbot.waitUntil(page.found_label.isVisible, timeout=10_000)
    return wizard, page


def leftovers(data_dir) -> list[str]:
    """What is in the data folder and what a restore left beside it."""
    beside = [p.name for p in data_dir.parent.iterdir() if p.name.startswith(f".{data_dir.name}")]
    return sorted(p.name for p in data_dir.iterdir()) + beside


def test_a_mistyped_or_wrong_key_is_one_line_and_changes_nothing(
    english, clinic, memory_keyring, tmp_path, qtbot, monkeypatch
):
    data_dir = tmp_path / "new-pc"
    wizard, page = restore_page(qtbot, data_dir, memory_keyring, monkeypatch, clinic.usb)
    # What was found, read without the key: the backup's day.
    assert "Found: the backup of" in page.found_label.text()
    assert "The recovery key opens it." in page.found_label.text()

    page.key.setText(clinic.recovery_key[:-1])  # a slip: the check group finds it
    wizard.next_button.click()
    assert page.key_row.problem.isVisible()
    assert page.key_row.problem.text().startswith("This is not a recovery key")
    assert wizard.next_button.isEnabled()

    page.key.setText(recovery.new_key())  # a real key, but another clinic's
    wizard.next_button.click()
    qtbot.waitUntil(page.key_row.problem.isVisible, timeout=20_000)
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5000)
    line = page.key_row.problem.text()
    assert line.startswith("This recovery key does not open these cases. Nothing was changed.")
    assert "\n" not in line
    assert not page.problem.isVisible() and not page.bar.isVisible()
    assert wizard.store is None and not folder_holds_store(data_dir)
    assert leftovers(data_dir) == [folder_config.CONFIG_FILE]
    assert isinstance(wizard.page, type(page))


def test_a_damaged_backup_names_the_file_and_leaves_no_store(
    english, clinic, memory_keyring, tmp_path, qtbot, monkeypatch
):
    root = clinic.usb / layout.FOLDER_NAME
    blob = sorted((root / layout.BLOBS).rglob("*.age"))[0]
    damaged = bytearray(blob.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    blob.write_bytes(bytes(damaged))
    data_dir = tmp_path / "new-pc"
    first_run.save_language(data_dir, "en")
    wizard, page = restore_page(qtbot, data_dir, memory_keyring, monkeypatch, clinic.usb)

    # Typed in small letters with spaces: accepted, and said in its printed form.
    typed = clinic.recovery_key.lower().replace("-", " ")
    page.key.setText(typed)
    wizard.next_button.click()
    assert page.key.text() == clinic.recovery_key
    assert page.key_row.hint.text() == (
        f"Read as {clinic.recovery_key} (capital letters and dashes put in)."
    )
    qtbot.waitUntil(page.problem.isVisible, timeout=30_000)
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5000)
    # The key opened the backup: how many cases it holds was said before the copy began.
    assert "with 3 cases." in page.found_label.text()
    name = blob.relative_to(root).as_posix()
    assert page.problem.text().startswith(f"The backup is damaged: {name} does not match")
    assert wizard.store is None and not folder_holds_store(data_dir)
    assert leftovers(data_dir) == [folder_config.CONFIG_FILE]
    assert first_run.saved_language(data_dir) == "en"
    assert not memory_keyring.values


def test_on_a_pc_without_keyring_a_new_passphrase_locks_the_restored_cases(
    english, clinic, tmp_path, qtbot, monkeypatch
):
    monkeypatch.setattr("local_store.secrets.secure_os_keyring", lambda: None)
    data_dir = tmp_path / "new-pc"
    wizard, page = restore_page(qtbot, data_dir, None, monkeypatch, clinic.usb)
    assert page.no_keyring.isVisible() and page.first_row.isVisible()
    page.key.setText(clinic.recovery_key)
    page.first.setText("neem")
    wizard.next_button.click()  # too short: said, nothing started
    assert page.first_row.problem.isVisible() and page.job is None
    assert page.key_row.hint.text().startswith("The 8 groups of 5")  # typed as printed

    page.first.setText("neem tree by the well")
    page.second.setText("neem tree by the well")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=60_000)
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5000)
    assert wizard.next_button.text() == "Finish"
    assert page.first.text() == "" and page.key.text() == ""
    wizard.next_button.click()
    assert wizard.result() == wizard.DialogCode.Accepted
    wizard.close_store_work()
    wizard.store.close()
    assert first_run.load_progress(data_dir).protection == first_run.PASSPHRASE
    assert not first_run.needs_wizard(data_dir)
    assert "neem" not in (data_dir / folder_config.CONFIG_FILE).read_text()
    with Store.open(data_dir, passphrase="neem tree by the well") as back:
        assert sorted(c.patient_name for c in cases.list_cases(back)) == sorted(clinic.patients)


def test_lines_said_with_a_file_or_the_key_in_them_follow_a_change_of_language(
    english, clinic, memory_keyring, tmp_path, qtbot, monkeypatch
):
    from PySide6.QtCore import QCoreApplication

    from desktop import language
    from wording import backup as backup_words

    root = clinic.usb / layout.FOLDER_NAME
    blob = sorted((root / layout.BLOBS).rglob("*.age"))[0]
    damaged = bytearray(blob.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    blob.write_bytes(bytes(damaged))
    wizard, page = restore_page(qtbot, tmp_path / "new-pc", memory_keyring, monkeypatch, clinic.usb)
    page.key.setText(clinic.recovery_key.lower())
    wizard.next_button.click()
    qtbot.waitUntil(page.problem.isVisible, timeout=30_000)
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5000)
    name = blob.relative_to(root).as_posix()
    assert page.problem.text().startswith(f"The backup is damaged: {name}")

    language.switch(QCoreApplication.instance(), "hi")
    damaged_hi = QCoreApplication.translate("wording", backup_words.ERROR["backup_damaged"])
    read_as_hi = QCoreApplication.translate(
        "RestorePage", "Read as %1 (capital letters and dashes put in)."
    )
    assert damaged_hi != backup_words.ERROR["backup_damaged"]  # Hindi is there to show
    # Qt tells the windows of the change by a posted event: it lands within a moment.
    qtbot.waitUntil(lambda: page.problem.text() == damaged_hi.replace("%1", name), timeout=5000)
    assert page.key_row.hint.text() == read_as_hi.replace("%1", clinic.recovery_key)
    # Back in English, the same lines in English again.
    language.switch(QCoreApplication.instance(), "en")
    qtbot.waitUntil(
        lambda: page.problem.text().startswith(f"The backup is damaged: {name}"), timeout=5000
    )
    assert page.key_row.hint.text() == (
        f"Read as {clinic.recovery_key} (capital letters and dashes put in)."
    )
