"""When this data folder was last backed up, for the reminder after a week without one.

Kept in ``last-backup.json`` beside the database (a time and a backup's name, no patient data),
not in the database, so writing it never changes what the backup just copied.
Thread-safety: functions only; the file is written atomically.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from local_store.fileutil import write_atomic

RECORD_FILE = "last-backup.json"
REMIND_AFTER = timedelta(days=7)


def note_backup(data_dir: Path, name: str, at: datetime) -> None:
    doc = {"at": at.isoformat(timespec="seconds"), "name": name}
    write_atomic(data_dir / RECORD_FILE, json.dumps(doc).encode())


def last_backup_at(data_dir: Path) -> datetime | None:
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        doc = json.loads((data_dir / RECORD_FILE).read_text(encoding="utf-8"))
        return datetime.fromisoformat(doc["at"])
    return None


def backup_due(data_dir: Path, now: datetime | None = None) -> bool:
    """True when there is no backup, or the last one is older than a week."""
    last = last_backup_at(data_dir)
    return last is None or (now or datetime.now(UTC)) - last > REMIND_AFTER
