"""Reading a case's documents: one attachment's text, kind, date and lab rows, stored at once.

``analyse_attachment`` decrypts and reads on the calling thread (a worker) and stores the
result as one write on the store's writer, so a cancelled or failed analysis stores nothing
half-done: a document that cannot be read is stored as failed with its reason's code, and a
new reading keeps the user's kind, date and lab corrections (``document_kinds``,
``lab_results``). Audit rows name ids and counts, never values or names. Thread-safety: any
thread; reads use the calling thread's connection and every change is a ``Store.write``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from clinical.errors import ExtractionError, UnsupportedDocument
from clinical.extract import PDF, extract_document
from clinical.kinds import guess_kind
from clinical.models import Extraction
from foundation.cancel import check
from local_store import audit
from local_store.attachments import get_attachment
from local_store.cases import now_iso
from local_store.connection import transaction, writes
from local_store.document_kinds import (
    DICOM,
    DocumentInfo,
    Status,
    get_document,
    is_readable,
    list_documents,
    record_reading,
)
from local_store.lab_results import patient_sex, replace_extracted
from local_store.models import Attachment
from local_store.store import Store


def analyse_attachment(
    store: Store,
    attachment_id: str,
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DocumentInfo:
    """Read one attachment and store its kind, date, text and lab rows in one transaction.

    A document that cannot be read (encrypted, damaged, no OCR installed) is stored as failed
    with the reason's code, and its DocumentInfo returned; nothing else changes. Raises
    Cancelled (nothing stored), NotFound, BlobCorrupt.
    """
    attachment = get_attachment(store, attachment_id)
    sex = patient_sex(store, attachment.case_id)
    if not is_readable(attachment):
        return _store_not_a_document(store, attachment)
    try:
        with store.blobs.decrypted_file(attachment.sha256) as path:
            source = path
            if attachment.media_type == DICOM:
                source = _unwrap_dicom_pdf(path)
            try:
                extraction = extract_document(
                    source,
                    file_name=attachment.name,
                    sex=sex,
                    media_type=PDF if attachment.media_type == DICOM else attachment.media_type,
                    cancel=cancel,
                    progress=progress,
                )
            finally:
                if source != path:
                    source.unlink(missing_ok=True)
    except ExtractionError as exc:
        # A reader stopped by the cancel may fail on its way out: that is a cancel too.
        check(cancel, "analysis")
        return _store_failure(store, attachment, exc.code)
    check(cancel, "analysis")
    return _store_extraction(store, attachment, extraction)


def documents_to_analyse(store: Store, case_id: str) -> list[str]:
    """Attachment ids of readable documents never analysed (for a background pass)."""
    return [d.attachment_id for d in list_documents(store, case_id) if d.analysed_at is None]


def _unwrap_dicom_pdf(path: Path) -> Path:
    """The PDF inside a DICOM Encapsulated PDF, written beside the private plaintext copy."""
    import pydicom

    try:
        dataset = pydicom.dcmread(path, specific_tags=["EncapsulatedDocument"])
        data = bytes(dataset.EncapsulatedDocument)
    except Exception as exc:  # pydicom raises many types for damaged files
        raise UnsupportedDocument(type(exc).__name__) from None
    target = path.with_name(path.name + ".pdf")
    target.write_bytes(data)
    return target


@writes
def _store_not_a_document(store: Store, attachment: Attachment) -> DocumentInfo:
    with transaction(store) as db:
        record_reading(
            db,
            attachment,
            {"status": Status.NOT_A_DOCUMENT, "problem": "", "analysed_at": now_iso()},
        )
    return get_document(store, attachment.id)


@writes
def _store_failure(store: Store, attachment: Attachment, code: str) -> DocumentInfo:
    reading = {
        "kind": guess_kind("", attachment.name).value,
        "status": Status.FAILED,
        "problem": code,
        "analysed_at": now_iso(),
    }
    with transaction(store) as db:
        _record_analysis(db, store, attachment, reading, {"problem": code})
    return get_document(store, attachment.id)


@writes
def _store_extraction(store: Store, attachment: Attachment, extraction: Extraction) -> DocumentInfo:
    reading = {
        "kind": extraction.kind.value,
        "doc_date": extraction.date,
        "status": Status.DONE,
        "problem": "pages_unread" if extraction.unread_pages else "",
        "text_source": extraction.source.value,
        "pages": extraction.page_count,
        "unread_pages": json.dumps(list(extraction.unread_pages)),
        "text": extraction.text,
        "analysed_at": now_iso(),
    }
    with transaction(store) as db:
        stored = replace_extracted(db, attachment, extraction.results)
        _record_analysis(db, store, attachment, reading, {"results": stored})
    return get_document(store, attachment.id)


def _record_analysis(
    db: sqlite_utils.Database,
    store: Store,
    attachment: Attachment,
    reading: dict[str, Any],
    details: dict[str, Any],
) -> None:
    """Store a reading and its audit row (ids, the status, codes and counts) in one write."""
    status = reading["status"]
    record_reading(db, attachment, reading)
    audit.append(
        db,
        store.actor,
        "document.analysed",
        attachment.case_id,
        {"attachment_id": attachment.id, "status": status, **details},
    )
