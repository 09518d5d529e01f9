"""The words CaseBridge shows people, keyed by the codes the lower layers return.

One source of English text for both faces of the product: cli prints these strings as they are;
desktop passes each through ``QCoreApplication.translate(CONTEXT, text)`` so translators see
them (``pyside6-lupdate`` finds the ``QT_TRANSLATE_NOOP`` marks). Every message about a problem
says what to do next. Qt-free; thread-safety: constant data and pure functions.
"""

from __future__ import annotations

CONTEXT = "wording"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


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
}

ERROR = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "wording",
        "The passphrase is not correct. Nothing was changed. Check Caps Lock and try again.",
    ),
    "passphrase_required": QT_TRANSLATE_NOOP(
        "wording",
        "This data folder is locked with a passphrase. Type it when CaseBridge starts, or set "
        "CASEBRIDGE_PASSPHRASE for unattended use.",
    ),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "wording", "Choose a passphrase of at least 8 characters."
    ),
    "secret_missing": QT_TRANSLATE_NOOP(
        "wording",
        "The key that unlocks this data folder cannot be found (store.json, keyfile.json or the "
        "system keyring entry is missing). Restore them from a backup, or choose another data "
        "folder. Nothing was changed.",
    ),
    "insecure_keyring": QT_TRANSLATE_NOOP(
        "wording",
        "The configured keyring stores secrets without encryption, so CaseBridge will not use "
        "it. Remove that keyring setting; CaseBridge will ask for a passphrase instead.",
    ),
    "database_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The case database cannot be opened with this key: it is damaged or belongs to "
        "another installation. Nothing was changed. Restore it from a backup or choose "
        "another data folder.",
    ),
    "database_too_new": QT_TRANSLATE_NOOP(
        "wording",
        "These cases were saved by a newer CaseBridge. Install the newer version to open them.",
    ),
    "storage_full": QT_TRANSLATE_NOOP(
        "wording",
        "The disk is full, so this could not be saved. What was saved before is safe. Free some "
        "space (for example delete old downloads) and try again.",
    ),
    "storage_read_only": QT_TRANSLATE_NOOP(
        "wording",
        "CaseBridge cannot write to its data folder (it is read-only or belongs to another "
        "user). Choose a folder you can write to, or ask for write permission.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "wording", "No such case. Check the case number (run 'casebridge case list')."
    ),
    "ambiguous_id": QT_TRANSLATE_NOOP(
        "wording", "More than one case starts with this number. Type more of it."
    ),
    "blob_corrupt": QT_TRANSLATE_NOOP(
        "wording",
        "A stored file is damaged and cannot be read. Import it again from the original.",
    ),
    "invalid_intake": QT_TRANSLATE_NOOP("wording", "Some fields need attention."),
    "cancelled": QT_TRANSLATE_NOOP("wording", "Cancelled. Nothing was half-saved."),
    "store_error": QT_TRANSLATE_NOOP(
        "wording", "Something went wrong while saving. Nothing was lost. Try again."
    ),
    "photo_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "This picture cannot be opened: the file is damaged, or it is a kind of picture "
        "CaseBridge cannot read (for example HEIC). Save it as JPEG on the phone and add it "
        "again. Nothing stored was changed.",
    ),
    "photo_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This picture has too many pixels to open safely. Take the photo again at a normal "
        "camera setting (12 megapixels is plenty for a report) and add it again.",
    ),
}

PROTECTION = {
    "os_keyring": QT_TRANSLATE_NOOP(
        "wording",
        "Your cases are encrypted. The key is kept in this computer's secure keyring ({backend}), "
        "so CaseBridge opens without a passphrase for this Windows/Linux user.",
    ),
    "passphrase": QT_TRANSLATE_NOOP(
        "wording",
        "Your cases are encrypted. The key is locked with your passphrase (scrypt and AES-256-GCM "
        "in keyfile.json); CaseBridge asks for it at every start. Without it nobody, including "
        "us, can read the cases.",
    ),
}


# Where a measurement's millimetres come from (imaging.calibration sources); "" = not calibrated.
CALIBRATION_SOURCE = {
    "PixelSpacing": QT_TRANSLATE_NOOP("wording", "PixelSpacing"),
    "ImagerPixelSpacing": QT_TRANSLATE_NOOP("wording", "ImagerPixelSpacing, at the detector"),
    "UltrasoundRegion": QT_TRANSLATE_NOOP("wording", "ultrasound region"),
    "": QT_TRANSLATE_NOOP("wording", "pixels, not calibrated"),
}

# Key images marked in the viewer (local_store.key_images problem codes).
KEY_IMAGE_PROBLEM = {
    "required": QT_TRANSLATE_NOOP("wording", "This image has no DICOM instance UID to mark."),
    "out_of_range": QT_TRANSLATE_NOOP("wording", "This frame number does not exist."),
    "too_long": QT_TRANSLATE_NOOP(
        "wording", "The note is too long (at most 2000 characters). Shorten it and save again."
    ),
}

