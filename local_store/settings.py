"""Repository for clinic and app settings (JSON values in the encrypted database).

UI-only state (window geometry) stays in QSettings in desktop. Thread-safety: uses the calling
thread's connection; serialise writers.
"""

from __future__ import annotations

import json
from typing import Any

from local_store.store import Store


def get(store: Store, key: str, default: Any = None) -> Any:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def put(store: Store, key: str, value: Any) -> None:
    with store.transaction() as db:
        db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
