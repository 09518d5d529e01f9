"""Repository for patients and cases: create, read, list, autosave field changes, status.

Every change is one transaction that also appends an audit row naming the fields changed (never
their values). Thread-safety: any thread (reads use the calling thread's connection, changes run
on the store's writer).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import sqlite_utils

from local_store import audit
from local_store.connection import query, read, transaction, writes
from local_store.errors import AmbiguousId, CaseReadOnly, InvalidIntake, NotFound
from local_store.models import (
    FIELD_PATHS,
    Case,
    CaseStatus,
    CaseSummary,
    Consent,
    ConsentMethod,
    FieldProblem,
    Initiator,
    Patient,
    Referral,
    Sex,
    Urgency,
)
from local_store.store import Store
from local_store.validation import normal_date, readiness_problems, value_problems

# Consent fields live on the cases table under these column names.
_CONSENT_COLUMNS = {
    "initiated_by": "initiated_by",
    "given_by": "consent_given_by",
    "method": "consent_method",
    "at": "consent_at",
    "recorded_by": "consent_recorded_by",
}
_ENUMS = {
    "patient.sex": Sex,
    "consent.initiated_by": Initiator,
    "consent.method": ConsentMethod,
    "referral.urgency": Urgency,
}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    return str(uuid.uuid4())


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _case_columns(consent: Consent, referral: Referral) -> dict[str, Any]:
    row = {column: _plain(getattr(consent, name)) for name, column in _CONSENT_COLUMNS.items()}
    for f in fields(Referral):
        row[f.name] = _plain(getattr(referral, f.name))
    row["questions"] = json.dumps(referral.questions, ensure_ascii=False)
    return row


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


@writes
def create_case(
    store: Store,
    patient: Patient,
    consent: Consent | None = None,
    referral: Referral | None = None,
    status: CaseStatus = CaseStatus.DRAFT,
) -> str:
    """Create a patient and a case for them; returns the case id. Raises InvalidIntake."""
    consent = consent or Consent()
    referral = referral or Referral()
    patient = replace(patient, birth_date=normal_date(patient.birth_date))
    consent = replace(consent, at=normal_date(consent.at) or "")
    problems = value_problems(patient, consent, referral)
    if problems:
        raise InvalidIntake(problems)
    case_id, patient_id, stamp = new_id(), new_id(), now_iso()
    patient_row = asdict(patient) | {
        "id": patient_id,
        "sex": patient.sex.value,
        "age_recorded_on": date.today().isoformat() if patient.age_years is not None else None,
        "created_at": stamp,
        "updated_at": stamp,
    }
    case_row = _case_columns(consent, referral) | {
        "id": case_id,
        "patient_id": patient_id,
        "status": status.value,
        "created_at": stamp,
        "updated_at": stamp,
    }
    with transaction(store) as db:
        db.table("patients").insert(patient_row)
        db.table("cases").insert(case_row)
        audit.append(db, store.actor, "case.created", case_id, {"status": status.value})
    return case_id


def resolve_case_id(store: Store, text: str) -> str:
    """The full id of the case whose id is or starts with ``text`` (at least 4 characters)."""
    text = text.strip().lower()
    if len(text) < 4:
        raise NotFound("case id too short")
    # substr, not LIKE: "_" and "%" typed by a user must not act as wildcards.
    rows = query(
        store,
        "SELECT id FROM cases WHERE substr(id, 1, ?) = ? ORDER BY id != ? LIMIT 2",
        [len(text), text, text],
    ).fetchall()
    if not rows:
        raise NotFound("case")
    if len(rows) > 1 and rows[0][0] != text:
        raise AmbiguousId(text)
    case_id: str = rows[0][0]
    return case_id


def get_case(store: Store, case_id: str) -> Case:
    db = read(store)
    case_row = _one(db, "SELECT * FROM cases WHERE id = ?", [case_id])
    if case_row is None:
        raise NotFound("case")
    patient_row = _one(db, "SELECT * FROM patients WHERE id = ?", [case_row["patient_id"]])
    if patient_row is None:
        raise NotFound("patient")
    patient = Patient(
        name=patient_row["name"],
        sex=Sex(patient_row["sex"]),
        birth_date=patient_row["birth_date"],
        age_years=_current_age(patient_row["age_years"], patient_row["age_recorded_on"]),
        phone=patient_row["phone"],
        abha_number=patient_row["abha_number"],
        hospital_id=patient_row["hospital_id"],
    )
    consent = Consent(
        initiated_by=Initiator(case_row["initiated_by"]),
        given_by=case_row["consent_given_by"],
        method=ConsentMethod(case_row["consent_method"]),
        at=case_row["consent_at"],
        recorded_by=case_row["consent_recorded_by"],
    )
    referral = Referral(
        **{
            f.name: case_row[f.name]
            for f in fields(Referral)
            if f.name not in ("questions", "urgency")
        },
        questions=json.loads(case_row["questions"]),
        urgency=Urgency(case_row["urgency"]),
    )
    return Case(
        id=case_id,
        patient_id=case_row["patient_id"],
        status=CaseStatus(case_row["status"]),
        patient=patient,
        consent=consent,
        referral=referral,
        created_at=case_row["created_at"],
        updated_at=case_row["updated_at"],
        received=bool(case_row.get("received")),
    )


def ensure_editable(store: Store, case_id: str) -> None:
    """Raise CaseReadOnly for a case that arrived from a clinic (it is kept as sent); the one
    check every clinic-side edit path makes. An unknown case passes: the edit says so."""
    row = query(store, "SELECT received FROM cases WHERE id = ?", [case_id]).fetchone()
    if row is not None and row[0]:
        raise CaseReadOnly(case_id[:8])


def _current_age(age_years: int | None, recorded_on: str | None) -> int | None:
    # An age given at registration grows older with the calendar.
    if age_years is None or not recorded_on:
        return age_years
    then, today = date.fromisoformat(recorded_on), date.today()
    elapsed = today.year - then.year - ((today.month, today.day) < (then.month, then.day))
    return age_years + max(elapsed, 0)


def list_cases(store: Store) -> list[CaseSummary]:
    rows = query(
        store,
        "SELECT c.id, p.name, p.hospital_id, c.specialty, c.status, c.urgency, c.updated_at,"
        " c.created_at FROM cases c JOIN patients p ON p.id = c.patient_id"
        " ORDER BY c.updated_at DESC",
    ).fetchall()
    return [
        CaseSummary(r[0], r[1], r[2], r[3], CaseStatus(r[4]), Urgency(r[5]), r[6], r[7])
        for r in rows
    ]


@dataclass(frozen=True)
class UpdateResult:
    case: Case
    saved: tuple[str, ...]  # field paths stored
    rejected: tuple[FieldProblem, ...]  # field paths not stored, and why


@writes
def update_case(store: Store, case_id: str, changes: dict[str, Any]) -> UpdateResult:
    """Autosave: store each valid changed field; report the invalid ones without storing them."""
    unknown = set(changes) - set(FIELD_PATHS)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    current = get_case(store, case_id)
    if current.received:
        raise CaseReadOnly(case_id[:8])
    candidate: dict[str, Any] = {
        "patient": current.patient,
        "consent": current.consent,
        "referral": current.referral,
    }
    coerced: dict[str, Any] = {}
    rejected: list[FieldProblem] = []
    for path, value in changes.items():
        try:
            coerced[path] = _coerce(path, value)
        except ValueError:
            code = "invalid_age" if path == "patient.age_years" else "invalid_choice"
            rejected.append(FieldProblem(path, code))
    for path, value in coerced.items():
        section, name = path.split(".")
        candidate[section] = replace(candidate[section], **{name: value})
    problems = value_problems(candidate["patient"], candidate["consent"], candidate["referral"])
    rejected += [p for p in problems if p.field in coerced]
    bad = {p.field for p in rejected}
    accepted = {path: value for path, value in coerced.items() if path not in bad}
    if accepted:
        _store_fields(store, current, accepted)
    return UpdateResult(get_case(store, case_id), tuple(sorted(accepted)), tuple(rejected))


def _coerce(path: str, value: Any) -> Any:
    if path in _ENUMS:
        return _ENUMS[path](value)
    if path == "referral.questions":
        return [str(q) for q in value]
    if path == "patient.age_years":
        # Typed text arrives as typed: "" is "not known", anything else must be whole years.
        text = "" if value is None else str(value).strip()
        return int(text) if text else None
    if path == "patient.birth_date":
        return normal_date(value)
    if path == "consent.at":
        return normal_date(value) or ""
    return "" if value is None else str(value)


@writes
def _store_fields(store: Store, current: Case, accepted: dict[str, Any]) -> None:
    stamp = now_iso()
    patient_set: dict[str, Any] = {}
    case_set: dict[str, Any] = {}
    for path, value in accepted.items():
        section, name = path.split(".")
        plain = _plain(value)
        if section == "patient":
            patient_set[name] = plain
            if name == "age_years":
                patient_set["age_recorded_on"] = (
                    date.today().isoformat() if plain is not None else None
                )
        elif section == "consent":
            case_set[_CONSENT_COLUMNS[name]] = plain
        elif name == "questions":
            case_set["questions"] = json.dumps(plain, ensure_ascii=False)
        else:
            case_set[name] = plain
    with transaction(store) as db:
        if patient_set:
            db.table("patients").update(current.patient_id, patient_set | {"updated_at": stamp})
        db.table("cases").update(current.id, case_set | {"updated_at": stamp})
        audit.append(db, store.actor, "case.updated", current.id, {"fields": sorted(accepted)})


@writes
def set_status(store: Store, case_id: str, status: CaseStatus) -> None:
    current = get_case(store, case_id)
    if current.status == status:
        return
    with transaction(store) as db:
        db.table("cases").update(case_id, {"status": status.value, "updated_at": now_iso()})
        audit.append(
            db,
            store.actor,
            "case.status",
            case_id,
            {"from": current.status.value, "to": status.value},
        )


def readiness(store: Store, case_id: str) -> list[FieldProblem]:
    case = get_case(store, case_id)
    return readiness_problems(case.patient, case.consent, case.referral)


def mark_ready(store: Store, case_id: str) -> None:
    """Move a draft to ready, or raise InvalidIntake listing what is still missing."""
    ensure_editable(store, case_id)
    problems = readiness(store, case_id)
    if problems:
        raise InvalidIntake(problems)
    set_status(store, case_id, CaseStatus.READY)


# The order a sent case moves through; the sync engine only ever moves a case forward along
# it, so a repeated or late status (a feed item read twice) never takes a case back.
_STATUS_ORDER = list(CaseStatus)


@writes
def advance_status(store: Store, case_id: str, status: CaseStatus) -> bool:
    """Set ``status`` if it is later than the case's current one; True when it changed."""
    with transaction(store):
        current = get_case(store, case_id)
        if _STATUS_ORDER.index(status) <= _STATUS_ORDER.index(current.status):
            return False
        set_status(store, case_id, status)
    return True
