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
    SPECIALTY_MISMATCH = "specialty_mismatch"  # a specialist not enrolled for the specialty


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
    """What a feed item tells: a bundle's status (FeedItem), a case offered to a specialist
    with its copy ready (CaseAssigned), an opinion ready for the clinic (OpinionReady), a
    follow-up message of a case's thread (ThreadPosted)."""

    STATUS = "status"
    CASE_ASSIGNED = "case_assigned"
    OPINION_READY = "opinion_ready"
    THREAD_MESSAGE = "thread_message"


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


# ---- the way back: assignment, key vouches, the opinion's transport
#
# The specialist's copy of a case and the opinion travel through the same service, which
# vouches for device keys by signing feed items that carry them (docs/sync-protocol.md,
# "The way back"). The opinion document itself is sync.opinion.

OPINION_ENVELOPE_FORMAT = "casebridge-opinion-envelope/1"
OPINION_RECEIPT_FORMAT = "casebridge-opinion-receipt/1"
OPINION_FILE = "opinion.age"
# An opinion is text: anything larger is refused at registration (it is read whole to check).
OPINION_MAX_SIZE = 4 * 1024 * 1024
ASSIGNMENTS_PATH = f"{PREFIX}/assignments"
OPINIONS_PATH = f"{PREFIX}/opinions"


def accept_path(bundle_id: str) -> str:
    return f"{ASSIGNMENTS_PATH}/{bundle_id}/accept"


def decline_path(bundle_id: str) -> str:
    return f"{ASSIGNMENTS_PATH}/{bundle_id}/decline"


def opinion_commit_path(opinion_id: str) -> str:
    return f"{OPINIONS_PATH}/{opinion_id}/commit"


def opinion_file_path(opinion_id: str, name: str) -> str:
    return f"{OPINIONS_PATH}/{opinion_id}/files/{name}"


class Urgency:
    """A case's urgency as the clinic set it (manifest ``case.referral.urgency``), and how long
    a specialist has for it from the moment it is offered. The one home of the due times."""

    URGENT = "urgent"
    ROUTINE = "routine"
    DUE_SECONDS: ClassVar[dict[str, int]] = {URGENT: 48 * 3600, ROUTINE: 7 * 86400}

    @classmethod
    def due_seconds(cls, urgency: str | None) -> int:
        """Anything but ``urgent`` is due as routine."""
        return cls.DUE_SECONDS.get(urgency or cls.ROUTINE, cls.DUE_SECONDS[cls.ROUTINE])


class AssignmentState:
    """One specialist's part in one case: offered, then accepted or declined; withdrawn when an
    admin gives the case to someone else; answered once the opinion is committed."""

    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    ANSWERED = "answered"
    ACTIVE = (OFFERED, ACCEPTED)  # the states in which the specialist may fetch the case


class ReviewError:
    """The way back's own ``error`` codes (beside Error's)."""

    NOT_READY = "not_ready"  # the specialist's copy is still being made
    ASSIGNMENT_CLOSED = "assignment_closed"  # declined, withdrawn or answered already
    OPINION_UNREADABLE = "opinion_unreadable"
    OPINION_MISMATCH = "opinion_mismatch"  # another bundle, manifest or device than assigned
    QUESTION_UNANSWERED = "question_unanswered"


