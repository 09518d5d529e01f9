"""Named staff with a PIN each, and the optional staff sign-in: who is working at this computer.

Off by default. An administrator (the first member added is one; others by a flag) adds and
removes staff and switches sign-in on or off; the last administrator cannot be removed. The
administrator acting is the staff member signed in on the store (``sign_in`` checks the PIN and
then every audit row names that member, see ``local_store.audit``), so the rule needs no
password of its own and the audit log says which administrator did it. PINs are kept only as
``pin_hash`` hashes. Thread-safety: any thread (reads use the calling thread's connection,
changes run on the store's writer); the slow PIN check runs outside the write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from local_store import audit, pin_hash, settings
from local_store.connection import query, transaction, writes
from local_store.errors import (
    AdminRequired,
    LastAdmin,
    NoStaff,
    StaffNameInvalid,
    StaffNameTaken,
    StaffNotFound,
    WrongPin,
)
from local_store.store import Store

SIGN_IN_KEY = "staff.sign_in"
MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    admin: bool
    added_at: str

    @property
    def ref(self) -> audit.StaffRef:
        return audit.StaffRef(self.id, self.name)


_COLUMNS = "id, name, admin, added_at"


def _member(row: Any) -> StaffMember:
    return StaffMember(int(row[0]), str(row[1]), bool(row[2]), str(row[3]))


def list_staff(store: Store) -> list[StaffMember]:
    rows = query(store, f"SELECT {_COLUMNS} FROM staff").fetchall()
    return sorted((_member(r) for r in rows), key=lambda m: m.name.casefold())


def get_staff(store: Store, staff_id: int) -> StaffMember:
    row = query(store, f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [staff_id]).fetchone()
    if row is None:
        raise StaffNotFound()
    return _member(row)


def find_staff(store: Store, name: str) -> StaffMember:
    """The member of this name, told apart without case or surrounding spaces."""
    wanted = name.strip().casefold()
    for member in list_staff(store):
        if member.name.casefold() == wanted:
            return member
    raise StaffNotFound()


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_NAME_LENGTH or not cleaned.isprintable():
        raise StaffNameInvalid()
    return cleaned


@writes
def add_staff(store: Store, name: str, pin: str, *, admin: bool = False) -> StaffMember:
    """Add a member with ``pin``; the first member is always an administrator.

    Once staff exist, the member signed in on ``store`` must be an administrator.
    Raises StaffNameInvalid, StaffNameTaken, PinInvalid, AdminRequired.
    """
    cleaned = check_name(name)
    pin_hash.check_new_pin(pin)
    hashed = pin_hash.hash_pin(pin)
    with transaction(store) as db:
        existing = [_member(r) for r in db.execute(f"SELECT {_COLUMNS} FROM staff").fetchall()]
        if existing:
            _require_admin(store, existing)
        else:
            admin = True  # someone must be able to manage the staff
        if any(m.name.casefold() == cleaned.casefold() for m in existing):
            raise StaffNameTaken()
        added_at = datetime.now(UTC).isoformat(timespec="seconds")
        cursor = db.execute(
            "INSERT INTO staff (name, pin_hash, admin, added_at) VALUES (?, ?, ?, ?)",
            [cleaned, hashed, int(admin), added_at],
        )
        staff_id = int(cursor.lastrowid or 0)
        audit.append(db, store.actor, "staff.added", None, {"staff_id": staff_id, "admin": admin})
    return StaffMember(staff_id, cleaned, admin, added_at)


@writes
def remove_staff(store: Store, staff_id: int) -> None:
    """Remove a member (an administrator's act); never the last administrator.

    Raises StaffNotFound, AdminRequired, LastAdmin.
    """
    with transaction(store) as db:
        existing = [_member(r) for r in db.execute(f"SELECT {_COLUMNS} FROM staff").fetchall()]
        target = next((m for m in existing if m.id == staff_id), None)
        if target is None:
            raise StaffNotFound()
        _require_admin(store, existing)
        if target.admin and sum(m.admin for m in existing) == 1:
            raise LastAdmin()
        db.execute("DELETE FROM staff WHERE id = ?", [staff_id])
        audit.append(db, store.actor, "staff.removed", None, {"staff_id": staff_id})
    signed_in = store.actor.staff
    if signed_in is not None and signed_in.id == staff_id:
        store.set_signed_in(None)


def set_pin(store: Store, staff_id: int, pin: str) -> None:
    """A new PIN for a member: by that member or by an administrator (a forgotten PIN)."""
    pin_hash.check_new_pin(pin)
    _store_pin(store, staff_id, pin_hash.hash_pin(pin))


@writes
def _store_pin(store: Store, staff_id: int, hashed: str) -> None:
    with transaction(store) as db:
        existing = [_member(r) for r in db.execute(f"SELECT {_COLUMNS} FROM staff").fetchall()]
        if not any(m.id == staff_id for m in existing):
            raise StaffNotFound()
        signed_in = store.actor.staff
        if signed_in is None or signed_in.id != staff_id:
            _require_admin(store, existing)
        db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", [hashed, staff_id])
        audit.append(db, store.actor, "staff.pin_changed", None, {"staff_id": staff_id})


def pin_opens(store: Store, staff_id: int, pin: str) -> bool:
    """True when ``pin`` is this member's PIN (slow on purpose; changes nothing)."""
    row = query(store, "SELECT pin_hash FROM staff WHERE id = ?", [staff_id]).fetchone()
    return row is not None and pin_hash.pin_matches(pin, str(row[0]))


def sign_in(store: Store, staff_id: int, pin: str) -> StaffMember:
    """Check the member's PIN, then name them on every change that follows (and audit it).

    A wrong PIN is audited too (which member was tried) and raises WrongPin; the member
    signed in before stays signed in.
    """
    member = get_staff(store, staff_id)
    if not pin_opens(store, staff_id, pin):
        _audit_attempt(store, "staff.sign_in_failed", staff_id)
        raise WrongPin()
    store.set_signed_in(member.ref)
    _audit_attempt(store, "staff.signed_in", staff_id)
    return member


def sign_out(store: Store) -> None:
    store.set_signed_in(None)


@writes
def _audit_attempt(store: Store, action: str, staff_id: int) -> None:
    with transaction(store) as db:
        audit.append(db, store.actor, action, None, {"staff_id": staff_id})


def sign_in_required(store: Store) -> bool:
    """True when the app asks who is working (at start and at unlock)."""
    return bool(settings.get(store, SIGN_IN_KEY, False))


@writes
def set_sign_in_required(store: Store, required: bool) -> None:
    """Switch staff sign-in on (needs a staff member) or off; an administrator's act."""
    with transaction(store) as db:
        existing = [_member(r) for r in db.execute(f"SELECT {_COLUMNS} FROM staff").fetchall()]
        if required and not existing:
            raise NoStaff()
        if existing:
            _require_admin(store, existing)
        settings.put(store, SIGN_IN_KEY, required)
        audit.append(db, store.actor, "staff.sign_in_" + ("on" if required else "off"), None)


def _require_admin(store: Store, existing: list[StaffMember]) -> None:
    signed_in = store.actor.staff
    if signed_in is None or not any(m.id == signed_in.id and m.admin for m in existing):
        raise AdminRequired()