# Why an image cannot be shown (imaging.pixels.DecodeError codes). {syntax} is the transfer
# syntax's name, for example "JPEG 2000 Image Compression".
DECODE_ERROR = {
    "not_dicom": QT_TRANSLATE_NOOP(
        "wording", "This file is not a DICOM image. Open it as a document or photo instead."
    ),
    "no_pixels": QT_TRANSLATE_NOOP(
        "wording",
        "This DICOM file holds no picture (for example a report or a treatment plan), so "
        "there is nothing to show.",
    ),
    "no_decoder": QT_TRANSLATE_NOOP(
        "wording",
        "This image is compressed as {syntax} and no decoder for it is installed. Ask the "
        "sender for an uncompressed copy, or reinstall CaseBridge.",
    ),
    "unknown_syntax": QT_TRANSLATE_NOOP(
        "wording",
        "This image is stored in a form CaseBridge does not know ({syntax}). Ask the sender "
        "to export it again as standard DICOM.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "wording",
        "The file ends before its pixel data does: it was not copied completely. Copy it "
        "again from the original CD or USB stick.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "wording",
        "The compressed picture ({syntax}) is damaged and cannot be decoded. Copy it again "
        "from the original, or ask the sender for a new copy.",
    ),
    "bad_header": QT_TRANSLATE_NOOP(
        "wording",
        "The description of this image inside the file is damaged (for example its size or "
        "number of frames), so its picture cannot be laid out. Ask the sender for a new copy.",
    ),
    "unsupported_image": QT_TRANSLATE_NOOP(
        "wording",
        "This image has a layout CaseBridge cannot show (unusual size or sample format). "
        "It is kept unchanged and will be sent with the case.",
    ),
    "frame_out_of_range": QT_TRANSLATE_NOOP("wording", "This image has no frame with that number."),
    "unreadable": QT_TRANSLATE_NOOP(
        "wording", "The file cannot be opened: it is missing or you have no permission to read it."
    ),
    "invalid_window": QT_TRANSLATE_NOOP(
        "wording", "The window width must be more than 0 (for example --window 40 400)."
    ),
    "photo_unreadable": QT_TRANSLATE_NOOP(
        "wording", "This photo is damaged or in a format CaseBridge cannot open."
    ),
    "pdf_unavailable": QT_TRANSLATE_NOOP(
        "wording", "PDF pages cannot be drawn here: the PDF renderer (pypdfium2) is not installed."
    ),
    "pdf_unreadable": QT_TRANSLATE_NOOP(
        "wording", "This PDF is damaged or password-protected and cannot be drawn."
    ),
    "page_out_of_range": QT_TRANSLATE_NOOP(
        "wording", "This document has no page with that number."
    ),
    "out_not_writable": QT_TRANSLATE_NOOP(
        "wording",
        "The picture cannot be saved there: the folder does not exist, is read-only or the "
        "disk is full. Nothing was written.",
    ),
}

# CT window presets (resources/window_presets.json "name" codes).
WINDOW_PRESET = {
    "brain": QT_TRANSLATE_NOOP("wording", "Brain"),
    "subdural": QT_TRANSLATE_NOOP("wording", "Subdural"),
    "stroke": QT_TRANSLATE_NOOP("wording", "Stroke"),
    "abdomen": QT_TRANSLATE_NOOP("wording", "Abdomen"),
    "mediastinum": QT_TRANSLATE_NOOP("wording", "Mediastinum"),
    "bone": QT_TRANSLATE_NOOP("wording", "Bone"),
    "lung": QT_TRANSLATE_NOOP("wording", "Lung"),
    "liver": QT_TRANSLATE_NOOP("wording", "Liver"),
    "angio": QT_TRANSLATE_NOOP("wording", "Angio"),
    "soft_tissue": QT_TRANSLATE_NOOP("wording", "Soft tissue"),
}


def decode_error_text(code: str, syntax: str = "") -> str:
    """The words for an imaging.pixels.DecodeError code, with the transfer syntax named."""
    text = DECODE_ERROR.get(code, DECODE_ERROR["corrupt"])
    return text.replace("{syntax}", syntax or "an unknown form")


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
}


