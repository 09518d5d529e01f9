"""Staff with PINs, the administrator rules, sign-in naming who did what in the audit chain,
and the lock's own PIN and passphrase check."""

from __future__ import annotations

import pytest

from local_store import audit, cases, lock_settings, pin_hash, staff
from local_store.connection import read, transaction
from local_store.errors import (
    AdminRequired,
    LastAdmin,
    NoStaff,
    PinInvalid,
    StaffNameTaken,
    WrongPin,
)
from local_store.models import Patient
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


def test_a_pin_is_kept_as_a_salted_slow_hash_that_checks_only_itself():
    first, second = pin_hash.hash_pin("4821"), pin_hash.hash_pin("4821")
    assert "4821" not in first
    assert first != second  # salted: the same PIN never hashes the same twice
    assert first.startswith("scrypt$16384$8$1$")
    assert pin_hash.pin_matches("4821", first) and pin_hash.pin_matches("4821", second)
    assert not pin_hash.pin_matches("4822", first)
    assert not pin_hash.pin_matches("4821", "not a hash")


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "١٢٣٤"])
def test_a_pin_is_four_to_twelve_digits(pin):
    with pytest.raises(PinInvalid):
        pin_hash.check_new_pin(pin)


def test_the_first_member_is_an_administrator_and_only_administrators_manage_staff(store):
    first = staff.add_staff(store, "Dr Meera Rao", "1111")
    assert first.admin
    # Nobody signed in: adding a second member is refused, nothing added.
    with pytest.raises(AdminRequired):
        staff.add_staff(store, "Sita", "2222")
    assert [m.name for m in staff.list_staff(store)] == ["Dr Meera Rao"]

    staff.sign_in(store, first.id, "1111")
    sita = staff.add_staff(store, "Sita", "2222")
    assert not sita.admin
    with pytest.raises(StaffNameTaken):
        staff.add_staff(store, "  sita ", "3333")

    # A member who is not an administrator cannot remove anyone, nor switch sign-in.
    staff.sign_in(store, sita.id, "2222")
    with pytest.raises(AdminRequired):
        staff.remove_staff(store, first.id)
    with pytest.raises(AdminRequired):
        staff.set_sign_in_required(store, True)
    assert len(staff.list_staff(store)) == 2


def test_the_last_administrator_cannot_be_removed(store):
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    nurse = staff.add_staff(store, "Sita", "2222")
    with pytest.raises(LastAdmin):
        staff.remove_staff(store, admin.id)
    second_admin = staff.add_staff(store, "Anil", "3333", admin=True)
    staff.remove_staff(store, nurse.id)
    staff.remove_staff(store, admin.id)  # another administrator remains
    assert [m.name for m in staff.list_staff(store)] == ["Anil"]
    assert store.actor.staff is None  # the member removed was the one signed in
    staff.sign_in(store, second_admin.id, "3333")
    with pytest.raises(LastAdmin):
        staff.remove_staff(store, second_admin.id)


def test_sign_in_needs_a_staff_member_and_an_administrator(store):
    with pytest.raises(NoStaff):
        staff.set_sign_in_required(store, True)
    assert not staff.sign_in_required(store)  # off by default
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.set_sign_in_required(store, True)
    assert staff.sign_in_required(store)


def test_a_wrong_pin_signs_nobody_in_and_is_audited(store):
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    with pytest.raises(WrongPin):
        staff.sign_in(store, admin.id, "1112")
    assert store.actor.staff is None
    last = audit.recent(read(store), limit=1)[0]
    assert last["action"] == "staff.sign_in_failed" and last["staff_id"] is None


def test_audit_rows_name_who_was_signed_in_and_the_chain_verifies(store):
    before = cases.create_case(store, Patient(name="Kamala Bai"))  # nobody signed in
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    nurse = staff.add_staff(store, "Sita", "2222")
    staff.sign_in(store, nurse.id, "2222")
    case_id = cases.create_case(store, Patient(name="Lakshmi Devi"))
    cases.update_case(store, case_id, {"referral.allergies": "none known"})

    rows = {(r["action"], r["case_id"]): r for r in audit.recent(read(store))}
    assert rows[("case.created", before)]["staff_name"] is None
    assert rows[("case.created", case_id)]["staff_id"] == nurse.id
    assert rows[("case.updated", case_id)]["staff_name"] == "Sita"
    added = [r["staff_name"] for r in audit.recent(read(store)) if r["action"] == "staff.added"]
    assert added == ["Dr Meera Rao", None]  # newest first: Sita added by the administrator
    assert audit.verify(read(store)).ok

    # The staff name is inside the hash: changing who did it breaks the chain there.
    seq = rows[("case.updated", case_id)]["seq"]
    store.write(
        lambda: read(store).execute(
            "UPDATE audit_log SET staff_name = 'Dr Meera Rao' WHERE seq = ?", [seq]
        )
    )
    assert audit.verify(read(store)).first_bad_seq == seq


