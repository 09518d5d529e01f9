"""Words about the recovery key, backups and restoring them (local_store.recovery and
local_store.backup codes), for the CLI and the desktop's backup and recovery key pages.

Placeholders: %1, %2 as Qt has them, filled with ``str.replace`` by the caller.
Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

# Errors by code; wording.store.error_text finds these too.
ERROR = {
    "recovery_key_mistyped": QT_TRANSLATE_NOOP(
        "wording",
        "This is not a recovery key: check each group of five against the printed page (8 "
        "groups; the letters O, I, L and U are never used). Nothing was changed.",
    ),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "wording",
        "This recovery key does not open these cases. Nothing was changed. Check that it is "
        "the key printed for this clinic's data.",
    ),
    "recovery_key_required": QT_TRANSLATE_NOOP(
        "wording",
        "These cases already have a recovery key. Type the current one to replace it.",
    ),
    "no_recovery_key": QT_TRANSLATE_NOOP(
        "wording",
        "Make a recovery key first (Settings, or 'casebridge recovery-key new'): backups are "
        "locked with it.",
    ),
    "backup_no_space": QT_TRANSLATE_NOOP(
        "wording",
        "The backup needs %1 but the disk has only %2 free. Nothing was written. Use a larger "
        "USB stick or free some space.",
    ),
    "backup_busy": QT_TRANSLATE_NOOP(
        "wording",
        "Another backup or restore is using this backup folder. Try again when it has finished.",
    ),
    "no_backup": QT_TRANSLATE_NOOP(
        "wording",
        "No complete backup was found here. Choose the folder or stick that holds "
        "'casebridge-backup'.",
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "wording",
        "The backup is damaged: %1 does not match what was backed up. Nothing was restored. "
        "Use another backup (an older one, or another stick).",
    ),
    "restore_target_in_use": QT_TRANSLATE_NOOP(
        "wording", "This folder is not empty. Choose an empty or new folder. Nothing was changed."
    ),
}

# Why a restore would not write into the folder it was given (RestoreTargetInUse.reason).
RESTORE_TARGET = {
    "has_newer_store": QT_TRANSLATE_NOOP(
        "wording",
        "This folder holds cases changed after the backup was made: restoring would lose those "
        "changes. Nothing was changed. Choose an empty folder, or replace it on purpose (the "
        "cases there are moved aside, not deleted).",
    ),
    "has_store": QT_TRANSLATE_NOOP(
        "wording",
        "This folder already holds cases. Nothing was changed. Choose an empty folder, or "
        "replace it on purpose (the cases there are moved aside, not deleted).",
    ),
    "not_empty": ERROR["restore_target_in_use"],
}

# The recovery key page.
RECOVERY_TITLE = QT_TRANSLATE_NOOP("wording", "Recovery key")
RECOVERY_INTRO = QT_TRANSLATE_NOOP(
    "wording",
    "This key opens your cases and your backups if this computer breaks, is reinstalled, or "
    "nobody remembers the passphrase. CaseBridge does not keep it: write it down or print it "
    "now, and keep it locked away from the computer and from the backup stick.",
)
RECOVERY_NONE = QT_TRANSLATE_NOOP(
    "wording",
    "These cases have no recovery key yet. Make one before the first backup.",
)
RECOVERY_SET = QT_TRANSLATE_NOOP(
    "wording",
    "These cases have a recovery key. Make a new one only if it was lost or seen by someone "
    "else: backups made before keep opening with the old key.",
)
RECOVERY_WRITE_NOW = QT_TRANSLATE_NOOP(
    "wording",
    "Write these 8 groups down or print them, then tick the box below. The key is saved only "
    "then; until you press Done, the cases keep their old key.",
)
RECOVERY_MAKE = QT_TRANSLATE_NOOP("wording", "Make a recovery key")
RECOVERY_REPLACE = QT_TRANSLATE_NOOP("wording", "Make a new recovery key…")
RECOVERY_CURRENT = QT_TRANSLATE_NOOP("wording", "Current recovery key:")
RECOVERY_PRINT = QT_TRANSLATE_NOOP("wording", "Print…")
RECOVERY_WRITTEN = QT_TRANSLATE_NOOP("wording", "I have written it down or printed it")
RECOVERY_PRINTED_HEADING = QT_TRANSLATE_NOOP("wording", "CaseBridge recovery key")

# The backup page.
BACKUP_TITLE = QT_TRANSLATE_NOOP("wording", "Backup")
BACKUP_INTRO = QT_TRANSLATE_NOOP(
    "wording",
    "Copy every case to a folder or USB stick, locked with the recovery key. Only what is new "
    "since the last backup is copied.",
)
BACKUP_CHOOSE = QT_TRANSLATE_NOOP("wording", "Back up to a folder or USB stick…")
BACKUP_LAST = QT_TRANSLATE_NOOP("wording", "Last backup: %1")
# Shown on the backup and recovery key pages for the moment their state is read off the disk.
STATE_LOADING = QT_TRANSLATE_NOOP("wording", "Checking…")
BACKUP_NEVER = QT_TRANSLATE_NOOP("wording", "No backup has been made yet.")
BACKUP_RUNNING = QT_TRANSLATE_NOOP("wording", "Backing up: %1 of %2, %3")
BACKUP_DONE = QT_TRANSLATE_NOOP(
    "wording", "Backup finished: %1 copied (%2 new files); every file was checked."
)
BACKUP_CANCELLED = QT_TRANSLATE_NOOP(
    "wording", "Backup cancelled. Earlier backups on the stick are unchanged."
)
# The status bar's reminders (short: they share the bar with the sending indicator).
REMINDER_NO_KEY = QT_TRANSLATE_NOOP("wording", "No recovery key yet: click to make one")
BACKUP_REMINDER_NEVER = QT_TRANSLATE_NOOP("wording", "Never backed up: click to back up")
BACKUP_REMINDER = QT_TRANSLATE_NOOP("wording", "No backup for over a week: click to back up")

# Terminal-only words (the CLI speaks English only, so no lupdate marks).
CLI_WORDS = {
    "key_made": (
        "Recovery key (write it down or print it now; CaseBridge does not keep it):\n\n    {key}\n"
    ),
    "key_prompt": "Recovery key: ",
    "current_key_prompt": "Current recovery key: ",
    "backup_done": (
        "Backup {name} written to {root}: {files} files, {total}; {copied_files} new ({copied})."
    ),
    "verify_ok": "Backups intact: {backups}; {files} files, {total} checked.",
    "replace_hint": "To replace them, add --replace.",
    "verify_bad": "Damaged in the backup folder: {path}",
    "restore_done": (
        "Restored backup {name} (made {created_at}) into {data_dir}: {files} files, {total}."
    ),
    "moved_aside": "The cases that were in that folder were moved to {path}.",
    "progress": "{what}: {done} of {total}, {left}",
    "backup_usage": "casebridge backup: give --to DIR (back up), or: backup verify DIR",
    "no_key": "Set CASEBRIDGE_RECOVERY_KEY or run in a terminal to type the recovery key.",
}
