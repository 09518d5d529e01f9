"""This device's long-term keys: an Ed25519 signing key and an X25519 (age) identity.

Created on first use and kept in the encrypted database's settings (so they are protected by
the same install secret as the patient data, and travel with a restored backup). The device id
is derived from the signing key, so it can never disagree with the key that signs. Public
parts and fingerprints are safe to show and print; private parts never leave this module
except as objects. Thread-safety: ``load_or_create`` writes once, from the database writer
thread; the returned ``DeviceKeys`` is immutable and safe to share.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from local_store import settings
from local_store.store import Store

_SIGNING_KEY = "device.ed25519_private"
_AGE_IDENTITY = "device.age_identity"


def fingerprint(raw_public: bytes) -> str:
    """SHA-256 of the raw public key, as "SHA256:" plus unpadded base64 (the OpenSSH style)."""
    digest = hashlib.sha256(raw_public).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def device_id_for(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "dev-" + hashlib.sha256(raw).hexdigest()[:20]


@dataclass(frozen=True)
class DeviceKeys:
    signing_key: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity

    @property
    def verify_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    @property
    def ed25519_public_raw(self) -> bytes:
        return self.verify_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def ed25519_public(self) -> str:
        """The public signing key as standard base64 of its 32 raw bytes."""
        return base64.b64encode(self.ed25519_public_raw).decode("ascii")

    @property
    def age_recipient(self) -> str:
        return str(self.age_identity.to_public())

    @property
    def device_id(self) -> str:
        return device_id_for(self.verify_key)

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def public_info(self) -> dict:
        """What `keys show` prints: public keys and fingerprints only."""
        return {
            "device_id": self.device_id,
            "ed25519": {
                "public_key": self.ed25519_public,
                "fingerprint": fingerprint(self.ed25519_public_raw),
            },
            "age": {
                "recipient": self.age_recipient,
                "fingerprint": fingerprint(self.age_recipient.encode("ascii")),
            },
        }


def load_or_create(store: Store) -> DeviceKeys:
    """This device's keys; made and saved in one transaction the first time they are needed."""
    keys = _load(store)
    if keys is not None:
        return keys
    signing = Ed25519PrivateKey.generate()
    identity = pyrage.x25519.Identity.generate()
    raw = signing.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    settings.put_if_absent(store, {_SIGNING_KEY: raw.hex(), _AGE_IDENTITY: str(identity)})
    keys = _load(store)
    assert keys is not None
    return keys


def _load(store: Store) -> DeviceKeys | None:
    raw_hex = settings.get(store, _SIGNING_KEY)
    identity = settings.get(store, _AGE_IDENTITY)
    if raw_hex is None or identity is None:
        return None
    return DeviceKeys(
        Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw_hex)),
        pyrage.x25519.Identity.from_str(identity),
    )


class IdentityUnreadable(ValueError):
    """The file holds no age X25519 identity (AGE-SECRET-KEY-1...)."""

    code = "identity_unreadable"


def identity_from_file(path) -> pyrage.x25519.Identity:
    """The first identity in an age identity file (the format `age-keygen` writes)."""
    try:
        lines = open(path, encoding="utf-8").read().splitlines()  # noqa: SIM115
    except (OSError, UnicodeDecodeError) as exc:
        raise IdentityUnreadable() from exc
    for line in lines:
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-1"):
            try:
                return pyrage.x25519.Identity.from_str(line)
            except pyrage.IdentityError as exc:
                raise IdentityUnreadable() from exc
    raise IdentityUnreadable()
