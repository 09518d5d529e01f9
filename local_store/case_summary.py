"""The specialist's summary of a case, built from the case as it is now and kept with it.

``generate_summary`` gathers the patient, the referral, the documents in timeline order, the
flagged lab values, the DICOM studies and the checklist's missing items, has
``clinical.summary`` build the summary, and keeps it in ``case_clinical`` (replacing the one
before); ``get_summary`` reads the kept one back. The audit row names the case only.
Thread-safety: any thread; reads use the calling thread's connection and the keeping is a
``Store.write``.
"""

from __future__ import annotations

import json
from datetime import date

from clinical.summary import (
    CaseSummaryDoc,
    SummaryDocument,
    SummaryLab,
    SummaryMissing,
    SummaryStudy,
    build_summary,
)
from local_store import audit, cases
from local_store.case_checklist import check_case
from local_store.cases import now_iso
from local_store.connection import query, transaction, writes
from local_store.dicom_index import list_studies
from local_store.document_kinds import list_documents
from local_store.store import Store


def generate_summary(store: Store, case_id: str) -> CaseSummaryDoc:
    """Build the specialist's summary from the case as it is now and keep it with the case."""
    case = cases.get_case(store, case_id)
    check = check_case(store, case_id)
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
            db.table("case_clinical").update(case_id, values)
        else:
            db.table("case_clinical").insert({"case_id": case_id} | values)
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
