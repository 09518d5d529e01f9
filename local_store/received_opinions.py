"""A clinic's received opinions: the ``opinion_ready`` items its feed brought (the queue the
sync engine downloads from) and the opinions that passed every check, kept as they came.

``queue`` keeps one row per item, keyed by its feed cursor, holding the item as the service
signed it; queuing and moving the feed cursor past the item are one transaction, so an item is
never lost nor queued twice. An item naming an opinion this device already has (stored or
waiting) is a replay: its row is refused (``REPLAYED``) at once and nothing is downloaded.

``store_opinion`` keeps a verified opinion: the signed document's bytes (the plaintext of
opinion.age: the document and the specialist's signature), the service's vouch for the
signer, the key's fingerprint, when it arrived; the queue row becomes stored and the case
``opinion_received``, all in one transaction, so a crash leaves either nothing or all of it.
The same opinion a second time is refused as a replay and stored once. Corrections
(``replaces``) are kept beside the versions they correct, in the order they arrived; a stored
opinion never changes (a trigger refuses it), save when it was first looked at (``seen_at``).
Everything is in the encrypted database; nothing is written elsewhere.

Thread-safety: any thread; reads use the calling thread's connection, changes run on the
store's writer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from local_store import audit, settings
from local_store.cases import advance_status, now_iso
from local_store.connection import query, transaction, writes
from local_store.models import CaseStatus
from local_store.outbox import CURSOR_KEY, feed_cursor
from local_store.store import Store

# A queued item's states: waiting (to be downloaded, now or after a backoff), stored (the
# opinion is here), refused (a check failed, with its code; nothing of it was kept).
WAITING = "waiting"
STORED = "stored"
REFUSED = "refused"

REPLAYED = "opinion_replayed"  # an opinion this device already has, offered again


@dataclass(frozen=True)
class OpinionFetch:
    cursor: int  # the feed item's cursor: the row's key
    opinion_id: str
    bundle_id: str
    item: dict[str, Any]  # {"item": the opinion_ready item, "signature": the service's}
    state: str
    attempts: int
    last_error: str | None
    next_attempt_at: float | None
    queued_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredOpinion:
    opinion_id: str
    case_id: str
    bundle_id: str
    replaces: str | None
    signed: bytes  # the signed document as it decrypted: {"opinion": ..., "signature": ...}
    signer: dict[str, Any]  # the service's vouch for the signing key (KeyVouch JSON)
    fingerprint: str
    received_at: str
    seen_at: str | None


# ---- the queue


@writes
def queue(
    store: Store, signed_item: dict[str, Any], *, cursor: int, opinion_id: str, bundle_id: str
) -> bool:
    """Queue the opinion an ``opinion_ready`` item announces and move the feed cursor past it,
    in one transaction; False when it was refused at once as a replay."""
    stamp = now_iso()
    with transaction(store) as db:
        if db.execute("SELECT 1 FROM opinion_fetches WHERE feed_cursor = ?", [cursor]).fetchone():
            return True
        earlier = db.execute(
            "SELECT 1 FROM opinion_fetches WHERE opinion_id = ? AND state != ? "
            "UNION SELECT 1 FROM received_opinions WHERE opinion_id = ?",
            [opinion_id, REFUSED, opinion_id],
        ).fetchone()
        replay = earlier is not None
        db.table("opinion_fetches").insert(
            {
                "feed_cursor": cursor,
                "opinion_id": opinion_id,
                "bundle_id": bundle_id,
                "item": json.dumps(signed_item),
                "state": REFUSED if replay else WAITING,
                "last_error": REPLAYED if replay else None,
                "queued_at": stamp,
                "updated_at": stamp,
            }
        )
        if cursor > feed_cursor(store):
            settings.put(store, CURSOR_KEY, cursor)
    return not replay


_COLUMNS = (
    "feed_cursor, opinion_id, bundle_id, item, state, attempts, last_error, next_attempt_at, "
    "queued_at, updated_at"
)


def _fetch(row: Sequence[Any]) -> OpinionFetch:
    return OpinionFetch(row[0], row[1], row[2], json.loads(row[3]), *row[4:])


def fetches(store: Store, states: Sequence[str] = (WAITING,)) -> list[OpinionFetch]:
    """Queued items in ``states``, in feed order (a correction after what it corrects)."""
    marks = ",".join("?" for _ in states)
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM opinion_fetches WHERE state IN ({marks}) ORDER BY feed_cursor",
        list(states),
    ).fetchall()
    return [_fetch(r) for r in rows]


def get_fetch(store: Store, cursor: int) -> OpinionFetch | None:
    row = query(
        store, f"SELECT {_COLUMNS} FROM opinion_fetches WHERE feed_cursor = ?", [cursor]
    ).fetchone()
    return None if row is None else _fetch(row)


def refused(store: Store) -> list[OpinionFetch]:
    """Every item refused, oldest first: what the Sending and receiving panel explains."""
    return fetches(store, (REFUSED,))


@writes
def record_failure(
    store: Store, cursor: int, code: str, *, retry_at: float | None, permanent: bool
) -> None:
    """A failed try: a transient one waits until ``retry_at``; a refusal ends the row."""
    with transaction(store) as db:
        db.execute(
            "UPDATE opinion_fetches SET attempts = attempts + 1, last_error = ?, "
            "next_attempt_at = ?, state = ?, updated_at = ? WHERE feed_cursor = ?",
            [code, retry_at, REFUSED if permanent else WAITING, now_iso(), cursor],
        )


@writes
def record_progress(store: Store, cursor: int) -> None:
    """Bytes arrived: the failure count starts again and the last problem is over."""
    with transaction(store) as db:
        db.execute(
            "UPDATE opinion_fetches SET attempts = 0, next_attempt_at = NULL, last_error = NULL "
            "WHERE feed_cursor = ?",
            [cursor],
        )


@writes
def clear_waits(store: Store) -> None:
    """Every waiting item is due at once (a new run, the link back)."""
    with transaction(store) as db:
        db.execute("UPDATE opinion_fetches SET next_attempt_at = NULL WHERE state = ?", [WAITING])


# ---- the opinions kept


@writes
def store_opinion(
    store: Store,
    cursor: int,
    *,
    opinion_id: str,
    case_id: str,
    bundle_id: str,
    replaces: str | None,
    signed: bytes,
    signer: dict[str, Any],
    fingerprint: str,
) -> bool:
    """Keep a verified opinion; the queue row becomes stored and the case
    ``opinion_received``, in one transaction. False (the row refused as a replay, nothing
    stored again) when this opinion is here already."""
    stamp = now_iso()
    with transaction(store) as db:
        if db.execute(
            "SELECT 1 FROM received_opinions WHERE opinion_id = ?", [opinion_id]
        ).fetchone():
            db.execute(
                "UPDATE opinion_fetches SET state = ?, last_error = ?, updated_at = ? "
                "WHERE feed_cursor = ?",
                [REFUSED, REPLAYED, stamp, cursor],
            )
            return False
        last = db.execute("SELECT MAX(position) FROM received_opinions").fetchone()[0]
        db.table("received_opinions").insert(
            {
                "opinion_id": opinion_id,
                "case_id": case_id,
                "bundle_id": bundle_id,
                "replaces": replaces,
                "signed": signed,
                "signer": json.dumps(signer, sort_keys=True),
                "fingerprint": fingerprint,
                "received_at": stamp,
                "position": (last or 0) + 1,
            }
        )
        db.execute(
            "UPDATE opinion_fetches SET state = ?, last_error = NULL, next_attempt_at = NULL, "
            "updated_at = ? WHERE feed_cursor = ?",
            [STORED, stamp, cursor],
        )
        advance_status(store, case_id, CaseStatus.OPINION_RECEIVED)
        audit.append(
            db,
            store.actor,
            "opinion.received",
            case_id,
            {"opinion_id": opinion_id, "bundle_id": bundle_id, "replaces": replaces},
        )
    return True


_OPINION_COLUMNS = (
    "opinion_id, case_id, bundle_id, replaces, signed, signer, fingerprint, received_at, seen_at"
)


def _opinion(row: Sequence[Any]) -> StoredOpinion:
    values = list(row)
    values[4] = bytes(values[4])
    values[5] = json.loads(values[5])
    return StoredOpinion(*values)


def for_case(store: Store, case_id: str) -> list[StoredOpinion]:
    """The case's opinions in the order they arrived (a correction after what it corrects)."""
    rows = query(
        store,
        f"SELECT {_OPINION_COLUMNS} FROM received_opinions WHERE case_id = ? ORDER BY position",
        [case_id],
    ).fetchall()
    return [_opinion(r) for r in rows]


def get(store: Store, opinion_id: str) -> StoredOpinion | None:
    row = query(
        store,
        f"SELECT {_OPINION_COLUMNS} FROM received_opinions WHERE opinion_id = ?",
        [opinion_id],
    ).fetchone()
    return None if row is None else _opinion(row)


def bundles_answered(store: Store) -> set[str]:
    """The bundles an opinion was received on."""
    rows = query(store, "SELECT DISTINCT bundle_id FROM received_opinions").fetchall()
    return {r[0] for r in rows}


def unseen_count(store: Store) -> int:
    """Opinions received and not looked at yet: what the status bar announces."""
    row = query(store, "SELECT COUNT(*) FROM received_opinions WHERE seen_at IS NULL").fetchone()
    return int(row[0])


@writes
def mark_seen(store: Store, case_id: str) -> None:
    """The case's opinions were looked at: the status bar stops announcing them."""
    with transaction(store) as db:
        db.execute(
            "UPDATE received_opinions SET seen_at = ? WHERE case_id = ? AND seen_at IS NULL",
            [now_iso(), case_id],
        )
