"""The service's own keys: an Ed25519 key that signs receipts and feed items, and an age
(X25519) identity that bundles are encrypted to.

Made on first start in DATA/keys/ (folder 0700, files 0600, written to a temporary name and
renamed, so a crash never leaves half a key). Thread-safety: ``load_or_create`` may race with
another process starting at the same moment; the rename makes one of them win and both then
read the same files. ``ServiceKeys`` is immutable and safe to share.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import protocol

KEYS_DIR = "keys"
SIGNING_FILE = "ed25519.key"
AGE_FILE = "age.key"


def fingerprint(raw: bytes) -> str:
    digest = hashlib.sha256(raw).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class ServiceKeys:
    signing_key: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity

    @property
    def ed25519_raw(self) -> bytes:
        return self.signing_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def ed25519(self) -> str:
        return protocol.b64(self.ed25519_raw)

    @property
    def age(self) -> str:
        return str(self.age_identity.to_public())

    @property
    def service_id(self) -> str:
        return protocol.key_id("svc-", self.ed25519_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519_raw)

    def public(self) -> dict:
        return {
            "service_id": self.service_id,
            "ed25519": self.ed25519,
            "age": self.age,
            "fingerprint": self.fingerprint,
        }


def load_or_create(data_dir: Path) -> ServiceKeys:
    folder = Path(data_dir) / KEYS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    signing_path, age_path = folder / SIGNING_FILE, folder / AGE_FILE
    if not signing_path.exists():
        raw = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        _write_once(signing_path, raw.hex() + "\n")
    if not age_path.exists():
        _write_once(age_path, str(pyrage.x25519.Identity.generate()) + "\n")
    signing = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_path.read_text().strip()))
    identity = pyrage.x25519.Identity.from_str(age_path.read_text().strip())
    return ServiceKeys(signing, identity)


def _write_once(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        # link() fails if another process won the race; its key is then the one kept.
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
