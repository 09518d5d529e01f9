"""Repository for what was read from a case's documents: kind, date, lab rows, checklist choice.

Per attachment it keeps the document kind and printed date (guessed, or set by the user, whose
choice later analyses never overwrite), how reading went (status and a problem code), the text
(for checklist words) and the extracted lab rows with page and position. A reviewer's
corrections live beside the extracted values, so both stay visible and a re-analysis keeps
them. Per case it keeps the checklist condition and the generated summary.

``analyse_attachment`` decrypts and reads on the calling thread (a worker) and stores the
result as one write on the store's writer, so a cancelled or failed analysis stores nothing
half-done. Audit rows name ids and counts, never values or names. Thread-safety: any thread;
reads use the calling thread's connection and every change is a ``Store.write``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from clinical import checklists
from clinical.errors import ExtractionError
from clinical.extract import PDF, PHOTO_TYPES, extract_document
from clinical.labs import build_result
from clinical.models import DocumentKind, Extraction, Flag, LabResult
from clinical.summary import (
    CaseSummaryDoc,
    SummaryDocument,
    SummaryLab,
    SummaryMissing,
    SummaryStudy,
    build_summary,
)
from foundation.cancel import check
from local_store import audit, cases
from local_store.cases import new_id, now_iso
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


@dataclass(frozen=True)
class StoredLab:
    """A lab row: ``result`` is what counts (corrections applied, flag worked out again);
    ``extracted`` is what was read from the document."""

    id: str
    attachment_id: str
    seq: int
    result: LabResult
    extracted: LabResult
    corrected: bool
    confirmed: bool
    removed: bool
    by_user: bool  # added by the reviewer, not read from the document
    doc_date: str | None


@dataclass(frozen=True)
class TrendPoint:
    date: str | None
    value: float
    unit: str
    flag: Flag | None
    attachment_id: str
    lab_id: str


@dataclass(frozen=True)
class Trend:
    key: str  # analyte key, or the normalised printed name when the catalogue lacks it
    test: str  # the name as printed on the latest report
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class ConditionChoice:
    condition: str | None
    by_user: bool


@dataclass(frozen=True)
class CaseCheck:
    condition: checklists.Condition | None
    result: checklists.CheckResult | None
    flags: tuple[StoredLab, ...]  # rows flagged L, H or critical, newest report first

    @property
    def missing(self) -> list[checklists.ChecklistItem]:
        return self.result.missing if self.result else []


def is_readable(attachment: Attachment) -> bool:
    """PDFs, photos and PDFs wrapped in DICOM are read; DICOM images and others are not."""
    return _readable(attachment.media_type, attachment.kind)


def _readable(media_type: str, kind: str) -> bool:
    if media_type == PDF or media_type in PHOTO_TYPES:
        return True
    return media_type == DICOM and kind == AttachmentKind.DOCUMENT.value


# ---- analysis


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
    attachment, sex = _attachment_and_sex(store, attachment_id)
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


def _unwrap_dicom_pdf(path):
    """The PDF inside a DICOM Encapsulated PDF, written beside the private plaintext copy."""
    import pydicom

    from clinical.errors import UnsupportedDocument

    try:
        dataset = pydicom.dcmread(path, specific_tags=["EncapsulatedDocument"])
        data = bytes(dataset.EncapsulatedDocument)
    except Exception as exc:  # pydicom raises many types for damaged files
        raise UnsupportedDocument(type(exc).__name__) from None
    target = path.with_name(path.name + ".pdf")
    target.write_bytes(data)
    return target


def _attachment_and_sex(store: Store, attachment_id: str) -> tuple[Attachment, str]:
    from local_store.attachments import get_attachment

    attachment = get_attachment(store, attachment_id)
    row = query(
        store,
        "SELECT p.sex FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?",
        [attachment.case_id],
    ).fetchone()
    return attachment, (row[0] if row else "U")


def _existing(db, attachment_id: str) -> dict | None:
    row = db.execute(
        "SELECT kind, kind_by_user, doc_date, date_by_user FROM documents WHERE attachment_id = ?",
        [attachment_id],
    ).fetchone()
    return None if row is None else dict(zip(("kind", "kbu", "date", "dbu"), row, strict=True))


def _upsert_document(db, attachment: Attachment, values: dict) -> None:
    existing = _existing(db, attachment.id)
    if existing and existing["kbu"]:
        values.pop("kind", None)  # the user's choice stands
    if existing and existing["dbu"]:
        values.pop("doc_date", None)
    values |= {"attachment_id": attachment.id, "case_id": attachment.case_id}
    db["documents"].upsert(values, pk="attachment_id")


@writes
def _store_not_a_document(store: Store, attachment: Attachment) -> DocumentInfo:
    with transaction(store) as db:
        _upsert_document(
            db,
            attachment,
            {"status": Status.NOT_A_DOCUMENT, "problem": "", "analysed_at": now_iso()},
        )
    return get_document(store, attachment.id)


@writes
def _store_failure(store: Store, attachment: Attachment, code: str) -> DocumentInfo:
    from clinical.kinds import guess_kind

    with transaction(store) as db:
        _upsert_document(
            db,
            attachment,
            {
                "kind": guess_kind("", attachment.name).value,
                "status": Status.FAILED,
                "problem": code,
                "analysed_at": now_iso(),
            },
        )
        audit.append(
            db,
            store.actor,
            "document.analysed",
            attachment.case_id,
            {"attachment_id": attachment.id, "status": Status.FAILED, "problem": code},
        )
    return get_document(store, attachment.id)


_CORRECTION_COLUMNS = (
    "corrected_test",
    "corrected_value",
    "corrected_unit",
    "corrected_reference",
    "confirmed",
    "removed",
    "corrected_at",
)


_NO_CORRECTION = {
    "corrected_test": None,
    "corrected_value": None,
    "corrected_unit": None,
    "corrected_reference": None,
    "confirmed": 0,
    "removed": 0,
    "corrected_at": None,
}


@writes
def _store_extraction(store: Store, attachment: Attachment, extraction: Extraction) -> DocumentInfo:
    with transaction(store) as db:
        # Corrections made on an earlier reading follow their row (same page and name).
        kept: dict[tuple[int, str], dict] = {}
        for row in db.execute(
            f"SELECT page, test, {', '.join(_CORRECTION_COLUMNS)} FROM lab_results"
            " WHERE attachment_id = ? AND by_user = 0 AND corrected_at IS NOT NULL",
            [attachment.id],
        ):
            kept[(row[0], row[1])] = dict(zip(_CORRECTION_COLUMNS, row[2:], strict=True))
        db.execute(
            "DELETE FROM lab_results WHERE attachment_id = ? AND by_user = 0", [attachment.id]
        )
        rows = []
        for seq, result in enumerate(extraction.results):
            x0, top, x1, bottom = result.bbox
            rows.append(
                {
                    "id": new_id(),
                    "attachment_id": attachment.id,
                    "case_id": attachment.case_id,
                    "seq": seq,
                    "test": result.test,
                    "analyte": result.analyte,
                    "section": result.section,
                    "value": result.value,
                    "unit": result.unit,
                    "reference": result.reference,
                    "lab_flag": result.lab_flag,
                    "page": result.page,
                    "x0": x0,
                    "top": top,
                    "x1": x1,
                    "bottom": bottom,
                    "by_user": 0,
                }
                # Every row names every column: insert_all takes its columns from the rows.
                | _NO_CORRECTION
                | kept.get((result.page, result.test), {})
            )
        if rows:
            db["lab_results"].insert_all(rows)
        _upsert_document(
            db,
            attachment,
            {
                "kind": extraction.kind.value,
                "doc_date": extraction.date,
                "status": Status.DONE,
                "problem": "pages_unread" if extraction.unread_pages else "",
                "text_source": extraction.source.value,
                "pages": extraction.page_count,
                "unread_pages": json.dumps(list(extraction.unread_pages)),
                "text": extraction.text,
                "analysed_at": now_iso(),
            },
        )
        audit.append(
            db,
            store.actor,
            "document.analysed",
            attachment.case_id,
            {"attachment_id": attachment.id, "status": Status.DONE, "results": len(rows)},
        )
    return get_document(store, attachment.id)


# ---- documents

_DOC_SELECT = (
    "SELECT a.id, a.case_id, a.name, a.media_type, a.kind, a.added_at, d.kind, d.kind_by_user,"
    " d.doc_date, d.date_by_user, d.status, d.problem, d.text_source, d.pages, d.unread_pages,"
    " d.analysed_at,"
    " (SELECT COUNT(*) FROM lab_results l WHERE l.attachment_id = a.id AND l.removed = 0)"
    " FROM attachments a LEFT JOIN documents d ON d.attachment_id = a.id"
)


def _document(row) -> DocumentInfo:
    from clinical.kinds import guess_kind

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


def documents_to_analyse(store: Store, case_id: str) -> list[str]:
    """Attachment ids of readable documents never analysed (for a background pass)."""
    return [d.attachment_id for d in list_documents(store, case_id) if d.analysed_at is None]


@writes
def set_kind(store: Store, attachment_id: str, kind: DocumentKind | str) -> DocumentInfo:
    """The user's choice of kind; later analyses keep it."""
    try:
        kind = DocumentKind(kind)
    except ValueError:
        raise InvalidIntake([FieldProblem("document.kind", "invalid_choice")]) from None
    attachment = _attachment_and_sex(store, attachment_id)[0]
    with transaction(store) as db:
        _ensure_row(db, attachment)
        db["documents"].update(attachment_id, {"kind": kind.value, "kind_by_user": 1})
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
    attachment = _attachment_and_sex(store, attachment_id)[0]
    with transaction(store) as db:
        _ensure_row(db, attachment)
        db["documents"].update(attachment_id, {"doc_date": value, "date_by_user": 1})
        audit.append(
            db,
            store.actor,
            "document.date_set",
            attachment.case_id,
            {"attachment_id": attachment_id},
        )
    return get_document(store, attachment_id)


