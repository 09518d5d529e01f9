"""The first-run wizard's state without a window: when it is shown, what its progress file
keeps (never a secret), and the checks of what a person types."""

from __future__ import annotations

import json

import pytest

from casework import first_run
from local_store import folder_config, recovery
from local_store.errors import RecoveryKeyMistyped
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


def test_a_fresh_folder_needs_the_wizard_and_an_existing_store_never_does(tmp_path):
    fresh = tmp_path / "fresh"
    assert first_run.needs_wizard(fresh)
    existing = tmp_path / "existing"
    Store.open(existing, passphrase=TEST_PASSPHRASE).close()
    # Set up before the wizard existed: no progress record, a store. Its users never see it.
    assert not first_run.needs_wizard(existing)


def test_a_wizard_left_halfway_resumes_where_it_stopped_and_keeps_no_secret(tmp_path):
    data_dir = tmp_path / "data"
    progress = first_run.Progress(language="hi", role="specialist", step=first_run.PROTECTION)
    progress.done = [first_run.LANGUAGE, first_run.ROLE]
    first_run.save_progress(data_dir, progress)
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        first_run.save_profile(store, "specialist", {"full_name": "Dr. Meera Iyer"})
    assert first_run.needs_wizard(data_dir)  # the store exists, but the wizard was not done
    again = first_run.load_progress(data_dir)
    assert (again.language, again.role, again.step) == ("hi", "specialist", "protection")
    assert again.done == ["language", "role"]
    raw = (data_dir / folder_config.CONFIG_FILE).read_text()
    assert TEST_PASSPHRASE not in raw and "Meera" not in raw
    assert first_run.saved_language(data_dir) == "hi"
    again.finished = True
    first_run.save_progress(data_dir, again)
    assert not first_run.needs_wizard(data_dir)


def test_a_damaged_config_file_costs_the_preference_not_the_start(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / folder_config.CONFIG_FILE).write_text("{not json")
    assert first_run.needs_wizard(data_dir)
    assert first_run.load_progress(data_dir).step == first_run.LANGUAGE
    first_run.save_language(data_dir, "hi")
    assert json.loads((data_dir / folder_config.CONFIG_FILE).read_text()) == {"language": "hi"}


def test_details_are_checked_per_role():
    assert first_run.detail_problems("clinic", {"clinic_name": "PHC Basti", "place": "Basti"}) == {}
    assert first_run.detail_problems("clinic", {"clinic_name": " ", "phone": "call me"}) == {
        "clinic_name": "required",
        "place": "required",
        "phone": "phone_invalid",
    }
    ok = {"clinic_name": "PHC", "place": "Basti", "phone": "+91 98765 43210"}
    assert first_run.detail_problems("clinic", ok) == {}
    specialist = {
        "full_name": "Dr. Meera Iyer",
        "qualification": "MD",
        "council": "Tamil Nadu Medical Council",
        "registration": "TNMC 81234",
    }
    assert first_run.detail_problems("specialist", specialist) == {
        "specialties": "specialty_required"
    }
    specialist["specialties"] = ["oncology", "not-a-specialty"]
    assert first_run.detail_problems("specialist", specialist) == {}


def test_the_profile_is_kept_in_the_encrypted_store(store):
    kept = first_run.save_profile(
        store, "specialist", {"full_name": " Dr. Meera Iyer ", "specialties": ["oncology", "x"]}
    )
    assert first_run.load_profile(store) == kept
    assert kept["full_name"] == "Dr. Meera Iyer" and kept["specialties"] == ["oncology"]


def test_passphrase_hint_and_checks():
    assert first_run.passphrase_strength("short") == "too_short"
    assert first_run.passphrase_strength("aaaaaaaaaa") == "weak"
    assert first_run.passphrase_strength("basti1234") == "weak"
    assert first_run.passphrase_strength("Basti-1234") == "fair"
    assert first_run.passphrase_strength("neem tree by the well") == "strong"
    assert first_run.passphrase_problem("short", "short") == "too_short"
    assert first_run.passphrase_problem("long enough", "long enougH") == "not_same"
    assert first_run.passphrase_problem("long enough", "long enough") is None


def test_enrollment_address_and_code_checks():
    assert first_run.enrollment_problem("", "ABC") == "address_missing"
    assert first_run.enrollment_problem("opinions.example.org", "ABC") == "address_invalid"
    assert first_run.enrollment_problem("https://opinions.example.org", " ") == "code_missing"
    assert first_run.enrollment_problem("http://127.0.0.1:8470", "ABC-123") is None


def test_the_recovery_key_step_comes_right_after_the_store_is_made(tmp_path):
    steps = first_run.STEPS
    assert steps.index(first_run.RECOVERY_KEY) == steps.index(first_run.PROTECTION) + 1
    assert steps.index(first_run.RECOVERY_KEY) < steps.index(first_run.DETAILS)
    # A progress left at the recovery key step resumes there (an unknown step would restart).
    data_dir = tmp_path / "data"
    progress = first_run.Progress(language="en", role="clinic", step=first_run.RECOVERY_KEY)
    progress.done = [first_run.LANGUAGE, first_run.ROLE, first_run.PROTECTION]
    first_run.save_progress(data_dir, progress)
    assert first_run.load_progress(data_dir).step == first_run.RECOVERY_KEY


def test_restoring_shows_only_the_language_role_and_restore_steps():
    setting_up, restoring = first_run.Progress(), first_run.Progress(restoring=True)
    shown = [s for s in first_run.STEPS if first_run.step_applies(setting_up, s)]
    assert first_run.RESTORE not in shown and first_run.PROTECTION in shown
    assert [s for s in first_run.STEPS if first_run.step_applies(restoring, s)] == [
        first_run.LANGUAGE,
        first_run.ROLE,
        first_run.RESTORE,
    ]


def test_a_recovery_key_is_taken_as_typed_and_the_person_told_when_it_was_put_right():
    key = recovery.new_key()
    assert first_run.typed_recovery_key(f"  {key} ") == (key, False)
    assert first_run.typed_recovery_key(key.lower().replace("-", " ")) == (key, True)
    assert first_run.typed_recovery_key(key.replace("-", "")) == (key, True)
    with pytest.raises(RecoveryKeyMistyped):
        first_run.typed_recovery_key(key[:-1])
