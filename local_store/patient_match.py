"""Whether a scan's patient (the DICOM header) is the case's patient, field by field, and how
serious a difference is.

Names compare without regard to case, spacing, DICOM's ^ separators, initials and the
honorifics Indian records add (Mr, Smt, Shri, Kumari, Baby...). Only values present on both
sides are compared. ``compare`` returns what differs and what was seen to agree; a
``PatientMismatch`` is "id_only" when only the patient ID differs while the name and the date
of birth (or the case's age) agree: normal for scans from another centre, which numbers
patients its own way. Any other difference is "identity". Thread-safety: pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import permutations

from local_store.import_plan import DicomPatient
from local_store.models import Patient
from local_store.validation import age_on

HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "smt",
        "shrimati",
        "shri",
        "sri",
        "shree",
        "kumari",
        "kum",
        "km",
        "dr",
        "master",
        "mst",
        "baby",
        "late",
    }
)
_MAX_PERMUTED = 4  # "RAVIKUMAR" against "Kumar Ravi": joined in every order, up to 4 parts


def name_words(name: str) -> list[str]:
    """The words of a name that identify a person, in order, lower case."""
    words = re.split(r"[\s^,.=]+", str(name or "").casefold())
    return [w for w in words if len(w) > 1 and w not in HONORIFICS]


def same_name(a: str, b: str) -> bool:
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return True  # nothing left to compare (an anonymised header, only initials)
    ta, tb = set(wa), set(wb)
    if ta == tb:
        return True
    # "SHARMA^ASHA^DEVI" and "Asha Sharma": one a fuller form of the other.
    common = ta & tb
    if len(common) >= 2 and common in (ta, tb):
        return True
    # Spacing: "RAVIKUMAR" and "Ravi Kumar", in either order.
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(long_) > _MAX_PERMUTED:
        return False
    joined = "".join(short)
    return any("".join(order) == joined for order in permutations(long_))


def same_id(a: str, b: str) -> bool:
    return _id_text(a) == _id_text(b)


def _id_text(value: str) -> str:
    return re.sub(r"[\s\-/]", "", value).casefold()


def compare(
    dicom: DicomPatient, patient: Patient, today: date | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what differs, what agrees) of "name", "patient_id", "birth_date", "age", "sex"."""
    differs: list[str] = []
    agrees: list[str] = []

    def check(
        field: str, ours: str | None, theirs: str | None, same: Callable[[str, str], bool]
    ) -> None:
        if ours and theirs:
            (agrees if same(ours, theirs) else differs).append(field)

    check("name", patient.name, dicom.name, same_name)
    check("patient_id", patient.hospital_id, dicom.patient_id, same_id)
    check("birth_date", patient.birth_date, dicom.birth_date, str.__eq__)
    if not patient.birth_date and patient.age_years is not None and dicom.birth_date:
        # A case with only an age agrees with a scan's birth date giving that age (a year's
        # slack: the age may have been given before or after a birthday).
        try:
            years = age_on(date.fromisoformat(dicom.birth_date), today or date.today())
        except ValueError:
            years = None
        if years is not None and abs(years - patient.age_years) <= 1:
            agrees.append("age")
    case_sex = patient.sex.value if patient.sex.value in ("F", "M") else ""
    scan_sex = dicom.sex if dicom.sex in ("F", "M") else ""
    check("sex", case_sex, scan_sex, str.__eq__)
    return tuple(differs), tuple(agrees)


def grade(differs: tuple[str, ...], agrees: tuple[str, ...]) -> str:
    """'id_only' when only the ID differs and the name and birth date (or age) agree, else
    'identity' (the strict check)."""
    if (
        differs == ("patient_id",)
        and "name" in agrees
        and ("birth_date" in agrees or "age" in agrees)
    ):
        return "id_only"
    return "identity"
