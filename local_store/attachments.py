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
from local_store.cases import get_case, new_id, now_iso, require_not_received
from local_store.connection import query, transaction, writes
from local_store.errors import CaseClosed, FileSent, NotFound
from local_store.models import Attachment, AttachmentKind, CaseStatus
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
    require_not_received(store, case_id)
    with transaction(store) as db:
        require_open_case(store, case_id)
        existing = on_case(store, case_id, staged.ref.sha256)
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


_COLUMNS = "id, case_id, sha256, name, media_type, kind, size, added_at, sent_in"


def require_open_case(store: Store, case_id: str) -> None:
    """Files may be added to a case until it is closed (after sending, as an update)."""
    if get_case(store, case_id).status == CaseStatus.CLOSED:
        raise CaseClosed()


@writes
def on_case(store: Store, case_id: str, sha256: str) -> str | None:
    """The id of the attachment of ``case_id`` with this content, if any; one in the trash
    comes back out of it (the same file added again is wanted after all)."""
    with transaction(store) as db:
        row = db.execute(
            "SELECT id, removed_at FROM attachments WHERE case_id = ? AND sha256 = ?",
            [case_id, sha256],
        ).fetchone()
        if row is None:
            return None
        if row[1] is not None:
            db.table("attachments").update(row[0], {"removed_at": None})
            audit.append(db, store.actor, "attachment.restored", case_id, {"attachment_id": row[0]})
        found: str = row[0]
        return found


def list_attachments(store: Store, case_id: str) -> list[Attachment]:
    """The case's attachments, not those in the trash, oldest first."""
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM attachments"
        " WHERE case_id = ? AND removed_at IS NULL ORDER BY added_at",
        [case_id],
    ).fetchall()
    return [_attachment(row) for row in rows]


def get_attachment(store: Store, attachment_id: str) -> Attachment:
    row = query(
        store,
        f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",
        [attachment_id],
    ).fetchone()
    if row is None:
        raise NotFound("attachment")
    return _attachment(row)


@writes
def remove_attachment(store: Store, attachment_id: str) -> None:
    """Move one attachment to the trash (``local_store.trash`` restores or purges it).

    Raises FileSent when it went in a bundle, CaseClosed when its case is closed.
    """
    attachment = get_attachment(store, attachment_id)
    require_not_received(store, attachment.case_id)
    if attachment.sent_in is not None:
        raise FileSent()
    with transaction(store) as db:
        require_open_case(store, attachment.case_id)
        stamp = now_iso()
        db.table("attachments").update(attachment_id, {"removed_at": stamp})
        db.table("cases").update(attachment.case_id, {"updated_at": stamp})
        audit.append(
            db,
            store.actor,
            "attachment.removed",
            attachment.case_id,
            {"attachment_id": attachment_id, "sha256": attachment.sha256},
        )


@writes
def mark_sent(store: Store, attachment_ids: list[str], bundle_id: str) -> None:
    """These attachments went in ``bundle_id``: from now on they stay with the case."""
    with transaction(store) as db:
        db.execute(
            f"UPDATE attachments SET sent_in = ? WHERE sent_in IS NULL AND id IN"
            f" ({','.join('?' * len(attachment_ids))})",
            [bundle_id, *attachment_ids],
        )


def unsent(store: Store, case_id: str) -> list[Attachment]:
    """Attachments added since the case was sent: what an update carries."""
    return [a for a in list_attachments(store, case_id) if a.sent_in is None]


def sweep_orphans(store: Store, min_age_seconds: float = 3600) -> SweepReport:
    referenced = {row[0] for row in query(store, "SELECT DISTINCT sha256 FROM attachments")}
    # Images in the incoming tray (received from a modality) are on no case yet.
    referenced |= {row[0] for row in query(store, "SELECT sha256 FROM incoming_items")}
    return store.blobs.sweep(referenced, min_age_seconds)


def _attachment(row: Sequence[Any]) -> Attachment:
    values = list(row)
    values[5] = AttachmentKind(values[5])
    return Attachment(*values)
