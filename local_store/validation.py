"""Checks on the intake, returning field problems as codes (the top layers word them).

Two levels: ``value_problems`` rejects values that must never be stored (a future birth date,
an age of 300, an unknown sex code); ``readiness_problems`` adds what a case needs before it can
be sent (a name, an age, a specialty, a question, consent). Drafts may be incomplete.
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


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD), or the date part of an ISO date-time."""
    text = text.strip()
    if "T" in text or " " in text:
        return datetime.fromisoformat(text).date()
    return date.fromisoformat(text)


def _date_problem(path: str, text: str | None, today: date) -> FieldProblem | None:
    if not text:
        return None
    try:
        value = parse_date(text)
    except ValueError:
        return FieldProblem(path, "invalid_date")
    if value > today:
        return FieldProblem(path, "future_date")
    if value.year < today.year - MAX_AGE_YEARS:
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
        problem = _date_problem("timeline.entry_date", entry_date, today)
        if problem:
            problems.append(problem)
    if not text.strip():
        problems.append(FieldProblem("timeline.text", "required"))
    return problems
