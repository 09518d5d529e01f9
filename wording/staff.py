"""Words about staff sign-in and the screen lock: refusals of staff changes and PINs, wrong
attempts, and the CLI's `staff` and `audit list` lines.

Same conventions as the rest of the package (see wording/__init__.py): QT_TRANSLATE_NOOP
marks, one sentence that says what happened and what to do. Thread-safety: constant data and
pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

STAFF_ERROR = {
    "pin_invalid": QT_TRANSLATE_NOOP("wording", "A PIN is 4 to 12 digits. Choose another."),
    "wrong_pin": QT_TRANSLATE_NOOP("wording", "The PIN is not correct. Try again."),
    "staff_name_invalid": QT_TRANSLATE_NOOP(
        "wording", "Type the staff member's name (up to 60 characters)."
    ),
    "staff_name_taken": QT_TRANSLATE_NOOP(
        "wording", "A staff member of this name exists already. Add a surname or initial."
    ),
    "staff_not_found": QT_TRANSLATE_NOOP(
        "wording", "There is no staff member of this name. 'casebridge staff list' shows them."
    ),
    "admin_required": QT_TRANSLATE_NOOP(
        "wording",
        "Only an administrator can add or remove staff or switch sign-in. Sign in as an "
        "administrator first. Nothing was changed.",
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "wording",
        "This is the last administrator, so nobody could manage staff after. Make another "
        "staff member an administrator first. Nothing was changed.",
    ),
    "no_staff": QT_TRANSLATE_NOOP(
        "wording", "Add at least one staff member (an administrator) before switching sign-in on."
    ),
    "one_person_device": QT_TRANSLATE_NOOP(
        "wording",
        "This computer is a specialist's, used by one person, so it has no staff sign-in. "
        "The lock asks for the passphrase or the lock PIN.",
    ),
    "idle_choice_invalid": QT_TRANSLATE_NOOP("wording", "Choose off, 5, 10, 15 or 30 minutes."),
}

LOCK_WORDS = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "wording", "The passphrase is not correct. Check Caps Lock and try again."
    ),
    "wrong_pin": STAFF_ERROR["wrong_pin"],
    "wait": QT_TRANSLATE_NOOP(
        "wording", "Several wrong tries: wait {seconds} s before the next one."
    ),
    "pin_mismatch": QT_TRANSLATE_NOOP("wording", "The two PINs are not the same. Type them again."),
}


def staff_error_text(code: str) -> str | None:
    return STAFF_ERROR.get(code)


# Terminal-only words (the CLI speaks English only, so no lupdate marks).
CLI_STAFF_WORDS = {
    "added": "Added {name} (staff {id}{admin}).",
    "admin_mark": ", administrator",
    "removed": "Removed staff {id}. Their entries in the audit log keep their name.",
    "none": "No staff yet. Add the first (an administrator) with 'casebridge staff add NAME'.",
    "sign_in_on": "Staff sign-in is on: CaseBridge asks who is working at start and unlock.",
    "sign_in_off": "Staff sign-in is off.",
    "col_id": "ID",
    "col_name": "NAME",
    "col_role": "ROLE",
    "col_added": "ADDED",
    "admin": "administrator",
    "member": "staff",
    "pin_prompt": "PIN for {name} (4 to 12 digits): ",
    "pin_again": "Type the same PIN again: ",
    "pin_mismatch": "The two PINs are not the same. Nothing was changed.",
    "admin_prompt": "PIN of administrator {name}: ",
    "pin_set": "New PIN kept for {name}.",
    "col_seq": "ENTRY",
    "col_when": "WHEN",
    "col_who": "WHO",
    "col_action": "ACTION",
    "col_case": "CASE",
    "who_staff": "{name} (staff {id}, login {login})",
    "no_entries": "The audit log is empty.",
}
