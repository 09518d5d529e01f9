"""Which (device, sequence number) pairs this install has seen on bundles it verified or opened.

A device numbers its bundles 1, 2, 3...; the same number on a different bundle means either a
replay or a device whose counter went back (a restored backup). A bundle that travels on a USB
stick never meets the service's replay check, so ``bundle verify``, ``open`` and ``import`` keep
this record when they run beside a store. Only bundles whose envelope signature verified are
recorded, so nobody can block a device's future numbers with forged envelopes. Thread-safety:
any thread (reads use the calling thread's connection, changes run on the store's writer).
"""

from __future__ import annotations

from datetime import UTC, datetime

from local_store.connection import transaction, writes
from local_store.store import Store


@writes
def replayed(store: Store, device_id: str, seq: int, bundle_id: str) -> bool:
    """True when ``seq`` of ``device_id`` was seen on another bundle; records it otherwise."""
    with transaction(store) as db:
        row = db.execute(
            "SELECT bundle_id FROM seen_bundles WHERE device_id = ? AND seq = ?",
            [device_id, seq],
        ).fetchone()
        if row is not None:
            seen_id: str = row[0]
            return seen_id != bundle_id
        db.table("seen_bundles").insert(
            {
                "device_id": device_id,
                "seq": seq,
                "bundle_id": bundle_id,
                "first_seen_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            }
        )
    return False