@dataclass(frozen=True)
class KeyVouch:
    """The service's word on which keys belong to which enrolled device and who that is. It is
    only ever read inside an item the service signed: a device trusts another device's key
    through such an item alone. ``name`` is the specialist's full name, or the clinic's name;
    ``qualification``, ``council`` (the medical council) and ``registration`` (the number with
    that council) are a specialist's and empty for a clinic."""

    UNREADABLE: ClassVar = "vouch_unreadable"
    KEYS: ClassVar = frozenset(
        {
            "device_id",
            "role",
            "ed25519",
            "age",
            "name",
            "qualification",
            "council",
            "registration",
            "specialties",
        }
    )

    device_id: str
    role: str  # a Role
    ed25519: str  # base64 of the raw Ed25519 public key
    age: str  # the age1... recipient
    name: str = ""
    qualification: str = ""
    council: str = ""
    registration: str = ""
    specialties: tuple[str, ...] = ()

    @property
    def ed25519_raw(self) -> bytes:
        return unb64(self.ed25519)

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "role": self.role,
            "ed25519": self.ed25519,
            "age": self.age,
            "name": self.name,
            "qualification": self.qualification,
            "council": self.council,
            "registration": self.registration,
            "specialties": list(self.specialties),
        }

    @classmethod
    def parse(cls, obj: object, *, code: str = "vouch_unreadable") -> Self:
        fields = _object(obj, cls.KEYS, code)
        specialties = _list(fields, "specialties", code)
        if not all(isinstance(s, str) for s in specialties):
            raise ShapeError(code, "specialties")
        ed25519 = _text(fields, "ed25519", code)
        try:
            if len(unb64(ed25519)) != 32:
                raise ValueError("not an Ed25519 key")
        except (ValueError, binascii.Error):
            raise ShapeError(code, "ed25519") from None
        device_id = _text(fields, "device_id", code)
        if key_id("dev-", unb64(ed25519)) != device_id:
            raise ShapeError(code, "device_id")
        role = _text(fields, "role", code)
        if role not in Role.ALL:
            raise ShapeError(code, "role")
        return cls(
            device_id=device_id,
            role=role,
            ed25519=ed25519,
            age=_text(fields, "age", code),
            name=_text(fields, "name", code),
            qualification=_text(fields, "qualification", code),
            council=_text(fields, "council", code),
            registration=_text(fields, "registration", code),
            specialties=tuple(specialties),
        )


