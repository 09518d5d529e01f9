"""Typed errors raised by local_store.

Each error carries a machine-readable ``code`` and never a patient's data: the desktop
and cli layers turn codes into words (see the ``wording`` package). Thread-safe: plain values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from local_store.models import FieldProblem


class StoreError(Exception):
    """Base of every error local_store raises on purpose."""

    code = "store_error"

    def __init__(self, detail: str = "") -> None:
        # detail is for developers (never PHI): a path inside the data folder, an errno name.
        super().__init__(detail or self.code)
        self.detail = detail


class WrongPassphrase(StoreError):
    code = "wrong_passphrase"


class PassphraseRequired(StoreError):
    """The store is protected by a passphrase and none was given."""

    code = "passphrase_required"


class PassphraseTooShort(StoreError):
    code = "passphrase_too_short"


class SecretMissing(StoreError):
    """A database exists but neither the OS keyring nor a key file holds its secret."""

    code = "secret_missing"


class InsecureKeyring(StoreError):
    """A keyring backend outside the allow-list was explicitly requested."""

    code = "insecure_keyring"


class DatabaseUnreadable(StoreError):
    """The database file is not an encrypted CaseBridge database for this secret."""

    code = "database_unreadable"


class DatabaseTooNew(StoreError):
    """The database was written by a newer CaseBridge."""

    code = "database_too_new"


class StorageFull(StoreError):
    code = "storage_full"


class StorageReadOnly(StoreError):
    code = "storage_read_only"


class StoreBusy(StoreError):
    """Another process kept the data folder's database (or its setup) to itself for longer
    than a write waits its turn."""

    code = "store_busy"


class NotFound(StoreError):
    code = "not_found"


class AmbiguousId(StoreError):
    code = "ambiguous_id"


class CaseReadOnly(StoreError):
    """The case arrived from a clinic (a specialist's received case): it is kept as sent."""

    code = "case_read_only"


class BlobCorrupt(StoreError):
    """A stored blob no longer decrypts to the content its name promises."""

    code = "blob_corrupt"


class InvalidIntake(StoreError):
    """The intake does not validate; ``problems`` lists every field and why."""

    code = "invalid_intake"

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems


class CaseSent(StoreError):
    """The case is queued or sent: what the specialist has must not change under them.

    New information goes as an update (``sync.submit.submit_update``)."""

    code = "case_sent"


class CaseClosed(StoreError):
    """The case was closed: kept as it is, read only."""

    code = "case_closed"


class FileSent(StoreError):
    """The attachment went in a bundle: it stays with the case."""

    code = "file_sent"


class NothingNew(StoreError):
    """An update with no new file and no note: there is nothing to send."""

    code = "nothing_new"


class RecoveryKeyMistyped(StoreError):
    """The text is not a recovery key: wrong length, a letter outside its alphabet, or its
    check group does not match (a typing slip, found before any key is tried)."""

    code = "recovery_key_mistyped"


class WrongRecoveryKey(StoreError):
    """A well-formed recovery key that does not open this store or backup."""

    code = "wrong_recovery_key"


class RecoveryKeyRequired(StoreError):
    """Replacing the recovery key needs the current one, and none was given."""

    code = "recovery_key_required"


class NoRecoveryKey(StoreError):
    """The store has no recovery key yet, so nothing can be backed up to one."""

    code = "no_recovery_key"


class BackupNoSpace(StoreError):
    """The backup's destination has too little free space; nothing was written there."""

    code = "backup_no_space"

    def __init__(self, needed: int, free: int) -> None:
        super().__init__(f"needed {needed}, free {free}")
        self.needed = needed
        self.free = free


class BackupBusy(StoreError):
    """Another backup or restore is using this backup folder."""

    code = "backup_busy"


class NoBackup(StoreError):
    """The folder holds no complete backup."""

    code = "no_backup"


class BackupDamaged(StoreError):
    """Files of a backup no longer match its manifest; ``files`` names them (paths inside
    the backup folder: content hashes and fixed names, never patient data)."""

    code = "backup_damaged"

    def __init__(self, files: list[str]) -> None:
        super().__init__(", ".join(files))
        self.files = files


class RestoreTargetInUse(StoreError):
    """The folder to restore into already holds a store (``newer``: changed after the backup
    was made) or other files; nothing was changed."""

    code = "restore_target_in_use"

    def __init__(self, reason: str) -> None:
        # reason: "has_newer_store", "has_store" or "not_empty"
        super().__init__(reason)
        self.reason = reason


class PinInvalid(StoreError):
    """A new PIN is not 4 to 12 digits."""

    code = "pin_invalid"


class WrongPin(StoreError):
    """The PIN typed is not this staff member's (or not the lock PIN)."""

    code = "wrong_pin"


class StaffNameInvalid(StoreError):
    """A staff member's name is empty or too long."""

    code = "staff_name_invalid"


class StaffNameTaken(StoreError):
    """Another staff member already has this name (names are told apart without case)."""

    code = "staff_name_taken"


class StaffNotFound(StoreError):
    code = "staff_not_found"


class AdminRequired(StoreError):
    """Adding or removing staff, or switching sign-in, needs an administrator."""

    code = "admin_required"


class LastAdmin(StoreError):
    """The last administrator cannot be removed: nobody could manage staff after."""

    code = "last_admin"


class NoStaff(StoreError):
    """Staff sign-in cannot be switched on before a staff member is added."""

    code = "no_staff"


class IdleChoiceInvalid(StoreError):
    """The idle time before the lock is not one of the offered choices."""

    code = "idle_choice_invalid"
