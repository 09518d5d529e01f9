"""Enrolling this device with an opinion service, and renewing its bearer token.

Enrollment sends the device's public keys with a one-time code and pins the service's keys
from the answer; the token, the pinned keys and the service URL are kept in the encrypted
store's settings. Renewal signs the service's challenge with the device key (no person, no
clock trust). Thread-safety: ``enroll`` writes the store from the calling thread;
``renew_token`` only talks to the network and returns what to store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from local_store import settings
from local_store.store import Store
from sync import protocol
from sync.device_keys import DeviceKeys, fingerprint, load_or_create
from sync.transport.api import ServiceApi
from sync.transport.http import DEFAULT_TIMEOUTS, HttpSession, ProtocolError

ENROLLMENT_KEY = "sync.enrollment"
TOKEN_KEY = "sync.token"


@dataclass(frozen=True)
class Enrollment:
    service_url: str
    device_id: str
    role: str
    specialties: tuple[str, ...]
    service_id: str
    service_ed25519: str  # base64 of the raw key: receipts and feed items must verify with it
    service_age: str  # the age recipient bundles are encrypted to
    # Who the service knows this device as (the code's): name, qualification, council,
    # registration for a specialist, the name for a clinic. Empty for older enrollments.
    profile: dict[str, str] = field(default_factory=dict)

    @property
    def service_key_raw(self) -> bytes:
        return protocol.unb64(self.service_ed25519)

    @property
    def service_fingerprint(self) -> str:
        return fingerprint(self.service_key_raw)


class NotEnrolled(Exception):
    """This device has no opinion service yet: enroll first."""

    code = "not_enrolled"


class EnrollmentRefused(ProtocolError):
    """The service answered, but not with a usable enrollment (``code`` says why)."""


def current(store: Store) -> Enrollment | None:
    value = settings.get(store, ENROLLMENT_KEY)
    if not value:
        return None
    value = dict(value)
    value["specialties"] = tuple(value.get("specialties") or ())
    return Enrollment(**value)


def token(store: Store) -> str | None:
    value = settings.get(store, TOKEN_KEY)
    return value.get("token") if value else None


def save_token(store: Store, token_text: str, expires_at: str | None) -> None:
    settings.put(store, TOKEN_KEY, {"token": token_text, "expires_at": expires_at})


def pin_service_key(store: Store, ed25519_b64: str) -> None:
    """Replace the pinned service key (an admin's act after the service changed its keys)."""
    value = dict(settings.get(store, ENROLLMENT_KEY))
    value["service_ed25519"] = ed25519_b64
    settings.put(store, ENROLLMENT_KEY, value)


def enroll(
    store: Store,
    service_url: str,
    code: str,
    role: str | None = None,
    *,
    label: str = "",
    timeouts: tuple[float, float] = DEFAULT_TIMEOUTS,
) -> Enrollment:
    """Register this device with the service at ``service_url`` using a one-time ``code``.

    The code decides the role (clinic or specialist), the specialties and the profile; the
    answer says them and the Enrollment keeps them. ``role``, when given, is only a check:
    the service refuses a code of another role (``bad_request``).
    Raises the transport's typed errors (Offline, ProtocolError with code_invalid, code_used,
    device_mismatch, bad_request...) and EnrollmentRefused for an answer that does not hold
    together (service keys that do not match its id).
    """
    if role is not None and role not in protocol.Role.ALL:
        raise ValueError(f"role must be one of {protocol.Role.ALL}")
    keys = load_or_create(store)
    url = service_url.strip().rstrip("/")
    with HttpSession(url, timeouts) as session:
        body = {
            "code": code.strip().upper(),
            "device_id": keys.device_id,
            "ed25519": keys.ed25519_public,
            "age": keys.age_recipient,
        }
        if role is not None:
            body["role"] = role
        if label:
            body["label"] = label  # optional: left out rather than sent empty
        answer = ServiceApi(session).enroll(body)
    try:
        service = answer["service"]
        service_raw = protocol.unb64(service["ed25519"])
        if protocol.key_id("svc-", service_raw) != service["service_id"]:
            raise EnrollmentRefused("service_key_mismatch")
        enrolled_role = answer["role"]
        if enrolled_role not in protocol.Role.ALL:
            raise ValueError("role")
        profile = answer.get("profile") or {}
        enrollment = Enrollment(
            service_url=url,
            device_id=answer.get("device_id", keys.device_id),
            role=enrolled_role,
            specialties=tuple(answer.get("specialties") or ()),
            service_id=service["service_id"],
            service_ed25519=service["ed25519"],
            service_age=service["age"],
            profile={str(k): str(v) for k, v in profile.items() if isinstance(v, str)},
        )
        token_text = answer["token"]
    except (KeyError, TypeError, ValueError):
        raise EnrollmentRefused("answer_unreadable") from None
    if enrollment.device_id != keys.device_id:
        raise EnrollmentRefused(protocol.Error.DEVICE_MISMATCH)
    stored = asdict(enrollment) | {"specialties": list(enrollment.specialties)}

    def keep() -> None:
        settings.put(store, ENROLLMENT_KEY, stored)
        save_token(store, token_text, answer.get("token_expires_at"))

    store.write(keep)  # both or neither
    return enrollment


def renew_token(api: ServiceApi, keys: DeviceKeys) -> tuple[str, str | None]:
    """A fresh token by challenge and signature; returns (token, expires_at) to store."""
    nonce = api.challenge(keys.device_id)["nonce"]
    signature = protocol.b64(keys.sign(protocol.token_message(keys.device_id, nonce)))
    answer = api.token(keys.device_id, nonce, signature)
    return answer["token"], answer.get("token_expires_at")
