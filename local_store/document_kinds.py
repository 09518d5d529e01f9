"""The case's documents as the store keeps them: kind, printed date and how reading went.

One ``documents`` row per attachment that is read (PDFs, photos, PDFs wrapped in DICOM) keeps
the document kind and printed date (guessed by a reading, or set by the user, whose choice
later readings never overwrite: ``record_reading`` keeps it), the reading's status and problem
code, and the text read (for checklist words). ``list_documents`` gives a case's documents in
timeline order. Audit rows name ids, never values. Thread-safety: any thread; reads use the
calling thread's connection and every change is a ``Store.write``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from clinical.extract import PDF, PHOTO_TYPES
from clinical.kinds import guess_kind
from clinical.models import DocumentKind
from local_store import audit
from local_store.attachments import get_attachment
from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake, NotFound
from local_store.models import Attachment, AttachmentKind, FieldProblem
from local_store.store import Store
from local_store.validation import parse_date

DICOM = "application/dicom"


class Status:
    PENDING = "pending"  # not read yet
    DONE = "done"
    FAILED = "failed"  # ``problem`` holds a clinical.errors code
    NOT_A_DOCUMENT = "not_a_document"  # DICOM images and other files are not read for text


def kinds_for(media_type: str) -> list[DocumentKind]:
    """The kinds a file of this type can be: a photo may also be a clinical photo of the
    patient (a wound, a rash); a PDF or a wrapped PDF is a document, never a clinical photo."""
    if media_type in PHOTO_TYPES:
        return list(DocumentKind)
    return [k for k in DocumentKind if k is not DocumentKind.CLINICAL_PHOTO]


@dataclass(frozen=True)
class DocumentInfo:
    attachment_id: str
    case_id: str
    name: str
    media_type: str
    kind: DocumentKind
    kind_by_user: bool
    date: str | None
    date_by_user: bool
    status: str
    problem: str  # code when failed; "pages_unread" when scanned pages had no OCR
    text_source: str
    pages: int
    unread_pages: tuple[int, ...]
    added_at: str
    analysed_at: str | None
    lab_count: int


def is_readable(attachment: Attachment) -> bool:
    """PDFs, photos and PDFs wrapped in DICOM are read; DICOM images and others are not."""
    return _readable(attachment.media_type, attachment.kind)


def _readable(media_type: str, kind: str) -> bool:
    if media_type == PDF or media_type in PHOTO_TYPES:
        return True
    return media_type == DICOM and kind == AttachmentKind.DOCUMENT.value


_DOC_SELECT = (
    "SELECT a.id, a.case_id, a.name, a.media_type, a.kind, a.added_at, d.kind, d.kind_by_user,"
    " d.doc_date, d.date_by_user, d.status, d.problem, d.text_source, d.pages, d.unread_pages,"
    " d.analysed_at,"
    " (SELECT COUNT(*) FROM lab_results l WHERE l.attachment_id = a.id AND l.removed = 0)"
    " FROM attachments a LEFT JOIN documents d ON d.attachment_id = a.id"
)


def _document(row: Sequence[Any]) -> DocumentInfo:
    (aid, case_id, name, media_type, _akind, added_at, kind, kbu, doc_date, dbu) = row[:10]
    status, problem, text_source, pages, unread, analysed_at, labs = row[10:]
    return DocumentInfo(
        attachment_id=aid,
        case_id=case_id,
        name=name,
        media_type=media_type,
        kind=DocumentKind(kind) if kind else guess_kind("", name),
        kind_by_user=bool(kbu),
        date=doc_date,
        date_by_user=bool(dbu),
        status=status or Status.PENDING,
        problem=problem or "",
        text_source=text_source or "",
        pages=pages or 0,
        unread_pages=tuple(json.loads(unread or "[]")),
        added_at=added_at,
        analysed_at=analysed_at,
        lab_count=labs,
    )


def get_document(store: Store, attachment_id: str) -> DocumentInfo:
    row = query(store, _DOC_SELECT + " WHERE a.id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFound("attachment")
    return _document(row)


def list_documents(store: Store, case_id: str) -> list[DocumentInfo]:
    """The case's documents (PDFs, photos, wrapped PDFs) in timeline order: by printed date,
    oldest first; undated ones after, in the order they were added."""
    rows = query(store, _DOC_SELECT + " WHERE a.case_id = ?", [case_id]).fetchall()
    docs = [_document(row) for row in rows if _readable(row[3], row[4])]
    return sorted(docs, key=lambda d: (d.date is None, d.date or "", d.added_at))


def document_text(store: Store, attachment_id: str) -> str:
    row = query(
        store, "SELECT text FROM documents WHERE attachment_id = ?", [attachment_id]
    ).fetchone()
    return row[0] if row else ""


@writes
def set_kind(store: Store, attachment_id: str, kind: DocumentKind | str) -> DocumentInfo:
    """The user's choice of kind, one of ``kinds_for`` the file; later analyses keep it."""
    try:
        kind = DocumentKind(kind)
    except ValueError:
        raise InvalidIntake([FieldProblem("document.kind", "invalid_choice")]) from None
    attachment = get_attachment(store, attachment_id)
    if kind not in kinds_for(attachment.media_type):
        raise InvalidIntake([FieldProblem("document.kind", "invalid_choice")])
    with transaction(store) as db:
        _ensure_row(db, attachment)
        db.table("documents").update(attachment_id, {"kind": kind.value, "kind_by_user": 1})
        audit.append(
            db,
            store.actor,
            "document.kind_set",
            attachment.case_id,
            {"attachment_id": attachment_id, "kind": kind.value},
        )
    return get_document(store, attachment_id)


@writes
def set_date(store: Store, attachment_id: str, iso_date: str | None) -> DocumentInfo:
    """The user's date for the document (None clears it); later analyses keep it."""
    value = None
    if iso_date:
        try:
            parsed = parse_date(iso_date)
        except ValueError:
            raise InvalidIntake([FieldProblem("document.date", "invalid_date")]) from None
        if parsed > date.today():
            raise InvalidIntake([FieldProblem("document.date", "future_date")])
        value = parsed.isoformat()
    attachment = get_attachment(store, attachment_id)
    with transaction(store) as db:
        _ensure_row(db, attachment)
        db.table("documents").update(attachment_id, {"doc_date": value, "date_by_user": 1})
        audit.append(
            db,
            store.actor,
            "document.date_set",
            attachment.case_id,
            {"attachment_id": attachment_id},
        )
    return get_document(store, attachment_id)


def record_reading(
    db: sqlite_utils.Database, attachment: Attachment, values: dict[str, Any]
) -> None:
    """Store what a reading found, inside the caller's write; the user's kind and date stand."""
    existing = _existing(db, attachment.id)
    if existing and existing["kbu"]:
        values.pop("kind", None)  # the user's choice stands
    if existing and existing["dbu"]:
        values.pop("doc_date", None)
    values |= {"attachment_id": attachment.id, "case_id": attachment.case_id}
    db.table("documents").upsert(values, pk="attachment_id")


def _existing(db: sqlite_utils.Database, attachment_id: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT kind, kind_by_user, doc_date, date_by_user FROM documents WHERE attachment_id = ?",
        [attachment_id],
    ).fetchone()
    return None if row is None else dict(zip(("kind", "kbu", "date", "dbu"), row, strict=True))


def _ensure_row(db: sqlite_utils.Database, attachment: Attachment) -> None:
    if _existing(db, attachment.id) is None:
        db.table("documents").insert(
            {"attachment_id": attachment.id, "case_id": attachment.case_id}
        )
