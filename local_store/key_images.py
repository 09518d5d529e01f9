"""Key images of a case: the frames a doctor marked as important, each with a short note.

A key image names a DICOM instance by its SOP Instance UID and a frame number, so it survives
re-import and travels in the bundle without pointing at local files. Marking the same frame
again replaces its note. Audit rows name the key image id and frame only, never the note or the
UID. Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

from dataclasses import dataclass

from local_store import audit
from local_store.cases import new_id, now_iso, require_not_received
from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake, NotFound
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
    uid, note = sop_instance_uid.strip(), note.strip()
    require_not_received(store, case_id)
    with transaction(store) as db:
        if db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
            raise NotFound("case")
        row = db.execute(
            "SELECT id FROM key_images WHERE case_id = ? AND sop_instance_uid = ? AND frame = ?",
            [case_id, uid, frame],
        ).fetchone()
        if row is None:
            key_id, action = new_id(), "key_image.added"
            db.table("key_images").insert(
                {
                    "id": key_id,
                    "case_id": case_id,
                    "sop_instance_uid": uid,
                    "frame": frame,
                    "note": note,
                    "created_at": now_iso(),
                }
            )
        else:
            key_id, action = row[0], "key_image.note_changed"
            db.table("key_images").update(key_id, {"note": note})
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(db, store.actor, action, case_id, {"key_image_id": key_id, "frame": frame})
    return key_id


@writes
def remove_key_image(store: Store, key_image_id: str) -> None:
    row = query(
        store, "SELECT case_id, frame FROM key_images WHERE id = ?", [key_image_id]
    ).fetchone()
    if row is None:
        raise NotFound("key image")
    case_id, frame = row
    require_not_received(store, case_id)
    with transaction(store) as db:
        db.table("key_images").delete(key_image_id)
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "key_image.removed",
            case_id,
            {"key_image_id": key_image_id, "frame": frame},
        )


def list_key_images(store: Store, case_id: str) -> list[KeyImage]:
    rows = query(
        store,
        "SELECT id, case_id, sop_instance_uid, frame, note, created_at FROM key_images"
        " WHERE case_id = ? ORDER BY created_at, id",
        [case_id],
    ).fetchall()
    return [KeyImage(*row) for row in rows]
