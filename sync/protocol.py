"""The sync protocol's shared vocabulary: paths, error codes, statuses and signed shapes.

Both ends import this module (the client in sync/, the reference service in opinion_service/),
so a name or a signed byte form can never drift between them. docs/sync-protocol.md is the
prose description. Thread-safety: constants and pure functions.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.canonical import canonical_bytes

PROTOCOL = "casebridge-sync/1"
RECEIPT_FORMAT = "casebridge-receipt/1"
TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = ("creation", "expiration", "termination")

PREFIX = "/v1"
SERVICE_PATH = f"{PREFIX}/service"
ENROLL_PATH = f"{PREFIX}/enroll"
CHALLENGE_PATH = f"{PREFIX}/token/challenge"
TOKEN_PATH = f"{PREFIX}/token"
BUNDLES_PATH = f"{PREFIX}/bundles"
UPLOADS_PATH = f"{PREFIX}/uploads"
FEED_PATH = f"{PREFIX}/feed"


def commit_path(bundle_id: str) -> str:
    return f"{BUNDLES_PATH}/{bundle_id}/commit"


def status_path(bundle_id: str) -> str:
    return f"{BUNDLES_PATH}/{bundle_id}/status"


def file_path(bundle_id: str, name: str) -> str:
    return f"{BUNDLES_PATH}/{bundle_id}/files/{name}"


class Role:
    CLINIC = "clinic"
    SPECIALIST = "specialist"
    ALL = (CLINIC, SPECIALIST)


class Status:
    """A bundle's state at the service, in the order it moves through them (or REJECTED)."""

    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_REVIEW = "in_review"
    OPINION_READY = "opinion_ready"
    REJECTED = "rejected"
    ORDER = (RECEIVED, ASSIGNED, IN_REVIEW, OPINION_READY)


class Error:
    """The ``error`` codes of the service's JSON error bodies."""

    BAD_REQUEST = "bad_request"
    CODE_INVALID = "code_invalid"
    CODE_USED = "code_used"
    DEVICE_MISMATCH = "device_mismatch"
    DEVICE_UNKNOWN = "device_unknown"
    DEVICE_REVOKED = "device_revoked"
    TOKEN_EXPIRED = "token_expired"
    TOKEN_INVALID = "token_invalid"
    CHALLENGE_INVALID = "challenge_invalid"
    SIGNATURE_BAD = "signature_bad"
    ENVELOPE_UNREADABLE = "envelope_unreadable"
    FORMAT_UNKNOWN = "format_unknown"
    REPLAYED_SEQUENCE = "replayed_sequence"
    TOO_LARGE = "too_large"
    NOT_YOURS = "not_yours"
    BUNDLE_UNKNOWN = "bundle_unknown"
    FILE_UNKNOWN = "file_unknown"
    SIZE_MISMATCH = "size_mismatch"
    UPLOAD_UNKNOWN = "upload_unknown"
    UPLOAD_EXPIRED = "upload_expired"
    OFFSET_MISMATCH = "offset_mismatch"
    INCOMPLETE = "incomplete"
    FILE_CHANGED = "file_changed"
    NOT_ASSIGNED = "not_assigned"
    SERVICE_BUSY = "service_busy"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(prefix: str, raw_ed25519_public: bytes) -> str:
    """``prefix`` + the first 20 hex digits of SHA-256 of a raw Ed25519 key (dev-..., svc-...)."""
    return prefix + hashlib.sha256(raw_ed25519_public).hexdigest()[:20]


def token_message(device_id: str, nonce: str) -> bytes:
    """The bytes a device signs to exchange a challenge nonce for a new bearer token."""
    return f"casebridge-token/1:{device_id}:{nonce}".encode("ascii")


def sign_json(key: Ed25519PrivateKey, value: dict) -> str:
    """base64 of the Ed25519 signature over the canonical JSON of ``value``."""
    return b64(key.sign(canonical_bytes(value)))


def signed_json_ok(public_raw: bytes, value: dict, signature: str) -> bool:
    """Whether ``signature`` is the holder of ``public_raw``'s signature over ``value``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(
            unb64(signature), canonical_bytes(value)
        )
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
