"""Repository for a case's attachments: files stored in the blob store, listed per case.

Attaching is two steps: ``stage_file`` encrypts the content into the blob store (slow, no
database, any thread) and ``attach_staged`` records it in one short transaction, so a large
import never holds up the database writer. The blob is fsynced before the row that points at it,
so a crash leaves at worst an orphan blob for the sweep, never a row without its file. The audit
row records the content hash and size, not the file name (names often carry the patient's name).
Thread-safety: any thread; ``stage_file`` touches no database, ``attach_staged`` is one short
write on the store's writer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from local_store import audit
from local_store.blobs import BlobRef, SweepReport
from local_store.cases import ensure_editable, new_id, now_iso
from local_store.connection import query, transaction, writes
from local_store.errors import NotFound
from local_store.models import Attachment, AttachmentKind
from local_store.sniff import sniff
from local_store.store import Store


@dataclass(frozen=True)
class AddResult:
    attachment: Attachment
    duplicate: bool  # the same content was already attached to this case


@dataclass(frozen=True)
class StagedFile:
    """A file whose encrypted content is in the blob store but not yet on any case."""

    ref: BlobRef
    name: str
    media_type: str
    kind: AttachmentKind


def add_file(
    store: Store,
    case_id: str,
    path: Path,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> AddResult:
    """Stage and attach in one call (the CLI); the desktop runs the two steps on two threads."""
    return attach_staged(store, case_id, stage_file(store, path, cancel, progress))


def stage_file(
    store: Store,
    path: Path,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> StagedFile:
    """Encrypt the file into the blob store: slow, touches no database, any thread.

    Raises Cancelled, StorageFull, StorageReadOnly.
    """
    path = Path(path)
    media_type, kind = sniff(path)
    ref = store.blobs.put_file(path, cancel, progress)
    return StagedFile(ref, path.name, media_type, kind)


@writes
def attach_staged(store: Store, case_id: str, staged: StagedFile) -> AddResult:
    """Record a staged file on a case in one short transaction (the database thread).

    The same content attached twice is reported as a duplicate, not stored twice.
    """
    ensure_editable(store, case_id)
    with transaction(store) as db:
        existing = same_content(db, case_id, staged.ref.sha256)
        if existing:
            return AddResult(get_attachment(store, existing), True)
        attachment = insert_staged(db, case_id, staged)
        audit.append(
            db,
            store.actor,
            "attachment.added",
            case_id,
            {"attachment_id": attachment.id, "sha256": attachment.sha256, "size": attachment.size},
        )
    return AddResult(attachment, False)


def same_content(db: sqlite_utils.Database, case_id: str, sha256: str) -> str | None:
    """The id of the case's attachment with this content, if it has one (inside a write)."""
    row = db.execute(
        "SELECT id FROM attachments WHERE case_id = ? AND sha256 = ?", [case_id, sha256]
    ).fetchone()
    return None if row is None else str(row[0])


def insert_staged(
    db: sqlite_utils.Database,
    case_id: str,
    staged: StagedFile,
    extra: dict[str, Any] | None = None,
) -> Attachment:
    """Add the row for a staged file (and ``extra`` columns) to a case, inside the caller's
    write, and mark the case changed."""
    ref = staged.ref
    attachment = Attachment(
        new_id(),
        case_id,
        ref.sha256,
        staged.name,
        staged.media_type,
        staged.kind,
        ref.size,
        now_iso(),
    )
    row = attachment.__dict__ | {"kind": staged.kind.value} | (extra or {})
    db.table("attachments").insert(row)
    db.table("cases").update(case_id, {"updated_at": now_iso()})
    return attachment


def list_attachments(store: Store, case_id: str) -> list[Attachment]:
    rows = query(
        store,
        "SELECT id, case_id, sha256, name, media_type, kind, size, added_at FROM attachments"
        " WHERE case_id = ? ORDER BY added_at",
        [case_id],
    ).fetchall()
    return [_attachment(row) for row in rows]


def get_attachment(store: Store, attachment_id: str) -> Attachment:
    row = query(
        store,
        "SELECT id, case_id, sha256, name, media_type, kind, size, added_at FROM attachments"
        " WHERE id = ?",
        [attachment_id],
    ).fetchone()
    if row is None:
        raise NotFound("attachment")
    return _attachment(row)


@writes
def remove_attachment(store: Store, attachment_id: str) -> None:
    """Detach from the case; the blob goes at the next sweep if nothing else uses it."""
    attachment = get_attachment(store, attachment_id)
    ensure_editable(store, attachment.case_id)
    with transaction(store) as db:
        db.table("attachments").delete(attachment_id)
        db.table("cases").update(attachment.case_id, {"updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "attachment.removed",
            attachment.case_id,
            {"attachment_id": attachment_id, "sha256": attachment.sha256},
        )


def sweep_orphans(store: Store, min_age_seconds: float = 3600) -> SweepReport:
    referenced = {row[0] for row in query(store, "SELECT DISTINCT sha256 FROM attachments")}
    # Images in the incoming tray (received from a modality) are on no case yet.
    referenced |= {row[0] for row in query(store, "SELECT sha256 FROM incoming_items")}
    return store.blobs.sweep(referenced, min_age_seconds)


def _attachment(row: Sequence[Any]) -> Attachment:
    values = list(row)
    values[5] = AttachmentKind(values[5])
    return Attachment(*values)
