"""The install secret: the keys that protect the database and the blob store.

One small secret per data folder holds the SQLCipher key and the local age identity for blobs.
It lives in the OS keyring when a secure backend is available (an allow-list: macOS Keychain,
Windows Credential Locker, Secret Service, KWallet), otherwise in ``keyfile.json`` wrapped with
scrypt + AES-256-GCM under a passphrase the user types at start. keyring's plaintext or "fail"
backends are never used silently. ``store.json`` (no patient data) records which protection a
folder uses, so the app knows whether to ask for a passphrase before touching anything.

Thread-safety: functions only; call them from one thread at start-up.
"""

from __future__ import annotations

import base64
import json
import os
import secrets as pysecrets
import uuid
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import keyring
import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend

from local_store.errors import (
    InsecureKeyring,
    PassphraseRequired,
    PassphraseTooShort,
    SecretMissing,
    StoreError,
    WrongPassphrase,
)
from local_store.fileutil import write_atomic

KEYRING_SERVICE = "CaseBridge"
STORE_FILE = "store.json"
KEY_FILE = "keyfile.json"
STORE_FORMAT = "casebridge-store/1"
KEYFILE_FORMAT = "casebridge-keyfile/1"
MIN_PASSPHRASE_LENGTH = 8

# scrypt cost: about 0.1 s on a modest PC, so guessing is slow but unlocking is not.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1

SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)
# Never acceptable, even when passed in explicitly.
REFUSED_BACKENDS = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyrings.alt.file.PlaintextKeyring",
        "keyrings.alt.file.EncryptedKeyring",
    }
)


class Protection(Enum):
    OS_KEYRING = "os_keyring"
    PASSPHRASE = "passphrase"


