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
    "question_asked": QT_TRANSLATE_NOOP("wording", "Question asked"),
    "answered": QT_TRANSLATE_NOOP("wording", "Question answered"),
    "closed": QT_TRANSLATE_NOOP("wording", "Closed"),
    # States shown from the outbox and the service's feed (casework.case_state).
    "send_problem": QT_TRANSLATE_NOOP("wording", "Sending: retrying"),
    "not_sent": QT_TRANSLATE_NOOP("wording", "Not sent: see Sending"),
    "opinion_ready": QT_TRANSLATE_NOOP("wording", "Opinion ready"),
    # The opinion failed a check here (sync.opinion_receive): the patient's answer is not here.
    # Short, as the Sending panel says it: the case list's badge has room for no more;
    # STATUS_HINT says where to look.
    "opinion_kept_out": QT_TRANSLATE_NOOP("wording", "Opinion kept out"),
    "refused": QT_TRANSLATE_NOOP("wording", "Refused by the service"),
}

# What a state means and what to do, where the status alone cannot say it (the case list's
# tooltip, the case header's).
STATUS_HINT = {
    "opinion_kept_out": QT_TRANSLATE_NOOP(
        "wording",
        "The specialist's opinion came but failed a safety check, so it was not kept. "
        "Click Sending to see why.",
    ),
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


# Words about a sent, closed or removed case and the trash ({placeholders} are filled in).
CASE_WORDS = {
    "sent_banner": QT_TRANSLATE_NOOP(
        "wording",
        "This case was sent on {date} and can no longer be changed: the specialist works from "
        "what was sent. To add information or new files, click Send an update.",
    ),
    "sent_banner_update": QT_TRANSLATE_NOOP(
        "wording",
        "This case was sent on {date} and can no longer be changed. An update with your new "
        "information is waiting to be sent.",
    ),
    "closed_banner": QT_TRANSLATE_NOOP(
        "wording", "This case is closed. It is kept as it was and cannot be changed."
    ),
    "send_update": QT_TRANSLATE_NOOP("wording", "Send an update…"),
    "update_title": QT_TRANSLATE_NOOP("wording", "Send an update to the specialist"),
    "update_intro": QT_TRANSLATE_NOOP(
        "wording",
        "What you add here goes to the specialist as an update of the case already sent. "
        "What was sent before does not change.",
    ),
    "update_note": QT_TRANSLATE_NOOP("wording", "What is new (for the specialist)"),
    "update_files": QT_TRANSLATE_NOOP("wording", "New files not sent yet: {count}"),
    "update_add_files": QT_TRANSLATE_NOOP("wording", "Add files…"),
    "update_send": QT_TRANSLATE_NOOP("wording", "Send update"),
    "update_queued": QT_TRANSLATE_NOOP(
        "wording", "The update is waiting to be sent. It goes by itself when the link allows."
    ),
    "more": QT_TRANSLATE_NOOP("wording", "More"),
    "close_case": QT_TRANSLATE_NOOP("wording", "Close case…"),
    "remove_case": QT_TRANSLATE_NOOP("wording", "Remove case…"),
    "confirm_close_title": QT_TRANSLATE_NOOP("wording", "Close this case?"),
    "confirm_close": QT_TRANSLATE_NOOP(
        "wording",
        "Close the case of {name}? It is kept as it is and can be read, but not changed or "
        "sent again.",
    ),
    "confirm_remove_title": QT_TRANSLATE_NOOP("wording", "Remove this case?"),
    "confirm_remove": QT_TRANSLATE_NOOP(
        "wording",
        "Remove the case of {name}? It goes to the Trash and can be restored there for "
        "{days} days; after that it is deleted for good.",
    ),
    "remove_file": QT_TRANSLATE_NOOP("wording", "Remove file…"),
    "confirm_remove_file_title": QT_TRANSLATE_NOOP("wording", "Remove this file?"),
    "confirm_remove_file": QT_TRANSLATE_NOOP(
        "wording",
        "Remove {name} from this case? It goes to the Trash and can be restored there for "
        "{days} days.",
    ),
    "sent_file": QT_TRANSLATE_NOOP("wording", "Sent: stays with the case"),
    "trash": QT_TRANSLATE_NOOP("wording", "Trash"),
    "trash_title": QT_TRANSLATE_NOOP("wording", "Trash: removed cases and files"),
    "trash_intro": QT_TRANSLATE_NOOP(
        "wording",
        "Removed cases and files stay here for {days} days and can be put back with Restore. "
        "After that they are deleted for good.",
    ),
    "trash_empty": QT_TRANSLATE_NOOP("wording", "The Trash is empty."),
    "trash_case": QT_TRANSLATE_NOOP("wording", "Case"),
    "trash_file": QT_TRANSLATE_NOOP("wording", "File"),
    "trash_what": QT_TRANSLATE_NOOP("wording", "What"),
    "trash_name": QT_TRANSLATE_NOOP("wording", "Name"),
    "trash_removed": QT_TRANSLATE_NOOP("wording", "Removed on"),
    "trash_deleted_after": QT_TRANSLATE_NOOP("wording", "Deleted for good after"),
    "restore": QT_TRANSLATE_NOOP("wording", "Restore"),
    "no_name": QT_TRANSLATE_NOOP("wording", "(no name yet)"),
}


# Terminal-only words for removing, closing and the trash (the CLI speaks English only).
CLI_TRASH_WORDS = {
    "removed": "Case {id} moved to the trash; `casebridge case restore {id}` puts it back "
    "within {days} days.",
    "restored": "Case {id} restored.",
    "closed": "Case {id} closed: kept as it is, read only.",
    "attachment_removed": "Attachment {id} moved to the trash for {days} days.",
    "trash_empty": "The trash is empty.",
    "trash_heading": "KIND        ID        NAME                           REMOVED            "
    "DELETED AFTER",
    "purged": "Deleted for good: {cases} cases, {attachments} attachments, {blobs} files.",
}
