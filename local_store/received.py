"""A specialist's cases: the ones offered to this device and waiting to be fetched, and the ones
fetched and stored for review, exactly as the clinic sent them.

``fetches`` is the queue the sync engine works through: one row per ``case_assigned`` feed
item, holding the item as the service signed it (what every downloaded byte is checked
against), its priority (urgent first), the failures so far and when to try again. Queuing a
fetch and moving the feed cursor past its item are one transaction, so an item is never lost
nor queued twice.

``store_received`` keeps a verified case in the store: a patient and a case row marked
``received`` (the clinic-side edit paths refuse to change it: ``cases.require_not_received``), one
attachment row per file (the blobs were written and made durable by the caller before), the
manifest as the clinic signed it (``received_cases.manifest``: intake, consent, questions,
timeline, summary, checklist, documents and labs, key images with their notes) and the
offer's state. No patient data is written outside the encrypted database and blob store.

Thread-safety: any thread; reads use the calling thread's connection, changes run on the
store's writer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from local_store import audit
from local_store.blobs import BlobRef
from local_store.cases import new_id, now_iso, resolve_case_id
from local_store.connection import query, transaction, writes
from local_store.errors import AmbiguousId, NotFound
from local_store.models import (
    AttachmentKind,
    CaseStatus,
    ConsentMethod,
    Initiator,
    Referral,
    Sex,
    Urgency,
)
from local_store.outbox import CURSOR_KEY
from local_store.store import Store

# A fetch's states: waiting (to be fetched, now or after a backoff), stored (the case is
# here), failed (refused with a problem code: a person may try again), withdrawn (the case is
# no longer this device's: declined, given to someone else, answered).
WAITING = "waiting"
STORED = "stored"
FAILED = "failed"
WITHDRAWN = "withdrawn"

# The offer's state as this device last heard it (sync.protocol.AssignmentState values).
OFFERED = "offered"
ACCEPTED = "accepted"
DECLINED = "declined"

URGENT_PRIORITY = 1


@dataclass(frozen=True)
class Fetch:
    bundle_id: str
    item: dict[str, Any]  # {"item": the case_assigned item, "signature": the service's}
    priority: int
    state: str
    size_cipher: int
    attempts: int
    last_error: str | None
    problem_file: str | None  # the bundle file a refusal names, when there is one
    next_attempt_at: float | None
    offered_at: str
    assignment: str  # the offer's state as this device last heard it
    decline_reason: str


@dataclass(frozen=True)
class ReceivedFile:
    """One file of a received case: its blob (the plaintext's SHA-256) and the manifest's
    ``file_id`` the manifest's documents, labs and studies refer to."""

    file_id: str
    blob: BlobRef
    name: str
    media_type: str
    kind: str


@dataclass(frozen=True)
class ReceivedCase:
    bundle_id: str
    case_id: str
    specialty: str
    urgency: str
    offered_at: str
    due_at: str
    manifest_sha256: str
    clinic: dict[str, Any]  # the service's vouch for the clinic device (KeyVouch JSON)
    manifest: dict[str, Any]  # as the clinic signed it, without its inner signature
    assignment: str
    decline_reason: str
    fetched_at: str
    opened_at: str | None
    files: dict[str, str]  # file_id -> attachment id


# ---- the queue


@writes
def queue_fetch(
    store: Store,
    signed_item: dict[str, Any],
    *,
    bundle_id: str,
    offered_at: str,
    cursor: int,
    urgent: bool,
    size_cipher: int,
) -> None:
    """Queue the case a ``case_assigned`` item offers (``signed_item``: the item with the
    service's signature, as it came) and move the feed cursor past it, in one transaction. An
    offer of a case withdrawn or failed before queues it again: a new offer is a new chance."""
    with transaction(store) as db:
        row = db.execute("SELECT state FROM fetches WHERE bundle_id = ?", [bundle_id]).fetchone()
        if row is None or row[0] in (FAILED, WITHDRAWN):
            db.table("fetches").upsert(
                {
                    "bundle_id": bundle_id,
                    "item": json.dumps(signed_item),
                    "priority": URGENT_PRIORITY if urgent else 0,
                    "state": WAITING,
                    "size_cipher": size_cipher,
                    "attempts": 0,
                    "last_error": None,
                    "problem_file": None,
                    "next_attempt_at": None,
                    "offered_at": offered_at,
                    "updated_at": now_iso(),
                    "assignment": OFFERED,
                    "decline_reason": "",
                },
                pk="bundle_id",
            )
        _move_cursor(db, cursor)


def _move_cursor(db: Any, cursor: int) -> None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [CURSOR_KEY]).fetchone()
    if row is None or cursor > int(json.loads(row[0]) or 0):
        db.table("settings").upsert({"key": CURSOR_KEY, "value": json.dumps(cursor)}, pk="key")


