"""Words for the first-run wizard's codes (casework.first_run): problems with what was typed,
the passphrase strength hint, and enrollment refusals that only the wizard can explain.

Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

PROBLEM = {
    "required": QT_TRANSLATE_NOOP("wording", "Please fill this in."),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "wording", "Type the phone number with digits only, for example 98765 43210."
    ),
    "specialty_required": QT_TRANSLATE_NOOP("wording", "Choose at least one specialty."),
    "too_short": QT_TRANSLATE_NOOP("wording", "Choose a passphrase of at least 8 characters."),
    "not_same": QT_TRANSLATE_NOOP(
        "wording", "The two passphrases are not the same. Type them again."
    ),
    "address_missing": QT_TRANSLATE_NOOP(
        "wording", "Type the service address you were given, or choose Later."
    ),
    "address_invalid": QT_TRANSLATE_NOOP(
        "wording",
        "The address must start with https:// (or http://), like https://opinions.example.org.",
    ),
    "code_missing": QT_TRANSLATE_NOOP("wording", "Type the one-time code you were given."),
    # The service refused a code made for the other kind of computer.
    "bad_request": QT_TRANSLATE_NOOP(
        "wording",
        "This code was made for another kind of computer (clinic or specialist). Go back and "
        "check what this computer is, or ask the service for the right code.",
    ),
}

STRENGTH = {
    "too_short": QT_TRANSLATE_NOOP("wording", "Too short: at least 8 characters."),
    "weak": QT_TRANSLATE_NOOP(
        "wording", "Weak: easy to guess. A few ordinary words together are better."
    ),
    "fair": QT_TRANSLATE_NOOP("wording", "Fair. Longer is stronger."),
    "strong": QT_TRANSLATE_NOOP("wording", "Strong."),
}


def problem_text(code: str) -> str:
    return PROBLEM.get(code, PROBLEM["required"])


def strength_text(code: str) -> str:
    return STRENGTH.get(code, STRENGTH["weak"])
