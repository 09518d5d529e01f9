"""Key images and measurements on a frame of a DICOM image: the one way both sides keep them.

A mark names its image by SOP Instance UID and frame (never a local file), and belongs to an
owner named by one column: the clinic's own marks (``key_images``, ``measurements``) by the
case id, a specialist's own on a received case (``review_key_images``, ``review_measurements``)
by the received bundle id. ``Marks`` holds what differs between the two (the tables, the key
column, the audit actions' prefix, how the owner's local case is found, whether a change marks
the case updated); ``CASE`` and ``RECEIVED`` are the two. Here are only the rows: what a valid
mark is and who may change one stay with the callers (local_store.key_images,
local_store.measurements, local_store.review_marks), which run these inside their own write.
Marking a frame again replaces its note. Audit rows name the mark's id, kind and frame, never
the note, the UID or the points.

Thread-safety: any thread for the reads (the calling thread's connection); the changes only
inside a write on the store's writer (``@writes`` callers).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from local_store import audit
from local_store.cases import new_id, now_iso
from local_store.connection import query, transaction
from local_store.errors import NotFound
from local_store.store import Store

Point = tuple[float, float]


def _existing_case(db: sqlite_utils.Database, case_id: str) -> str:
    if db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
        raise NotFound("case")
    return case_id


def _received_case(db: sqlite_utils.Database, bundle_id: str) -> str:
    """The local case id of a received case (its audit rows name it)."""
    row = db.execute(
        "SELECT case_id FROM received_cases WHERE bundle_id = ?", [bundle_id]
    ).fetchone()
    if row is None:
        raise NotFound("received case")
    return str(row[0])


@dataclass(frozen=True)
class Marks:
    """Where one owner's marks are kept and what a change to them records."""

    key_images: str  # the key images' table
    measurements: str  # the measurements' table
    key: str  # the column naming the owner in both
    audit_prefix: str  # before "key_image.added", "measurement.cleared"...
    case_of: Callable[[sqlite_utils.Database, str], str]  # the owner's local case; NotFound
    touches_case: bool  # a change moves the case's updated_at (a case of the clinic's own)


CASE = Marks("key_images", "measurements", "case_id", "", _existing_case, True)
RECEIVED = Marks(
    "review_key_images", "review_measurements", "bundle_id", "review_", _received_case, False
)


def _changed(db: sqlite_utils.Database, marks: Marks, case_id: str) -> None:
    if marks.touches_case:
        db.table("cases").update(case_id, {"updated_at": now_iso()})


def _audit(
    db: sqlite_utils.Database,
    store: Store,
    marks: Marks,
    action: str,
    case_id: str,
    detail: dict[str, Any],
) -> None:
    audit.append(db, store.actor, marks.audit_prefix + action, case_id, detail)


# ---- key images


def add_key_image(
    store: Store, marks: Marks, owner: str, sop_instance_uid: str, frame: int, note: str
) -> str:
    """Mark a frame as a key image of ``owner`` (or replace the note of one already marked);
    returns its id. The caller has checked the note (key_images.note_problems)."""
    uid, note = sop_instance_uid.strip(), note.strip()
    with transaction(store) as db:
        case_id = marks.case_of(db, owner)
        row = db.execute(
            f"SELECT id FROM {marks.key_images}"
            f" WHERE {marks.key} = ? AND sop_instance_uid = ? AND frame = ?",
            [owner, uid, frame],
        ).fetchone()
        if row is None:
            key_id, action = new_id(), "key_image.added"
            db.table(marks.key_images).insert(
                {
                    "id": key_id,
                    marks.key: owner,
                    "sop_instance_uid": uid,
                    "frame": frame,
                    "note": note,
                    "created_at": now_iso(),
                }
            )
        else:
            key_id, action = str(row[0]), "key_image.note_changed"
            db.table(marks.key_images).update(key_id, {"note": note})
        _changed(db, marks, case_id)
        _audit(db, store, marks, action, case_id, {"key_image_id": key_id, "frame": frame})
    return key_id


