"""A case's checklist: which condition it is checked against, what is missing, what is flagged.

The condition is the user's choice once made (stored in ``case_clinical``), else a guess from
the referral that is not stored. ``check_case`` evaluates the condition's checklist
(``clinical.checklists``) against the case's document kinds and text, lab analytes and DICOM
studies (modalities, body parts and descriptions), and lists the flagged lab values; it only
suggests. Audit rows name the condition, never patient values. Thread-safety: any thread;
reads use the calling thread's connection and every change is a ``Store.write``.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinical import checklists
from clinical.models import DocumentKind, Flag
from local_store import audit, cases
from local_store.connection import query, transaction, writes
from local_store.dicom_index import list_studies
from local_store.document_kinds import Status, list_documents
from local_store.errors import InvalidIntake
from local_store.lab_results import StoredLab, list_labs
from local_store.models import FieldProblem
from local_store.store import Store


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
        db.table("case_clinical").upsert(
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
    return checklists.CaseEvidence(tuple(documents), analytes, _studies(store, case_id))


def _studies(store: Store, case_id: str) -> tuple[checklists.StudyEvidence, ...]:
    """Each study's modalities and what names its regions: descriptions and body parts."""
    found = []
    for study in list_studies(store, case_id):
        modalities = {m.upper() for m in study.modalities if m}
        modalities |= {s.modality.upper() for s in study.series if s.modality}
        labels = [study.description]
        for series in study.series:
            labels += [series.description, series.body_part]
        found.append(checklists.StudyEvidence(frozenset(modalities), tuple(t for t in labels if t)))
    return tuple(found)


def check_case(store: Store, case_id: str) -> CaseCheck:
    """Missing investigations for the case's condition, and its flagged lab values."""
    choice = get_condition(store, case_id)
    condition = checklists.load_conditions().get(choice.condition) if choice.condition else None
    result = checklists.evaluate(condition, case_evidence(store, case_id)) if condition else None
    flags = [lab for lab in list_labs(store, case_id=case_id) if lab.result.flag]
    flags.sort(key=lambda lab: lab.doc_date or "", reverse=True)
    flags.sort(key=lambda lab: lab.result.flag is not Flag.CRITICAL)
    return CaseCheck(condition, result, tuple(flags))
