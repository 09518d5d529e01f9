"""Receiver settings: what a clinic worker may type, and what is refused with which code."""

from __future__ import annotations

import pytest

from local_store import cases, receiver_settings
from local_store.models import Patient
from local_store.receiver_settings import InvalidReceiverSettings, ReceiverSettings
from wording.receiver import RECEIVER


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("CASEBRIDGE", None),
        ("PHC BASTI 1", None),  # inner spaces are allowed
        ("A" * 16, None),
        ("", "ae_title_required"),
        ("   ", "ae_title_required"),
        ("A" * 17, "ae_title_too_long"),
        (" CASEBRIDGE", "ae_title_spaces"),
        ("CASEBRIDGE ", "ae_title_spaces"),
        ("CASE\\BRIDGE", "ae_title_characters"),
        ("CASE\tBRIDGE", "ae_title_characters"),
        ("केसब्रिज", "ae_title_characters"),
    ],
)
def test_ae_title_rules(title, code):
    assert receiver_settings.ae_title_problem(title) == code


@pytest.mark.parametrize(
    ("port", "code"),
    [(11112, None), (1024, None), (65535, None), (104, "port_out_of_range"),
     (65536, "port_out_of_range"), (0, "port_out_of_range"), ("11x", "port_not_number")],
)  # fmt: skip
def test_port_rules(port, code):
    found = receiver_settings.problems(ReceiverSettings(port=port))
    assert [p.code for p in found] == ([code] if code else [])


def test_port_text_from_a_box():
    assert receiver_settings.parse_port(" 11112 ") == 11112
    assert receiver_settings.parse_port("eleven") == "eleven"


def test_saved_settings_come_back_after_reopening(store, data_dir):
    from local_store.store import Store
    from tests.conftest import TEST_PASSPHRASE

    case_id = cases.create_case(store, Patient(name="Asha Sharma"))
    chosen = ReceiverSettings(True, "PHC_BASTI", 4242, case_id, ("CT_ROOM1",))
    receiver_settings.save(store, chosen)
    store.close()
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as again:
        assert receiver_settings.load(again) == chosen


def test_defaults_when_nothing_was_saved(store):
    loaded = receiver_settings.load(store)
    assert loaded == ReceiverSettings()
    assert not loaded.enabled and loaded.to_tray


def test_invalid_settings_are_refused_and_nothing_changes(store):
    receiver_settings.save(store, ReceiverSettings(enabled=True))
    bad = ReceiverSettings(True, "BAD\\TITLE", 80, "missing-case", ("OK", " BAD"))
    with pytest.raises(InvalidReceiverSettings) as caught:
        receiver_settings.save(store, bad)
    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("receiver.ae_title", "ae_title_characters"),
        ("receiver.port", "port_out_of_range"),
        ("receiver.target", "target_case_missing"),
        ("receiver.known_callers", "known_caller_invalid"),
    }
    assert receiver_settings.load(store) == ReceiverSettings(enabled=True)


def test_every_code_has_words():
    codes = {
        "ae_title_required", "ae_title_too_long", "ae_title_spaces", "ae_title_characters",
        "port_not_number", "port_out_of_range", "target_case_missing", "known_caller_invalid",
        "port_in_use", "port_not_allowed", "address_unavailable", "receiver_failed",
        "receive_unreadable", "incoming_other_patient", "incoming_not_imported",
        "invalid_receiver_settings",
    }  # fmt: skip
    assert codes <= set(RECEIVER)
    assert all(RECEIVER[c].strip() for c in codes)
