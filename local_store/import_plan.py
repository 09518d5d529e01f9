"""What an import found and what it did: the plan ``scan`` makes and the report
``run_import`` returns, as plain values shared by the importer, the desktop and the CLI.

Thread-safety: immutable values (ImportPlan is filled by one scan, then only read).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from imaging.dicom_header import DicomHeader, readable_name
from local_store.models import AttachmentKind

# Every reason an import gives for not taking a file (worded in wording.importing.IMPORT_REJECT).
REJECT_CODES = (
    "empty_file",
    "not_dicom_or_document",
    "unreadable",
    "truncated_dicom",
    "read_failed",
    "unsupported_photo_format",
    "zip_corrupt",
    "zip_unsafe_path",
    "zip_too_large",
    "zip_encrypted",
    "zip_nested",
    "listed_file_missing",
    "other_patient",
    "special_file_skipped",
    "zip_budget_exceeded",
    "duplicate_member",
    "inflates_too_large",
    "photo_too_large",
    "nested_too_deep",
)

# Every note an import adds about a file it did take (worded in wording.importing.IMPORT_NOTE):
# something the clinic should act on while the patient is still there.
NOTE_CODES = ("pdf_locked",)

PHASE_COPYING = "copying"
PHASE_EXTRACTING = "extracting"
PHASE_SCANNING = "scanning"
PHASE_IMPORTING = "importing"
# Every phase ImportProgress reports (each worded in wording.importing.IMPORT_PHASE).
IMPORT_PHASES = (PHASE_COPYING, PHASE_EXTRACTING, PHASE_SCANNING, PHASE_IMPORTING)


@dataclass(frozen=True)
class ImportProgress:
    phase: str  # "copying", "extracting", "scanning", "importing"
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int


ProgressFn = Callable[[ImportProgress], None]


@dataclass(frozen=True)
class Rejected:
    path: str  # as the user knows it: the original path, or "archive.zip/member"
    reason: str  # a key of wording.importing.IMPORT_REJECT


@dataclass(frozen=True)
class Noted:
    path: str  # as the user knows it, like Rejected.path
    note: str  # one of NOTE_CODES


@dataclass(frozen=True)
class ImportItem:
    path: Path  # the file to read (the original, or its copy in work_dir)
    source: str  # as the user knows it
    name: str  # the file name to show in the case
    kind: str  # imaging.dicom_header kind: "dicom", "pdf", "jpeg", "png", "heic"
    media_type: str
    attachment_kind: AttachmentKind
    size: int
    header: DicomHeader | None = None
    note: str = ""  # one of NOTE_CODES, or ""


@dataclass(frozen=True)
class DicomPatient:
    """One patient as the DICOM headers name them (several files share it)."""

    name: str  # readable ("ASHA SHARMA"), from the DICOM person name
    patient_id: str
    birth_date: str  # ISO or ""
    sex: str
    files: int
    study_uids: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.patient_id, self.name, self.birth_date)


@dataclass(frozen=True)
class PatientMismatch:
    dicom: DicomPatient
    differs: tuple[str, ...]  # of "name", "patient_id", "birth_date", "sex"
    agrees: tuple[str, ...] = ()  # of the same, and "age" (the case's age fits the birth date)
    # "id_only": only the patient ID differs, name and birth date agree (normal for scans from
    # another centre); "identity": anything else (local_store.patient_match.grade).
    grade: str = "identity"


@dataclass
class ImportPlan:
    items: list[ImportItem] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    patients: list[DicomPatient] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # system files, media software
    dicomdirs: int = 0

    @property
    def total_bytes(self) -> int:
        return sum(item.size for item in self.items)


@dataclass(frozen=True)
class ImportReport:
    imported: int  # new attachments
    duplicates: int  # files the case already had (same content or same DICOM instance)
    rejected: list[Rejected]
    documents: int  # new PDFs, DICOM encapsulated documents and structured reports
    images: int  # new photos and DICOM images
    studies: int  # studies and series that gained instances in this import
    series: int
    instances: int  # new DICOM index rows
    notes: list[Noted] = field(default_factory=list)  # about files stored (new or already there)


def patient_key(header: DicomHeader) -> tuple[str, str, str]:
    """The DicomPatient.key of the patient a header names."""
    return (header.patient_id, readable_name(header.patient_name), header.birth_date)
