"""Words about a case's documents and lab values: document kinds and reading status, why a
document could not be read (clinical.errors codes), lab flags, checklist needs, the case
summary's headings, and what `casebridge labs` and `casebridge check` print.

Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from typing import Any

from wording import QT_TRANSLATE_NOOP
from wording.store import ERROR

DOCUMENT_KIND = {
    "lab_report": QT_TRANSLATE_NOOP("wording", "Lab report"),
    "imaging_report": QT_TRANSLATE_NOOP("wording", "Imaging report (X-ray, CT, MRI, ultrasound)"),
    "discharge_summary": QT_TRANSLATE_NOOP("wording", "Discharge summary"),
    "prescription": QT_TRANSLATE_NOOP("wording", "Prescription"),
    "pathology_report": QT_TRANSLATE_NOOP("wording", "Pathology or biopsy report"),
    "ecg": QT_TRANSLATE_NOOP("wording", "ECG"),
    "clinical_photo": QT_TRANSLATE_NOOP("wording", "Clinical photo (wound, rash, swelling)"),
    "other": QT_TRANSLATE_NOOP("wording", "Other document"),
}

DOCUMENT_STATUS = {
    "pending": QT_TRANSLATE_NOOP("wording", "Not read yet"),
    "done": QT_TRANSLATE_NOOP("wording", "Read"),
    "failed": QT_TRANSLATE_NOOP("wording", "Could not be read"),
    "not_a_document": QT_TRANSLATE_NOOP("wording", "Not a document"),
}

# Why a document could not be read (clinical.errors codes, and local_store.document_kinds problems).
CLINICAL_ERROR = {
    "pdf_encrypted": QT_TRANSLATE_NOOP(
        "wording",
        "This PDF is locked with a password, so its lab values cannot be read. Ask the lab for "
        "an unlocked copy, or print it and attach a photo. The file itself is kept.",
    ),
    "pdf_corrupt": QT_TRANSLATE_NOOP(
        "wording",
        "This PDF is damaged and cannot be read. Copy it again from the original (email, "
        "WhatsApp or the lab's website) and attach the new copy.",
    ),
    "image_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "This photo cannot be opened (the file is damaged or in a format CaseBridge does not "
        "read). Take the photo again, or save it as JPEG.",
    ),
    "image_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This picture is far larger than any phone photo, so it was not opened. Attach a "
        "normal photo of the report instead.",
    ),
    "ocr_unavailable": QT_TRANSLATE_NOOP(
        "wording",
        "This is a scan or a photo, and reading text from pictures needs the free Tesseract OCR "
        "program with English, which is not installed on this computer. Ask your IT person to "
        "install it, or type the values in by hand.",
    ),
    "ocr_failed": QT_TRANSLATE_NOOP(
        "wording",
        "Reading the text from this picture failed. Try a sharper, straight photo in good "
        "light, or type the values in by hand.",
    ),
    "unsupported_document": QT_TRANSLATE_NOOP(
        "wording",
        "CaseBridge reads text only from PDFs and photos; this file is kept but not read.",
    ),
    "extraction_failed": QT_TRANSLATE_NOOP(
        "wording", "This document could not be read. It is kept; type the values in by hand."
    ),
    "pages_unread": QT_TRANSLATE_NOOP(
        "wording",
        "Some pages are scans and were not read, because the Tesseract OCR program is not "
        "installed. Check those pages by eye.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("wording", "Stopped. Nothing was half-saved."),
    "not_a_lab_report": QT_TRANSLATE_NOOP("wording", "No lab values were found in this document."),
    "file_not_found": QT_TRANSLATE_NOOP(
        "wording", "This file cannot be found or opened. Check the name and the folder."
    ),
    "pdf_too_many_pages": QT_TRANSLATE_NOOP(
        "wording",
        "This PDF has far more pages than a lab report, so its text was not read. The file "
        "is kept and sent with the case; type the important values in by hand.",
    ),
    "pdf_page_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "A page of this PDF holds far more content than any printed report, so its text was "
        "not read. The file is kept and sent with the case; type the values in by hand.",
    ),
    "pdf_too_slow": QT_TRANSLATE_NOOP(
        "wording",
        "Reading this PDF took too long and was stopped. The file is kept and sent with the "
        "case; type the important values in by hand.",
    ),
}

LAB_FLAG = {
    "L": QT_TRANSLATE_NOOP("wording", "Low"),
    "H": QT_TRANSLATE_NOOP("wording", "High"),
    "critical": QT_TRANSLATE_NOOP("wording", "Critical: tell the doctor now"),
}

# The lab grid's column of how each value was measured, as the report prints it.
LAB_METHOD = {
    "header": QT_TRANSLATE_NOOP("wording", "Method"),
    "tip": QT_TRANSLATE_NOOP("wording", "How the lab measured the value, as printed on the report"),
}

CHECKLIST_NEED = {
    "required": QT_TRANSLATE_NOOP("wording", "Needed"),
    "recommended": QT_TRANSLATE_NOOP("wording", "Recommended"),
    "not_needed": QT_TRANSLATE_NOOP("wording", "Usually not needed"),
}

CHECKLIST_WORDS = {
    "no_condition": QT_TRANSLATE_NOOP(
        "wording",
        "No checklist chosen for this case. Choose the condition to see which tests are "
        "usually needed.",
    ),
    "nothing_missing": QT_TRANSLATE_NOOP(
        "wording", "Nothing on the checklist seems to be missing."
    ),
    "suggestion_only": QT_TRANSLATE_NOOP(
        "wording",
        "These are suggestions from guidelines. You can send the case without them.",
    ),
}

# Headings of the case summary (clinical.summary.render_text label keys).
SUMMARY_LABEL = {
    "title": QT_TRANSLATE_NOOP("wording", "Case summary for the specialist"),
    "patient": QT_TRANSLATE_NOOP("wording", "Patient"),
    "questions": QT_TRANSLATE_NOOP("wording", "Questions"),
    "diagnosis": QT_TRANSLATE_NOOP("wording", "Working diagnosis"),
    "history": QT_TRANSLATE_NOOP("wording", "Clinical summary"),
    "documents": QT_TRANSLATE_NOOP("wording", "Documents by date"),
    "abnormal_labs": QT_TRANSLATE_NOOP("wording", "Abnormal lab values"),
    "studies": QT_TRANSLATE_NOOP("wording", "Imaging studies (series / images)"),
    "missing": QT_TRANSLATE_NOOP("wording", "Possibly missing investigations"),
    "none": QT_TRANSLATE_NOOP("wording", "none"),
    "undated": QT_TRANSLATE_NOOP("wording", "no date"),
    "age": QT_TRANSLATE_NOOP("wording", "{age} years"),
}


def clinical_error_text(code: str) -> str:
    return CLINICAL_ERROR.get(code) or ERROR.get(code) or CLINICAL_ERROR["extraction_failed"]


# What `casebridge labs` and `casebridge check` print. Terminal-only words (the CLI speaks
# English only, so no lupdate marks).
CLI_LABS_WORDS: dict[str, Any] = {
    "col_test": "Test",
    "col_value": "Result",
    "col_unit": "Unit",
    "col_reference": "Reference",
    "col_flag": "Flag",
    "col_method": "Method",
    "col_page": "Page",
    "document": "{kind}, dated {date}, {pages} page(s), read from {source}.",
    "undated": "no date found",
    "source": {"text": "its text", "ocr": "pictures (OCR: check the values)"},
    "condition": "Checklist: {title}",
    "flags": "Lab values outside their range:",
    "no_flags": "No lab values outside their range.",
    "not_needed": "Usually not needed: {item} ({source})",
    "missing_line": "- {need}: {item}. {why} ({source})",
    "reading": "Reading documents: {done}/{total}",
    "read_failed": "A document could not be read: {reason}",
    "pages_read": "Pages read: {done}/{total}",
}