def _ensure_row(db, attachment: Attachment) -> None:
    if _existing(db, attachment.id) is None:
        db["documents"].insert({"attachment_id": attachment.id, "case_id": attachment.case_id})


def document_text(store: Store, attachment_id: str) -> str:
    row = query(
        store, "SELECT text FROM documents WHERE attachment_id = ?", [attachment_id]
    ).fetchone()
    return row[0] if row else ""


# ---- lab rows

_LAB_COLUMNS = (
    "l.id, l.attachment_id, l.seq, l.test, l.section, l.value, l.unit, l.reference, l.lab_flag,"
    " l.page, l.x0, l.top, l.x1, l.bottom, l.by_user, l.corrected_test, l.corrected_value,"
    " l.corrected_unit, l.corrected_reference, l.confirmed, l.removed, l.corrected_at, d.doc_date"
)


def _patient_sex(store: Store, case_id: str) -> str:
    row = query(
        store,
        "SELECT p.sex FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?",
        [case_id],
    ).fetchone()
    return row[0] if row else "U"


def _stored_lab(row, sex: str) -> StoredLab:
    (lab_id, attachment_id, seq, test, section, value, unit, reference, lab_flag, page) = row[:10]
    x0, top, x1, bottom, by_user, c_test, c_value, c_unit, c_ref = row[10:19]
    confirmed, removed, _corrected_at, doc_date = row[19:]
    box = (x0 or 0.0, top or 0.0, x1 or 0.0, bottom or 0.0)
    extracted = build_result(test, value, unit, reference, sex, page, box, section, lab_flag)
    corrected = any(v is not None for v in (c_test, c_value, c_unit, c_ref))
    result = extracted
    if corrected:
        result = build_result(
            c_test if c_test is not None else test,
            c_value if c_value is not None else value,
            c_unit if c_unit is not None else unit,
            c_ref if c_ref is not None else reference,
            sex,
            page,
            box,
            section,
            # The lab's marker was about the printed value, not a corrected one.
            lab_flag if c_value is None else "",
        )
    return StoredLab(
        lab_id,
        attachment_id,
        seq,
        result,
        extracted,
        corrected,
        bool(confirmed),
        bool(removed),
        bool(by_user),
        doc_date,
    )


