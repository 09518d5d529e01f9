"""The case intake as data: patient, consent, referral, timeline, attachments, status.

Plain dataclasses and enums, no Qt and no user-facing words. Field paths such as
``"patient.name"`` or ``"referral.questions"`` name one editable field everywhere (autosave,
validation problems, audit details). Thread-safety: values only.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum


class CaseStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    QUEUED = "queued"
    SENDING = "sending"
    DELIVERED = "delivered"
    ASSIGNED = "assigned"
    IN_REVIEW = "in_review"
    OPINION_RECEIVED = "opinion_received"
    QUESTION_ASKED = "question_asked"  # a follow-up question waits for its answer
    ANSWERED = "answered"  # the last follow-up question has its answer
    CLOSED = "closed"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "O"
    UNKNOWN = "U"


class Urgency(StrEnum):
    ROUTINE = "routine"
    URGENT = "urgent"


class ConsentMethod(StrEnum):
    NONE = ""
    VERBAL = "verbal"
    WRITTEN = "written"
    DIGITAL = "digital"


class Initiator(StrEnum):
    """Who started the referral; anyone but the patient needs explicit consent (TPG 2020)."""

    PATIENT = "patient"
    HEALTH_WORKER = "health_worker"
    DOCTOR = "doctor"


class AttachmentKind(StrEnum):
    DICOM = "dicom"
    DOCUMENT = "document"
    PHOTO = "photo"
    OTHER = "other"


SPECIALTIES = (
    "oncology",
    "cardiology",
    "neurology",
    "orthopaedics",
    "endocrinology",
    "gastroenterology",
    "nephrology",
    "pulmonology",
    "general_medicine",
    "paediatrics",
    "obstetrics_gynaecology",
    "dermatology",
    "radiology",
    "pathology",
    "other",
)


@dataclass
class Patient:
    name: str = ""
    sex: Sex = Sex.UNKNOWN
    birth_date: str | None = None  # ISO date
    age_years: int | None = None  # when only an age is known
    phone: str = ""
    abha_number: str = ""
    hospital_id: str = ""


@dataclass
class Consent:
    initiated_by: Initiator = Initiator.PATIENT
    given_by: str = ""
    method: ConsentMethod = ConsentMethod.NONE
    at: str = ""  # ISO date or date-time
    recorded_by: str = ""


@dataclass
class Referral:
    questions: list[str] = field(default_factory=list)
    specialty: str = ""
    urgency: Urgency = Urgency.ROUTINE
    working_diagnosis: str = ""
    clinical_summary: str = ""
    medications: str = ""
    allergies: str = ""
    prior_treatment: str = ""
    planned_treatment: str = ""
    referring_doctor: str = ""
    referring_registration: str = ""


@dataclass
class TimelineEntry:
    id: str
    case_id: str
    entry_date: str
    text: str


@dataclass
class Attachment:
    id: str
    case_id: str
    sha256: str
    name: str
    media_type: str
    kind: AttachmentKind
    size: int
    added_at: str
    sent_in: str | None = None  # the bundle that carried it; a sent file stays with the case


@dataclass
class Case:
    id: str
    patient_id: str
    status: CaseStatus
    patient: Patient
    consent: Consent
    referral: Referral
    created_at: str
    updated_at: str
    received: bool = False  # arrived from a clinic for review: kept exactly as sent


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    patient_name: str
    hospital_id: str
    specialty: str
    status: CaseStatus
    urgency: Urgency
    updated_at: str
    created_at: str = ""
    shown: str = ""  # the state to show (casework.case_state); "" means the status itself


# A case is named to people by the start of its id: short to read out on the phone, and unique
# in practice among one clinic's cases (the CLI and search accept any unique start).
CASE_NUMBER_LENGTH = 8


def case_number(case_id: str) -> str:
    """The short case number shown to people, e.g. "3f2a9c1e"."""
    return case_id[:CASE_NUMBER_LENGTH]


@dataclass(frozen=True)
class FieldProblem:
    field: str  # a field path such as "patient.birth_date"
    code: str  # "required", "invalid_date", "future_date", "out_of_range", ...


SECTIONS = {"patient": Patient, "consent": Consent, "referral": Referral}
FIELD_PATHS = tuple(f"{name}.{f.name}" for name, cls in SECTIONS.items() for f in fields(cls))
