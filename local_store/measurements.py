"""Measurements of a case: lengths, angles and area ellipses drawn on its images, kept with it.

Like a key image, a measurement names a DICOM instance by its SOP Instance UID and a frame, so
it survives re-import and never points at local files; its points are image pixel
coordinates ((column, row), as ``imaging.measure`` takes them), so the numbers are worked out
again from the image's own calibration whenever it is drawn. "Clear" removes the measurements of
one frame. A received case refuses them (``cases.require_not_received``): a specialist's own
go beside it, in local_store.review_marks. Audit rows name the measurement id, kind and frame,
never the UID or the points.
Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from local_store import audit
from local_store.cases import new_id, now_iso, require_not_received
from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake, NotFound
from local_store.models import FieldProblem
from local_store.store import Store

# How many points each kind of measurement is drawn with.
POINTS_PER_KIND = {"length": 2, "angle": 3, "ellipse": 2}
# Far beyond any image (imaging.limits keeps frames well inside this): catches garbage points.
MAX_COORDINATE = 1_000_000.0

Point = tuple[float, float]


@dataclass(frozen=True)
class StoredMeasurement:
    id: str
    case_id: str
    sop_instance_uid: str
    frame: int
    kind: str  # "length" | "angle" | "ellipse"
    points: tuple[Point, ...]
    created_at: str


def measurement_problems(
    sop_instance_uid: str, frame: int, kind: str, points: Sequence[Point]
) -> list[FieldProblem]:
    problems = []
    if not sop_instance_uid.strip():
        problems.append(FieldProblem("measurement.sop_instance_uid", "required"))
    if frame < 0:
        problems.append(FieldProblem("measurement.frame", "out_of_range"))
    if kind not in POINTS_PER_KIND:
        problems.append(FieldProblem("measurement.kind", "invalid_choice"))
    elif len(points) != POINTS_PER_KIND[kind] or not all(
        len(p) == 2 and all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in p)
        for p in points
    ):
        problems.append(FieldProblem("measurement.points", "out_of_range"))
    return problems


@writes
def add_measurement(
    store: Store,
    case_id: str,
    sop_instance_uid: str,
    frame: int,
    kind: str,
    points: Sequence[Point],
) -> str:
    """Keep one finished measurement with the case; returns its id."""
    problems = measurement_problems(sop_instance_uid, frame, kind, points)
    if problems:
        raise InvalidIntake(problems)
    # A received case is kept as the clinic sent it: a specialist's measurements go beside it
    # (local_store.review_marks).
    require_not_received(store, case_id)
    measurement_id = new_id()
    with transaction(store) as db:
        if db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
            raise NotFound("case")
        db.table("measurements").insert(
            {
                "id": measurement_id,
                "case_id": case_id,
                "sop_instance_uid": sop_instance_uid.strip(),
                "frame": frame,
                "kind": kind,
                "points": json.dumps([[float(x), float(y)] for x, y in points]),
                "created_at": now_iso(),
            }
        )
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "measurement.added",
            case_id,
            {"measurement_id": measurement_id, "kind": kind, "frame": frame},
        )
    return measurement_id


@writes
def remove_measurement(store: Store, measurement_id: str) -> None:
    row = query(
        store, "SELECT case_id, frame FROM measurements WHERE id = ?", [measurement_id]
    ).fetchone()
    if row is None:
        raise NotFound("measurement")
    case_id, frame = row
    with transaction(store) as db:
        db.table("measurements").delete(measurement_id)
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "measurement.removed",
            case_id,
            {"measurement_id": measurement_id, "frame": frame},
        )


@writes
def clear_measurements(store: Store, case_id: str, sop_instance_uid: str, frame: int) -> int:
    """Remove every measurement on one frame of the case; returns how many there were."""
    require_not_received(store, case_id)
    with transaction(store) as db:
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM measurements"
                " WHERE case_id = ? AND sop_instance_uid = ? AND frame = ?",
                [case_id, sop_instance_uid.strip(), frame],
            )
        ]
        if not ids:
            return 0
        db.execute(
            f"DELETE FROM measurements WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        )
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "measurement.cleared",
            case_id,
            {"measurement_ids": ids, "frame": frame},
        )
    return len(ids)


def list_measurements(store: Store, case_id: str) -> list[StoredMeasurement]:
    rows = query(
        store,
        "SELECT id, case_id, sop_instance_uid, frame, kind, points, created_at FROM measurements"
        " WHERE case_id = ? ORDER BY created_at, id",
        [case_id],
    ).fetchall()
    return [
        StoredMeasurement(
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