_FETCH_COLUMNS = (
    "bundle_id, item, priority, state, size_cipher, attempts, last_error, problem_file, "
    "next_attempt_at, offered_at, assignment, decline_reason"
)


def _fetch(row: Sequence[Any]) -> Fetch:
    return Fetch(row[0], json.loads(row[1]), *row[2:])


def fetches(store: Store, states: Sequence[str] = (WAITING,)) -> list[Fetch]:
    """Fetches in ``states``, in the order they are worked on: urgent first, then oldest."""
    marks = ",".join("?" for _ in states)
    rows = query(
        store,
        f"SELECT {_FETCH_COLUMNS} FROM fetches WHERE state IN ({marks}) "
        "ORDER BY priority DESC, offered_at, bundle_id",
        list(states),
    ).fetchall()
    return [_fetch(r) for r in rows]


def get_fetch(store: Store, bundle_id: str) -> Fetch | None:
    row = query(
        store, f"SELECT {_FETCH_COLUMNS} FROM fetches WHERE bundle_id = ?", [bundle_id]
    ).fetchone()
    return None if row is None else _fetch(row)


@writes
def record_fetch_failure(
    store: Store,
    bundle_id: str,
    code: str,
    *,
    retry_at: float | None,
    permanent: bool,
    file: str | None = None,
) -> None:
    with transaction(store) as db:
        db.execute(
            "UPDATE fetches SET attempts = attempts + 1, last_error = ?, problem_file = ?, "
            "next_attempt_at = ?, state = ?, updated_at = ? WHERE bundle_id = ?",
            [code, file, retry_at, FAILED if permanent else WAITING, now_iso(), bundle_id],
        )


@writes
def record_fetch_progress(store: Store, bundle_id: str) -> None:
    """Bytes moved: the failures in a row start again."""
    with transaction(store) as db:
        db.execute(
            "UPDATE fetches SET attempts = 0, last_error = NULL WHERE bundle_id = ?", [bundle_id]
        )


@writes
def set_fetch_state(store: Store, bundle_id: str, state: str, code: str | None = None) -> None:
    with transaction(store) as db:
        db.execute(
            "UPDATE fetches SET state = ?, last_error = ?, next_attempt_at = NULL, "
            "updated_at = ? WHERE bundle_id = ?",
            [state, code, now_iso(), bundle_id],
        )


@writes
def retry_fetch(store: Store, bundle_id: str) -> bool:
    """A failed or waiting fetch goes again now; False when there is none to retry."""
    with transaction(store) as db:
        cursor = db.execute(
            "UPDATE fetches SET state = ?, attempts = 0, next_attempt_at = NULL, "
            "last_error = NULL, problem_file = NULL, updated_at = ? "
            "WHERE bundle_id = ? AND state IN (?, ?)",
            [WAITING, now_iso(), bundle_id, WAITING, FAILED],
        )
        return bool(cursor.rowcount)


@writes
def clear_fetch_waits(store: Store) -> None:
    with transaction(store) as db:
        db.execute("UPDATE fetches SET next_attempt_at = NULL WHERE state = ?", [WAITING])


# ---- received cases


def _choice(enum: Any, value: Any, default: Any) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        return str(default.value)


