"""The screen lock as plain state: what the lock asks for, whether what was typed opens it,
and how long to wait after several wrong tries.

What the lock asks (``lock_setup``): with staff sign-in on (never on a specialist's computer,
which has one person), or on a keyring-protected computer that has staff, a staff member and
their PIN ("staff"); else the store's passphrase ("passphrase"); else, on a keyring-protected
computer, the lock PIN ("lock_pin"), or nothing yet ("none": the app offers setting a lock PIN
first and does not lock without something to ask). In the staff mode of a passphrase-protected
computer the passphrase also opens the lock, signing nobody in: the way back in when every
administrator has forgotten their PIN. ``try_unlock`` checks what was typed
(passphrase against the key in use, PINs against their slow hashes) and, for a staff member,
signs them in, so every change after the unlock is audited as theirs. ``Attempts`` gives the
growing wait after several wrong tries. Codes only; wording.staff has the words.
Thread-safety: ``lock_setup`` and ``try_unlock`` read (and sign-in writes) the store on the
calling thread; ``Attempts`` belongs to one thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from local_store import lock_settings, staff
from local_store.audit import StaffRef
from local_store.errors import WrongPin
from local_store.secrets import Protection
from local_store.staff import StaffMember
from local_store.store import Store
from sync import enrollment

PASSPHRASE = "passphrase"
STAFF = "staff"
LOCK_PIN = "lock_pin"
NONE = "none"

FREE_TRIES = 3  # from this wrong try in a row on, the next try waits, longer each time
FIRST_WAIT_S = 2.0
LONGEST_WAIT_S = 60.0


@dataclass(frozen=True)
class LockSetup:
    mode: str  # PASSPHRASE, STAFF, LOCK_PIN or NONE
    staff: tuple[StaffMember, ...]  # whom the staff mode offers, by name
    signed_in: StaffRef | None  # who is signed in now (the lock preselects them)
    sign_in_required: bool  # staff sign-in is on (asked at start too)
    specialist: bool  # a specialist's computer: one person, no staff sign-in
    passphrase: bool  # the store has a passphrase (also accepted in the staff mode)
    idle_minutes: int


def is_specialist(store: Store) -> bool:
    enrolled = enrollment.current(store)
    return enrolled is not None and enrolled.role == "specialist"


def lock_setup(store: Store) -> LockSetup:
    specialist = is_specialist(store)
    members = () if specialist else tuple(staff.list_staff(store))
    required = bool(members) and staff.sign_in_required(store)
    passphrase = store.protection.kind is Protection.PASSPHRASE
    if required or (members and not passphrase):
        mode = STAFF
    elif passphrase:
        mode = PASSPHRASE
    elif lock_settings.has_lock_pin(store):
        mode = LOCK_PIN
    else:
        mode = NONE
    return LockSetup(
        mode=mode,
        staff=members,
        signed_in=store.actor.staff,
        sign_in_required=required,
        specialist=specialist,
        passphrase=passphrase,
        idle_minutes=lock_settings.idle_minutes(store),
    )


def try_unlock(store: Store, mode: str, secret: str, staff_id: int | None = None) -> bool:
    """True when ``secret`` opens the lock in ``mode`` (a staff member is then signed in).

    In the staff mode without ``staff_id``, ``secret`` is the store's passphrase.
    """
    if mode == PASSPHRASE or (mode == STAFF and staff_id is None):
        return store.passphrase_opens(secret)
    if mode == LOCK_PIN:
        return lock_settings.lock_pin_opens(store, secret)
    if mode == STAFF and staff_id is not None:  # always true here; narrows the type
        try:
            staff.sign_in(store, staff_id, secret)
        except WrongPin:
            return False
        return True
    return False


class Attempts:
    """Wrong tries in a row: the first two are answered at once, then the wait doubles."""

    def __init__(self) -> None:
        self.wrong = 0

    def failed(self) -> float:
        """Count a wrong try; the seconds to wait before the next one (0: none)."""
        self.wrong += 1
        extra = self.wrong - FREE_TRIES
        if extra < 0:
            return 0.0
        return min(FIRST_WAIT_S * 2**extra, LONGEST_WAIT_S)

    def succeeded(self) -> None:
        self.wrong = 0
