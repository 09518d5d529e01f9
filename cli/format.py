"""Turning local_store data into what the CLI prints: JSON objects and human text.

JSON uses the codes stored (status "draft", specialty "oncology") and keeps the key names of
the contract in the design docs; human text uses the shared ``wording`` labels, and the words
only a terminal needs (headings, table columns) from ``wording.cases.CLI_CASE_WORDS``.
Text that came from outside (file names, paths, DICOM strings, names in a bundle) goes through
``shown`` before it is printed: a control character (ESC, CR, LF, BEL, C1, bidi overrides)
in a name could otherwise move the cursor, recolour or rewrite what the terminal shows. JSON
escapes them itself (``to_json``).
Thread-safety: pure functions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import wording.cases
from local_store.models import Attachment, Case, CaseSummary, FieldProblem, TimelineEntry
from wording.cases import CLI_CASE_WORDS
from wording.units import size_text

if TYPE_CHECKING:  # importing it at run time would load pydicom for every command
    from local_store.dicom_index import Study

SHORT_ID_LENGTH = 8

# C0 controls, DEL and C1 controls, and the Unicode controls that reorder or hide text.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What json.dumps leaves as it is among those (it escapes only C0 and the quote).
_JSON_UNESCAPED = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """``text`` safe to print on a terminal: control characters written as escapes (ESC as
    ``\\x1b``, a line feed as ``\\x0a``), everything else (Devanagari too) as it is."""
    return _CONTROL.sub(_escape, str(text))


def to_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    # Valid JSON either way; escaped, a terminal showing the output cannot be driven by it.
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# ---- JSON shapes


def case_summary_json(row: CaseSummary) -> dict:
    return {
        "id": row.id,
        "patient_name": row.patient_name,
        "patient_id": row.hospital_id,
        "specialty": row.specialty,
        "status": row.status.value,
        # The state every screen shows (casework.case_state): the status with what the outbox
        # and the feed know, such as "opinion_kept_out" while the service says it is ready.
        "shown_status": row.shown or row.status.value,
        "urgency": row.urgency.value,
        "updated_at": row.updated_at,
    }


def case_state_json(state) -> dict:
    """The keys `case show` adds for a casework.case_state.CaseState: the state every screen
    shows, and the refusal's code when the case's opinion was kept out (else null)."""
    return {"shown_status": state.code, "opinion_kept_out": state.kept_out}


def attachment_json(item: Attachment) -> dict:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "name": item.name,
        "media_type": item.media_type,
        "size": item.size,
        "sha256": item.sha256,
        "added_at": item.added_at,
    }


def case_json(
    case: Case,
    attachments: list[Attachment],
    timeline: list[TimelineEntry],
    studies: Sequence[Study] = (),
) -> dict:
    p, c, r = case.patient, case.consent, case.referral
    return {
        "id": case.id,
        "status": case.status.value,
        "specialty": r.specialty,
        # One text for scripts that expect a single question; "questions" keeps them apart.
        "question": "\n".join(r.questions),
        "questions": list(r.questions),
        "urgency": r.urgency.value,
        "patient": {
            "name": p.name,
            "patient_id": p.hospital_id,
            "sex": p.sex.value,
            "birth_date": p.birth_date,
            "age_years": p.age_years,
            "phone": p.phone,
            "abha_number": p.abha_number,
        },
        "consent": {
            "initiated_by": c.initiated_by.value,
            "given_by": c.given_by,
            "method": c.method.value or None,
            "at": c.at or None,
            "recorded_by": c.recorded_by,
        },
        "working_diagnosis": r.working_diagnosis,
        "clinical_summary": r.clinical_summary,
        "medications": r.medications,
        "allergies": r.allergies,
        "prior_treatment": r.prior_treatment,
        "planned_treatment": r.planned_treatment,
        "referring_doctor": r.referring_doctor,
        "referring_registration": r.referring_registration,
        "timeline": [{"id": t.id, "date": t.entry_date, "text": t.text} for t in timeline],
        "attachments": [attachment_json(a) for a in attachments],
        "studies": [study_json(s) for s in studies],
        "created_at": case.created_at,
        "updated_at": case.updated_at,
    }


def study_json(study: Study) -> dict:
    return {
        "study_uid": study.study_uid,
        "patient_name": study.patient_name,
        "patient_id": study.patient_id,
        "study_date": study.study_date or None,
        "description": study.description,
        "modalities": list(study.modalities),
        "series": [
            {
                "series_uid": s.series_uid,
                "modality": s.modality,
                "description": s.description,
                "body_part": s.body_part,
                "number": s.number,
                "instances": s.instances,
            }
            for s in study.series
        ],
    }


# ---- human text


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: Devanagari vowel signs take none, CJK takes two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def local_time(stamp: str) -> str:
    """A stored UTC time as the local wall clock, to the minute."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def short_ids(ids: list[str]) -> dict[str, str]:
    """The shortest prefixes (at least 8 characters) that still tell these ids apart."""
    length = SHORT_ID_LENGTH
    while length < 36 and len({i[:length] for i in ids}) < len(set(ids)):
        length += 1
    return {i: i[:length] for i in ids}


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(display_width(row[n]) for row in [header, *rows]) for n in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [_pad(cell, widths[n]) for n, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def case_list_text(rows: list[CaseSummary]) -> str:
    if not rows:
        return CLI_CASE_WORDS["no_cases"]
    short = short_ids([r.id for r in rows])
    header = [CLI_CASE_WORDS[k] for k in ("col_id", "col_patient", "col_specialty", "col_status")]
    header.append(CLI_CASE_WORDS["col_updated"])
    body = [
        [
            short[r.id],
            r.patient_name,
            wording.cases.SPECIALTY.get(r.specialty, r.specialty) if r.specialty else "",
            wording.cases.STATUS.get(r.status.value, r.status.value),
            local_time(r.updated_at),
        ]
        for r in rows
    ]
    return table(header, body)


def _block(pairs: list[tuple[str, str]], indent: str = "  ") -> list[str]:
    width = max(display_width(label) for label, _ in pairs) + 1
    lines = []
    for label, value in pairs:
        value_lines = (value or "").splitlines() or [""]
        lines.append(f"{indent}{_pad(label + ':', width)} {value_lines[0]}".rstrip())
        lines.extend(f"{indent}{' ' * width} {more}".rstrip() for more in value_lines[1:])
    return lines


def case_text(
    case: Case,
    attachments: list[Attachment],
    timeline: list[TimelineEntry],
    studies: Sequence[Study] = (),
) -> str:
    p, c, r = case.patient, case.consent, case.referral
    f = wording.cases.FIELD
    not_recorded = CLI_CASE_WORDS["not_recorded"]
    if p.birth_date:
        born = p.birth_date
    elif p.age_years is not None:
        born = ""
    else:
        born = not_recorded
    patient = [
        (f["patient.name"], p.name),
        (f["patient.hospital_id"], p.hospital_id),
        (f["patient.sex"], wording.cases.SEX.get(p.sex.value, p.sex.value)),
        (f["patient.birth_date"], born),
    ]
    if p.age_years is not None:
        patient.append((f["patient.age_years"], str(p.age_years)))
    patient += [(f["patient.phone"], p.phone), (f["patient.abha_number"], p.abha_number)]
    questions = "\n".join(f"{n}. {q}" for n, q in enumerate(r.questions, 1))
    referral = [
        (f["referral.specialty"], wording.cases.SPECIALTY.get(r.specialty, r.specialty)),
        (f["referral.urgency"], wording.cases.URGENCY.get(r.urgency.value, r.urgency.value)),
        (f["referral.questions"], questions),
    ]
    for name in (
        "working_diagnosis",
        "clinical_summary",
        "medications",
        "allergies",
        "prior_treatment",
        "planned_treatment",
        "referring_doctor",
        "referring_registration",
    ):
        value = getattr(r, name)
        if value:
            referral.append((f[f"referral.{name}"], value))
    consent = [
        (f["consent.initiated_by"], wording.cases.INITIATOR.get(c.initiated_by.value, "")),
        (f["consent.method"], wording.cases.CONSENT_METHOD.get(c.method.value, c.method.value)),
        (f["consent.given_by"], c.given_by),
        (f["consent.at"], c.at),
    ]
    if c.recorded_by:
        consent.append((f["consent.recorded_by"], c.recorded_by))

    lines = [f"{CLI_CASE_WORDS['case']} {case.id}"]
    lines += _block(
        [
            (
                CLI_CASE_WORDS["status"],
                wording.cases.STATUS.get(case.status.value, case.status.value),
            ),
            (CLI_CASE_WORDS["created"], local_time(case.created_at)),
            (CLI_CASE_WORDS["updated"], local_time(case.updated_at)),
        ]
    )
    for heading, pairs in (
        (CLI_CASE_WORDS["patient"], patient),
        (CLI_CASE_WORDS["referral"], referral),
        (CLI_CASE_WORDS["consent"], consent),
    ):
        lines += ["", heading]
        lines += _block(pairs)
    lines += ["", CLI_CASE_WORDS["timeline"]]
    if timeline:
        lines += _block([(t.entry_date, t.text) for t in timeline])
    else:
        lines.append(f"  {CLI_CASE_WORDS['none']}")
    lines += ["", CLI_CASE_WORDS["attachments"]]
    if attachments:
        rows = [[a.name, a.kind.value, a.media_type, size_text(a.size)] for a in attachments]
        lines += ["  " + line for line in table(["", "", "", ""], rows).splitlines()[1:]]
    else:
        lines.append(f"  {CLI_CASE_WORDS['none']}")
    lines += ["", CLI_CASE_WORDS["studies"]]
    lines += studies_text(studies) if studies else [f"  {CLI_CASE_WORDS['none']}"]
    return "\n".join(lines)


def studies_text(studies: Sequence[Study]) -> list[str]:
    """Each study on a line (date, description, modalities), its series indented below."""
    lines = []
    for study in studies:
        head = " ".join(
            part
            for part in (study.study_date, study.description, "/".join(study.modalities))
            if part
        )
        lines.append(f"  {head or study.study_uid}")
        rows = [
            [
                str(s.number) if s.number is not None else "",
                s.modality,
                s.description,
                CLI_CASE_WORDS["instances"].format(count=s.instances),
            ]
            for s in study.series
        ]
        lines += ["    " + line for line in table(["", "", "", ""], rows).splitlines()[1:]]
    return lines


def problem_line(problem: FieldProblem, options: tuple[str, ...] = ()) -> str:
    """``<field label>: <what is wrong and what to do>``, never the value that was typed."""
    label = wording.cases.FIELD.get(problem.field, problem.field)
    line = f"{label}: {wording.cases.problem_text(problem.code)}"
    if options and problem.code == "invalid_choice":
        # A terminal has no drop-down list, so name the accepted values.
        line += f" {CLI_CASE_WORDS['options']}: {', '.join(options)}"
    return line


def problem_json(problem: FieldProblem) -> dict:
    return {
        "field": problem.field,
        "code": problem.code,
        "message": f"{wording.cases.FIELD.get(problem.field, problem.field)}: "
        f"{wording.cases.problem_text(problem.code)}",
    }
