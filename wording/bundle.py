"""Words about bundles: verification problems and build/open failures, keyed by code.

Same conventions as the rest of the package (see wording/__init__.py): QT_TRANSLATE_NOOP
marks, one sentence that says what to do; the CLI's own report lines sit in CLI_BUNDLE_WORDS.
Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

BUNDLE_PROBLEM = {
    "envelope_missing": QT_TRANSLATE_NOOP(
        "wording", "This folder is not a case bundle: envelope.json is missing."
    ),
    "envelope_unreadable": QT_TRANSLATE_NOOP(
        "wording", "The bundle's envelope is damaged. Ask the sender to send the case again."
    ),
    "format_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "This bundle was made by a newer or different program. Update CaseBridge and try again.",
    ),
    "signature_missing": QT_TRANSLATE_NOOP(
        "wording", "The bundle is not signed (envelope.sig is missing). Do not trust it."
    ),
    "signature_bad": QT_TRANSLATE_NOOP(
        "wording",
        "The sender's signature does not match: the bundle was changed after it was made. "
        "Do not trust it; ask for it again.",
    ),
    "device_mismatch": QT_TRANSLATE_NOOP(
        "wording", "The bundle claims to come from a device whose key did not sign it."
    ),
    "file_missing": QT_TRANSLATE_NOOP(
        "wording", "A file of the bundle is missing. Copy the whole bundle folder again."
    ),
    "file_changed": QT_TRANSLATE_NOOP(
        "wording",
        "A file of the bundle was changed or damaged on the way. Copy or download it again.",
    ),
    "file_unexpected": QT_TRANSLATE_NOOP(
        "wording", "The bundle folder holds a file that is not part of the bundle."
    ),
    "replayed_sequence": QT_TRANSLATE_NOOP(
        "wording",
        "This device already sent another bundle with the same number: this may be a replay.",
    ),
    "wrong_identity": QT_TRANSLATE_NOOP(
        "wording", "This bundle was not sealed for the key given. Use the recipient's key file."
    ),
    "manifest_unreadable": QT_TRANSLATE_NOOP(
        "wording", "The bundle's contents list cannot be read. Ask for the bundle again."
    ),
    "inner_signature_bad": QT_TRANSLATE_NOOP(
        "wording", "The contents were not signed by the sending device. Do not trust them."
    ),
    "manifest_mismatch": QT_TRANSLATE_NOOP(
        "wording", "The contents list does not match the envelope. Do not trust this bundle."
    ),
    "plain_changed": QT_TRANSLATE_NOOP(
        "wording", "A file decrypts to something other than what was sent. Ask for it again."
    ),
}

BUNDLE_ERROR = {
    "identity_unreadable": QT_TRANSLATE_NOOP(
        "wording", "The key file holds no age key (a line starting AGE-SECRET-KEY-1)."
    ),
    "recipient_invalid": QT_TRANSLATE_NOOP(
        "wording", "The recipient is not an age public key (it starts with age1)."
    ),
    "target_not_empty": QT_TRANSLATE_NOOP(
        "wording", "The output folder already holds files. Choose a new or empty folder."
    ),
    "tar_not_a_bundle": QT_TRANSLATE_NOOP(
        "wording",
        "This .tar file is not a case bundle (it holds other files). Nothing was unpacked.",
    ),
    "tar_damaged": QT_TRANSLATE_NOOP(
        "wording", "This .tar file is damaged or incomplete. Copy it from the USB stick again."
    ),
    "bundle_invalid": QT_TRANSLATE_NOOP(
        "wording", "The bundle did not pass its checks; nothing was opened."
    ),
}


def problem_text(code: str) -> str:
    return BUNDLE_PROBLEM.get(code, code)


# What the `bundle` commands report. Terminal-only words (the CLI speaks English only, so no
# lupdate marks).
CLI_BUNDLE_WORDS = {
    "built": "Bundle {bundle_id}: {files} files, {size} bytes",
    "intact": "Bundle {bundle_id} intact ({scope}): {files} files",
    "scope_contents": "contents and signatures",
    "scope_envelope": "envelope and hashes",
    "opened": "Opened bundle {bundle_id}: {files} files",
    "exported": "Bundle {bundle_id} written to {tar}",
}