def list_labs(
    store: Store,
    *,
    attachment_id: str | None = None,
    case_id: str | None = None,
    include_removed: bool = False,
) -> list[StoredLab]:
    """Lab rows of one document (in printed order) or of a whole case (by document date)."""
    if (attachment_id is None) == (case_id is None):
        raise ValueError("give attachment_id or case_id")
    where = "l.attachment_id = ?" if attachment_id else "l.case_id = ?"
    if not include_removed:
        where += " AND l.removed = 0"
    rows = query(
        store,
        f"SELECT {_LAB_COLUMNS} FROM lab_results l"
        " LEFT JOIN documents d ON d.attachment_id = l.attachment_id"
        f" WHERE {where} ORDER BY d.doc_date, l.attachment_id, l.seq",
        [attachment_id or case_id],
    ).fetchall()
    if not rows:
        return []
    owner = case_id or _case_of_attachment(store, attachment_id)
    sex = _patient_sex(store, owner)
    return [_stored_lab(row, sex) for row in rows]


def _case_of_attachment(store: Store, attachment_id: str) -> str:
    row = query(store, "SELECT case_id FROM attachments WHERE id = ?", [attachment_id])
    found = row.fetchone()
    if found is None:
        raise NotFound("attachment")
    return found[0]


def get_lab(store: Store, lab_id: str) -> StoredLab:
    row = query(
        store,
        f"SELECT {_LAB_COLUMNS}, l.case_id FROM lab_results l"
        " LEFT JOIN documents d ON d.attachment_id = l.attachment_id WHERE l.id = ?",
        [lab_id],
    ).fetchone()
    if row is None:
        raise NotFound("lab_result")
    return _stored_lab(row[:-1], _patient_sex(store, row[-1]))


