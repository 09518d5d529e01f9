"""The sync protocol's shared vocabulary: paths, error codes, statuses and signed shapes.

Both ends import this module (the client in sync/, the reference service in opinion_service/),
so a name or a signed byte form can never drift between them. docs/sync-protocol.md and
docs/bundle-format.md are the prose description.

The shapes (the bundle envelope, the commit receipt, the feed item) are frozen dataclasses:
``parse`` takes decoded JSON and accepts exactly what ``to_json`` makes (every key, nothing
else, each value of its type), raising ShapeError with a stable code otherwise; ``to_json`` is
the dict whose canonical JSON is signed. ``Signed`` carries one with the service's signature.
Thread-safety: constants, immutable values and pure functions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.bundle import format as bundle_format
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

# The largest size, sequence number or cursor anything in the protocol carries: a signed
# 64-bit integer, what both service databases store.
MAX_COUNT = 2**63 - 1


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
    WRONG_ROLE = "wrong_role"


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


def sign_json(key: Ed25519PrivateKey, value: dict[str, Any]) -> str:
    """base64 of the Ed25519 signature over the canonical JSON of ``value``."""
    return b64(key.sign(canonical_bytes(value)))


def signed_json_ok(public_raw: bytes, value: dict[str, Any], signature: str) -> bool:
    """Whether ``signature`` is the holder of ``public_raw``'s signature over ``value``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(
            unb64(signature), canonical_bytes(value)
        )
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# ---- shapes


class ShapeError(ValueError):
    """A message that is not its shape. ``code`` is stable: ``format_unknown`` when it names
    another format than its own, else the shape's ``UNREADABLE`` code."""

    def __init__(self, code: str, where: str = "") -> None:
        super().__init__(f"{code} ({where})" if where else code)
        self.code = code
        self.where = where  # the key at fault, for developers; never a value


class SignatureError(ValueError):
    """A signed shape whose signature does not verify with the key it was checked against."""


class FeedKind:
    """What a feed item tells. Opinions and follow-up questions will be kinds of their own."""

    STATUS = "status"


def _object(obj: object, keys: frozenset[str], code: str) -> dict[str, Any]:
    if not isinstance(obj, dict) or obj.keys() != keys:
        raise ShapeError(code, "keys")
    return obj


def _text(obj: dict[str, Any], key: str, code: str) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise ShapeError(code, key)
    return value


def _optional_text(obj: dict[str, Any], key: str, code: str) -> str | None:
    return None if obj[key] is None else _text(obj, key, code)


def _count(obj: dict[str, Any], key: str, code: str) -> int:
    value = obj[key]
    # bool is an int in Python but not in JSON; a negative size or number means nothing.
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
        raise ShapeError(code, key)
    return value


def _list(obj: dict[str, Any], key: str, code: str) -> list[Any]:
    value = obj[key]
    if not isinstance(value, list):
        raise ShapeError(code, key)
    return value


def _format(obj: object, expected: str, code: str) -> None:
    if not isinstance(obj, dict):
        raise ShapeError(code)
    if obj.get("format") != expected:
        raise ShapeError(Error.FORMAT_UNKNOWN, "format")


@dataclass(frozen=True)
class CipherFile:
    """One bundle file as the envelope and the receipt list it: what crosses the link."""

    KEYS: ClassVar = frozenset({"name", "size_cipher", "sha256_cipher"})

    name: str
    size_cipher: int
    sha256_cipher: str  # hex SHA-256 of the encrypted file

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "size_cipher": self.size_cipher,
            "sha256_cipher": self.sha256_cipher,
        }

    @classmethod
    def parse(cls, obj: object, *, code: str) -> Self:
        """``code``: the ShapeError code of the message this file is listed in."""
        fields = _object(obj, cls.KEYS, code)
        return cls(
            _text(fields, "name", code),
            _count(fields, "size_cipher", code),
            _text(fields, "sha256_cipher", code),
        )


@dataclass(frozen=True)
class EnvelopeFile:
    """One attachment file of the envelope: its ``file_id`` (the manifest's key) and bytes."""

    KEYS: ClassVar = CipherFile.KEYS | {"file_id"}

    file_id: str
    name: str
    size_cipher: int
    sha256_cipher: str

    @property
    def cipher(self) -> CipherFile:
        return CipherFile(self.name, self.size_cipher, self.sha256_cipher)

    def to_json(self) -> dict[str, Any]:
        return {"file_id": self.file_id, **self.cipher.to_json()}

    @classmethod
    def parse(cls, obj: object, *, code: str) -> Self:
        fields = _object(obj, cls.KEYS, code)
        cipher = CipherFile.parse({k: fields[k] for k in CipherFile.KEYS}, code=code)
        return cls(
            _text(fields, "file_id", code), cipher.name, cipher.size_cipher, cipher.sha256_cipher
        )


