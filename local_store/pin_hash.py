"""PINs kept as a salted slow hash: hashing a new PIN and checking a typed one.

A PIN is 4 to 12 digits, short enough that only slowness (scrypt, about 50 ms and 16 MiB a
try) and the lock screen's growing delay keep guessing back; the hash lives inside the
encrypted database, never the PIN. The stored text names its parameters, so they can be raised
later without making older hashes unreadable. Thread-safety: pure functions.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from local_store.errors import PinInvalid

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32


def check_new_pin(pin: str) -> str:
    """The PIN when it may be chosen: 4 to 12 digits (raises PinInvalid otherwise)."""
    if not (MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH) or not pin.isascii():
        raise PinInvalid()
    if not pin.isdigit():
        raise PinInvalid()
    return pin


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64) for a PIN already checked by ``check_new_pin``."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(pin, salt, N, R, P)
    return "$".join(
        (SCHEME, str(N), str(R), str(P), _b64(salt), _b64(digest)),
    )


def pin_matches(pin: str, stored: str) -> bool:
    """True when ``pin`` is the one ``stored`` was made from; False for any unreadable hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(pin, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=HASH_BYTES
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
