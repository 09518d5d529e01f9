"""Words about de-identification: the review flags and failures of imaging.deidentify, by code.

Same conventions as the rest of the package (see wording/__init__.py): QT_TRANSLATE_NOOP
marks, one sentence that says what to do; the CLI's own report lines sit in CLI_DEID_WORDS.
Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

DEID_FLAG = {
    "burned_in_annotation": QT_TRANSLATE_NOOP(
        "wording",
        "The image says it has writing burned into it, which may show the patient's name. "
        "Look at it before sending it without identity.",
    ),
    "ultrasound_may_burn_in": QT_TRANSLATE_NOOP(
        "wording",
        "Ultrasound machines often write the patient's name or ID on the image. "
        "Look at it before sending it without identity.",
    ),
    "screen_capture_may_burn_in": QT_TRANSLATE_NOOP(
        "wording",
        "This image is a screenshot or a scanned page, which often shows the patient's name. "
        "Look at it before sending it without identity.",
    ),
    "encapsulated_document_removed": QT_TRANSLATE_NOOP(
        "wording",
        "A document stored inside a DICOM file (such as a PDF report) names the patient, "
        "so it was left out of the bundle without identity.",
    ),
}

DEID_ERROR = {
    "not_dicom": QT_TRANSLATE_NOOP(
        "wording", "This file is not DICOM, so it cannot be sent without identity."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "wording", "This DICOM file is damaged and cannot be read. It was not sent."
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "wording", "The copy without identity could not be written. Check the free disk space."
    ),
}


def flag_text(code: str) -> str:
    return DEID_FLAG.get(code, code)


def deid_error_text(code: str) -> str:
    return DEID_ERROR.get(code, code)


# What the CLI says after building a bundle without identity (`bundle build` and `submit`).
# Terminal-only words (the CLI speaks English only, so no lupdate marks).
CLI_DEID_WORDS = {
    "left_out": "{n} documents or photos left out: they cannot be de-identified.",
    "unreadable": "{n} image(s) left out: they could not be read, so not de-identified:",
    "review": "{n} images may show the patient's name burned into the pixels; check them:",
}
