"""Words about the data folder: store errors (local_store.errors codes), how the cases are
protected, choosing a passphrase, and the audit log's check.

Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP
from wording import backup as backup_words
from wording.staff import staff_error_text

ERROR = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "wording",
        "The passphrase is not correct. Nothing was changed. Check Caps Lock and try again.",
    ),
    "passphrase_required": QT_TRANSLATE_NOOP(
        "wording",
        "This data folder is locked with a passphrase. Type it when CaseBridge starts, or set "
        "CASEBRIDGE_PASSPHRASE for unattended use.",
    ),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "wording", "Choose a passphrase of at least 8 characters."
    ),
    "secret_missing": QT_TRANSLATE_NOOP(
        "wording",
        "The key that unlocks this data folder cannot be found (store.json, keyfile.json or the "
        "system keyring entry is missing). Restore them from a backup, or choose another data "
        "folder. Nothing was changed.",
    ),
    "insecure_keyring": QT_TRANSLATE_NOOP(
        "wording",
        "The configured keyring stores secrets without encryption, so CaseBridge will not use "
        "it. Remove that keyring setting; CaseBridge will ask for a passphrase instead.",
    ),
    "database_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The case database cannot be opened with this key: it is damaged or belongs to "
        "another installation. Nothing was changed. Restore it from a backup or choose "
        "another data folder.",
    ),
    "database_too_new": QT_TRANSLATE_NOOP(
        "wording",
        "These cases were saved by a newer CaseBridge. Install the newer version to open them.",
    ),
    "storage_full": QT_TRANSLATE_NOOP(
        "wording",
        "The disk is full, so this could not be saved. What was saved before is safe. Free some "
        "space (for example delete old downloads) and try again.",
    ),
    "storage_read_only": QT_TRANSLATE_NOOP(
        "wording",
        "CaseBridge cannot write to its data folder (it is read-only or belongs to another "
        "user). Choose a folder you can write to, or ask for write permission.",
    ),
    "store_busy": QT_TRANSLATE_NOOP(
        "wording",
        "Another CaseBridge program is saving to this data folder; try again in a minute. "
        "Nothing was changed.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "wording", "No such case. Check the case number (run 'casebridge case list')."
    ),
    "ambiguous_id": QT_TRANSLATE_NOOP(
        "wording", "More than one case starts with this number. Type more of it."
    ),
    "blob_corrupt": QT_TRANSLATE_NOOP(
        "wording",
        "A stored file is damaged and cannot be read. Import it again from the original.",
    ),
    "invalid_intake": QT_TRANSLATE_NOOP("wording", "Some fields need attention."),
    "case_read_only": QT_TRANSLATE_NOOP(
        "wording",
        "This case came from a clinic for your opinion and is kept exactly as they sent it; "
        "it cannot be changed here.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("wording", "Cancelled. Nothing was half-saved."),
    "store_error": QT_TRANSLATE_NOOP(
        "wording", "Something went wrong while saving. Nothing was lost. Try again."
    ),
    "case_sent": QT_TRANSLATE_NOOP(
        "wording",
        "This case was already sent, so it cannot be changed: the specialist would never see "
        "the change. To add information or files, use Send an update.",
    ),
    "case_closed": QT_TRANSLATE_NOOP(
        "wording", "This case is closed. It is kept as it was and cannot be changed."
    ),
    "file_sent": QT_TRANSLATE_NOOP(
        "wording", "This file was sent to the specialist, so it stays with the case."
    ),
    "nothing_new": QT_TRANSLATE_NOOP(
        "wording", "There is nothing new to send: add a file or write a note first."
    ),
    "photo_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "This picture cannot be opened: the file is damaged, or it is a kind of picture "
        "CaseBridge cannot read (for example HEIC). Save it as JPEG on the phone and add it "
        "again. Nothing stored was changed.",
    ),
    "photo_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This picture has too many pixels to open safely. Take the photo again at a normal "
        "camera setting (12 megapixels is plenty for a report) and add it again.",
    ),
}

PROTECTION = {
    "os_keyring": QT_TRANSLATE_NOOP(
        "wording",
        "Your cases are encrypted. The key is kept in this computer's secure keyring ({backend}), "
        "so CaseBridge opens without a passphrase for this Windows/Linux user.",
    ),
    "passphrase": QT_TRANSLATE_NOOP(
        "wording",
        "Your cases are encrypted. The key is locked with your passphrase (scrypt and AES-256-GCM "
        "in keyfile.json); CaseBridge asks for it at every start. Without it nobody, including "
        "us, can read the cases.",
    ),
}


# The recovery key's and backups' errors, so one lookup serves every store error.
ERROR.update(backup_words.ERROR)


def error_text(code: str) -> str:
    return ERROR.get(code) or staff_error_text(code) or ERROR["store_error"]


# Terminal-only words (the CLI speaks English only, so no lupdate marks).
CLI_STORE_WORDS = {
    "choose_passphrase": (
        "This data folder is new and this computer has no secure keyring. Set "
        "CASEBRIDGE_PASSPHRASE to the passphrase (at least 8 characters) that will protect it."
    ),
    "audit_ok": "Audit log intact: {entries} entries",
    "audit_broken": (
        "Audit log broken at entry {entry} of {entries}: that entry or one before it was "
        "changed or removed outside CaseBridge. Keep a copy of the data folder and report it."
    ),
}