def test_rows_written_before_staff_existed_keep_verifying(store):
    # A row as an earlier version wrote it: no staff columns set, hashed without them.
    def old_row() -> None:
        with transaction(store) as db:
            audit.append(db, "clinic-desk", "case.updated", "case-1", {"fields": ["x"]})

    store.write(old_row)
    row = read(store).execute("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    legacy = audit._row_hash(row[6], row[0], row[1], row[2], row[3], row[4], row[5])
    assert legacy == row[7]
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    cases.create_case(store, Patient(name="Lakshmi Devi"))
    assert audit.verify(read(store)).ok


def test_the_passphrase_is_checked_against_the_key_in_use_without_reopening(store, data_dir):
    assert store.passphrase_opens(TEST_PASSPHRASE)
    assert not store.passphrase_opens("test passphrase 2")


def test_a_keyring_store_has_no_passphrase_and_a_lock_pin_changed_only_with_the_old_one(
    tmp_path, memory_keyring
):
    with Store.open(tmp_path / "kr", keyring_backend=memory_keyring) as kept:
        assert not kept.passphrase_opens("anything at all")
        assert not lock_settings.has_lock_pin(kept)
        lock_settings.set_lock_pin(kept, "8080")
        assert lock_settings.lock_pin_opens(kept, "8080")
        assert not lock_settings.lock_pin_opens(kept, "8081")
        with pytest.raises(WrongPin):
            lock_settings.set_lock_pin(kept, "9090")
        with pytest.raises(WrongPin):
            lock_settings.set_lock_pin(kept, "9090", current="1234")
        lock_settings.set_lock_pin(kept, "9090", current="8080")
        assert lock_settings.lock_pin_opens(kept, "9090")
        assert lock_settings.idle_minutes(kept) == 0
        lock_settings.set_idle_minutes(kept, 10)
        assert lock_settings.idle_minutes(kept) == 10


def test_the_lock_asks_the_passphrase_or_a_staff_pin_and_waits_longer_after_wrong_tries(store):
    from casework import lock_gate

    assert lock_gate.lock_setup(store).mode == lock_gate.PASSPHRASE
    assert not lock_gate.try_unlock(store, lock_gate.PASSPHRASE, "wrong passphrase")
    assert lock_gate.try_unlock(store, lock_gate.PASSPHRASE, TEST_PASSPHRASE)

    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.set_sign_in_required(store, True)
    staff.sign_out(store)
    setup = lock_gate.lock_setup(store)
    assert setup.mode == lock_gate.STAFF and [m.name for m in setup.staff] == ["Dr Meera Rao"]
    assert not lock_gate.try_unlock(store, lock_gate.STAFF, "1112", admin.id)
    assert store.actor.staff is None
    assert lock_gate.try_unlock(store, lock_gate.STAFF, "1111", admin.id)
    assert store.actor.staff == admin.ref

    attempts = lock_gate.Attempts()
    waits = [attempts.failed() for _ in range(10)]
    assert waits[:2] == [0, 0]  # two slips cost nothing; from the third wrong try on, a wait
    assert waits[2:6] == [2, 4, 8, 16]
    assert max(waits) == 60
    attempts.succeeded()
    assert attempts.failed() == 0


def test_a_keyring_computer_without_staff_offers_a_lock_pin(tmp_path, memory_keyring):
    from casework import lock_gate

    with Store.open(tmp_path / "kr", keyring_backend=memory_keyring) as kept:
        assert lock_gate.lock_setup(kept).mode == lock_gate.NONE
        lock_settings.set_lock_pin(kept, "8080")
        assert lock_gate.lock_setup(kept).mode == lock_gate.LOCK_PIN
        assert lock_gate.try_unlock(kept, lock_gate.LOCK_PIN, "8080")
        staff.add_staff(kept, "Dr Meera Rao", "1111")
        assert lock_gate.lock_setup(kept).mode == lock_gate.STAFF  # staff exist: their PIN


def test_a_specialists_computer_has_one_person_and_its_lock_asks_the_passphrase(store):
    from casework import lock_gate
    from tests.support.received_case import enroll_specialist

    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.set_sign_in_required(store, True)
    enroll_specialist(store)
    setup = lock_gate.lock_setup(store)
    assert setup.specialist and setup.mode == lock_gate.PASSPHRASE
    assert setup.staff == () and not setup.sign_in_required
