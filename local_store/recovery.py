"""The recovery key: a code a person copies by hand that opens the store's key when the
passphrase, the keyring or the whole PC is lost.

Eight groups of five characters from an alphabet without look-alikes (no 0/O, 1/I/L, U):
seven groups are random (about 170 bits), the eighth is a check group, so a typing slip is
found before any key is tried. Like the passphrase, the key never lies on the PC:
``recovery.json`` holds the install secret wrapped under it (scrypt + AES-256-GCM,
``secrets.wrap_secret``), and a backup carries a copy of that file, so the key opens a backup
on a new PC. Replacing the key needs the current one.
Thread-safety: functions only; each writes its one file atomically.
"""

from __future__ import annotations

import hashlib
import secrets as pysecrets
from pathlib import Path

from local_store import secrets
from local_store.errors import (
    RecoveryKeyMistyped,
    RecoveryKeyRequired,
    WrongPassphrase,
    WrongRecoveryKey,
)
from local_store.fileutil import write_atomic
from local_store.store import Store

RECOVERY_FILE = "recovery.json"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_LENGTH = 5
_DATA_LENGTH = (GROUPS - 1) * GROUP_LENGTH


def new_key() -> str:
    """A fresh key, grouped for reading aloud and copying: "7KQ4M-...-CHECK"."""
    data = "".join(pysecrets.choice(ALPHABET) for _ in range(_DATA_LENGTH))
    return _grouped(data + _check_group(data))


def normalise(typed: str) -> str:
    """The key as typed (any case, spaces or dashes anywhere) in its grouped form.

    Raises RecoveryKeyMistyped when it is not a recovery key at all."""
    plain = "".join(ch for ch in typed.upper() if ch not in " -\t\r\n")
    if len(plain) != GROUPS * GROUP_LENGTH or any(ch not in ALPHABET for ch in plain):
        raise RecoveryKeyMistyped()
    data, check = plain[:_DATA_LENGTH], plain[_DATA_LENGTH:]
    if not pysecrets.compare_digest(check, _check_group(data)):
        raise RecoveryKeyMistyped()
    return _grouped(plain)


def _check_group(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:8], "big")
    chars = []
    for _ in range(GROUP_LENGTH):
        digest, index = divmod(digest, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def _grouped(plain: str) -> str:
    return "-".join(plain[i : i + GROUP_LENGTH] for i in range(0, len(plain), GROUP_LENGTH))


def has_recovery_key(data_dir: Path) -> bool:
    return (data_dir / RECOVERY_FILE).exists()


def wrapped_secret(data_dir: Path) -> bytes:
    """The install secret as wrapped under the recovery key (what a backup carries)."""
    return (data_dir / RECOVERY_FILE).read_bytes()


def unwrap(wrapped: bytes, typed_key: str) -> secrets.InstallSecret:
    """The install secret from ``recovery.json``'s bytes and the key a person typed.

    Raises RecoveryKeyMistyped or WrongRecoveryKey."""
    key = normalise(typed_key)
    try:
        return secrets.unwrap_secret(wrapped, key)
    except WrongPassphrase as exc:
        raise WrongRecoveryKey() from exc


def check_current_key(data_dir: Path, current_key: str | None) -> None:
    """Raise unless ``current_key`` may replace the folder's recovery key: it must be the
    current one when there is one (RecoveryKeyRequired, RecoveryKeyMistyped, WrongRecoveryKey)."""
    if has_recovery_key(data_dir):
        if current_key is None:
            raise RecoveryKeyRequired()
        unwrap(wrapped_secret(data_dir), current_key)


def make_recovery_key(
    store: Store, current_key: str | None = None, *, key: str | None = None
) -> str:
    """Make the open store's recovery key ``key`` (a new one when None) and return it: it is
    shown once and kept nowhere. The desktop passes the key it has shown, so nothing is
    saved until the person has written it down.

    When the store already has a key, ``current_key`` must be it (``check_current_key``);
    the old key stops opening the store, but still opens the backups made under it."""
    check_current_key(store.data_dir, current_key)
    key = normalise(key) if key is not None else new_key()
    write_atomic(store.data_dir / RECOVERY_FILE, secrets.wrap_secret(store.install_secret, key))
    return key


def reset_passphrase(data_dir: Path, typed_key: str, new_passphrase: str) -> None:
    """Choose a new passphrase for a passphrase-protected folder with the recovery key,
    instead of the forgotten passphrase."""
    secrets.check_new_passphrase(new_passphrase)
    secret = unwrap(wrapped_secret(data_dir), typed_key)
    write_atomic(data_dir / secrets.KEY_FILE, secrets.wrap_secret(secret, new_passphrase))
