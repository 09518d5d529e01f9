"""Words for the opinion service's admin commands (`casebridge service ...`), keyed by code.

Same conventions as the rest of the package (see wording/__init__.py): one sentence that says
what to do next.
Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

# The one line `casebridge service` prints once it accepts connections (scripts wait for it).
LISTENING = "CaseBridge opinion service listening on {url}"

CODE_MADE = {
    "code": QT_TRANSLATE_NOOP("wording", "Enrollment code"),
    "role": QT_TRANSLATE_NOOP("wording", "Role"),
    "specialties": QT_TRANSLATE_NOOP("wording", "Specialties"),
    "name": QT_TRANSLATE_NOOP("wording", "Name"),
    "qualification": QT_TRANSLATE_NOOP("wording", "Qualification"),
    "council": QT_TRANSLATE_NOOP("wording", "Medical council"),
    "registration": QT_TRANSLATE_NOOP("wording", "Registration number"),
    "expires_at": QT_TRANSLATE_NOOP("wording", "Valid until"),
    "service_fingerprint": QT_TRANSLATE_NOOP("wording", "Service key fingerprint"),
}

KEYS = {
    "service_id": QT_TRANSLATE_NOOP("wording", "Service"),
    "ed25519": QT_TRANSLATE_NOOP("wording", "Ed25519 signing key"),
    "fingerprint": QT_TRANSLATE_NOOP("wording", "Fingerprint"),
    "age": QT_TRANSLATE_NOOP("wording", "age recipient"),
}

STATS = {
    "devices": QT_TRANSLATE_NOOP("wording", "Enrolled devices"),
    "bundles": QT_TRANSLATE_NOOP("wording", "Bundles received"),
    "uploads_open": QT_TRANSLATE_NOOP("wording", "Uploads in progress"),
    "queue": QT_TRANSLATE_NOOP("wording", "Bundles waiting for their check"),
    "waiting_for_specialist": QT_TRANSLATE_NOOP("wording", "Cases waiting for a specialist"),
    "db": QT_TRANSLATE_NOOP("wording", "Database"),
    "storage": QT_TRANSLATE_NOOP("wording", "File storage"),
}

ASSIGNED = QT_TRANSLATE_NOOP("wording", "Case {bundle_id} is now assigned to {device_id}.")

NO_ASSIGNMENTS = QT_TRANSLATE_NOOP("wording", "No case is waiting for or with a specialist.")
ASSIGNMENT_LINE = QT_TRANSLATE_NOOP(
    "wording", "{bundle_id}  {specialty}  {urgency}  {state}  {who}  due {due}"
)
OVERDUE = QT_TRANSLATE_NOOP("wording", "OVERDUE")
URGENCY = {
    "urgent": QT_TRANSLATE_NOOP("wording", "urgent"),
    "routine": QT_TRANSLATE_NOOP("wording", "routine"),
}
ASSIGNMENT_STATE = {
    "waiting": QT_TRANSLATE_NOOP("wording", "waiting for a specialist"),
    "offered": QT_TRANSLATE_NOOP("wording", "offered"),
    "accepted": QT_TRANSLATE_NOOP("wording", "accepted"),
}

ERROR = {
    "bundle_unknown": QT_TRANSLATE_NOOP(
        "wording", "No bundle with that id at this service. Check the id and the data folder."
    ),
    "device_unknown": QT_TRANSLATE_NOOP(
        "wording", "No enrolled device with that id. Check the id with the specialist."
    ),
    "bad_request": QT_TRANSLATE_NOOP(
        "wording",
        "That case cannot be assigned: it must have passed its check, and the device must be "
        "an enrolled specialist.",
    ),
    "specialty_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "That specialist does not take cases of this specialty. Choose one who does "
        "(service assign --list shows each case's specialty).",
    ),
    "assign_usage": QT_TRANSLATE_NOOP(
        "wording", "Give either --list, or a bundle id and --to DEVICE_ID."
    ),
    "specialty_needed": QT_TRANSLATE_NOOP(
        "wording",
        "A specialist code needs at least one --specialty; a clinic code takes none.",
    ),
    "port_in_use": QT_TRANSLATE_NOOP(
        "wording", "The service could not listen on that address. Choose another --port."
    ),
    "config_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The settings file could not be read. Check its path and its keys against "
        "docs/service-at-scale.md.",
    ),
    "store_unreachable": QT_TRANSLATE_NOOP(
        "wording",
        "The service's database or file storage could not be reached. Check --db, --storage "
        "and the AWS_* variables.",
    ),
    "service_failed": QT_TRANSLATE_NOOP(
        "wording", "The service stopped with an error. See service.log in its data folder."
    ),
}


def error_text(code: str) -> str:
    return ERROR.get(code, ERROR["service_failed"])
