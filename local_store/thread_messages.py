"""Repository for a case's follow-up thread, on either side: the messages written here and
their way out (waiting for the supplementary bundle that carries their files, queued, sent
with the service's receipt, or failed with a code), and the messages received (kept with the
service's vouch for their author). Messages the feed brought that failed a check are kept out
of the thread, in ``thread_refusals``, with their code.

Thread messages are not outbox rows: the outbox uploads files; a message is one small request.
Each write is one short transaction. Storing a received message (or its refusal) and moving
the feed cursor past it are one transaction, and a message id is stored once, so a feed item
read twice, or a message sent twice, is kept once. Storing a message also sets its case's
status (``question_asked``, ``answered``) unless the case is closed.
Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from local_store import audit, cases
from local_store.connection import query, transaction, writes
from local_store.models import CaseStatus
from local_store.outbox import CURSOR_KEY, now_iso
from local_store.store import Store

WAITING = "waiting"  # for the supplementary bundle carrying its files to be sent
QUEUED = "queued"
SENT = "sent"
FAILED = "failed"  # refused for good: a person must act
RECEIVED = "received"
TO_SEND = (WAITING, QUEUED)

# What storing a received message came to.
STORED = "stored"
DUPLICATE = "duplicate"  # the same message again (a feed item read twice): kept once
REPLAYED = "message_replayed"  # a known id with other content: refused


@dataclass(frozen=True)
class ThreadRow:
    message_id: str
    case_id: str
    bundle_id: str
    outgoing: bool
    state: str
    signed: dict[str, Any]  # {"message": ..., "signature": ...} as signed
    author: dict[str, Any]  # KeyVouch JSON of the author device
    at: str  # when the author wrote it
    supplement: str | None
    sealed: bytes | None  # outgoing: the sealed bytes, made once and sent as they are
    receipt: dict[str, Any] | None
    received_at: str | None  # when the service stored it
    attempts: int
    last_error: str | None
    next_attempt_at: float | None
    stored_at: str


_COLUMNS = (
    "message_id, case_id, bundle_id, outgoing, state, signed, author, at, supplement, sealed, "
    "receipt, received_at, attempts, last_error, next_attempt_at, stored_at"
)


def _row(row: Sequence[Any]) -> ThreadRow:
    return ThreadRow(
        message_id=row[0],
        case_id=row[1],
        bundle_id=row[2],
        outgoing=bool(row[3]),
        state=row[4],
        signed=json.loads(row[5]),
        author=json.loads(row[6]),
        at=row[7],
        supplement=row[8],
        sealed=row[9],
        receipt=json.loads(row[10]) if row[10] else None,
        received_at=row[11],
        attempts=row[12],
        last_error=row[13],
        next_attempt_at=row[14],
        stored_at=row[15],
    )


def _set_case_status(store: Store, case_id: str, status: CaseStatus | None) -> None:
    if status is not None and cases.get_case(store, case_id).status != CaseStatus.CLOSED:
        cases.set_status(store, case_id, status)


def _move_cursor(store: Store, cursor: int) -> None:
    row = query(store, "SELECT value FROM settings WHERE key = ?", [CURSOR_KEY]).fetchone()
    if row is None or cursor > int(json.loads(row[0]) or 0):
        with transaction(store) as db:
            db.table("settings").upsert({"key": CURSOR_KEY, "value": json.dumps(cursor)}, pk="key")


@writes
def add_outgoing(
    store: Store,
    *,
    message_id: str,
    case_id: str,
    bundle_id: str,
    signed: dict[str, Any],
    author: dict[str, Any],
    at: str,
    supplement: str | None,
    case_status: CaseStatus | None,
) -> None:
    """Keep a message written here, to be sent (after its supplement, when it has one)."""
    with transaction(store) as db:
        db.table("thread_messages").insert(
            {
                "message_id": message_id,
                "case_id": case_id,
                "bundle_id": bundle_id,
                "outgoing": 1,
                "state": WAITING if supplement else QUEUED,
                "signed": json.dumps(signed, sort_keys=True),
                "author": json.dumps(author, sort_keys=True),
                "at": at,
                "supplement": supplement,
                "stored_at": now_iso(),
            }
        )
        audit.append(db, store.actor, "thread.written", case_id, {"message_id": message_id})
        _set_case_status(store, case_id, case_status)


@writes
def add_incoming(
    store: Store,
    *,
    cursor: int,
    message_id: str,
    case_id: str,
    bundle_id: str,
    signed: dict[str, Any],
    author: dict[str, Any],
    at: str,
    received_at: str,
    case_status: CaseStatus | None,
) -> str:
    """Keep a verified message the feed brought and move the cursor past it, together.
    Returns STORED, DUPLICATE (kept once already) or REPLAYED (refused and recorded)."""
    body = json.dumps(signed, sort_keys=True)
    with transaction(store) as db:
        known = db.execute(
            "SELECT signed FROM thread_messages WHERE message_id = ?", [message_id]
        ).fetchone()
        if known is not None:
            _move_cursor(store, cursor)
            if json.loads(known[0]) == signed:
                return DUPLICATE
            _refusal(db, cursor, bundle_id, message_id, REPLAYED)
            return REPLAYED
        db.table("thread_messages").insert(
            {
                "message_id": message_id,
                "case_id": case_id,
                "bundle_id": bundle_id,
                "outgoing": 0,
                "state": RECEIVED,
                "signed": body,
                "author": json.dumps(author, sort_keys=True),
                "at": at,
                "received_at": received_at,
                "stored_at": now_iso(),
            }
        )
        audit.append(db, store.actor, "thread.received", case_id, {"message_id": message_id})
        _set_case_status(store, case_id, case_status)
        _move_cursor(store, cursor)
    return STORED


def _refusal(db: Any, cursor: int, bundle_id: str, message_id: str, code: str) -> None:
    db.table("thread_refusals").upsert(
        {
            "feed_cursor": cursor,
            "bundle_id": bundle_id,
            "message_id": message_id,
            "code": code,
            "at": now_iso(),
        },
        pk="feed_cursor",
    )


@writes
def refuse_incoming(
    store: Store, *, cursor: int, bundle_id: str, message_id: str, code: str
) -> None:
    """Keep a message that failed a check out of the thread (its code recorded) and move the
    cursor past it, together."""
    with transaction(store) as db:
        _refusal(db, cursor, bundle_id, message_id, code)
        _move_cursor(store, cursor)


def refusals(store: Store, bundle_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Messages kept out, oldest first (of these bundles when given)."""
    cursor = query(
        store,
        "SELECT feed_cursor, bundle_id, message_id, code, at FROM thread_refusals "
        "ORDER BY feed_cursor",
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return [r for r in rows if bundle_ids is None or r["bundle_id"] in bundle_ids]


def for_case(store: Store, case_id: str) -> list[ThreadRow]:
    """The case's messages in the order written (the author's time, then arrival)."""
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM thread_messages WHERE case_id = ? ORDER BY at, rowid",
        [case_id],
    ).fetchall()
    return [_row(r) for r in rows]


