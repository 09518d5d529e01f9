"""The screen lock's settings: after how many idle minutes the window locks, and the lock PIN;
and the lock's rows in the audit log.

The lock PIN is for a computer whose key is in the system keyring (no passphrase to type) and
that has no staff: without it the lock would have nothing to ask. It is kept as a
``pin_hash`` hash; changing it needs the current one. Locking and unlocking are audited
("lock.locked": how, "lock.unlocked": with what), like sign-ins: the row names whoever was
working when the screen locked, and the staff member whose PIN opened it; no patient data.
Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

from local_store import audit, pin_hash, settings
from local_store.connection import transaction, writes
from local_store.errors import IdleChoiceInvalid, WrongPin
from local_store.store import Store

IDLE_KEY = "lock.idle_minutes"
PIN_KEY = "lock.pin_hash"
IDLE_CHOICES = (0, 5, 10, 15, 30)  # minutes; 0 is off
LOCKED_BY = ("button", "shortcut", "idle")  # the Lock button, its shortcut, the idle time
UNLOCKED_BY = ("passphrase", "lock_pin", "staff_pin")


def idle_minutes(store: Store) -> int:
    """Minutes without input before the window locks; 0: never by itself (the default)."""
    value = settings.get(store, IDLE_KEY, 0)
    return value if value in IDLE_CHOICES else 0


def set_idle_minutes(store: Store, minutes: int) -> None:
    if minutes not in IDLE_CHOICES:
        raise IdleChoiceInvalid(str(minutes))
    settings.put(store, IDLE_KEY, minutes)


def has_lock_pin(store: Store) -> bool:
    return settings.get(store, PIN_KEY) is not None


def lock_pin_opens(store: Store, pin: str) -> bool:
    stored = settings.get(store, PIN_KEY)
    return stored is not None and pin_hash.pin_matches(pin, str(stored))


def set_lock_pin(store: Store, pin: str, *, current: str | None = None) -> None:
    """Choose the lock PIN; once one is set, ``current`` must be it (raises WrongPin)."""
    pin_hash.check_new_pin(pin)
    if has_lock_pin(store) and (current is None or not lock_pin_opens(store, current)):
        raise WrongPin()
    _store(store, pin_hash.hash_pin(pin))


@writes
def _store(store: Store, hashed: str) -> None:
    with transaction(store) as db:
        settings.put(store, PIN_KEY, hashed)
        audit.append(db, store.actor, "lock.pin_set", None)


@writes
def record_locked(store: Store, by: str) -> None:
    """Audit the screen locking ``by`` one of LOCKED_BY."""
    if by not in LOCKED_BY:
        raise ValueError(by)
    with transaction(store) as db:
        audit.append(db, store.actor, "lock.locked", None, {"by": by})


@writes
def record_unlocked(store: Store, by: str, staff_id: int | None = None) -> None:
    """Audit the screen unlocking ``by`` one of UNLOCKED_BY; with "staff_pin", ``staff_id``
    is the member whose PIN opened it (signed in by then, so the row names them)."""
    if by not in UNLOCKED_BY or (by == "staff_pin") != (staff_id is not None):
        raise ValueError(by)
    detail: dict[str, object] = {"by": by}
    if staff_id is not None:
        detail["staff_id"] = staff_id
    with transaction(store) as db:
        audit.append(db, store.actor, "lock.unlocked", None, detail)
