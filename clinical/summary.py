"""The case summary for the specialist: who, what is asked, what the case holds, what is off.

``build_summary`` assembles it from plain values (local_store gathers them and keeps the
result with the case as JSON); ``render_text`` lays it out as plain text with labels passed in
by the caller, so this module holds no user-facing words and the desktop can pass translated
ones. Documents are ordered on the timeline by the date printed on them; undated ones follow
in the order they were added. Thread-safety: pure functions over immutable values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from clinical.models import Flag

SUMMARY_VERSION = 1


@dataclass(frozen=True)
class SummaryDocument:
    attachment_id: str
    name: str
    kind: str
    date: str | None
    added_at: str = ""


@dataclass(frozen=True)
class SummaryLab:
    test: str
    value: str
    unit: str
    reference: str
    flag: str
    date: str | None
    attachment_id: str
    page: int


@dataclass(frozen=True)
class SummaryStudy:
    study_uid: str
    date: str
    description: str
    modalities: tuple[str, ...]
    series: int
    instances: int


@dataclass(frozen=True)
class SummaryMissing:
    item: str
    need: str
    source: str


@dataclass(frozen=True)
class CaseSummaryDoc:
    patient_name: str
    patient_sex: str
    patient_age: int | None
    patient_id: str
    specialty: str
    urgency: str
    questions: tuple[str, ...]
    working_diagnosis: str
    clinical_summary: str
    condition: str | None
    condition_title: str
    documents: tuple[SummaryDocument, ...] = ()
    abnormal_labs: tuple[SummaryLab, ...] = ()
    studies: tuple[SummaryStudy, ...] = ()
    missing: tuple[SummaryMissing, ...] = ()
    generated_at: str = ""
    version: int = field(default=SUMMARY_VERSION)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping) -> CaseSummaryDoc:
        values = dict(data)
        values["questions"] = tuple(values.get("questions", ()))
        values["documents"] = tuple(SummaryDocument(**d) for d in values.get("documents", ()))
        values["abnormal_labs"] = tuple(SummaryLab(**r) for r in values.get("abnormal_labs", ()))
        values["studies"] = tuple(
            SummaryStudy(**(s | {"modalities": tuple(s["modalities"])}))
            for s in values.get("studies", ())
        )
        values["missing"] = tuple(SummaryMissing(**m) for m in values.get("missing", ()))
        return cls(**values)


def timeline_order(documents: Iterable[SummaryDocument]) -> list[SummaryDocument]:
    """Dated documents oldest first, then undated ones in the order they were added."""
    return sorted(documents, key=lambda d: (d.date is None, d.date or "", d.added_at))


def build_summary(
    *,
    patient_name: str,
    patient_sex: str,
    patient_age: int | None,
    patient_id: str,
    specialty: str,
    urgency: str,
    questions: Iterable[str],
    working_diagnosis: str,
    clinical_summary: str,
    condition: str | None,
    condition_title: str,
    documents: Iterable[SummaryDocument],
    labs: Iterable[SummaryLab],
    studies: Iterable[SummaryStudy],
    missing: Iterable[SummaryMissing],
    generated_at: str,
) -> CaseSummaryDoc:
    """The summary; ``labs`` may hold every result, only flagged ones are kept."""
    abnormal = [lab for lab in labs if lab.flag]
    # Critical first, then by date (newest first) so the latest value of a test leads.
    abnormal.sort(key=lambda r: r.date or "", reverse=True)
    abnormal.sort(key=lambda r: r.flag != Flag.CRITICAL.value)
    return CaseSummaryDoc(
        patient_name=patient_name,
        patient_sex=patient_sex,
        patient_age=patient_age,
        patient_id=patient_id,
        specialty=specialty,
        urgency=urgency,
        questions=tuple(questions),
        working_diagnosis=working_diagnosis,
        clinical_summary=clinical_summary,
        condition=condition,
        condition_title=condition_title,
        documents=tuple(timeline_order(documents)),
        abnormal_labs=tuple(abnormal),
        studies=tuple(sorted(studies, key=lambda s: s.date)),
        missing=tuple(missing),
        generated_at=generated_at,
    )


def render_text(
    summary: CaseSummaryDoc,
    labels: Mapping[str, str],
    kinds: Mapping[str, str] | None = None,
) -> str:
    """Plain text for the specialist. ``labels`` supplies every heading (keys: title, patient,
    questions, diagnosis, history, documents, abnormal_labs, studies, missing, none, undated,
    age); ``kinds`` names document kinds."""
    kinds = kinds or {}
    out: list[str] = [labels["title"], ""]
    age = labels["age"].format(age=summary.patient_age) if summary.patient_age is not None else ""
    who = ", ".join(p for p in (summary.patient_name, summary.patient_sex, age) if p)
    out += [f"{labels['patient']}: {who}"]
    if summary.patient_id:
        out[-1] += f" ({summary.patient_id})"
    out += ["", labels["questions"] + ":"] + [f"- {q}" for q in summary.questions]
    if summary.working_diagnosis:
        out += ["", f"{labels['diagnosis']}: {summary.working_diagnosis}"]
    if summary.clinical_summary:
        out += ["", labels["history"] + ":", summary.clinical_summary]

    def section(title: str, rows: list[str]) -> None:
        out.extend(["", title + ":"] + (rows or [f"- {labels['none']}"]))

    section(
        labels["documents"],
        [
            f"- {d.date or labels['undated']}  {kinds.get(d.kind, d.kind)}  {d.name}"
            for d in summary.documents
        ],
    )
    section(
        labels["abnormal_labs"],
        [
            f"- {r.test}: {r.value} {r.unit}".rstrip()
            + f"  [{r.flag}]"
            + (f"  ({r.reference})" if r.reference else "")
            + (f"  {r.date}" if r.date else "")
            for r in summary.abnormal_labs
        ],
    )
    section(
        labels["studies"],
        [
            f"- {s.date or labels['undated']}  {'/'.join(s.modalities)}  {s.description}".rstrip()
            + f"  ({s.series} / {s.instances})"
            for s in summary.studies
        ],
    )
    section(
        labels["missing"],
        [f"- {m.item} ({m.need}; {m.source})" for m in summary.missing],
    )
    return "\n".join(out) + "\n"
