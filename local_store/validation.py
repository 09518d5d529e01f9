"""Checks on the intake, returning field problems as codes (the top layers word them).

Two levels: ``value_problems`` rejects values that must never be stored (a future birth date,
an age of 300, an unknown sex code); ``readiness_problems`` adds what a case needs before it can
be sent (a name, an age, a specialty, a question, consent). Drafts may be incomplete.
The one date reader for every typed date (``read_date``: day/month/year as Indian clinics write
it, or ISO; month and year alone where a field allows it) and its inverse (``typed_date``).
Thread-safety: pure functions.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from local_store.models import (
    SPECIALTIES,
    Consent,
    ConsentMethod,
    FieldProblem,
    Initiator,
    Patient,
    Referral,
    Sex,
    Urgency,
)

MAX_AGE_YEARS = 130
_PHONE = re.compile(r"^\+?[0-9 ()-]{7,20}$")
_ABHA = re.compile(r"^\d{2}-?\d{4}-?\d{4}-?\d{4}$")


# Indian clinics write day/month/year; the store keeps ISO. Two-digit years are refused: the
# century of a birth year cannot be guessed.
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_date(text: str) -> date:
    """A full date: day/month/year (with /, - or .), an ISO date (YYYY-MM-DD), or the date part
    of an ISO date-time. Raises ValueError."""
    text = text.strip()
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if "T" in text or " " in text:
        return datetime.fromisoformat(text).date()
    return date.fromisoformat(text)


def read_date(text: str, *, month_only: bool = False) -> str:
    """The ISO text the store keeps for a typed date: "YYYY-MM-DD", or with ``month_only`` also
    "YYYY-MM" for a month and year ("10/2026" or "2026-10", as for when a symptom began).
    Raises ValueError."""
    text = text.strip()
    if month_only:
        match = _MONTH_YEAR.match(text)
        if match:
            month, year = int(match.group(1)), int(match.group(2))
        else:
            match = _YEAR_MONTH.match(text)
            year, month = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        if match:
            date(year, month, 1)  # checks the month
            return f"{year:04d}-{month:02d}"
    return parse_date(text).isoformat()


def typed_date(iso: str | None) -> str:
    """A stored date as the clinic types it (day/month/year, or month/year); other text as is."""
    if not iso:
        return ""
    parts = iso.split("-")
    if len(parts) == 2 and _YEAR_MONTH.match(iso):
        return f"{parts[1]}/{parts[0]}"
    try:
        value = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def normal_date(text: str | None) -> str | None:
    """What to store for a typed date: ISO for day/month/year; ISO text (a date-time too) and
    text that is not a date stay as typed (the checks below refuse the latter, so it is never
    stored)."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if _DAY_MONTH_YEAR.match(text):
        try:
            return read_date(text)
        except ValueError:
            return text
    return text


def age_on(birth: date, today: date) -> int:
    """Whole years from ``birth`` to ``today``."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _date_problem(
    path: str, text: str | None, today: date, *, month_only: bool = False
) -> FieldProblem | None:
    if not text:
        return None
    try:
        iso = read_date(text, month_only=month_only)
    except ValueError:
        return FieldProblem(path, "invalid_date")
    year, month = int(iso[:4]), int(iso[5:7])
    if (len(iso) == 7 and (year, month) > (today.year, today.month)) or (
        len(iso) == 10 and date.fromisoformat(iso) > today
    ):
        return FieldProblem(path, "future_date")
    if year < today.year - MAX_AGE_YEARS:
        return FieldProblem(path, "too_old")
    return None


def value_problems(
    patient: Patient, consent: Consent, referral: Referral, today: date | None = None
) -> list[FieldProblem]:
    today = today or date.today()
    problems: list[FieldProblem] = []

    def add(problem: FieldProblem | None) -> None:
        if problem is not None:
            problems.append(problem)

    if patient.sex not in set(Sex):
        add(FieldProblem("patient.sex", "invalid_choice"))
    add(_date_problem("patient.birth_date", patient.birth_date, today))
    if patient.age_years is not None and not 0 <= patient.age_years <= MAX_AGE_YEARS:
        add(FieldProblem("patient.age_years", "out_of_range"))
    if patient.phone and not _PHONE.match(patient.phone.strip()):
        add(FieldProblem("patient.phone", "invalid_phone"))
    if patient.abha_number and not _ABHA.match(patient.abha_number.strip()):
        add(FieldProblem("patient.abha_number", "invalid_abha"))
    if consent.initiated_by not in set(Initiator):
        add(FieldProblem("consent.initiated_by", "invalid_choice"))
    if consent.method not in set(ConsentMethod):
        add(FieldProblem("consent.method", "invalid_choice"))
    add(_date_problem("consent.at", consent.at, today))
    if referral.urgency not in set(Urgency):
        add(FieldProblem("referral.urgency", "invalid_choice"))
    if referral.specialty and referral.specialty not in SPECIALTIES:
        add(FieldProblem("referral.specialty", "invalid_choice"))
    return problems


def readiness_problems(
    patient: Patient, consent: Consent, referral: Referral, today: date | None = None
) -> list[FieldProblem]:
    problems = value_problems(patient, consent, referral, today)
    if not patient.name.strip():
        problems.append(FieldProblem("patient.name", "required"))
    if not patient.birth_date and patient.age_years is None:
        problems.append(FieldProblem("patient.birth_date", "birth_date_or_age_required"))
    if not referral.specialty:
        problems.append(FieldProblem("referral.specialty", "required"))
    if not any(q.strip() for q in referral.questions):
        problems.append(FieldProblem("referral.questions", "required"))
    if not consent.given_by.strip():
        problems.append(FieldProblem("consent.given_by", "required"))
    if consent.method == ConsentMethod.NONE:
        # Explicit consent is required when anyone but the patient starts the referral;
        # for a patient's own request the method is still recorded.
        code = (
            "explicit_consent_required" if consent.initiated_by != Initiator.PATIENT else "required"
        )
        problems.append(FieldProblem("consent.method", code))
    if not consent.at:
        problems.append(FieldProblem("consent.at", "required"))
    return problems


def timeline_problems(entry_date: str, text: str, today: date | None = None) -> list[FieldProblem]:
    today = today or date.today()
    problems = []
    if not entry_date:
        problems.append(FieldProblem("timeline.entry_date", "required"))
    else:
        problem = _date_problem("timeline.entry_date", entry_date, today, month_only=True)
        if problem:
            problems.append(problem)
    if not text.strip():
        problems.append(FieldProblem("timeline.text", "required"))
    return problems
