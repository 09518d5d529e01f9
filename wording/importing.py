"""Words about importing files into a case: each phase of an import (local_store.import_plan
``IMPORT_PHASES``), why a file was not imported (``REJECT_CODES``), and what `casebridge import`
and `casebridge dicom info` report.

The desktop's import dialog and the CLI show the same phase sentence for the same code.
Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from typing import Any

from wording import QT_TRANSLATE_NOOP

# Why a file was not imported (local_store.importer reason codes). Each says what to do.
IMPORT_REJECT = {
    "not_dicom_or_document": QT_TRANSLATE_NOOP(
        "wording",
        "Not a scan, PDF or photo CaseBridge can use. If it is a report, scan or photograph "
        "it, or save it as PDF, and add that instead.",
    ),
    "truncated_dicom": QT_TRANSLATE_NOOP(
        "wording",
        "This scan image is incomplete (the file was cut short while copying). Copy it again "
        "from the CD or the hospital, then import it.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "This file is damaged or incomplete and cannot be opened. Copy it again from the "
        "original, then import it.",
    ),
    "read_failed": QT_TRANSLATE_NOOP(
        "wording",
        "This file could not be read from the disc or drive. Clean the disc or try another "
        "drive or USB port, then import again.",
    ),
    "empty_file": QT_TRANSLATE_NOOP(
        "wording", "This file is empty. Copy it again from the original, then import it."
    ),
    "zip_corrupt": QT_TRANSLATE_NOOP(
        "wording",
        "This zip file is damaged and cannot be opened. Download or copy it again, then import it.",
    ),
    "zip_unsafe_path": QT_TRANSLATE_NOOP(
        "wording",
        "This zip file tries to write outside its own folder, which is a sign of a harmful "
        "file. It was not opened. Ask the sender for the images in another way.",
    ),
    "zip_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This zip file unpacks to far more data than any set of scans (more than 2 GB, or a "
        "harmful 'zip bomb'). It was not opened. Ask the sender to check it.",
    ),
    "zip_encrypted": QT_TRANSLATE_NOOP(
        "wording",
        "This zip file is locked with a password. Unpack it with the password first, then "
        "import the folder.",
    ),
    "zip_nested": QT_TRANSLATE_NOOP(
        "wording",
        "This zip file is inside a zip inside another zip. Unpack the outer zip files first, "
        "then import the folder.",
    ),
    "listed_file_missing": QT_TRANSLATE_NOOP(
        "wording",
        "The disc's index (DICOMDIR) lists this image but it is not on the disc. Ask the "
        "hospital for a new copy if images seem to be missing.",
    ),
    "other_patient": QT_TRANSLATE_NOOP(
        "wording",
        "These images name a different patient than this case. They were not added. Check "
        "that they belong to this patient, then confirm to add them.",
    ),
    "unsupported_photo_format": QT_TRANSLATE_NOOP(
        "wording",
        "This photo is in HEIC format, which this computer cannot open. On the phone, set the "
        "camera to 'Most compatible' (JPEG), or share the photo as JPEG, and add it again.",
    ),
    "special_file_skipped": QT_TRANSLATE_NOOP(
        "wording",
        "Skipped: this is not an ordinary file (a pipe, device or socket), so it was not "
        "opened. Nothing needs doing unless it should have been a scan or report.",
    ),
    "zip_budget_exceeded": QT_TRANSLATE_NOOP(
        "wording",
        "Not unpacked: together with the other zip files in this import it would unpack to "
        "more than 2 GB, or more than the free space on this computer. Import the zip files "
        "one at a time, or free some disk space, then import it again.",
    ),
    "duplicate_member": QT_TRANSLATE_NOOP(
        "wording",
        "This zip holds another file whose name is used for a folder here, so this one could "
        "not be unpacked beside it. Unpack the zip by hand and import the folder.",
    ),
    "inflates_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This scan file is packed so that it unpacks to far more data than any image, a sign "
        "of a harmful file. It was not imported. Ask the sender for a new copy.",
    ),
    "photo_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This picture says it is far larger than any phone photo (more than 200 megapixels), "
        "so it was not imported. Attach a normal photo or a PDF instead.",
    ),
    "nested_too_deep": QT_TRANSLATE_NOOP(
        "wording",
        "This file is built thousands of levels deep, which no scan or report is: it is "
        "damaged or harmful, so it was not imported. Ask the sender for a new copy.",
    ),
}

# What an import says about a file it did take (local_store.import_plan NOTE_CODES): something
# to act on while the patient is still in the room.
IMPORT_NOTE = {
    "pdf_locked": QT_TRANSLATE_NOOP(
        "wording",
        "Imported, but this PDF is locked with a password. Ask the patient for the password "
        "now (labs often use the date of birth or phone number), or ask the lab for an "
        "unlocked copy: without it the report cannot be read here or by the specialist.",
    ),
}


# Each phase of an import (local_store.import_plan IMPORT_PHASES). The desktop's progress title
# and the CLI's progress line both show these, so one import reads the same on either face.
IMPORT_PHASE = {
    "copying": QT_TRANSLATE_NOOP("wording", "Copying from the CD or USB stick"),
    "extracting": QT_TRANSLATE_NOOP("wording", "Unpacking zip files"),
    "scanning": QT_TRANSLATE_NOOP("wording", "Reading the files"),
    "importing": QT_TRANSLATE_NOOP("wording", "Saving the files into this case (encrypted)"),
}


def import_phase_text(code: str) -> str:
    """The sentence for an import phase; an unknown phase reads as reading the files."""
    return IMPORT_PHASE.get(code, IMPORT_PHASE["scanning"])


def import_note_text(code: str) -> str:
    """What to do about a file that was imported with a note."""
    return IMPORT_NOTE.get(code, code)


def import_reject_text(code: str) -> str:
    """Why a file was not imported; an unknown reason reads as a damaged file."""
    return IMPORT_REJECT.get(code, IMPORT_REJECT["unreadable"])


# What `casebridge import` and `casebridge dicom info` report. Terminal-only words (the CLI
# speaks English only, so no lupdate marks).
CLI_IMPORT_WORDS: dict[str, Any] = {
    "imported": "Imported {imported} file(s): {images} image(s), {documents} document(s); "
    "{studies} study(ies), {series} series, {instances} DICOM instance(s).",
    "duplicates": "{duplicates} file(s) were already in this case and were not added again.",
    "rejected": "{count} file(s) not imported:",
    "notes": "{count} imported file(s) need attention:",
    "ignored": "{count} file(s) skipped (system files or viewer software on the disc).",
    "nothing": "Nothing was imported.",
    "no_files": "No files found at the given path(s).",
    "other_patient": (
        "{files} DICOM file(s) name another patient than this case ({fields}: not the same). They "
        "were not imported. Check that they belong to this patient, then run again with "
        "--accept-other-patient to add them."
    ),
    "fields": {
        "name": "name",
        "patient_id": "patient ID",
        "birth_date": "date of birth",
        "sex": "sex",
    },
    "info_files": "{files} file(s) can be imported; {rejected} cannot.",
    "study": "Study {date} {description}  ({patient}, ID {patient_id})",
    "series": "  Series {number} {modality} {description}: {instances} instance(s)",
    "documents": "Documents and photos: {count}",
}
