"""A specialist's own key images and measurements on a received case, kept beside it.

A received case is kept exactly as the clinic sent it (its case, attachments, manifest and
the clinic's key images never change: ``cases.require_not_received``), so what the specialist
marks and measures while reviewing goes into tables of its own, ``review_key_images`` and
``review_measurements``, keyed by the received case's bundle id and the image's SOP Instance
UID and frame, points in image pixels: the same keys and checks as the clinic's own
(``key_images.note_problems``, ``measurements.measurement_problems``), so the viewer draws them
again when the specialist reopens the case. The rows are kept the one way the clinic's are,
local_store.frame_marks (``RECEIVED``: the two tables, by bundle id, each change audited under
the received case's local id). Marking a frame again replaces its note. Audit rows name the
mark's id, kind and frame, never the note, the UID or the points.

Thread-safety: any thread; reads use the calling thread's connection, changes run on the
store's writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from local_store import frame_marks
from local_store.connection import writes
from local_store.errors import InvalidIntake
from local_store.frame_marks import RECEIVED, Point
from local_store.key_images import note_problems
from local_store.measurements import measurement_problems
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
    return frame_marks.add_key_image(store, RECEIVED, bundle_id, sop_instance_uid, frame, note)


@writes
def remove_key_image(store: Store, key_image_id: str) -> None:
    frame_marks.remove_key_image(store, RECEIVED, key_image_id)


def list_key_images(store: Store, bundle_id: str) -> list[ReviewKeyImage]:
    return [ReviewKeyImage(*row) for row in frame_marks.key_image_rows(store, RECEIVED, bundle_id)]


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
    return frame_marks.add_measurement(
        store, RECEIVED, bundle_id, sop_instance_uid, frame, kind, points
    )


@writes
def clear_measurements(store: Store, bundle_id: str, sop_instance_uid: str, frame: int) -> int:
    """Remove the specialist's measurements on one frame; returns how many there were."""
    return frame_marks.clear_measurements(store, RECEIVED, bundle_id, sop_instance_uid, frame)


def list_measurements(store: Store, bundle_id: str) -> list[ReviewMeasurement]:
    return [
        ReviewMeasurement(*row) for row in frame_marks.measurement_rows(store, RECEIVED, bundle_id)
    ]
