"""How start-up meets the first-run wizard (desktop.app.run_first_run): a fresh folder opens
it, leaving it ends the start without a store, and a folder left after its store was made is
unlocked and resumes at the recovery key step, or past it once the store has a key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casework import first_run
from local_store import folder_config, recovery
from local_store.store import Store
from tests.support.languages import english as english

pytestmark = pytest.mark.gui


def when_wizard_shows(then) -> list:
    """Run ``then(wizard)`` once the (modal) wizard is on screen; returns what it saw."""
    from desktop.views.first_run.wizard import FirstRunWizard

    seen: list = []

    def look() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)]
        shown = [w for w in wizards if w.isVisible()]
        if not shown:
            QTimer.singleShot(20, look)
            return
        seen.append(type(shown[0].page).__name__)
        then(shown[0])

    QTimer.singleShot(0, look)
    return seen


def test_a_fresh_folder_opens_the_wizard_and_leaving_it_opens_nothing(english, tmp_path):
    from desktop.app import run_first_run

    data_dir = tmp_path / "data"
    seen = when_wizard_shows(lambda wizard: wizard.leave_button.click())
    store, left = run_first_run(data_dir, "en")
    assert (store, left) == (None, True)
    assert seen == ["LanguagePage"]
    assert first_run.needs_wizard(data_dir)
    assert not (data_dir / "store.json").exists()


def test_a_wizard_left_after_its_store_was_made_resumes_once_unlocked(
    english, memory_keyring, tmp_path
):
    from desktop.app import run_first_run

    data_dir = tmp_path / "data"
    progress = first_run.Progress(language="en", role="clinic", protection="keyring")
    progress.done = ["language", "role", "protection", "recovery_key"]
    first_run.save_progress(data_dir, progress)
    with Store.open(data_dir, keyring_backend=memory_keyring) as store:
        recovery.make_recovery_key(store)  # the step is done once the store has a key

    def type_details_then_leave(wizard) -> None:
        page = wizard.page
        page.fields["clinic_name"].setText("PHC Basti")
        page.fields["place"].setText("Basti")
        wizard.leave_button.click()

    seen = when_wizard_shows(type_details_then_leave)
    store, left = run_first_run(data_dir, "en", keyring_backend=memory_keyring)
    assert seen == ["DetailsPage"]
    assert (store, left) == (None, True)
    assert first_run.load_progress(data_dir).step == "details"


def test_a_wizard_left_at_the_recovery_key_resumes_there_with_a_new_key(
    english, memory_keyring, tmp_path
):
    from desktop.app import run_first_run

    data_dir = tmp_path / "data"
    progress = first_run.Progress(language="en", role="clinic", protection="keyring")
    progress.done = ["language", "role", "protection"]
    first_run.save_progress(data_dir, progress)
    Store.open(data_dir, keyring_backend=memory_keyring).close()
    shown: list[str] = []

    def look_then_leave(wizard) -> None:
        shown.append(wizard.page.panel.key)
        wizard.page.panel.written.setChecked(True)
        wizard.leave_button.click()  # ticked, but Next not pressed: nothing saved

    seen = when_wizard_shows(look_then_leave)
    store, left = run_first_run(data_dir, "en", keyring_backend=memory_keyring)
    assert seen == ["RecoveryKeyPage"]
    assert (store, left) == (None, True)
    assert not recovery.has_recovery_key(data_dir)
    assert first_run.load_progress(data_dir).step == "recovery_key"
    # The key shown was kept nowhere: not in the progress file, not in any file.
    assert recovery.normalise(shown[0]) == shown[0]
    assert shown[0] not in (data_dir / folder_config.CONFIG_FILE).read_text()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert shown[0].replace("-", "").encode() not in path.read_bytes(), path.name
            assert shown[0].encode() not in path.read_bytes(), path.name

    seen = when_wizard_shows(lambda wizard: (shown.append(wizard.page.panel.key), wizard.reject()))
    run_first_run(data_dir, "en", keyring_backend=memory_keyring)
    assert seen == ["RecoveryKeyPage"]
    assert shown[1] != shown[0]  # a new key: the one not saved is gone
