"""A specialist's own key images and measurements on a received case, kept beside it.

A received case is kept exactly as the clinic sent it (its case, attachments, manifest and
the clinic's key images never change: ``cases.require_not_received``), so what the specialist
marks and measures while reviewing goes into tables of its own, ``review_key_images`` and
``review_measurements``, keyed by the received case's bundle id and the image's SOP Instance
UID and frame, points in image pixels: the same keys and checks as the clinic's own
(``key_images.note_problems``, ``measurements.measurement_problems``), so the viewer draws them
again when the specialist reopens the case. Marking a frame again replaces its note. Audit rows
name the mark's id, kind and frame, never the note, the UID or the points.

Thread-safety: any thread; reads use the calling thread's connection, changes run on the
store's writer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from local_store import audit
from local_store.cases import new_id, now_iso
from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake, NotFound
from local_store.key_images import note_problems
from local_store.measurements import Point, measurement_problems
from local_store.store import Store


@dataclass(frozen=True)
class ReviewKeyImage:
    id: str
    bundle_id: str
    sop_instance_uid: str
    frame: int
    note: str
    created_at: str


@dataclass(frozen=True)
class ReviewMeasurement:
    id: str
    bundle_id: str
    sop_instance_uid: str
    frame: int
    kind: str  # "length" | "angle" | "ellipse"
    points: tuple[Point, ...]
    created_at: str


def _case_of(db: Any, bundle_id: str) -> str:
    """The local case id of a received case (its audit rows name it)."""
    row = db.execute(
        "SELECT case_id FROM received_cases WHERE bundle_id = ?", [bundle_id]
    ).fetchone()
    if row is None:
        raise NotFound("received case")
    return str(row[0])


# ---- key images


@writes
def add_key_image(
    store: Store, bundle_id: str, sop_instance_uid: str, frame: int, note: str
) -> str:
    """Mark a frame of a received case as one of the specialist's key images (or replace the
    note of one already marked); returns its id."""
    problems = note_problems(sop_instance_uid, frame, note)
    if problems:
        raise InvalidIntake(problems)
    uid, note = sop_instance_uid.strip(), note.strip()
    with transaction(store) as db:
        case_id = _case_of(db, bundle_id)
        row = db.execute(
            "SELECT id FROM review_key_images"
            " WHERE bundle_id = ? AND sop_instance_uid = ? AND frame = ?",
            [bundle_id, uid, frame],
        ).fetchone()
        if row is None:
            mark_id, action = new_id(), "review_key_image.added"
            db.table("review_key_images").insert(
                {
                    "id": mark_id,
                    "bundle_id": bundle_id,
                    "sop_instance_uid": uid,
                    "frame": frame,
                    "note": note,
                    "created_at": now_iso(),
                }
            )
        else:
            mark_id, action = str(row[0]), "review_key_image.note_changed"
            db.table("review_key_images").update(mark_id, {"note": note})
        audit.append(db, store.actor, action, case_id, {"key_image_id": mark_id, "frame": frame})
    return mark_id


@writes
def remove_key_image(store: Store, key_image_id: str) -> None:
    with transaction(store) as db:
        row = db.execute(
            "SELECT bundle_id, frame FROM review_key_images WHERE id = ?", [key_image_id]
        ).fetchone()
        if row is None:
            raise NotFound("key image")
        case_id = _case_of(db, row[0])
        db.table("review_key_images").delete(key_image_id)
        audit.append(
            db,
            store.actor,
            "review_key_image.removed",
            case_id,
            {"key_image_id": key_image_id, "frame": row[1]},
        )


def list_key_images(store: Store, bundle_id: str) -> list[ReviewKeyImage]:
    rows = query(
        store,
        "SELECT id, bundle_id, sop_instance_uid, frame, note, created_at FROM review_key_images"
        " WHERE bundle_id = ? ORDER BY created_at, id",
        [bundle_id],
    ).fetchall()
    return [ReviewKeyImage(*row) for row in rows]


# ---- measurements


@writes
def add_measurement(
    store: Store,
    bundle_id: str,
    sop_instance_uid: str,
    frame: int,
    kind: str,
    points: Sequence[Point],
) -> str:
    """Keep one finished measurement the specialist drew on a received case; returns its id."""
    problems = measurement_problems(sop_instance_uid, frame, kind, points)
    if problems:
        raise InvalidIntake(problems)
    measurement_id = new_id()
    with transaction(store) as db:
        case_id = _case_of(db, bundle_id)
        db.table("review_measurements").insert(
            {
                "id": measurement_id,
                "bundle_id": bundle_id,
                "sop_instance_uid": sop_instance_uid.strip(),
                "frame": frame,
                "kind": kind,
                "points": json.dumps([[float(x), float(y)] for x, y in points]),
                "created_at": now_iso(),
            }
        )
        audit.append(
            db,
            store.actor,
            "review_measurement.added",
            case_id,
            {"measurement_id": measurement_id, "kind": kind, "frame": frame},
        )
    return measurement_id


@writes
def clear_measurements(store: Store, bundle_id: str, sop_instance_uid: str, frame: int) -> int:
    """Remove the specialist's measurements on one frame; returns how many there were."""
    with transaction(store) as db:
        case_id = _case_of(db, bundle_id)
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM review_measurements"
                " WHERE bundle_id = ? AND sop_instance_uid = ? AND frame = ?",
                [bundle_id, sop_instance_uid.strip(), frame],
            )
        ]
        if not ids:
            return 0
        db.execute(
            f"DELETE FROM review_measurements WHERE id IN ({', '.join('?' * len(ids))})", ids
        )
        audit.append(
            db,
            store.actor,
            "review_measurement.cleared",
            case_id,
            {"measurement_ids": ids, "frame": frame},
        )
    return len(ids)


def list_measurements(store: Store, bundle_id: str) -> list[ReviewMeasurement]:
    rows = query(
        store,
        "SELECT id, bundle_id, sop_instance_uid, frame, kind, points, created_at"
        " FROM review_measurements WHERE bundle_id = ? ORDER BY created_at, id",
        [bundle_id],
    ).fetchall()
    return [
        ReviewMeasurement(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            tuple((float(x), float(y)) for x, y in json.loads(row[5])),
            row[6],
        )
        for row in rows
    ]