RECEIVER = {
    "ae_title_required": QT_TRANSLATE_NOOP(
        "wording", "Type a name (AE title) for this computer, for example CASEBRIDGE."
    ),
    "ae_title_too_long": QT_TRANSLATE_NOOP(
        "wording", "An AE title has at most 16 characters. Shorten it, for example CASEBRIDGE."
    ),
    "ae_title_spaces": QT_TRANSLATE_NOOP(
        "wording", "Remove the spaces at the start or end of the AE title."
    ),
    "ae_title_characters": QT_TRANSLATE_NOOP(
        "wording",
        "Use only English letters, digits, spaces and simple signs such as _ or - in the AE "
        "title (no \\ and no special characters).",
    ),
    "port_not_number": QT_TRANSLATE_NOOP("wording", "The port is a number, for example 11112."),
    "port_out_of_range": QT_TRANSLATE_NOOP(
        "wording", "Choose a port between 1024 and 65535, for example 11112."
    ),
    "target_case_missing": QT_TRANSLATE_NOOP(
        "wording", "That case no longer exists. Choose another case or the incoming tray."
    ),
    "known_caller_invalid": QT_TRANSLATE_NOOP(
        "wording",
        "One of the machine names is not a valid AE title (at most 16 letters or digits). "
        "Separate names with commas.",
    ),
    "invalid_receiver_settings": QT_TRANSLATE_NOOP(
        "wording", "Some settings need attention. Nothing was changed."
    ),
    "port_in_use": QT_TRANSLATE_NOOP(
        "wording",
        "Another program on this computer is already using this port, so CaseBridge cannot "
        "receive images on it. Choose another port (for example 11113) and set the same port "
        "on the scanner.",
    ),
    "port_not_allowed": QT_TRANSLATE_NOOP(
        "wording",
        "This computer does not allow CaseBridge to use this port. Choose a port between 1024 "
        "and 65535, for example 11112.",
    ),
    "address_unavailable": QT_TRANSLATE_NOOP(
        "wording",
        "This computer has no network connection to listen on. Connect it to the network "
        "the scanner is on, then switch receiving on again.",
    ),
    "receiver_failed": QT_TRANSLATE_NOOP(
        "wording",
        "Receiving images stopped because of an unexpected problem. Switch it off and on "
        "again in Settings.",
    ),
    "receive_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "A scanner sent an image that could not be read. Ask the operator to send it again.",
    ),
    "incoming_other_patient": QT_TRANSLATE_NOOP(
        "wording",
        "These images name a different patient from the case. File them only if you are sure "
        "they belong to this patient.",
    ),
    "incoming_not_imported": QT_TRANSLATE_NOOP(
        "wording",
        "These images could not be added to the case. They stay in the incoming tray.",
    ),
}

INCOMING_REASON = {
    "tray": QT_TRANSLATE_NOOP("wording", "Waiting to be filed"),
    "patient_mismatch": QT_TRANSLATE_NOOP(
        "wording", "Sent for a case, but the patient's details differ: check and file"
    ),
    "case_missing": QT_TRANSLATE_NOOP(
        "wording", "Sent for a case that no longer exists: choose a case"
    ),
    "import_failed": QT_TRANSLATE_NOOP(
        "wording", "Could not be added to the case automatically: file it by hand"
    ),
}


def receiver_text(code: str) -> str:
    return RECEIVER.get(code) or ERROR.get(code) or RECEIVER["receiver_failed"]


def error_text(code: str) -> str:
    return ERROR.get(code, ERROR["store_error"])


def problem_text(code: str) -> str:
    return PROBLEM.get(code, PROBLEM["invalid_choice"])


# ---- clinical: documents, lab values, checklists, the case summary (local_store.documents)

DOCUMENT_KIND = {
    "lab_report": QT_TRANSLATE_NOOP("wording", "Lab report"),
    "imaging_report": QT_TRANSLATE_NOOP("wording", "Imaging report (X-ray, CT, MRI, ultrasound)"),
    "discharge_summary": QT_TRANSLATE_NOOP("wording", "Discharge summary"),
    "prescription": QT_TRANSLATE_NOOP("wording", "Prescription"),
    "pathology_report": QT_TRANSLATE_NOOP("wording", "Pathology or biopsy report"),
    "ecg": QT_TRANSLATE_NOOP("wording", "ECG"),
    "other": QT_TRANSLATE_NOOP("wording", "Other document"),
}

DOCUMENT_STATUS = {
    "pending": QT_TRANSLATE_NOOP("wording", "Not read yet"),
    "done": QT_TRANSLATE_NOOP("wording", "Read"),
    "failed": QT_TRANSLATE_NOOP("wording", "Could not be read"),
    "not_a_document": QT_TRANSLATE_NOOP("wording", "Not a document"),
}

# Why a document could not be read (clinical.errors codes, and local_store.documents problems).
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
}

LAB_FLAG = {
    "L": QT_TRANSLATE_NOOP("wording", "Low"),
    "H": QT_TRANSLATE_NOOP("wording", "High"),
    "critical": QT_TRANSLATE_NOOP("wording", "Critical: tell the doctor now"),
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
