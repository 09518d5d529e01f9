"""Words about sending cases: every error code the sync engine, enrollment and the service can
return, worded as what happened and what to do; sync states for status lines.

Same conventions as the rest of the package (see wording/__init__.py): QT_TRANSLATE_NOOP
marks, one sentence that says what to do; the CLI's own lines sit in CLI_SYNC_WORDS and
DEVICE_KEYS. Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

SYNC_ERROR = {
    # The link and the service
    "offline": QT_TRANSLATE_NOOP(
        "wording",
        "The opinion service cannot be reached. Cases wait in the outbox and are sent "
        "by themselves when the connection returns.",
    ),
    "server_busy": QT_TRANSLATE_NOOP(
        "wording",
        "The opinion service had a problem and asked us to wait. Sending is tried again "
        "by itself in a moment.",
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "wording", "enroll this device first: casebridge enroll URL CODE"
    ),
    # Enrollment
    "code_invalid": QT_TRANSLATE_NOOP(
        "wording",
        "This enrollment code is not known or has expired (codes last 7 days). "
        "Ask the service administrator for a new one.",
    ),
    "code_used": QT_TRANSLATE_NOOP(
        "wording",
        "This enrollment code was already used by another computer. "
        "Ask the service administrator for a new one.",
    ),
    "device_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "The service did not accept this computer's keys. Update CaseBridge and enroll again.",
    ),
    "service_key_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "The service's keys do not match its name: this may not be the real service. "
        "Check the address with the administrator.",
    ),
    "answer_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The address answered, but not like a CaseBridge opinion service. Check the address.",
    ),
    "bad_request": QT_TRANSLATE_NOOP(
        "wording",
        "The service refused the request as malformed. Update CaseBridge; if it persists, "
        "tell the service administrator.",
    ),
    # The device's standing
    "token_expired": QT_TRANSLATE_NOOP(
        "wording",
        "This computer's sign-in to the service expired and could not be renewed. "
        "Enroll it again with a new code.",
    ),
    "token_invalid": QT_TRANSLATE_NOOP(
        "wording",
        "The service no longer recognises this computer's sign-in. Enroll it again with a "
        "new code.",
    ),
    "challenge_invalid": QT_TRANSLATE_NOOP(
        "wording",
        "Renewing this computer's sign-in failed. Check that its clock and connection are "
        "working, then try again.",
    ),
    "device_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "The service does not know this computer. Enroll it again with a new code.",
    ),
    "device_revoked": QT_TRANSLATE_NOOP(
        "wording",
        "The service administrator has blocked this computer. Contact them before sending.",
    ),
    "wrong_role": QT_TRANSLATE_NOOP(
        "wording",
        "This computer is enrolled as a specialist's, and only a clinic's computer sends "
        "cases. Enroll it as a clinic with a new code.",
    ),
    "not_yours": QT_TRANSLATE_NOOP(
        "wording",
        "The service says this case belongs to another computer. Build it again from this "
        "computer and send it.",
    ),
    # One bundle
    "signature_bad": QT_TRANSLATE_NOOP(
        "wording",
        "The service could not verify this computer's signature on the case. Enroll this "
        "computer again, then send the case again.",
    ),
    "envelope_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The service could not read this case's package. Send the case again (a new "
        "package is built).",
    ),
    "format_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "The service does not understand this version of CaseBridge's packages. Update "
        "CaseBridge or ask the administrator to update the service.",
    ),
    "replayed_sequence": QT_TRANSLATE_NOOP(
        "wording",
        "The service already has another package with this number from this computer. "
        "Send the case again (a new package is built).",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This case is larger than the service accepts. Send fewer image series.",
    ),
    "size_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "A file of this case's package is not the size the package says. Send the case again.",
    ),
    "file_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "The service does not expect one of this package's files. Send the case again.",
    ),
    "bundle_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "The service had forgotten this case; it is being registered and sent again.",
    ),
    "upload_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "An unfinished file expired at the service; it is being sent again from the start.",
    ),
    "upload_expired": QT_TRANSLATE_NOOP(
        "wording",
        "An unfinished file expired at the service; it is being sent again from the start.",
    ),
    "offset_mismatch": QT_TRANSLATE_NOOP(
        "wording", "The service and this computer disagreed on a file's progress; resuming."
    ),
    "incomplete": QT_TRANSLATE_NOOP(
        "wording", "Some files had not fully arrived; they are being sent again."
    ),
    "file_changed": QT_TRANSLATE_NOOP(
        "wording",
        "A file was damaged on the way; it is being sent again from the start.",
    ),
    "bundle_missing": QT_TRANSLATE_NOOP(
        "wording",
        "This case's package is missing or damaged on this computer. Send the case again.",
    ),
    "receipt_signature_bad": QT_TRANSLATE_NOOP(
        "wording",
        "The service's receipt is not signed by the service this computer enrolled with, so "
        "the case is not marked delivered. Tell the service administrator.",
    ),
    "receipt_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "The service's receipt does not list this case's files as sent, so the case is not "
        "marked delivered. Tell the service administrator.",
    ),
    "feed_signature_bad": QT_TRANSLATE_NOOP(
        "wording",
        "A status update was not signed by the service and was ignored. Tell the service "
        "administrator.",
    ),
    "location_missing": QT_TRANSLATE_NOOP(
        "wording",
        "The service answered an upload without saying where it goes. Tell the service "
        "administrator.",
    ),
    "offset_missing": QT_TRANSLATE_NOOP(
        "wording",
        "The service answered an upload without its progress. Tell the service administrator.",
    ),
    # An opinion coming back to the clinic, kept out (sync/opinion_receive.py)
    "opinion_signer_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "An opinion was kept out: it is not signed by the specialist the service named. "
        "Tell the service administrator.",
    ),
    "opinion_other_case": QT_TRANSLATE_NOOP(
        "wording",
        "An opinion was kept out: it answers a case or a version of a case that this "
        "computer did not send. Tell the service administrator.",
    ),
    "opinion_changed": QT_TRANSLATE_NOOP(
        "wording",
        "An opinion was kept out: it was changed or damaged on the way. Tell the service "
        "administrator, who can send it again.",
    ),
    "opinion_replayed": QT_TRANSLATE_NOOP(
        "wording",
        "An opinion that is already here came again; the copy was kept out. Nothing needs "
        "to be done.",
    ),
    "opinion_format_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "An opinion was kept out: it was written by a newer version of CaseBridge. Update "
        "CaseBridge and ask the service administrator to send it again.",
    ),
    "opinion_unavailable": QT_TRANSLATE_NOOP(
        "wording",
        "An opinion the service announced could not be fetched from it, so it was kept out. "
        "Tell the service administrator.",
    ),
    "opinion_item_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "A notice of an opinion no longer matches the service's signature and was kept out. "
        "Tell the service administrator.",
    ),
    "protocol_error": QT_TRANSLATE_NOOP(
        "wording",
        "The service refused a request. Update CaseBridge; if it persists, tell the service "
        "administrator.",
    ),
}

SYNC_STATE = {
    "offline": QT_TRANSLATE_NOOP("wording", "Offline"),
    "idle": QT_TRANSLATE_NOOP("wording", "Up to date"),
    "sending": QT_TRANSLATE_NOOP("wording", "Sending"),
    "receiving": QT_TRANSLATE_NOOP("wording", "Receiving"),
    "paused": QT_TRANSLATE_NOOP("wording", "Paused"),
    "waiting": QT_TRANSLATE_NOOP("wording", "Waiting to retry"),
}

OUTBOX_STATE = {
    "queued": QT_TRANSLATE_NOOP("wording", "Waiting to send"),
    "sending": QT_TRANSLATE_NOOP("wording", "Sending"),
    "committing": QT_TRANSLATE_NOOP("wording", "Finishing"),
    "sent": QT_TRANSLATE_NOOP("wording", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("wording", "Not sent"),
}


def sync_error_text(code: str | None) -> str:
    """Words for ``code``; an unknown HTTP error falls back to the generic refusal."""
    if not code:
        return ""
    return SYNC_ERROR.get(code, SYNC_ERROR["protocol_error"])


# What `enroll`, `submit`, `sync` and `keys show` print. Terminal-only words (the CLI speaks
# English only, so no lupdate marks); sizes, speeds and time left come from wording.units.
CLI_SYNC_WORDS = {
    "enrolled": "Enrolled as {device_id} ({role}) with {url}",
    "fingerprint": "Service key fingerprint: {fingerprint} (check it with the administrator)",
    "submitted": "Bundle {bundle_id} queued: {size} ({files} files)",
    "sent": "Delivered: bundle {bundle_id} (case {case})",
    "failed": "Not sent: bundle {bundle_id} (case {case}): {words}",
    "summary": "{sent} sent, {failed} not sent, {pending} waiting",
    "nothing": "Nothing to send.",
    "waiting_for_sender": (
        "Another CaseBridge program is sending from this data folder; waiting for it to finish."
    ),
    "progress": "{bundle} {file}: {percent}% of {size}, {speed}, {left}",
    "opinion_received": "Opinion received: case {case} (opinion {opinion})",
    "opinion_refused": "Opinion {opinion}: {words}",
}

# The labels of `casebridge keys show` (this device's public keys).
DEVICE_KEYS = {
    "device_id": "Device",
    "ed25519": "Ed25519 signing key",
    "age": "age recipient",
}