_UNSET: Any = object()


@writes
def correct_lab(
    store: Store,
    lab_id: str,
    *,
    test: str | None = _UNSET,
    value: str | None = _UNSET,
    unit: str | None = _UNSET,
    reference: str | None = _UNSET,
    confirmed: bool | None = None,
    removed: bool | None = None,
) -> StoredLab:
    """Store a reviewer's correction; None for a text field goes back to the extracted value.

    ``confirmed`` marks the row checked against the document; ``removed`` hides a row that is
    not a result (it stays stored, so the choice can be undone).
    """
    changes: dict[str, Any] = {}
    for column, new in (
        ("corrected_test", test),
        ("corrected_value", value),
        ("corrected_unit", unit),
        ("corrected_reference", reference),
    ):
        if new is not _UNSET:
            changes[column] = None if new is None else str(new).strip()
    if changes.get("corrected_test") == "" or changes.get("corrected_value") == "":
        field = "lab.test" if changes.get("corrected_test") == "" else "lab.value"
        raise InvalidIntake([FieldProblem(field, "required")])
    if confirmed is not None:
        changes["confirmed"] = int(confirmed)
    if removed is not None:
        changes["removed"] = int(removed)
    case_id = query(store, "SELECT case_id FROM lab_results WHERE id = ?", [lab_id]).fetchone()
    if case_id is None:
        raise NotFound("lab_result")
    changes["corrected_at"] = now_iso()
    with transaction(store) as db:
        db["lab_results"].update(lab_id, changes)
        audit.append(
            db,
            store.actor,
            "lab.corrected",
            case_id[0],
            {"lab_id": lab_id, "fields": sorted(k for k in changes if k != "corrected_at")},
        )
    return get_lab(store, lab_id)


