"""Words of the image and document viewers: why a picture cannot be shown (imaging.pixels
DecodeError codes), where a measurement's millimetres come from, key-image problems, CT window
presets, and what `casebridge render` says it drew.

Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

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

# A measurement could not be kept with the case (the store refused or failed the write).
MEASUREMENT_NOT_KEPT = QT_TRANSLATE_NOOP(
    "wording",
    "This measurement could not be saved with the case; it shows only until this window "
    "closes. Try again, or write the value down.",
)

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
    "nested_too_deep": QT_TRANSLATE_NOOP(
        "wording",
        "This file is built thousands of levels deep, which no scan or report is: it is damaged "
        "or harmful, so it is not shown. Ask the sender for a new copy.",
    ),
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
    "too_large_to_display": QT_TRANSLATE_NOOP(
        "wording",
        "Too large to display here: this image says it is far bigger than this computer can "
        "draw safely (or it unpacks to far more data than any image). It is kept unchanged "
        "and will be sent with the case; the specialist's workstation can open it.",
    ),
    "pdf_page_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "Too large to display here: this page holds far more drawing instructions than any "
        "printed report, a sign of a damaged or harmful file. The file is kept; ask the sender "
        "for a new copy.",
    ),
    "pdf_too_many_pages": QT_TRANSLATE_NOOP(
        "wording",
        "Too large to display here: this PDF has far more pages than any report. The file is "
        "kept; ask the sender for the pages that matter.",
    ),
}

# CT window presets (resources/window_presets.json "name" codes).
# The window preset box after brightness and contrast were set by hand (no preset applies).
CUSTOM_WINDOW = QT_TRANSLATE_NOOP("wording", "Custom")

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


# What `casebridge render` says it drew. Terminal-only words (the CLI speaks English only, so
# no lupdate marks).
CLI_RENDER_WORDS = {
    "wrote": "Wrote {out} ({width} x {height}, {what})",
    "dicom_what": "frame {frame} of {frames}, {window}",
    "window": "window {center:g}/{width:g}",
    "own_colours": "colour as stored",
    "full_range": "full value range",
    "voi_lut": "the file's VOI LUT",
    "page_what": "page {page} of {pages}",
    "photo_what": "photo",
}
