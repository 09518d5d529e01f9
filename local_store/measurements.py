"""Measurements of a case: lengths, angles and area ellipses drawn on its images, kept with it.

Like a key image, a measurement names a DICOM instance by its SOP Instance UID and a frame, so
it survives re-import and never points at local files; its points are image pixel
coordinates ((column, row), as ``imaging.measure`` takes them), so the numbers are worked out
again from the image's own calibration whenever it is drawn. "Clear" removes the measurements of
one frame. A received case refuses them (``cases.require_not_received``): a specialist's own
go beside it, in local_store.review_marks. Audit rows name the measurement id, kind and frame,
never the UID or the points. What a valid measurement is lives here; its rows are
local_store.frame_marks' (``CASE``: the ``measurements`` table, by case id).
Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from local_store import frame_marks
from local_store.cases import require_not_received
from local_store.connection import writes
from local_store.errors import InvalidIntake
from local_store.frame_marks import CASE, Point
from local_store.models import FieldProblem
from local_store.store import Store

# How many points each kind of measurement is drawn with.
POINTS_PER_KIND = {"length": 2, "angle": 3, "ellipse": 2}
# Far beyond any image (imaging.limits keeps frames well inside this): catches garbage points.
MAX_COORDINATE = 1_000_000.0


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
    return frame_marks.add_measurement(store, CASE, case_id, sop_instance_uid, frame, kind, points)


@writes
def remove_measurement(store: Store, measurement_id: str) -> None:
    frame_marks.remove_measurement(store, CASE, measurement_id)


@writes
def clear_measurements(store: Store, case_id: str, sop_instance_uid: str, frame: int) -> int:
    """Remove every measurement on one frame of the case; returns how many there were."""
    require_not_received(store, case_id)
    return frame_marks.clear_measurements(store, CASE, case_id, sop_instance_uid, frame)


def list_measurements(store: Store, case_id: str) -> list[StoredMeasurement]:
    return [StoredMeasurement(*row) for row in frame_marks.measurement_rows(store, CASE, case_id)]