@writes
def add_lab(
    store: Store,
    attachment_id: str,
    *,
    test: str,
    value: str,
    unit: str = "",
    reference: str = "",
    page: int = 1,
) -> StoredLab:
    """A row the extraction missed, typed by the reviewer from the document."""
    problems = []
    if not test.strip():
        problems.append(FieldProblem("lab.test", "required"))
    if not value.strip():
        problems.append(FieldProblem("lab.value", "required"))
    if problems:
        raise InvalidIntake(problems)
    attachment = _attachment_and_sex(store, attachment_id)[0]
    lab_id = new_id()
    with transaction(store) as db:
        seq = db.execute(
            "SELECT COALESCE(MAX(seq), -1) + 1 FROM lab_results WHERE attachment_id = ?",
            [attachment_id],
        ).fetchone()[0]
        from clinical.catalog import analyte_for

        db["lab_results"].insert(
            {
                "id": lab_id,
                "attachment_id": attachment_id,
                "case_id": attachment.case_id,
                "seq": seq,
                "test": test.strip(),
                "analyte": analyte_for(test),
                "value": value.strip(),
                "unit": unit.strip(),
                "reference": reference.strip(),
                "page": page,
                "by_user": 1,
                "confirmed": 1,
                "corrected_at": now_iso(),
            }
        )
        audit.append(
            db,
            store.actor,
            "lab.added",
            attachment.case_id,
            {"lab_id": lab_id, "attachment_id": attachment_id},
        )
    return get_lab(store, lab_id)


def lab_trends(store: Store, case_id: str, min_points: int = 1) -> list[Trend]:
    """Per test, its numeric values across the case's reports, oldest first.

    Tests join by analyte (so "SGPT" and "ALT" are one line), else by printed name.
    """
    from clinical.catalog import normalise

    series: dict[str, list[tuple[StoredLab, TrendPoint]]] = {}
    for lab in list_labs(store, case_id=case_id):
        result = lab.result
        if result.number is None:
            continue
        key = result.analyte or normalise(result.test)
        point = TrendPoint(
            lab.doc_date, result.number, result.unit, result.flag, lab.attachment_id, lab.id
        )
        series.setdefault(key, []).append((lab, point))
    trends = []
    for key, pairs in series.items():
        if len(pairs) < min_points:
            continue
        pairs.sort(key=lambda p: (p[1].date is None, p[1].date or ""))
        trends.append(Trend(key, pairs[-1][0].result.test, tuple(p for _, p in pairs)))
    return sorted(trends, key=lambda t: t.test.lower())


# ---- checklist condition and check


def get_condition(store: Store, case_id: str) -> ConditionChoice:
    """The case's condition: the user's choice if made, else a guess (not stored)."""
    row = query(
        store, "SELECT condition, condition_by_user FROM case_clinical WHERE case_id = ?", [case_id]
    ).fetchone()
    if row and row[1]:
        return ConditionChoice(row[0], True)
    case = cases.get_case(store, case_id)
    guess = checklists.guess_condition(case.referral.specialty, case.referral.working_diagnosis)
    return ConditionChoice(guess, False)


@writes
def set_condition(store: Store, case_id: str, condition: str | None) -> ConditionChoice:
    """Choose the checklist for the case (None: no checklist)."""
    if condition is not None and condition not in checklists.load_conditions():
        raise InvalidIntake([FieldProblem("case.condition", "invalid_choice")])
    cases.get_case(store, case_id)  # NotFound for an unknown case
    with transaction(store) as db:
        db["case_clinical"].upsert(
            {"case_id": case_id, "condition": condition, "condition_by_user": 1}, pk="case_id"
        )
        audit.append(db, store.actor, "case.condition_set", case_id, {"condition": condition})
    return ConditionChoice(condition, True)


def case_evidence(store: Store, case_id: str) -> checklists.CaseEvidence:
    docs = query(
        store,
        "SELECT d.kind, d.text FROM documents d WHERE d.case_id = ? AND d.status = ?",
        [case_id, Status.DONE],
    ).fetchall()
    documents = [checklists.DocumentEvidence(kind, text or "") for kind, text in docs]
    # Documents the user classified without a successful reading still count by kind.
    documents += [
        checklists.DocumentEvidence(d.kind.value)
        for d in list_documents(store, case_id)
        if d.status != Status.DONE and (d.kind_by_user or d.kind is not DocumentKind.OTHER)
    ]
    analytes = frozenset(
        lab.result.analyte for lab in list_labs(store, case_id=case_id) if lab.result.analyte
    )
    return checklists.CaseEvidence(
        tuple(documents), analytes, frozenset(_modalities(store, case_id))
    )


