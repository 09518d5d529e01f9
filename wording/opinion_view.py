"""Words for a received opinion at the clinic: the case's Opinion tab and the printout for the
referring doctor (casework.opinion_view gives the codes; desktop.views.opinion_tab and
printing.opinion_pdf put these words to them). The verdict and how soon to see the patient in
person reuse wording.opinion's labels, so the specialist and the clinic read the same words.
Same conventions as the rest of the package (see wording/__init__.py); the printed patient
summary's words are wording.patient_summary's. Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

OPINION_VIEW_WORDS = {
    "tab": QT_TRANSLATE_NOOP("wording", "Opinion"),
    "case_tab": QT_TRANSLATE_NOOP("wording", "Case"),
    "title": QT_TRANSLATE_NOOP("wording", "Specialist's opinion"),
    "verdict": QT_TRANSLATE_NOOP("wording", "Verdict: {verdict}"),
    "version": QT_TRANSLATE_NOOP(
        "wording", "Version {version}, signed {signed}, received {received}"
    ),
    "questions": QT_TRANSLATE_NOOP("wording", "Your questions and the specialist's answers"),
    "question": QT_TRANSLATE_NOOP("wording", "Question {number}: {question}"),
    "answer": QT_TRANSLATE_NOOP("wording", "Answer"),
    "diagnosis": QT_TRANSLATE_NOOP("wording", "Diagnosis"),
    "reasons": QT_TRANSLATE_NOOP("wording", "Why"),
    "severity": QT_TRANSLATE_NOOP("wording", "Severity or stage"),
    "plan": QT_TRANSLATE_NOOP("wording", "Plan"),
    "alternatives": QT_TRANSLATE_NOOP("wording", "Options and alternatives"),
    "investigations": QT_TRANSLATE_NOOP("wording", "Investigations to do"),
    "investigations_hint": QT_TRANSLATE_NOOP(
        "wording", "Tick each one when it is done; the date can be changed."
    ),
    "done": QT_TRANSLATE_NOOP("wording", "Done"),
    "done_on_date": QT_TRANSLATE_NOOP("wording", "done on {date}"),
    "to_do": QT_TRANSLATE_NOOP("wording", "to do"),
    "lifestyle": QT_TRANSLATE_NOOP("wording", "Lifestyle advice"),
    "see_in_person": QT_TRANSLATE_NOOP("wording", "See a specialist in person: {when}"),
    "limitations": QT_TRANSLATE_NOOP("wording", "Limitations"),
    "patient_summary": QT_TRANSLATE_NOOP("wording", "Summary for the patient"),
    "specialist": QT_TRANSLATE_NOOP("wording", "Specialist"),
    "registration": QT_TRANSLATE_NOOP("wording", "Registration number {registration}, {council}"),
    "verified": QT_TRANSLATE_NOOP("wording", "✓ Signature verified"),
    "fingerprint": QT_TRANSLATE_NOOP("wording", "Specialist's key: {fingerprint}"),
    "verified_line": QT_TRANSLATE_NOOP(
        "wording",
        "Signature verified: signed by the specialist's key {fingerprint}, which the "
        "CaseBridge service vouched for.",
    ),
    "not_verified": QT_TRANSLATE_NOOP("wording", "The signature could not be verified."),
    "earlier": QT_TRANSLATE_NOOP("wording", "Earlier versions"),
    "earlier_line": QT_TRANSLATE_NOOP(
        "wording", "Version {version}, signed {signed}: {verdict}. {diagnosis}"
    ),
    "replaced": QT_TRANSLATE_NOOP("wording", "Replaced by version {version}."),
    "thread": QT_TRANSLATE_NOOP("wording", "Follow-up messages"),
    "thread_line": QT_TRANSLATE_NOOP("wording", "{who} ({role}), {at}"),
    "thread_files": QT_TRANSLATE_NOOP("wording", "Files: {names}"),
    "thread_line_unnamed": QT_TRANSLATE_NOOP("wording", "{role}, {at}"),
    "ask": QT_TRANSLATE_NOOP("wording", "Ask a follow-up question…"),
    "asking": QT_TRANSLATE_NOOP("wording", "Keeping your question…"),
    "ask_files_failed": QT_TRANSLATE_NOOP(
        "wording", "The question was not kept: a file could not be added. {why}"
    ),
    "print_doctor": QT_TRANSLATE_NOOP("wording", "Print for doctor…"),
    "print_patient": QT_TRANSLATE_NOOP("wording", "Print for patient…"),
    "language": QT_TRANSLATE_NOOP("wording", "Patient's language:"),
    "save_pdf": QT_TRANSLATE_NOOP("wording", "Save as PDF…"),
    "pdf_doctor": QT_TRANSLATE_NOOP("wording", "The opinion for the doctor"),
    "pdf_patient": QT_TRANSLATE_NOOP("wording", "The summary for the patient"),
    "pdf_filter": QT_TRANSLATE_NOOP("wording", "PDF files (*.pdf)"),
    "saved_pdf": QT_TRANSLATE_NOOP("wording", "Saved: {name}"),
    "print_failed": QT_TRANSLATE_NOOP(
        "wording", "The PDF could not be written there. Choose another folder and try again."
    ),
    "tick_failed": QT_TRANSLATE_NOOP(
        "wording", "The tick could not be saved. Try again; if it keeps failing, restart."
    ),
    # The printout for the referring doctor.
    "doctor_title": QT_TRANSLATE_NOOP("wording", "Second opinion on case {case}"),
    "patient": QT_TRANSLATE_NOOP("wording", "Patient"),
    "case": QT_TRANSLATE_NOOP("wording", "Case"),
    "signed_at": QT_TRANSLATE_NOOP("wording", "Signed"),
    "received_at": QT_TRANSLATE_NOOP("wording", "Received"),
    "printed_at": QT_TRANSLATE_NOOP("wording", "Printed"),
    "version_of": QT_TRANSLATE_NOOP("wording", "Version"),
    "corrects": QT_TRANSLATE_NOOP("wording", "{version} (corrects version {earlier})"),
}

# The urgent-visit banner, by how soon the specialist wants the patient seen in person; none
# for a routine visit or none at all.
URGENT_BANNER = {
    "emergency": QT_TRANSLATE_NOOP(
        "wording",
        "EMERGENCY: the specialist asks that the patient is seen in person now. Send the "
        "patient to the nearest hospital today.",
    ),
    "within_days": QT_TRANSLATE_NOOP(
        "wording",
        "Urgent: the specialist asks that the patient is seen in person within days. "
        "Arrange the visit now.",
    ),
}

# What `casebridge opinion print` says (terminal-only words, like CLI_OPINION_WORDS).
CLI_PRINT_WORDS = {
    "doctor": "Written: {path} (the opinion for the referring doctor, A4)",
    "patient": "Written: {path} (the summary for the patient in {language}, A4)",
    "no_opinion": "No opinion has been received for this case yet. It can be printed once "
    "'casebridge sync' has received it.",
    "not_written": "The PDF could not be written to {path}. Choose another folder and try again.",
}

# Who wrote a follow-up message, in its heading line "{who} ({role}), {at}" (sync.protocol.Role
# codes; a role not listed here is shown as its code).
AUTHOR_ROLE = {
    "clinic": QT_TRANSLATE_NOOP("wording", "clinic"),
    "specialist": QT_TRANSLATE_NOOP("wording", "specialist"),
}
