"""Repository for clinic and app settings (JSON values in the encrypted database).

UI-only state (window geometry) stays in QSettings in desktop. Thread-safety: any thread (reads
use the calling thread's connection, changes run on the store's writer).
"""

from __future__ import annotations

import json
from typing import Any

from local_store.connection import query, transaction, writes
from local_store.store import Store


def get(store: Store, key: str, default: Any = None) -> Any:
    row = query(store, "SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


@writes
def put(store: Store, key: str, value: Any) -> None:
    with transaction(store) as db:
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


@writes
def put_if_absent(store: Store, values: dict[str, Any]) -> bool:
    """Store all ``values`` unless the first key already exists; True when they were stored.

    One transaction, so two first uses at once (two processes, say) keep exactly one set.
    """
    first = next(iter(values))
    with transaction(store) as db:
        if db.execute("SELECT 1 FROM settings WHERE key = ?", [first]).fetchone():
            return False
        db.table("settings").insert_all(
            [{"key": k, "value": json.dumps(v)} for k, v in values.items()], pk="key"
        )
    return True


@writes
def next_counter(store: Store, key: str) -> int:
    """Add one to the integer stored under ``key`` (0 when absent) and return the new value.

    Read and write in one transaction, so two bundles built at once never share a number.
    """
    with transaction(store) as db:
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        value = (json.loads(row[0]) if row else 0) + 1
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")
    return value