@writes
def store_received(
    store: Store,
    *,
    item: dict[str, Any],
    manifest: dict[str, Any],
    files: Sequence[ReceivedFile],
) -> str:
    """Keep a verified case (its blobs already durable) and mark its fetch stored; returns the
    local case id. A case stored before is kept as it is (its id returned)."""
    bundle_id = str(item["bundle_id"])
    stamp = now_iso()
    with transaction(store) as db:
        row = db.execute(
            "SELECT case_id FROM received_cases WHERE bundle_id = ?", [bundle_id]
        ).fetchone()
        if row is not None:
            db.execute("UPDATE fetches SET state = ? WHERE bundle_id = ?", [STORED, bundle_id])
            return str(row[0])
        case_id, patient_id = new_id(), new_id()
        patient = manifest.get("patient") or {}
        consent = manifest.get("consent") or {}
        referral = (manifest.get("case") or {}).get("referral") or {}
        age = patient.get("age_years")
        db.table("patients").insert(
            {
                "id": patient_id,
                "name": str(patient.get("name") or ""),
                "sex": _choice(Sex, patient.get("sex"), Sex.UNKNOWN),
                "birth_date": patient.get("birth_date") or None,
                "age_years": age if isinstance(age, int) and not isinstance(age, bool) else None,
                # The clinic's age is as of when it sent the case.
                "age_recorded_on": str(manifest.get("case", {}).get("updated_at") or "")[:10]
                or None,
                "phone": str(patient.get("phone") or ""),
                "abha_number": str(patient.get("abha_number") or ""),
                "hospital_id": str(patient.get("hospital_id") or ""),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        texts = {
            name: str(referral.get(name) or "")
            for name in Referral.__dataclass_fields__
            if name not in ("questions", "urgency")
        }
        questions = [str(q) for q in referral.get("questions") or []]
        db.table("cases").insert(
            texts
            | {
                "id": case_id,
                "patient_id": patient_id,
                "status": CaseStatus.ASSIGNED.value,
                "urgency": _choice(Urgency, referral.get("urgency"), Urgency.ROUTINE),
                "questions": json.dumps(questions, ensure_ascii=False),
                "initiated_by": _choice(Initiator, consent.get("initiated_by"), Initiator.PATIENT),
                "consent_given_by": str(consent.get("given_by") or ""),
                "consent_method": _choice(ConsentMethod, consent.get("method"), ConsentMethod.NONE),
                "consent_at": str(consent.get("at") or ""),
                "consent_recorded_by": str(consent.get("recorded_by") or ""),
                "created_at": stamp,
                "updated_at": stamp,
                "received": 1,
            }
        )
        db.table("received_cases").insert(
            {
                "bundle_id": bundle_id,
                "case_id": case_id,
                "specialty": str(item.get("specialty") or ""),
                "urgency": str(item.get("urgency") or ""),
                "offered_at": str(item.get("at") or ""),
                "due_at": str(item.get("due_at") or ""),
                "manifest_sha256": str(item.get("manifest_sha256") or ""),
                "clinic": json.dumps(item.get("clinic") or {}),
                "manifest": json.dumps(manifest, ensure_ascii=False),
                "fetched_at": stamp,
            }
        )
        for f in files:
            attachment_id = new_id()
            db.table("attachments").insert(
                {
                    "id": attachment_id,
                    "case_id": case_id,
                    "sha256": f.blob.sha256,
                    "name": f.name,
                    "media_type": f.media_type,
                    "kind": _choice(AttachmentKind, f.kind, AttachmentKind.OTHER),
                    "size": f.blob.size,
                    "added_at": stamp,
                },
                ignore=True,  # the same content twice in one case is one attachment
            )
            existing = db.execute(
                "SELECT id FROM attachments WHERE case_id = ? AND sha256 = ?",
                [case_id, f.blob.sha256],
            ).fetchone()
            db.table("received_files").insert(
                {"bundle_id": bundle_id, "file_id": f.file_id, "attachment_id": existing[0]}
            )
        db.execute(
            "UPDATE fetches SET state = ?, last_error = NULL, problem_file = NULL, "
            "updated_at = ? WHERE bundle_id = ?",
            [STORED, stamp, bundle_id],
        )
        audit.append(
            db, store.actor, "case.received", case_id, {"bundle_id": bundle_id, "files": len(files)}
        )
    return case_id


_RECEIVED_COLUMNS = (
    "r.bundle_id, r.case_id, r.specialty, r.urgency, r.offered_at, r.due_at, "
    "r.manifest_sha256, r.clinic, r.manifest, f.assignment, f.decline_reason, r.fetched_at, "
    "r.opened_at"
)
_RECEIVED_FROM = "received_cases r JOIN fetches f ON f.bundle_id = r.bundle_id"


def list_received(store: Store) -> list[ReceivedCase]:
    """Every received case, most urgent and soonest due first."""
    rows = query(
        store,
        f"SELECT {_RECEIVED_COLUMNS} FROM {_RECEIVED_FROM} "
        "ORDER BY r.urgency = 'urgent' DESC, r.due_at, r.bundle_id",
    ).fetchall()
    return [_read(store, r) for r in rows]


def get_received(store: Store, bundle_id: str) -> ReceivedCase:
    row = query(
        store,
        f"SELECT {_RECEIVED_COLUMNS} FROM {_RECEIVED_FROM} WHERE r.bundle_id = ?",
        [bundle_id],
    ).fetchone()
    if row is None:
        raise NotFound("received case")
    return _read(store, row)


def _read(store: Store, row: Sequence[Any]) -> ReceivedCase:
    files = dict(
        query(
            store,
            "SELECT file_id, attachment_id FROM received_files WHERE bundle_id = ?",
            [row[0]],
        ).fetchall()
    )
    return ReceivedCase(
        bundle_id=row[0],
        case_id=row[1],
        specialty=row[2],
        urgency=row[3],
        offered_at=row[4],
        due_at=row[5],
        manifest_sha256=row[6],
        clinic=json.loads(row[7]),
        manifest=json.loads(row[8]),
        assignment=row[9],
        decline_reason=row[10],
        fetched_at=row[11],
        opened_at=row[12],
        files=files,
    )


def resolve_bundle_id(store: Store, text: str) -> str:
    """The bundle id a specialist's CASE argument names: a bundle id (or its first characters,
    at least 4) offered to this device, or the local id of a received case."""
    text = text.strip().lower()
    if len(text) < 4:
        raise NotFound("case id too short")
    rows = query(
        store,
        "SELECT bundle_id FROM fetches WHERE substr(bundle_id, 1, ?) = ? "
        "UNION SELECT bundle_id FROM received_cases WHERE substr(bundle_id, 1, ?) = ?",
        [len(text), text, len(text), text],
    ).fetchall()
    names = sorted({r[0] for r in rows})
    if text in names:
        return text
    if len(names) == 1:
        return str(names[0])
    if names:
        raise AmbiguousId(text)
    case_id = resolve_case_id(store, text)
    row = query(
        store, "SELECT bundle_id FROM received_cases WHERE case_id = ?", [case_id]
    ).fetchone()
    if row is None:
        raise NotFound("received case")
    return str(row[0])


@writes
def mark_opened(store: Store, bundle_id: str) -> bool:
    """The specialist opened the case: it is in review. True the first time (the service is
    then told, so the clinic sees "in review")."""
    with transaction(store) as db:
        row = db.execute(
            "SELECT case_id, opened_at FROM received_cases WHERE bundle_id = ?", [bundle_id]
        ).fetchone()
        if row is None:
            raise NotFound("received case")
        if row[1] is not None:
            return False
        stamp = now_iso()
        db.execute(
            "UPDATE received_cases SET opened_at = ? WHERE bundle_id = ?", [stamp, bundle_id]
        )
        db.execute(
            "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?",
            [CaseStatus.IN_REVIEW.value, stamp, row[0]],
        )
        audit.append(db, store.actor, "case.opened", row[0], {"bundle_id": bundle_id})
    return True


def status_unsent(store: Store) -> list[str]:
    """Bundles opened here whose "in review" the service has not confirmed yet."""
    rows = query(
        store,
        "SELECT r.bundle_id FROM received_cases r JOIN fetches f ON f.bundle_id = r.bundle_id "
        "WHERE r.opened_at IS NOT NULL AND r.status_sent = 0 AND f.assignment != ?",
        [DECLINED],
    ).fetchall()
    return [r[0] for r in rows]


@writes
def mark_status_sent(store: Store, bundle_id: str) -> None:
    with transaction(store) as db:
        db.execute("UPDATE received_cases SET status_sent = 1 WHERE bundle_id = ?", [bundle_id])


@writes
def set_assignment(store: Store, bundle_id: str, state: str, reason: str = "") -> None:
    """The offer's state as the service answered it. A declined case goes to another
    specialist: its fetch is withdrawn (a case already here stays, read-only)."""
    with transaction(store) as db:
        db.execute(
            "UPDATE fetches SET assignment = ?, decline_reason = ?, updated_at = ? "
            "WHERE bundle_id = ?",
            [state, reason, now_iso(), bundle_id],
        )
        if state == DECLINED:
            db.execute(
                "UPDATE fetches SET state = ? WHERE bundle_id = ? AND state IN (?, ?)",
                [WITHDRAWN, bundle_id, WAITING, FAILED],
            )
        row = db.execute(
            "SELECT case_id FROM received_cases WHERE bundle_id = ?", [bundle_id]
        ).fetchone()
        if row is not None:
            audit.append(db, store.actor, f"case.{state}", row[0], {"bundle_id": bundle_id})
