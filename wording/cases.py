"""Words about a case and its intake: statuses, the patient's sex, urgency, consent, specialties,
field labels and the problems a field can have (local_store.validation codes), and the headings
the CLI prints around a case.

Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

STATUS = {
    "draft": QT_TRANSLATE_NOOP("wording", "Draft"),
    "ready": QT_TRANSLATE_NOOP("wording", "Ready to send"),
    "queued": QT_TRANSLATE_NOOP("wording", "Waiting to send"),
    "sending": QT_TRANSLATE_NOOP("wording", "Sending"),
    "delivered": QT_TRANSLATE_NOOP("wording", "Delivered"),
    "assigned": QT_TRANSLATE_NOOP("wording", "Specialist assigned"),
    "in_review": QT_TRANSLATE_NOOP("wording", "In review"),
    "opinion_received": QT_TRANSLATE_NOOP("wording", "Opinion received"),
    "closed": QT_TRANSLATE_NOOP("wording", "Closed"),
}

SEX = {
    "F": QT_TRANSLATE_NOOP("wording", "Female"),
    "M": QT_TRANSLATE_NOOP("wording", "Male"),
    "O": QT_TRANSLATE_NOOP("wording", "Other"),
    "U": QT_TRANSLATE_NOOP("wording", "Not recorded"),
}

URGENCY = {
    "routine": QT_TRANSLATE_NOOP("wording", "Routine"),
    "urgent": QT_TRANSLATE_NOOP("wording", "Urgent"),
}

CONSENT_METHOD = {
    "": QT_TRANSLATE_NOOP("wording", "Not yet recorded"),
    "verbal": QT_TRANSLATE_NOOP("wording", "Verbal"),
    "written": QT_TRANSLATE_NOOP("wording", "Written (signed form)"),
    "digital": QT_TRANSLATE_NOOP("wording", "Digital (OTP or e-sign)"),
}

INITIATOR = {
    "patient": QT_TRANSLATE_NOOP("wording", "The patient"),
    "health_worker": QT_TRANSLATE_NOOP("wording", "A health worker"),
    "doctor": QT_TRANSLATE_NOOP("wording", "A doctor"),
}

SPECIALTY = {
    "oncology": QT_TRANSLATE_NOOP("wording", "Oncology (cancer)"),
    "cardiology": QT_TRANSLATE_NOOP("wording", "Cardiology (heart)"),
    "neurology": QT_TRANSLATE_NOOP("wording", "Neurology (brain and nerves)"),
    "orthopaedics": QT_TRANSLATE_NOOP("wording", "Orthopaedics (bones and joints)"),
    "endocrinology": QT_TRANSLATE_NOOP("wording", "Endocrinology (diabetes, thyroid)"),
    "gastroenterology": QT_TRANSLATE_NOOP("wording", "Gastroenterology (stomach, liver)"),
    "nephrology": QT_TRANSLATE_NOOP("wording", "Nephrology (kidney)"),
    "pulmonology": QT_TRANSLATE_NOOP("wording", "Pulmonology (lungs)"),
    "general_medicine": QT_TRANSLATE_NOOP("wording", "General medicine"),
    "paediatrics": QT_TRANSLATE_NOOP("wording", "Paediatrics (children)"),
    "obstetrics_gynaecology": QT_TRANSLATE_NOOP("wording", "Obstetrics and gynaecology"),
    "dermatology": QT_TRANSLATE_NOOP("wording", "Dermatology (skin)"),
    "radiology": QT_TRANSLATE_NOOP("wording", "Radiology (scan review)"),
    "pathology": QT_TRANSLATE_NOOP("wording", "Pathology (biopsy review)"),
    "other": QT_TRANSLATE_NOOP("wording", "Other"),
}

FIELD = {
    "patient.name": QT_TRANSLATE_NOOP("wording", "Patient's full name"),
    "patient.sex": QT_TRANSLATE_NOOP("wording", "Sex"),
    "patient.birth_date": QT_TRANSLATE_NOOP("wording", "Date of birth"),
    "patient.age_years": QT_TRANSLATE_NOOP("wording", "Age in years"),
    "patient.phone": QT_TRANSLATE_NOOP("wording", "Phone number"),
    "patient.abha_number": QT_TRANSLATE_NOOP("wording", "ABHA number (optional)"),
    "patient.hospital_id": QT_TRANSLATE_NOOP("wording", "Hospital or clinic ID (optional)"),
    "consent.initiated_by": QT_TRANSLATE_NOOP("wording", "Who asked for this second opinion"),
    "consent.given_by": QT_TRANSLATE_NOOP("wording", "Consent given by"),
    "consent.method": QT_TRANSLATE_NOOP("wording", "How consent was given"),
    "consent.at": QT_TRANSLATE_NOOP("wording", "Date of consent"),
    "consent.recorded_by": QT_TRANSLATE_NOOP("wording", "Consent recorded by"),
    "referral.questions": QT_TRANSLATE_NOOP("wording", "Questions for the specialist"),
    "referral.specialty": QT_TRANSLATE_NOOP("wording", "Specialty"),
    "referral.urgency": QT_TRANSLATE_NOOP("wording", "Urgency"),
    "referral.working_diagnosis": QT_TRANSLATE_NOOP("wording", "Working diagnosis"),
    "referral.clinical_summary": QT_TRANSLATE_NOOP("wording", "Clinical summary and history"),
    "referral.medications": QT_TRANSLATE_NOOP("wording", "Current medicines"),
    "referral.allergies": QT_TRANSLATE_NOOP("wording", "Allergies"),
    "referral.prior_treatment": QT_TRANSLATE_NOOP("wording", "Treatment so far"),
    "referral.planned_treatment": QT_TRANSLATE_NOOP("wording", "Treatment planned"),
    "referral.referring_doctor": QT_TRANSLATE_NOOP("wording", "Referring doctor"),
    "referral.referring_registration": QT_TRANSLATE_NOOP("wording", "Doctor's registration number"),
    "timeline.entry_date": QT_TRANSLATE_NOOP("wording", "Date"),
    "timeline.text": QT_TRANSLATE_NOOP("wording", "What happened"),
}

PROBLEM = {
    "required": QT_TRANSLATE_NOOP("wording", "Please fill this in."),
    "invalid_date": QT_TRANSLATE_NOOP(
        "wording", "This is not a date. Write it as day/month/year, for example 15/03/2024."
    ),
    "invalid_age": QT_TRANSLATE_NOOP(
        "wording", "Write the age in whole years, for example 45 (0 for a baby under one year)."
    ),
    "future_date": QT_TRANSLATE_NOOP("wording", "This date is in the future. Check the year."),
    "too_old": QT_TRANSLATE_NOOP(
        "wording", "This date is more than 130 years ago. Check the year."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("wording", "The age must be between 0 and 130 years."),
    "invalid_phone": QT_TRANSLATE_NOOP(
        "wording", "A phone number has 7 to 15 digits, for example +91 98765 43210."
    ),
    "invalid_abha": QT_TRANSLATE_NOOP(
        "wording", "An ABHA number has 14 digits, for example 12-3456-7890-1234."
    ),
    "birth_date_or_age_required": QT_TRANSLATE_NOOP(
        "wording", "Enter the date of birth, or the age if the date is not known."
    ),
    "explicit_consent_required": QT_TRANSLATE_NOOP(
        "wording",
        "Someone other than the patient started this referral, so the patient's explicit "
        "consent must be recorded: choose how it was given.",
    ),
    "invalid_choice": QT_TRANSLATE_NOOP("wording", "Choose one of the options in the list."),
    "not_a_result": QT_TRANSLATE_NOOP(
        "wording",
        "Not saved: this is not a lab result. Type a number (for example 12.5 or <0.5) or a "
        "result word such as Positive, Reactive or Nil.",
    ),
}


# The case list's second line under the patient's name: two cases of one patient differ.
CASE_LINE = QT_TRANSLATE_NOOP("wording", "Case %1 · %2")


def problem_text(code: str) -> str:
    return PROBLEM.get(code, PROBLEM["invalid_choice"])


# What `casebridge case list` and `case show` print around the labels above. The CLI speaks
# English only, so words only a terminal shows carry no lupdate marks (nothing to translate).
CLI_CASE_WORDS = {
    "col_id": "ID",
    "col_patient": "Patient",
    "col_specialty": "Specialty",
    "col_status": "Status",
    "col_updated": "Updated",
    "no_cases": "No cases yet. Create one with 'casebridge case new'.",
    "case": "Case",
    "patient": "Patient",
    "referral": "Referral",
    "consent": "Consent",
    "timeline": "Timeline",
    "attachments": "Attachments",
    "studies": "DICOM studies",
    "instances": "{count} images",
    "none": "none",
    "not_recorded": "not recorded",
    "created": "Created",
    "updated": "Updated",
    "status": "Status",
    "options": "Options",
}
