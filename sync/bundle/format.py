"""The bundle format's names and shapes: file names, the format version, problem codes.

Version "casebridge-bundle/1". A bundle is a directory:
``envelope.json`` (canonical JSON, not encrypted), ``envelope.sig`` (base64 Ed25519 signature
of the device over envelope.json's bytes), ``manifest.age`` and one ``fNNN.age`` per file.
docs/bundle-format.md is the prose description. Thread-safety: constants and pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT = "casebridge-bundle/1"
ENVELOPE = "envelope.json"
ENVELOPE_SIG = "envelope.sig"
MANIFEST = "manifest.age"
FILE_NAME = re.compile(r"f\d{3,6}\.age")


def file_name(index: int) -> str:
    return f"f{index:03d}.age"


# Problem codes a verifier reports (worded for people in wording.bundle.BUNDLE_PROBLEM).
ENVELOPE_MISSING = "envelope_missing"
ENVELOPE_UNREADABLE = "envelope_unreadable"
FORMAT_UNKNOWN = "format_unknown"
SIGNATURE_MISSING = "signature_missing"
SIGNATURE_BAD = "signature_bad"
DEVICE_MISMATCH = "device_mismatch"
FILE_MISSING = "file_missing"
FILE_CHANGED = "file_changed"
FILE_UNEXPECTED = "file_unexpected"
REPLAYED = "replayed_sequence"
WRONG_IDENTITY = "wrong_identity"
MANIFEST_UNREADABLE = "manifest_unreadable"
INNER_SIGNATURE_BAD = "inner_signature_bad"
MANIFEST_MISMATCH = "manifest_mismatch"
PLAIN_CHANGED = "plain_changed"


@dataclass(frozen=True)
class Problem:
    code: str
    file: str = ""  # the bundle file concerned, when there is one

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "file": self.file}
