"""Key images: marked frames with notes, kept with the case, audited without patient data."""

from __future__ import annotations

import pytest

from local_store import audit, cases, key_images
from local_store.connection import read, transaction
from local_store.errors import InvalidIntake, NotFound
from local_store.models import Patient
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE

UID = "1.2.826.0.1.3680043.8.498.1001"


def _case(store) -> str:
    return cases.create_case(store, Patient(name="Ramesh Kumar"))


def test_marked_frame_and_note_survive_a_restart(data_dir):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        case_id = _case(store)
        key_images.add_key_image(store, case_id, UID, 3, "  Bleed in the left parietal lobe ")
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        [marked] = key_images.list_key_images(store, case_id)
    assert (marked.sop_instance_uid, marked.frame, marked.note) == (
        UID,
        3,
        "Bleed in the left parietal lobe",
    )


def test_marking_the_same_frame_again_replaces_the_note(store):
    case_id = _case(store)
    first = key_images.add_key_image(store, case_id, UID, 0, "first look")
    second = key_images.add_key_image(store, case_id, UID, 0, "second look")
    other = key_images.add_key_image(store, case_id, UID, 1, "")
    assert first == second != other
    notes = {k.frame: k.note for k in key_images.list_key_images(store, case_id)}
    assert notes == {0: "second look", 1: ""}


def test_key_images_belong_to_their_own_case(store):
    a, b = _case(store), _case(store)
    key_images.add_key_image(store, a, UID, 0, "in case a")
    assert key_images.list_key_images(store, b) == []


def test_removed_key_image_is_gone_and_a_second_removal_says_not_found(store):
    case_id = _case(store)
    key_id = key_images.add_key_image(store, case_id, UID, 0, "x")
    key_images.remove_key_image(store, key_id)
    assert key_images.list_key_images(store, case_id) == []
    with pytest.raises(NotFound):
        key_images.remove_key_image(store, key_id)


def test_bad_input_is_refused_with_codes_and_nothing_is_stored(store):
    case_id = _case(store)
    with pytest.raises(InvalidIntake) as caught:
        key_images.add_key_image(store, case_id, " ", -1, "n" * (key_images.MAX_NOTE_CHARS + 1))
    codes = {(p.field, p.code) for p in caught.value.problems}
    assert codes == {
        ("key_image.sop_instance_uid", "required"),
        ("key_image.frame", "out_of_range"),
        ("key_image.note", "too_long"),
    }
    with pytest.raises(NotFound):
        key_images.add_key_image(store, "no-such-case", UID, 0, "")
    assert read(store).execute("SELECT COUNT(*) FROM key_images").fetchone()[0] == 0


def test_audit_rows_hold_neither_the_note_nor_the_uid_and_the_chain_verifies(store):
    case_id = _case(store)
    key_id = key_images.add_key_image(store, case_id, UID, 2, "Ramesh: mass in right lung")
    key_images.add_key_image(store, case_id, UID, 2, "changed note")
    key_images.remove_key_image(store, key_id)
    rows = (
        read(store)
        .execute(
            "SELECT action, detail FROM audit_log WHERE action LIKE 'key_image.%' ORDER BY seq"
        )
        .fetchall()
    )
    assert [r[0] for r in rows] == [
        "key_image.added",
        "key_image.note_changed",
        "key_image.removed",
    ]
    for _, detail in rows:
        assert "Ramesh" not in detail and "mass" not in detail and UID not in detail
    assert audit.verify(read(store)).ok


def test_deleting_the_case_row_takes_its_key_images_with_it(store):
    case_id = _case(store)
    key_images.add_key_image(store, case_id, UID, 0, "")

    def delete_the_case() -> None:
        with transaction(store) as db:
            db.execute("DELETE FROM timeline_entries WHERE case_id = ?", [case_id])
            db.execute("DELETE FROM attachments WHERE case_id = ?", [case_id])
            db.execute("DELETE FROM cases WHERE id = ?", [case_id])

    store.write(delete_the_case)
    assert read(store).execute("SELECT COUNT(*) FROM key_images").fetchone()[0] == 0