@dataclass(frozen=True)
class Envelope:
    """envelope.json: who sent the bundle and every file in it, signed by the device over its
    canonical bytes (envelope.sig). No patient data. docs/bundle-format.md."""

    FORMAT: ClassVar = bundle_format.FORMAT
    UNREADABLE: ClassVar = Error.ENVELOPE_UNREADABLE
    KEYS: ClassVar = frozenset(
        {
            "format",
            "bundle_id",
            "device_id",
            "device_key",
            "seq",
            "created_at",
            "recipients",
            "manifest",
            "files",
        }
    )

    bundle_id: str
    device_id: str
    device_key: str  # base64 of the raw Ed25519 public key that signed
    seq: int
    created_at: str
    recipients: tuple[str, ...]  # fingerprints of the age recipients
    manifest: CipherFile
    files: tuple[EnvelopeFile, ...]

    @property
    def all_files(self) -> tuple[CipherFile, ...]:
        """manifest.age, then every fNNN.age: what is uploaded, committed and signed for."""
        return (self.manifest, *(f.cipher for f in self.files))

    @property
    def size_cipher(self) -> int:
        return sum(f.size_cipher for f in self.all_files)

    @property
    def device_key_raw(self) -> bytes:
        return unb64(self.device_key)

    def file(self, file_id: str) -> EnvelopeFile | None:
        return next((f for f in self.files if f.file_id == file_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
            "device_key": self.device_key,
            "seq": self.seq,
            "created_at": self.created_at,
            "recipients": list(self.recipients),
            "manifest": self.manifest.to_json(),
            "files": [f.to_json() for f in self.files],
        }

    def to_bytes(self) -> bytes:
        """envelope.json's bytes: the canonical JSON the device signs."""
        return canonical_bytes(self.to_json())

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        _format(obj, cls.FORMAT, code)
        fields = _object(obj, cls.KEYS, code)
        device_key = _text(fields, "device_key", code)
        try:
            if len(unb64(device_key)) != 32:
                raise ValueError("not an Ed25519 key")
        except (ValueError, binascii.Error):
            raise ShapeError(code, "device_key") from None
        recipients = _list(fields, "recipients", code)
        if not all(isinstance(r, str) for r in recipients):
            raise ShapeError(code, "recipients")
        manifest = CipherFile.parse(fields["manifest"], code=code)
        if manifest.name != bundle_format.MANIFEST:
            raise ShapeError(code, "manifest")
        files = tuple(EnvelopeFile.parse(f, code=code) for f in _list(fields, "files", code))
        unique = len({f.name for f in files}) == len({f.file_id for f in files}) == len(files)
        if not unique or not all(bundle_format.FILE_NAME.fullmatch(f.name) for f in files):
            raise ShapeError(code, "files")
        return cls(
            bundle_id=_text(fields, "bundle_id", code),
            device_id=_text(fields, "device_id", code),
            device_key=device_key,
            seq=_count(fields, "seq", code),
            created_at=_text(fields, "created_at", code),
            recipients=tuple(recipients),
            manifest=manifest,
            files=files,
        )

    @classmethod
    def parse_bytes(cls, raw: bytes) -> Self:
        """From envelope.json's bytes. Whether they are the canonical form is the caller's
        check (``to_bytes() == raw``): the verifier and the service name it differently."""
        try:
            obj = json.loads(raw)
        except ValueError:  # UnicodeDecodeError too
            raise ShapeError(cls.UNREADABLE) from None
        return cls.parse(obj)


@dataclass(frozen=True)
class Receipt:
    """The service's word that it holds every file of a bundle exactly as the envelope lists
    them; only a receipt that verifies marks a bundle sent. Made by ``for_envelope`` alone."""

    FORMAT: ClassVar = RECEIPT_FORMAT
    UNREADABLE: ClassVar = "receipt_unreadable"
    SIGNED_AS: ClassVar = "receipt"
    KEYS: ClassVar = frozenset(
        {"format", "service_id", "bundle_id", "device_id", "seq", "received_at", "files"}
    )

    service_id: str
    bundle_id: str
    device_id: str
    seq: int
    received_at: str
    files: tuple[CipherFile, ...]

    @classmethod
    def for_envelope(cls, envelope: Envelope, *, service_id: str, received_at: str) -> Self:
        return cls(
            service_id=service_id,
            bundle_id=envelope.bundle_id,
            device_id=envelope.device_id,
            seq=envelope.seq,
            received_at=received_at,
            files=envelope.all_files,
        )

    def covers(self, envelope: Envelope, service_id: str) -> bool:
        """Whether this is ``service_id``'s receipt for ``envelope``: same bundle, same device
        and sequence, and every file listed once with the envelope's size and hash."""
        return (
            self.service_id == service_id
            and (self.bundle_id, self.device_id, self.seq)
            == (envelope.bundle_id, envelope.device_id, envelope.seq)
            and len(self.files) == len(envelope.all_files)
            and set(self.files) == set(envelope.all_files)
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "service_id": self.service_id,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
            "seq": self.seq,
            "received_at": self.received_at,
            "files": [f.to_json() for f in self.files],
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        _format(obj, cls.FORMAT, code)
        fields = _object(obj, cls.KEYS, code)
        return cls(
            service_id=_text(fields, "service_id", code),
            bundle_id=_text(fields, "bundle_id", code),
            device_id=_text(fields, "device_id", code),
            seq=_count(fields, "seq", code),
            received_at=_text(fields, "received_at", code),
            files=tuple(CipherFile.parse(f, code=code) for f in _list(fields, "files", code)),
        )


@dataclass(frozen=True)
class FeedItem:
    """One item of a device's feed: a bundle's status at the service. It names no case and no
    patient; the clinic finds the case through its outbox."""

    UNREADABLE: ClassVar = "feed_item_unreadable"
    SIGNED_AS: ClassVar = "item"
    KEYS: ClassVar = frozenset(
        {"cursor", "kind", "bundle_id", "status", "specialty", "at", "problem"}
    )

    cursor: int  # the device's feed position; items come in cursor order
    bundle_id: str
    status: str  # a Status
    at: str | None = None
    specialty: str | None = None
    problem: str | None = None  # a bundle problem code, with Status.REJECTED
    kind: str = FeedKind.STATUS

    def to_json(self) -> dict[str, Any]:
        return {
            "cursor": self.cursor,
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "status": self.status,
            "specialty": self.specialty,
            "at": self.at,
            "problem": self.problem,
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        fields = _object(obj, cls.KEYS, code)
        return cls(
            cursor=_count(fields, "cursor", code),
            bundle_id=_text(fields, "bundle_id", code),
            status=_text(fields, "status", code),
            at=_optional_text(fields, "at", code),
            specialty=_optional_text(fields, "specialty", code),
            problem=_optional_text(fields, "problem", code),
            kind=_text(fields, "kind", code),
        )


class _SignedShape(Protocol):
    SIGNED_AS: ClassVar[str]
    UNREADABLE: ClassVar[str]

    def to_json(self) -> dict[str, Any]: ...

    @classmethod
    def parse(cls, obj: object) -> Self: ...


S = TypeVar("S", bound=_SignedShape)


@dataclass(frozen=True)
class Signed(Generic[S]):
    """A shape with the service's Ed25519 signature over its canonical JSON, as it travels:
    ``{"receipt": {...}, "signature": "BASE64"}``, ``{"item": {...}, "signature": ...}``."""

    value: S
    signature: str

    @classmethod
    def make(cls, value: S, key: Ed25519PrivateKey) -> Signed[S]:
        return cls(value, sign_json(key, value.to_json()))

    def verified_by(self, public_raw: bytes) -> bool:
        return signed_json_ok(public_raw, self.value.to_json(), self.signature)

    def to_json(self) -> dict[str, Any]:
        return {self.value.SIGNED_AS: self.value.to_json(), "signature": self.signature}

    @classmethod
    def open(cls, shape: type[S], obj: object, public_raw: bytes) -> Signed[S]:
        """A ``shape`` out of ``obj`` once its signature holds for ``public_raw``.

        The signature is checked over the JSON as it came, before its shape: raises
        SignatureError, or ShapeError (``shape.UNREADABLE``, ``format_unknown``).
        """
        fields = _object(obj, frozenset({shape.SIGNED_AS, "signature"}), shape.UNREADABLE)
        body, signature = fields[shape.SIGNED_AS], fields["signature"]
        if not isinstance(body, dict) or not isinstance(signature, str):
            raise ShapeError(shape.UNREADABLE, shape.SIGNED_AS)
        if not signed_json_ok(public_raw, body, signature):
            raise SignatureError(shape.SIGNED_AS)
        return cls(shape.parse(body), signature)
