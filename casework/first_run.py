"""The first-run wizard's state, Qt-free: which steps there are, where a person left off, and
the checks of what they typed (codes only; the words are wording.first_run's).

Until the encrypted store exists the progress (language, role, how the data is protected, the
step reached) lives in the data folder's plain config file (``local_store.folder_config``);
it never holds a secret: not the passphrase, and not the recovery key made right after the
store (``local_store.recovery`` keeps only the store's key wrapped under it).
The clinic's or specialist's details are kept in the store's settings (``PROFILE_KEY``),
which is why that step comes after the one that creates the store.
A folder that already holds a store and has no progress record belongs to someone who set
CaseBridge up before the wizard existed: ``needs_wizard`` is False for it.
A computer replacing one that broke is not set up but restored: after the role step a person
may choose to restore a backup instead (``Progress.restoring``), and then only the steps in
``RESTORE_STEPS`` apply (``step_applies``); the restored store brings its own key, recovery
key, details and enrollment.

Thread-safety: functions over files and the store; the wizard calls them from the GUI thread
(the store ones on its database executor).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from local_store import folder_config, recovery, settings
from local_store.errors import StoreError
from local_store.models import SPECIALTIES
from local_store.secrets import MIN_PASSPHRASE_LENGTH
from local_store.store import Store, folder_holds_store

PROGRESS_KEY = "first_run"  # in the folder's config file
LANGUAGE_KEY = "language"  # in the folder's config file: the screens' language
PROFILE_KEY = "setup.profile"  # in the store: who uses this computer

LANGUAGES = ("en", "hi")
CLINIC, SPECIALIST = "clinic", "specialist"
ROLES = (CLINIC, SPECIALIST)
KEYRING, PASSPHRASE = "keyring", "passphrase"

# The steps in order. The desktop shows one page per step; a step name is what the progress
# records. The recovery key step needs the store the protection step makes; the key itself is
# never recorded: its step is done once the store has one (``recovery.has_recovery_key``).
LANGUAGE, ROLE, RESTORE, PROTECTION, RECOVERY_KEY, DETAILS, ENROLLMENT = (
    "language",
    "role",
    "restore",
    "protection",
    "recovery_key",
    "details",
    "enrollment",
)
STEPS = (LANGUAGE, ROLE, RESTORE, PROTECTION, RECOVERY_KEY, DETAILS, ENROLLMENT)
RESTORE_STEPS = (LANGUAGE, ROLE, RESTORE)

CLINIC_FIELDS = ("clinic_name", "place", "phone")
SPECIALIST_FIELDS = ("full_name", "qualification", "council", "registration")
OPTIONAL_FIELDS = frozenset({"phone"})
# Digits with the usual separators and an optional leading +: a landline or a mobile.
_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,18}[0-9]$")
_ADDRESS = re.compile(r"^https?://[^\s/]+(/\S*)?$", re.IGNORECASE)

# Enrollment outcomes the progress records.
ENROLLED, LATER = "enrolled", "later"


@dataclass
class Progress:
    """Where the wizard is; saved after every step so it can be left and resumed."""

    language: str = ""
    role: str = ""
    protection: str = ""
    step: str = LANGUAGE
    enrollment: str = ""  # ENROLLED or LATER once chosen
    finished: bool = False
    done: list[str] = field(default_factory=list)  # the steps completed, in order
    restoring: bool = False  # restoring a backup instead of setting up

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> Progress:
        names = {f.name for f in fields(cls)}
        known = {k: v for k, v in value.items() if k in names}
        progress = cls(**known)
        if progress.step not in STEPS:
            progress.step = LANGUAGE
        return progress


def step_applies(progress: Progress, step: str) -> bool:
    """Whether ``step`` is shown: the restore step only when restoring, the set-up steps only
    when not."""
    if progress.restoring:
        return step in RESTORE_STEPS
    return step != RESTORE


def typed_recovery_key(typed: str) -> tuple[str, bool]:
    """The recovery key as typed, in its printed form, and whether that differs from what was
    typed (small letters, spaces or missing dashes), so the person can be told.

    Raises RecoveryKeyMistyped when it is not a recovery key."""
    key = recovery.normalise(typed)
    return key, key != typed.strip()


def needs_wizard(data_dir: Path) -> bool:
    """True for a fresh data folder, or one whose wizard was left before the end."""
    recorded = folder_config.read(data_dir).get(PROGRESS_KEY)
    if isinstance(recorded, dict):
        return not recorded.get("finished", False)
    try:
        return not folder_holds_store(data_dir)
    except StoreError:
        return False  # a damaged folder: the normal start says what is wrong with it


def load_progress(data_dir: Path) -> Progress:
    recorded = folder_config.read(data_dir).get(PROGRESS_KEY)
    progress = Progress.from_dict(recorded) if isinstance(recorded, dict) else Progress()
    if not progress.language:
        progress.language = saved_language(data_dir) or ""
    return progress


def save_progress(data_dir: Path, progress: Progress) -> None:
    """Record the progress (and the language, which outlives the wizard) in the config file."""
    values: dict[str, Any] = {PROGRESS_KEY: asdict(progress)}
    if progress.language:
        values[LANGUAGE_KEY] = progress.language
    folder_config.update(data_dir, **values)


def saved_language(data_dir: Path) -> str | None:
    value = folder_config.read(data_dir).get(LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def save_language(data_dir: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    folder_config.update(data_dir, **{LANGUAGE_KEY: language})


def details_fields(role: str) -> tuple[str, ...]:
    return SPECIALIST_FIELDS if role == SPECIALIST else CLINIC_FIELDS


def detail_problems(role: str, details: dict[str, Any]) -> dict[str, str]:
    """Field -> problem code ("required", "phone_invalid", "specialty_required")."""
    problems: dict[str, str] = {}
    for name in details_fields(role):
        value = str(details.get(name, "")).strip()
        if not value and name not in OPTIONAL_FIELDS:
            problems[name] = "required"
        elif name == "phone" and value and not _PHONE.match(value):
            problems[name] = "phone_invalid"
    if role == SPECIALIST:
        chosen = [s for s in details.get("specialties", ()) if s in SPECIALTIES]
        if not chosen:
            problems["specialties"] = "specialty_required"
    return problems


def passphrase_strength(text: str) -> str:
    """A hint, not a rule: "too_short", "weak", "fair" or "strong".

    Length counts most (a sentence of ordinary words is strong); a mix of kinds of character
    helps a shorter one. Anything of the minimum length is accepted.
    """
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return "too_short"
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    distinct = len(set(text.lower()))
    if distinct <= 3:
        return "weak"
    if len(text) >= 16 or (len(text) >= 12 and kinds >= 3):
        return "strong"
    if len(text) >= 10 or kinds >= 3:
        return "fair"
    return "weak"


def passphrase_problem(first: str, second: str) -> str | None:
    """Why the two typed passphrases cannot be used ("too_short", "not_same"), or None."""
    if len(first) < MIN_PASSPHRASE_LENGTH:
        return "too_short"
    if first != second:
        return "not_same"
    return None


def enrollment_problem(address: str, code: str) -> str | None:
    """Why the service address and code cannot be tried yet, or None."""
    address = address.strip()
    if not address:
        return "address_missing"
    if not _ADDRESS.match(address):
        return "address_invalid"
    if not code.strip():
        return "code_missing"
    return None


def save_profile(store: Store, role: str, details: dict[str, Any]) -> dict[str, Any]:
    """Keep who uses this computer in the encrypted store; returns what was kept."""
    kept: dict[str, Any] = {"role": role}
    for name in details_fields(role):
        kept[name] = str(details.get(name, "")).strip()
    if role == SPECIALIST:
        kept["specialties"] = [s for s in details.get("specialties", ()) if s in SPECIALTIES]
    settings.put(store, PROFILE_KEY, kept)
    return kept


def load_profile(store: Store) -> dict[str, Any]:
    value = settings.get(store, PROFILE_KEY)
    return dict(value) if isinstance(value, dict) else {}
