"""Words about receiving images from scanners (DICOM C-STORE): receiver settings problems and
failures (local_store.receiver_settings and sync.dicom_receiver codes), and why an incoming
study waits in the tray.

Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP
from wording.store import ERROR

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