@dataclass(frozen=True)
class CaseAssigned:
    """Feed item (kind ``case_assigned``) to a specialist: a case is offered to it and its copy,
    re-encrypted to the specialist's age key, is ready to fetch. ``files`` are that copy's
    files (manifest.age and every fNNN.age, as ``GET /v1/bundles/{id}/files/{name}`` serves
    them); ``manifest_sha256`` is the SHA-256 of the decrypted manifest (what an opinion is
    bound to); ``clinic`` vouches for the key that made the manifest's ``inner_sig``."""

    UNREADABLE: ClassVar = FeedItem.UNREADABLE
    SIGNED_AS: ClassVar = "item"
    KIND: ClassVar = "case_assigned"
    KEYS: ClassVar = frozenset(
        {
            "cursor",
            "kind",
            "bundle_id",
            "specialty",
            "urgency",
            "at",
            "due_at",
            "manifest_sha256",
            "files",
            "clinic",
        }
    )

    cursor: int
    bundle_id: str
    specialty: str
    urgency: str  # an Urgency
    at: str  # when it was offered
    due_at: str
    manifest_sha256: str
    files: tuple[CipherFile, ...]
    clinic: KeyVouch

    kind: ClassVar = KIND

    def to_json(self) -> dict[str, Any]:
        return {
            "cursor": self.cursor,
            "kind": self.KIND,
            "bundle_id": self.bundle_id,
            "specialty": self.specialty,
            "urgency": self.urgency,
            "at": self.at,
            "due_at": self.due_at,
            "manifest_sha256": self.manifest_sha256,
            "files": [f.to_json() for f in self.files],
            "clinic": self.clinic.to_json(),
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        fields = _object(obj, cls.KEYS, code)
        if fields["kind"] != cls.KIND:
            raise ShapeError(code, "kind")
        files = tuple(CipherFile.parse(f, code=code) for f in _list(fields, "files", code))
        names = [f.name for f in files]
        if names[:1] != [bundle_format.MANIFEST] or len(set(names)) != len(names):
            raise ShapeError(code, "files")
        if not all(bundle_format.FILE_NAME.fullmatch(n) for n in names[1:]):
            raise ShapeError(code, "files")
        return cls(
            cursor=_count(fields, "cursor", code),
            bundle_id=_text(fields, "bundle_id", code),
            specialty=_text(fields, "specialty", code),
            urgency=_text(fields, "urgency", code),
            at=_text(fields, "at", code),
            due_at=_text(fields, "due_at", code),
            manifest_sha256=_text(fields, "manifest_sha256", code),
            files=files,
            clinic=KeyVouch.parse(fields["clinic"], code=code),
        )


@dataclass(frozen=True)
class OpinionReady:
    """Feed item (kind ``opinion_ready``) to the clinic device that sent the bundle: an opinion
    on it is at the service, signed by the specialist ``specialist`` vouches for. ``files``
    (opinion.age) are fetched from ``GET /v1/opinions/{opinion_id}/files/{name}``;
    ``replaces`` names the opinion this one corrects, if any."""

    UNREADABLE: ClassVar = FeedItem.UNREADABLE
    SIGNED_AS: ClassVar = "item"
    KIND: ClassVar = "opinion_ready"
    KEYS: ClassVar = frozenset(
        {
            "cursor",
            "kind",
            "bundle_id",
            "opinion_id",
            "replaces",
            "manifest_sha256",
            "at",
            "files",
            "specialist",
        }
    )

    cursor: int
    bundle_id: str
    opinion_id: str
    replaces: str | None
    manifest_sha256: str
    at: str
    files: tuple[CipherFile, ...]
    specialist: KeyVouch

    kind: ClassVar = KIND

    def to_json(self) -> dict[str, Any]:
        return {
            "cursor": self.cursor,
            "kind": self.KIND,
            "bundle_id": self.bundle_id,
            "opinion_id": self.opinion_id,
            "replaces": self.replaces,
            "manifest_sha256": self.manifest_sha256,
            "at": self.at,
            "files": [f.to_json() for f in self.files],
            "specialist": self.specialist.to_json(),
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        fields = _object(obj, cls.KEYS, code)
        if fields["kind"] != cls.KIND:
            raise ShapeError(code, "kind")
        return cls(
            cursor=_count(fields, "cursor", code),
            bundle_id=_text(fields, "bundle_id", code),
            opinion_id=_text(fields, "opinion_id", code),
            replaces=_optional_text(fields, "replaces", code),
            manifest_sha256=_text(fields, "manifest_sha256", code),
            at=_text(fields, "at", code),
            files=tuple(CipherFile.parse(f, code=code) for f in _list(fields, "files", code)),
            specialist=KeyVouch.parse(fields["specialist"], code=code),
        )


# ---- follow-up questions: a case's thread (the message itself is sync.thread_format)

THREADS_PATH = f"{PREFIX}/threads"
# A sealed message is text and a list of file names: anything larger is refused.
THREAD_MESSAGE_MAX_SIZE = 256 * 1024


def thread_messages_path(bundle_id: str) -> str:
    return f"{THREADS_PATH}/{bundle_id}/messages"


def thread_peer_path(bundle_id: str) -> str:
    return f"{THREADS_PATH}/{bundle_id}/peer"


class ThreadError:
    """The thread's own ``error`` codes (beside Error's)."""

    MESSAGE_UNREADABLE = "message_unreadable"
    # the message names another message id, case or author than the one it travels as
    MESSAGE_MISMATCH = "message_mismatch"
    MESSAGE_REPLAYED = "message_replayed"  # a message id seen before with other content
    NOT_IN_THREAD = "not_in_thread"  # in_reply_to names no message of this case
    NO_PEER = "no_peer"  # no specialist has the case yet: nobody to write to


@dataclass(frozen=True)
class ThreadPosted:
    """Feed item (kind ``thread_message``) to the other party of a case's thread: a message
    ``author`` signed, sealed to this device and the service (``sealed``: base64 of the age
    file, sync.thread_format). ``author`` is the service's word on the author's keys and name."""

    UNREADABLE: ClassVar = FeedItem.UNREADABLE
    SIGNED_AS: ClassVar = "item"
    KIND: ClassVar = "thread_message"
    KEYS: ClassVar = frozenset(
        {"cursor", "kind", "bundle_id", "message_id", "at", "sealed", "author"}
    )

    cursor: int
    bundle_id: str
    message_id: str
    at: str  # when the service stored it
    sealed: str
    author: KeyVouch

    kind: ClassVar = KIND

    def to_json(self) -> dict[str, Any]:
        return {
            "cursor": self.cursor,
            "kind": self.KIND,
            "bundle_id": self.bundle_id,
            "message_id": self.message_id,
            "at": self.at,
            "sealed": self.sealed,
            "author": self.author.to_json(),
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        fields = _object(obj, cls.KEYS, code)
        if fields["kind"] != cls.KIND:
            raise ShapeError(code, "kind")
        return cls(
            cursor=_count(fields, "cursor", code),
            bundle_id=_text(fields, "bundle_id", code),
            message_id=_text(fields, "message_id", code),
            at=_text(fields, "at", code),
            sealed=_text(fields, "sealed", code),
            author=KeyVouch.parse(fields["author"], code=code),
        )


@dataclass(frozen=True)
class ThreadPeer:
    """The service's word (``GET /v1/threads/{bundle_id}/peer``) on the other party of a
    case's thread for the asking device: the clinic device that sent the case, or the
    specialist who has it. A message is sealed to ``peer.age`` and the service."""

    UNREADABLE: ClassVar = "peer_unreadable"
    SIGNED_AS: ClassVar = "peer"
    KEYS: ClassVar = frozenset({"bundle_id", "peer"})

    bundle_id: str
    peer: KeyVouch

    def to_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "peer": self.peer.to_json()}

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        fields = _object(obj, cls.KEYS, code)
        return cls(_text(fields, "bundle_id", code), KeyVouch.parse(fields["peer"], code=code))


@dataclass(frozen=True)
class ThreadReceipt:
    """The service's word that it stored a thread message (``sha256``: of the signed
    message's canonical JSON) and passed it on; only a receipt that verifies marks it sent."""

    FORMAT: ClassVar = "casebridge-thread-receipt/1"
    UNREADABLE: ClassVar = "receipt_unreadable"
    SIGNED_AS: ClassVar = "receipt"
    KEYS: ClassVar = frozenset(
        {"format", "service_id", "message_id", "bundle_id", "device_id", "received_at", "sha256"}
    )

    service_id: str
    message_id: str
    bundle_id: str
    device_id: str
    received_at: str
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "service_id": self.service_id,
            "message_id": self.message_id,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
            "received_at": self.received_at,
            "sha256": self.sha256,
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        _format(obj, cls.FORMAT, code)
        fields = _object(obj, cls.KEYS, code)
        return cls(
            service_id=_text(fields, "service_id", code),
            message_id=_text(fields, "message_id", code),
            bundle_id=_text(fields, "bundle_id", code),
            device_id=_text(fields, "device_id", code),
            received_at=_text(fields, "received_at", code),
            sha256=_text(fields, "sha256", code),
        )


AnyFeedItem = FeedItem | CaseAssigned | OpinionReady | ThreadPosted
FEED_SHAPES: dict[
    str, type[FeedItem] | type[CaseAssigned] | type[OpinionReady] | type[ThreadPosted]
] = {
    FeedKind.STATUS: FeedItem,
    FeedKind.CASE_ASSIGNED: CaseAssigned,
    FeedKind.OPINION_READY: OpinionReady,
    FeedKind.THREAD_MESSAGE: ThreadPosted,
}


def open_feed_item(obj: object, public_raw: bytes) -> AnyFeedItem:
    """Any kind of feed item out of ``{"item": ..., "signature": ...}`` once the service's
    signature holds (``Signed.open`` with the shape its ``kind`` names). An unknown kind is
    ``feed_item_unreadable``, so an older client stops rather than skipping what it cannot
    read."""
    body = obj.get(FeedItem.SIGNED_AS) if isinstance(obj, dict) else None
    kind = body.get("kind") if isinstance(body, dict) else None
    shape = FEED_SHAPES.get(kind) if isinstance(kind, str) else None
    if shape is None:
        raise ShapeError(FeedItem.UNREADABLE, "kind")
    opened: AnyFeedItem = Signed.open(shape, obj, public_raw).value
    return opened


def parse_feed_item(obj: object) -> AnyFeedItem:
    """An item the caller already trusts (the service reading back what it signed)."""
    kind = obj.get("kind") if isinstance(obj, dict) else None
    shape = FEED_SHAPES.get(kind) if isinstance(kind, str) else None
    if shape is None:
        raise ShapeError(FeedItem.UNREADABLE, "kind")
    return shape.parse(obj)


@dataclass(frozen=True)
class OpinionEnvelope:
    """What a specialist device registers before uploading an opinion (``POST
    /v1/opinions``), signed by its Ed25519 key over the canonical bytes, like a bundle's
    envelope: which opinion, on which bundle and manifest, which files with which ciphertext
    sizes and hashes. No clinical content. ``files`` lists opinion.age first."""

    FORMAT: ClassVar = OPINION_ENVELOPE_FORMAT
    UNREADABLE: ClassVar = "opinion_envelope_unreadable"
    KEYS: ClassVar = frozenset(
        {
            "format",
            "opinion_id",
            "bundle_id",
            "manifest_sha256",
            "device_id",
            "created_at",
            "replaces",
            "files",
        }
    )

    opinion_id: str
    bundle_id: str
    manifest_sha256: str
    device_id: str
    created_at: str
    replaces: str | None
    files: tuple[CipherFile, ...]

    @property
    def size_cipher(self) -> int:
        return sum(f.size_cipher for f in self.files)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "opinion_id": self.opinion_id,
            "bundle_id": self.bundle_id,
            "manifest_sha256": self.manifest_sha256,
            "device_id": self.device_id,
            "created_at": self.created_at,
            "replaces": self.replaces,
            "files": [f.to_json() for f in self.files],
        }

    def to_bytes(self) -> bytes:
        return canonical_bytes(self.to_json())

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        _format(obj, cls.FORMAT, code)
        fields = _object(obj, cls.KEYS, code)
        files = tuple(CipherFile.parse(f, code=code) for f in _list(fields, "files", code))
        names = [f.name for f in files]
        if names != [OPINION_FILE]:
            raise ShapeError(code, "files")
        return cls(
            opinion_id=_text(fields, "opinion_id", code),
            bundle_id=_text(fields, "bundle_id", code),
            manifest_sha256=_text(fields, "manifest_sha256", code),
            device_id=_text(fields, "device_id", code),
            created_at=_text(fields, "created_at", code),
            replaces=_optional_text(fields, "replaces", code),
            files=files,
        )

    @classmethod
    def parse_bytes(cls, raw: bytes) -> Self:
        """From the registered bytes; canonical form is the caller's check, as for Envelope."""
        try:
            obj = json.loads(raw)
        except ValueError:
            raise ShapeError(cls.UNREADABLE) from None
        return cls.parse(obj)


@dataclass(frozen=True)
class OpinionReceipt:
    """The service's word that it holds an opinion's files exactly as its envelope lists them
    and has passed the opinion on; only a receipt that verifies marks an opinion sent."""

    FORMAT: ClassVar = OPINION_RECEIPT_FORMAT
    UNREADABLE: ClassVar = "receipt_unreadable"
    SIGNED_AS: ClassVar = "receipt"
    KEYS: ClassVar = frozenset(
        {"format", "service_id", "opinion_id", "bundle_id", "device_id", "received_at", "files"}
    )

    service_id: str
    opinion_id: str
    bundle_id: str
    device_id: str
    received_at: str
    files: tuple[CipherFile, ...]

    @classmethod
    def for_envelope(cls, envelope: OpinionEnvelope, *, service_id: str, received_at: str) -> Self:
        return cls(
            service_id=service_id,
            opinion_id=envelope.opinion_id,
            bundle_id=envelope.bundle_id,
            device_id=envelope.device_id,
            received_at=received_at,
            files=envelope.files,
        )

    def covers(self, envelope: OpinionEnvelope, service_id: str) -> bool:
        return self == type(self).for_envelope(
            envelope, service_id=service_id, received_at=self.received_at
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "service_id": self.service_id,
            "opinion_id": self.opinion_id,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
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
            opinion_id=_text(fields, "opinion_id", code),
            bundle_id=_text(fields, "bundle_id", code),
            device_id=_text(fields, "device_id", code),
            received_at=_text(fields, "received_at", code),
            files=tuple(CipherFile.parse(f, code=code) for f in _list(fields, "files", code)),
        )