class FolderState(Enum):
    NEW = "new"  # nothing yet: a secret will be created
    OS_KEYRING = "os_keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class InstallSecret:
    db_key: bytes
    blob_identity: str

    @classmethod
    def generate(cls) -> InstallSecret:
        return cls(pysecrets.token_bytes(32), str(pyrage.x25519.Identity.generate()))

    def to_bytes(self) -> bytes:
        return json.dumps(
            {"db_key": self.db_key.hex(), "blob_identity": self.blob_identity}, sort_keys=True
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> InstallSecret:
        data = json.loads(raw)
        return cls(bytes.fromhex(data["db_key"]), data["blob_identity"])


@dataclass(frozen=True)
class ProtectionInfo:
    """What protects this folder, for the About/Data protection view and `--json` output."""

    kind: Protection
    backend: str  # keyring backend class, or "scrypt+aes-256-gcm key file"


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def secure_os_keyring() -> KeyringBackend | None:
    """The OS keyring if it is on the allow-list and answers a probe; otherwise None."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    candidates = getattr(backend, "backends", None) or [backend]  # the chainer wraps several
    for candidate in candidates:
        if _backend_name(candidate) in SECURE_BACKENDS and _probe(candidate):
            secure: KeyringBackend = candidate
            return secure
    return None


def _probe(backend: KeyringBackend) -> bool:
    # Secret Service can be present yet locked or dismissed; only a round trip proves it works.
    name, value = "probe", pysecrets.token_hex(8)
    try:
        backend.set_password(KEYRING_SERVICE, name, value)
        ok = backend.get_password(KEYRING_SERVICE, name) == value
        backend.delete_password(KEYRING_SERVICE, name)
        return ok
    except Exception:
        return False


def _check_backend(backend: KeyringBackend) -> KeyringBackend:
    if _backend_name(backend) in REFUSED_BACKENDS:
        raise InsecureKeyring(_backend_name(backend))
    return backend


def folder_state(data_dir: Path) -> FolderState:
    meta = _read_store_meta(data_dir)
    if meta is None:
        return FolderState.NEW
    return FolderState(meta["protection"])


def _read_store_meta(data_dir: Path) -> dict[str, Any] | None:
    path = data_dir / STORE_FILE
    if not path.exists():
        return None
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SecretMissing(STORE_FILE) from exc
    if meta.get("format") != STORE_FORMAT:
        raise SecretMissing(STORE_FILE)
    return meta


def _keyring_user(store_id: str) -> str:
    return f"install-secret/{store_id}"


def create_secret(
    data_dir: Path,
    *,
    passphrase: str | None,
    keyring_backend: KeyringBackend | None,
) -> tuple[InstallSecret, ProtectionInfo]:
    """Make a new install secret for an empty folder.

    ``keyring_backend`` is a secure backend (``secure_os_keyring()`` or an explicit test
    backend) or None; without one a passphrase is required.
    """
    secret = InstallSecret.generate()
    return secret, protect_secret(
        data_dir, secret, passphrase=passphrase, keyring_backend=keyring_backend
    )


def protect_secret(
    data_dir: Path,
    secret: InstallSecret,
    *,
    passphrase: str | None,
    keyring_backend: KeyringBackend | None,
) -> ProtectionInfo:
    """Keep ``secret`` for ``data_dir`` (a new folder, or one being restored) the way
    ``create_secret`` would, under a new store id; store.json is written last, so a folder
    without it never counts as a store."""
    store_id = str(uuid.uuid4())
    if keyring_backend is not None:
        backend = _check_backend(keyring_backend)
        backend.set_password(KEYRING_SERVICE, _keyring_user(store_id), secret.to_bytes().decode())
        info = ProtectionInfo(Protection.OS_KEYRING, _backend_name(backend))
    else:
        checked = check_new_passphrase(passphrase)
        write_atomic(data_dir / KEY_FILE, wrap_secret(secret, checked))
        info = ProtectionInfo(Protection.PASSPHRASE, "scrypt+aes-256-gcm key file")
    meta = {"format": STORE_FORMAT, "store_id": store_id, "protection": info.kind.value}
    write_atomic(data_dir / STORE_FILE, json.dumps(meta, indent=2).encode())
    return info


def load_secret(
    data_dir: Path,
    *,
    passphrase: str | None,
    keyring_backend: KeyringBackend | None,
) -> tuple[InstallSecret, ProtectionInfo]:
    meta = _read_store_meta(data_dir)
    if meta is None:
        raise SecretMissing(STORE_FILE)
    if meta["protection"] == Protection.PASSPHRASE.value:
        if passphrase is None:
            raise PassphraseRequired()
        try:
            raw = (data_dir / KEY_FILE).read_bytes()
        except FileNotFoundError as exc:
            raise SecretMissing(KEY_FILE) from exc
        secret = unwrap_secret(raw, passphrase)
        return secret, ProtectionInfo(Protection.PASSPHRASE, "scrypt+aes-256-gcm key file")
    backend = keyring_backend or secure_os_keyring()
    if backend is None:
        raise SecretMissing("keyring unavailable")
    backend = _check_backend(backend)
    try:
        value = backend.get_password(KEYRING_SERVICE, _keyring_user(meta["store_id"]))
    except Exception as exc:
        raise SecretMissing("keyring read failed") from exc
    if value is None:
        raise SecretMissing("keyring has no entry")
    return InstallSecret.from_bytes(value.encode()), ProtectionInfo(
        Protection.OS_KEYRING, _backend_name(backend)
    )


def check_new_passphrase(passphrase: str | None) -> str:
    """The passphrase, when it is one a new key file may be wrapped with."""
    if passphrase is None:
        raise PassphraseRequired()
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(str(MIN_PASSPHRASE_LENGTH))
    return passphrase


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    check_new_passphrase(new)
    secret = unwrap_secret((data_dir / KEY_FILE).read_bytes(), old)
    write_atomic(data_dir / KEY_FILE, wrap_secret(secret, new))


def _kdf(salt: bytes, n: int, r: int, p: int) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p)


def wrap_secret(secret: InstallSecret, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _kdf(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).derive(passphrase.encode("utf-8"))
    sealed = AESGCM(key).encrypt(nonce, secret.to_bytes(), KEYFILE_FORMAT.encode())
    doc = {
        "format": KEYFILE_FORMAT,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(sealed).decode(),
    }
    return json.dumps(doc, indent=2).encode()


def unwrap_secret(raw: bytes, passphrase: str) -> InstallSecret:
    try:
        doc = json.loads(raw)
        if doc["format"] != KEYFILE_FORMAT:
            raise ValueError("format")
        kdf = doc["kdf"]
        salt = base64.b64decode(doc["salt"])
        nonce = base64.b64decode(doc["nonce"])
        sealed = base64.b64decode(doc["ciphertext"])
    except (ValueError, KeyError, TypeError) as exc:
        raise SecretMissing(f"{KEY_FILE} unreadable") from exc
    key = _kdf(salt, kdf["n"], kdf["r"], kdf["p"]).derive(passphrase.encode("utf-8"))
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, KEYFILE_FORMAT.encode())
    except InvalidTag as exc:
        raise WrongPassphrase() from exc
    try:
        return InstallSecret.from_bytes(plain)
    except (ValueError, KeyError) as exc:
        raise StoreError(f"{KEY_FILE} content") from exc