def key_image_rows(store: Store, marks: Marks, owner: str) -> list[tuple[Any, ...]]:
    """``owner``'s key images, oldest first: (id, owner, sop_instance_uid, frame, note,
    created_at)."""
    return [
        tuple(row)
        for row in query(
            store,
            f"SELECT id, {marks.key}, sop_instance_uid, frame, note, created_at"
            f" FROM {marks.key_images} WHERE {marks.key} = ? ORDER BY created_at, id",
            [owner],
        ).fetchall()
    ]


# ---- measurements


def add_measurement(
    store: Store,
    marks: Marks,
    owner: str,
    sop_instance_uid: str,
    frame: int,
    kind: str,
    points: Sequence[Point],
) -> str:
    """Keep one finished measurement of ``owner``; returns its id. The caller has checked it
    (measurements.measurement_problems)."""
    measurement_id = new_id()
    with transaction(store) as db:
        case_id = marks.case_of(db, owner)
        db.table(marks.measurements).insert(
            {
                "id": measurement_id,
                marks.key: owner,
                "sop_instance_uid": sop_instance_uid.strip(),
                "frame": frame,
                "kind": kind,
                "points": json.dumps([[float(x), float(y)] for x, y in points]),
                "created_at": now_iso(),
            }
        )
        _changed(db, marks, case_id)
        _audit(
            db,
            store,
            marks,
            "measurement.added",
            case_id,
            {"measurement_id": measurement_id, "kind": kind, "frame": frame},
        )
    return measurement_id


def clear_measurements(
    store: Store, marks: Marks, owner: str, sop_instance_uid: str, frame: int
) -> int:
    """Remove ``owner``'s measurements on one frame; returns how many there were."""
    with transaction(store) as db:
        ids = [
            row[0]
            for row in db.execute(
                f"SELECT id FROM {marks.measurements}"
                f" WHERE {marks.key} = ? AND sop_instance_uid = ? AND frame = ?",
                [owner, sop_instance_uid.strip(), frame],
            )
        ]
        if not ids:
            return 0  # nothing on that frame, whether or not the owner is known here
        case_id = marks.case_of(db, owner)
        db.execute(
            f"DELETE FROM {marks.measurements} WHERE id IN ({', '.join('?' * len(ids))})", ids
        )
        _changed(db, marks, case_id)
        _audit(
            db,
            store,
            marks,
            "measurement.cleared",
            case_id,
            {"measurement_ids": ids, "frame": frame},
        )
    return len(ids)


def measurement_rows(store: Store, marks: Marks, owner: str) -> list[tuple[Any, ...]]:
    """``owner``'s measurements, oldest first: (id, owner, sop_instance_uid, frame, kind,
    points, created_at), the points as (x, y) pairs of floats."""
    rows = query(
        store,
        f"SELECT id, {marks.key}, sop_instance_uid, frame, kind, points, created_at"
        f" FROM {marks.measurements} WHERE {marks.key} = ? ORDER BY created_at, id",
        [owner],
    ).fetchall()
    return [
        (*row[:5], tuple((float(x), float(y)) for x, y in json.loads(row[5])), row[6])
        for row in rows
    ]


# ---- removing one mark


def remove_key_image(
    store: Store,
    marks: Marks,
    key_image_id: str,
    *,
    before: Callable[[Store, str], None] | None = None,
) -> None:
    """Remove one key image; ``before(store, owner)`` may refuse first. Raises NotFound."""
    _remove(store, marks, marks.key_images, "key_image", key_image_id, before)


def remove_measurement(store: Store, marks: Marks, measurement_id: str) -> None:
    """Remove one measurement. Raises NotFound."""
    _remove(store, marks, marks.measurements, "measurement", measurement_id, None)


def _remove(
    store: Store,
    marks: Marks,
    table: str,
    kind: str,
    mark_id: str,
    before: Callable[[Store, str], None] | None,
) -> None:
    row = query(store, f"SELECT {marks.key}, frame FROM {table} WHERE id = ?", [mark_id]).fetchone()
    if row is None:
        raise NotFound(kind.replace("_", " "))
    owner, frame = str(row[0]), row[1]
    if before is not None:
        before(store, owner)
    with transaction(store) as db:
        case_id = marks.case_of(db, owner)
        db.table(table).delete(mark_id)
        _changed(db, marks, case_id)
        detail = {f"{kind}_id": mark_id, "frame": frame}
        _audit(db, store, marks, f"{kind}.removed", case_id, detail)
