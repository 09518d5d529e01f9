"""A case's lab rows as read from its documents, and the reviewer's corrections beside them.

Each row keeps the value as extracted (with page and position) and, beside it, what the
reviewer corrected, confirmed or removed, so both stay visible; ``replace_extracted`` lets a
new reading replace the extracted rows while each correction follows its row (same page and
printed name), and rows the reviewer added stay. ``lab_trends`` lines up a test's values across
the case's reports, joined by ``trend_key``: the analyte, else the printed name without the
method (so "RDW-CV" and "RDW-CV Calculated" are one line). Audit rows name ids and fields,
never values. Thread-safety: any thread; reads use the calling thread's connection and every
change is a ``Store.write``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from clinical.catalog import analyte_for, normalise
from clinical.lab_methods import split_trailing
from clinical.labs import build_result, is_result_value
from clinical.models import Flag, LabResult
from local_store import audit
from local_store.attachments import get_attachment
from local_store.cases import new_id, now_iso
from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake, NotFound
from local_store.models import Attachment, FieldProblem
from local_store.store import Store


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


def patient_sex(store: Store, case_id: str) -> str:
    """The sex of the case's patient ("U" when unknown): it picks split reference ranges."""
    row = query(
        store,
        "SELECT p.sex FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?",
        [case_id],
    ).fetchone()
    return row[0] if row else "U"


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


def replace_extracted(
    db: sqlite_utils.Database, attachment: Attachment, results: Sequence[LabResult]
) -> int:
    """Put a new reading's rows in place of the extracted ones, inside the caller's write.

    Returns how many rows were stored.
    """
    # Corrections made on an earlier reading follow their row (same page and name; a row read
    # before methods were kept apart had the method glued to its name).
    kept: dict[tuple[int, str], dict[str, Any]] = {}
    for row in db.execute(
        f"SELECT page, test, {', '.join(_CORRECTION_COLUMNS)} FROM lab_results"
        " WHERE attachment_id = ? AND by_user = 0 AND corrected_at IS NOT NULL",
        [attachment.id],
    ):
        kept[(row[0], row[1])] = dict(zip(_CORRECTION_COLUMNS, row[2:], strict=True))
    db.execute("DELETE FROM lab_results WHERE attachment_id = ? AND by_user = 0", [attachment.id])
    rows = []
    for seq, result in enumerate(results):
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
                "method": result.method,
                "page": result.page,
                "x0": x0,
                "top": top,
                "x1": x1,
                "bottom": bottom,
                "by_user": 0,
            }
            # Every row names every column: insert_all takes its columns from the rows.
            | _NO_CORRECTION
            | kept.get(
                (result.page, result.test),
                kept.get((result.page, f"{result.test} {result.method}"), {}),
            )
        )
    if rows:
        db.table("lab_results").insert_all(rows)
    return len(rows)


_LAB_COLUMNS = (
    "l.id, l.attachment_id, l.seq, l.test, l.section, l.value, l.unit, l.reference, l.lab_flag,"
    " l.page, l.x0, l.top, l.x1, l.bottom, l.by_user, l.corrected_test, l.corrected_value,"
    " l.corrected_unit, l.corrected_reference, l.confirmed, l.removed, l.corrected_at, l.method,"
    " d.doc_date"
)


def _stored_lab(row: Sequence[Any], sex: str) -> StoredLab:
    (lab_id, attachment_id, seq, test, section, value, unit, reference, lab_flag, page) = row[:10]
    x0, top, x1, bottom, by_user, c_test, c_value, c_unit, c_ref = row[10:19]
    confirmed, removed, _corrected_at, method, doc_date = row[19:]
    box = (x0 or 0.0, top or 0.0, x1 or 0.0, bottom or 0.0)
    extracted = build_result(
        test, value, unit, reference, sex, page, box, section, lab_flag, method
    )
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
            method,
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
        f"SELECT {_LAB_COLUMNS}, l.case_id FROM lab_results l"
        " LEFT JOIN documents d ON d.attachment_id = l.attachment_id"
        f" WHERE {where} ORDER BY d.doc_date, l.attachment_id, l.seq",
        [attachment_id or case_id],
    ).fetchall()
    if not rows:
        return []
    # Every row is of one case (the one asked for, or the document's).
    sex = patient_sex(store, rows[0][-1])
    return [_stored_lab(row[:-1], sex) for row in rows]


def get_lab(store: Store, lab_id: str) -> StoredLab:
    row = query(
        store,
        f"SELECT {_LAB_COLUMNS}, l.case_id FROM lab_results l"
        " LEFT JOIN documents d ON d.attachment_id = l.attachment_id WHERE l.id = ?",
        [lab_id],
    ).fetchone()
    if row is None:
        raise NotFound("lab_result")
    return _stored_lab(row[:-1], patient_sex(store, row[-1]))


_UNSET: Any = object()


def value_problem(value: str) -> FieldProblem | None:
    """Why a typed result cannot be stored: empty, or not a number nor a result word."""
    if not value.strip():
        return FieldProblem("lab.value", "required")
    if not is_result_value(value):
        return FieldProblem("lab.value", "not_a_result")
    return None


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

    A corrected value must read as a result (``clinical.labs.is_result_value``); anything
    else is refused with the problem "not_a_result" and nothing is stored.

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
    if changes.get("corrected_value") is not None:
        problem = value_problem(changes["corrected_value"])
        if problem:
            raise InvalidIntake([problem])
    if confirmed is not None:
        changes["confirmed"] = int(confirmed)
    if removed is not None:
        changes["removed"] = int(removed)
    case_id = query(store, "SELECT case_id FROM lab_results WHERE id = ?", [lab_id]).fetchone()
    if case_id is None:
        raise NotFound("lab_result")
    changes["corrected_at"] = now_iso()
    with transaction(store) as db:
        db.table("lab_results").update(lab_id, changes)
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
    problem = value_problem(value)
    if problem:
        problems.append(problem)
    if problems:
        raise InvalidIntake(problems)
    attachment = get_attachment(store, attachment_id)
    lab_id = new_id()
    with transaction(store) as db:
        seq = db.execute(
            "SELECT COALESCE(MAX(seq), -1) + 1 FROM lab_results WHERE attachment_id = ?",
            [attachment_id],
        ).fetchone()[0]
        db.table("lab_results").insert(
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


def trend_key(result: LabResult) -> str:
    """The line a result joins: its analyte, else its printed name without a method."""
    return result.analyte or normalise(split_trailing(result.test)[0])


def lab_trends(store: Store, case_id: str, min_points: int = 1) -> list[Trend]:
    """Per test, its numeric values across the case's reports, oldest first.

    Tests join by analyte (so "SGPT" and "ALT" are one line), else by printed name.
    """
    series: dict[str, list[tuple[StoredLab, TrendPoint]]] = {}
    for lab in list_labs(store, case_id=case_id):
        result = lab.result
        if result.number is None:
            continue
        key = trend_key(result)
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