def get(store: Store, message_id: str) -> ThreadRow | None:
    row = query(
        store, f"SELECT {_COLUMNS} FROM thread_messages WHERE message_id = ?", [message_id]
    ).fetchone()
    return None if row is None else _row(row)


def to_send(store: Store) -> list[ThreadRow]:
    """Messages written here and not sent yet, oldest first."""
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM thread_messages WHERE outgoing = 1 AND state IN (?, ?) "
        "ORDER BY stored_at, rowid",
        list(TO_SEND),
    ).fetchall()
    return [_row(r) for r in rows]


def settled_count(store: Store) -> int:
    """How many messages have arrived here or left from here: it grows each time a thread
    changes for the other side or for the screens that show one."""
    row = query(
        store, "SELECT COUNT(*) FROM thread_messages WHERE state IN (?, ?)", [SENT, RECEIVED]
    ).fetchone()
    return int(row[0])


@writes
def set_queued(store: Store, message_id: str) -> None:
    """Its supplementary bundle is at the service: the message may go."""
    with transaction(store) as db:
        db.execute(
            "UPDATE thread_messages SET state = ? WHERE message_id = ? AND state = ?",
            [QUEUED, message_id, WAITING],
        )


@writes
def set_sealed(store: Store, message_id: str, sealed: bytes) -> None:
    """The sealed bytes, made once: a retry sends exactly them."""
    with transaction(store) as db:
        db.execute(
            "UPDATE thread_messages SET sealed = ? WHERE message_id = ? AND sealed IS NULL",
            [sealed, message_id],
        )


@writes
def mark_sent(store: Store, message_id: str, receipt: dict[str, Any], received_at: str) -> None:
    with transaction(store) as db:
        db.execute(
            "UPDATE thread_messages SET state = ?, receipt = ?, received_at = ?, "
            "last_error = NULL, next_attempt_at = NULL WHERE message_id = ?",
            [SENT, json.dumps(receipt, sort_keys=True), received_at, message_id],
        )


@writes
def record_failure(
    store: Store, message_id: str, code: str, *, retry_at: float | None, permanent: bool
) -> None:
    with transaction(store) as db:
        db.execute(
            "UPDATE thread_messages SET attempts = attempts + 1, last_error = ?, "
            "next_attempt_at = ?, state = CASE WHEN ? THEN ? ELSE state END "
            "WHERE message_id = ?",
            [code, retry_at, int(permanent), FAILED, message_id],
        )


@writes
def clear_waits(store: Store) -> None:
    """A new run is a new chance: nothing waits on a backoff from an earlier one."""
    with transaction(store) as db:
        db.execute(
            "UPDATE thread_messages SET next_attempt_at = NULL WHERE state IN (?, ?)",
            list(TO_SEND),
        )


@writes
def retry(store: Store, message_id: str) -> None:
    """A failed message queued again (after a person looked at why)."""
    with transaction(store) as db:
        db.execute(
            "UPDATE thread_messages SET state = ?, attempts = 0, last_error = NULL, "
            "next_attempt_at = NULL WHERE message_id = ? AND state = ?",
            [QUEUED, message_id, FAILED],
        )