def _modalities(store: Store, case_id: str) -> set[str]:
    from local_store.dicom_index import list_studies

    found: set[str] = set()
    for study in list_studies(store, case_id):
        found.update(m.upper() for m in study.modalities if m)
        found.update(s.modality.upper() for s in study.series if s.modality)
    return found


def check_case(store: Store, case_id: str) -> CaseCheck:
    """Missing investigations for the case's condition, and its flagged lab values."""
    choice = get_condition(store, case_id)
    condition = checklists.load_conditions().get(choice.condition) if choice.condition else None
    result = checklists.evaluate(condition, case_evidence(store, case_id)) if condition else None
    flags = [lab for lab in list_labs(store, case_id=case_id) if lab.result.flag]
    flags.sort(key=lambda lab: lab.doc_date or "", reverse=True)
    flags.sort(key=lambda lab: lab.result.flag is not Flag.CRITICAL)
    return CaseCheck(condition, result, tuple(flags))


# ---- summary


def generate_summary(store: Store, case_id: str) -> CaseSummaryDoc:
    """Build the specialist's summary from the case as it is now and keep it with the case."""
    case = cases.get_case(store, case_id)
    check = check_case(store, case_id)
    from local_store.dicom_index import list_studies

    documents = [
        SummaryDocument(d.attachment_id, d.name, d.kind.value, d.date, d.added_at)
        for d in list_documents(store, case_id)
    ]
    labs = [
        SummaryLab(
            lab.result.test,
            lab.result.value,
            lab.result.unit,
            lab.result.reference,
            lab.result.flag.value if lab.result.flag else "",
            lab.doc_date,
            lab.attachment_id,
            lab.result.page,
        )
        for lab in check.flags
    ]
    studies = [
        SummaryStudy(
            s.study_uid,
            s.study_date,
            s.description,
            tuple(s.modalities),
            len(s.series),
            sum(x.instances for x in s.series),
        )
        for s in list_studies(store, case_id)
    ]
    summary = build_summary(
        patient_name=case.patient.name,
        patient_sex=case.patient.sex.value,
        patient_age=case.patient.age_years
        if case.patient.age_years is not None
        else _age(case.patient.birth_date),
        patient_id=case.patient.hospital_id,
        specialty=case.referral.specialty,
        urgency=case.referral.urgency.value,
        questions=case.referral.questions,
        working_diagnosis=case.referral.working_diagnosis,
        clinical_summary=case.referral.clinical_summary,
        condition=check.condition.id if check.condition else None,
        condition_title=check.condition.title if check.condition else "",
        documents=documents,
        labs=labs,
        studies=studies,
        missing=[SummaryMissing(i.item, i.need, i.source) for i in check.missing],
        generated_at=now_iso(),
    )
    _keep_summary(store, case_id, summary)
    return summary


@writes
def _keep_summary(store: Store, case_id: str, summary: CaseSummaryDoc) -> None:
    with transaction(store) as db:
        existing = db.execute("SELECT 1 FROM case_clinical WHERE case_id = ?", [case_id]).fetchone()
        values = {"summary": json.dumps(summary.to_dict()), "summary_at": summary.generated_at}
        if existing:
            db["case_clinical"].update(case_id, values)
        else:
            db["case_clinical"].insert({"case_id": case_id} | values)
        audit.append(db, store.actor, "case.summary_generated", case_id, {})


def get_summary(store: Store, case_id: str) -> CaseSummaryDoc | None:
    row = query(store, "SELECT summary FROM case_clinical WHERE case_id = ?", [case_id]).fetchone()
    if not row or not row[0]:
        return None
    return CaseSummaryDoc.from_dict(json.loads(row[0]))


def _age(birth_date: str | None) -> int | None:
    if not birth_date:
        return None
    born, today = date.fromisoformat(birth_date), date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
