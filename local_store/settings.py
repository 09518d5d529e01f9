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
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


def put_if_absent(store: Store, values: dict[str, Any]) -> bool:
    """Store all ``values`` unless the first key already exists; True when they were stored.

    One transaction, so two first uses at once (two processes, say) keep exactly one set.
    """
    first = next(iter(values))
    with store.transaction() as db:
        if db.execute("SELECT 1 FROM settings WHERE key = ?", [first]).fetchone():
            return False
        db.table("settings").insert_all(
            [{"key": k, "value": json.dumps(v)} for k, v in values.items()], pk="key"
        )
    return True


def next_counter(store: Store, key: str) -> int:
    """Add one to the integer stored under ``key`` (0 when absent) and return the new value.

    Read and write in one transaction, so two bundles built at once never share a number.
    """
    with store.transaction() as db:
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        value = (json.loads(row[0]) if row else 0) + 1
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")
    return value
