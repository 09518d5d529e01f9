"""Attaching a file in two steps, so a long import never holds up the database writer.

``stage_file`` sniffs, hashes, encrypts and fsyncs the file into the blob store (slow, no
database); ``attach_staged`` then records it on a case in one short transaction. The blob is on
disk before the row that points at it, exactly as in ``attachments.add_file``; a crash between
the two leaves an orphan blob for the sweep, never a row without its file.
Thread-safety: ``stage_file`` may run on any thread (blob writing is thread-safe and touches no
connection); ``attach_staged`` uses the calling thread's connection, so call it from the
database writer thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from local_store import audit
from local_store.attachments import AddResult, get_attachment
from local_store.blobs import BlobRef
from local_store.cases import new_id, now_iso
from local_store.models import Attachment, AttachmentKind
from local_store.sniff import sniff
from local_store.store import Store


@dataclass(frozen=True)
class StagedFile:
    ref: BlobRef
    name: str
    media_type: str
    kind: AttachmentKind


def stage_file(
    store: Store,
    path: Path,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> StagedFile:
    """Store the file's encrypted content; raises Cancelled, StorageFull, StorageReadOnly."""
    path = Path(path)
    media_type, kind = sniff(path)
    ref = store.blobs.put_file(path, cancel, progress)
    return StagedFile(ref, path.name, media_type, kind)


def attach_staged(store: Store, case_id: str, staged: StagedFile) -> AddResult:
    """Record a staged file on a case; the same content twice is reported, not duplicated."""
    ref = staged.ref
    with store.transaction() as db:
        existing = db.execute(
            "SELECT id FROM attachments WHERE case_id = ? AND sha256 = ?", [case_id, ref.sha256]
        ).fetchone()
        if existing:
            return AddResult(get_attachment(store, existing[0]), True)
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
        db["attachments"].insert(attachment.__dict__ | {"kind": staged.kind.value})
        db["cases"].update(case_id, {"updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "attachment.added",
            case_id,
            {"attachment_id": attachment.id, "sha256": ref.sha256, "size": ref.size},
        )
    return AddResult(attachment, False)
