"""Words about carrying a sealed case on a USB stick (sync.carry codes): saving a waiting
bundle as a .cbundle file, and receiving one to send on from a connected clinic.

Placeholders: %1, %2 as Qt has them, filled with ``str.replace`` by the caller.
Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

CARRY_ERROR = {
    "carry_not_waiting": QT_TRANSLATE_NOOP(
        "wording",
        "This case is no longer waiting to be sent (it was sent, or it failed), so there is "
        "nothing to save. Nothing was written to the stick.",
    ),
    "carry_stick_full": QT_TRANSLATE_NOOP(
        "wording",
        "The USB stick has too little room: the case needs %1 and the stick has %2 free. "
        "Nothing was written. Free some room or use another stick.",
    ),
    "carry_stick_unwritable": QT_TRANSLATE_NOOP(
        "wording",
        "The case could not be written to the USB stick (it was taken out, or it is "
        "write-protected). Nothing was left on it. Put it back in and try again.",
    ),
    "carry_not_enrolled": QT_TRANSLATE_NOOP(
        "wording",
        "This computer is not enrolled with the opinion service, so it cannot send the case "
        "on. Enroll it first, then open the file again. Nothing was kept.",
    ),
    "carry_not_a_clinic": QT_TRANSLATE_NOOP(
        "wording",
        "This computer is enrolled as a specialist's, and the opinion service takes cases only "
        "from clinic computers. Open the file on a connected clinic's computer. Nothing was "
        "kept.",
    ),
    "carry_other_service": QT_TRANSLATE_NOOP(
        "wording",
        "This case was sealed for another opinion service than the one this computer sends "
        "to. It cannot be sent from here. Nothing was kept.",
    ),
    "carry_already_here": QT_TRANSLATE_NOOP(
        "wording",
        "This case is already on this computer (opened before, or made here). It is in "
        "Sending and receiving; nothing new was kept.",
    ),
    "carry_disk_full": QT_TRANSLATE_NOOP(
        "wording",
        "This computer's disk has too little room for the case: it needs %1 and the disk has "
        "%2 free. Nothing was kept. Free some room, then open the file again.",
    ),
    "carry_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The file could not be read from the stick. Put the stick back in and open the file "
        "again. Nothing was kept.",
    ),
    "bundle_invalid": QT_TRANSLATE_NOOP(
        "wording",
        "The case on the stick did not pass its checks, so it was not kept. Do not trust this "
        "file; ask the clinic that made it to save it again.",
    ),
    "tar_not_a_bundle": QT_TRANSLATE_NOOP(
        "wording",
        "This file is not a CaseBridge case (it holds other files, links or impossible "
        "sizes). Nothing was kept.",
    ),
    "tar_damaged": QT_TRANSLATE_NOOP(
        "wording",
        "This file is damaged or incomplete. Ask the clinic to save it to the stick again. "
        "Nothing was kept.",
    ),
}

# What the desktop says once a bundle is saved or received.
SAVED = QT_TRANSLATE_NOOP(
    "wording",
    "Saved on the stick as %1 (%2). The case stays queued here too: it still goes online "
    "when the link allows, and the service keeps whichever copy arrives first.",
)
RECEIVED = QT_TRANSLATE_NOOP(
    "wording",
    "Received from the USB stick and checked. This computer will send it to the opinion "
    "service for the clinic computer %1; it shows in Sending and receiving as carried from "
    "that computer. The case stays sealed: nobody here can open it.",
)
CARRIED_FROM = QT_TRANSLATE_NOOP("wording", "Carried from %1")

# The service's refusals of a carried bundle that mean something else than for this
# computer's own bundles (wording.sync has the words for those).
CARRIED_REFUSED = {
    "device_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "The service does not know the clinic computer that made this case (it is not "
        "enrolled there, or it was removed), so it will not take the case from here. Ask "
        "that clinic to enroll with this service, or to send the case itself.",
    ),
}


def carry_error_text(code: str) -> str:
    return CARRY_ERROR.get(code, CARRY_ERROR["bundle_invalid"])
