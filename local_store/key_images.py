"""Key images of a case: the frames a doctor marked as important, each with a short note.

A key image names a DICOM instance by its SOP Instance UID and a frame number, so it survives
re-import and travels in the bundle without pointing at local files. Marking the same frame
again replaces its note. Audit rows name the key image id and frame only, never the note or the
UID. What a valid key image is lives here; its rows are local_store.frame_marks' (``CASE``:
the ``key_images`` table, by case id), as a specialist's own are. Thread-safety: any thread
(reads use the calling thread's connection, changes run on the store's writer).
"""

from __future__ import annotations

from dataclasses import dataclass

from local_store import frame_marks
from local_store.cases import require_not_received
from local_store.connection import writes
from local_store.errors import InvalidIntake
from local_store.frame_marks import CASE
from local_store.models import FieldProblem
from local_store.store import Store

MAX_NOTE_CHARS = 2000


@dataclass(frozen=True)
class KeyImage:
    id: str
    case_id: str
    sop_instance_uid: str
    frame: int
    note: str
    created_at: str


def note_problems(sop_instance_uid: str, frame: int, note: str) -> list[FieldProblem]:
    problems = []
    if not sop_instance_uid.strip():
        problems.append(FieldProblem("key_image.sop_instance_uid", "required"))
    if frame < 0:
        problems.append(FieldProblem("key_image.frame", "out_of_range"))
    if len(note) > MAX_NOTE_CHARS:
        problems.append(FieldProblem("key_image.note", "too_long"))
    return problems


@writes
def add_key_image(store: Store, case_id: str, sop_instance_uid: str, frame: int, note: str) -> str:
    """Mark a frame as a key image (or replace the note of one already marked); returns its id."""
    problems = note_problems(sop_instance_uid, frame, note)
    if problems:
        raise InvalidIntake(problems)
    require_not_received(store, case_id)
    return frame_marks.add_key_image(store, CASE, case_id, sop_instance_uid, frame, note)


@writes
def remove_key_image(store: Store, key_image_id: str) -> None:
    frame_marks.remove_key_image(store, CASE, key_image_id, before=require_not_received)


def list_key_images(store: Store, case_id: str) -> list[KeyImage]:
    return [KeyImage(*row) for row in frame_marks.key_image_rows(store, CASE, case_id)]
