"""Canonical JSON: the one byte form that is signed and hashed (sorted keys, UTF-8, compact).

Anything signed is serialised here and nowhere else, so a signer and a verifier can never
disagree about the bytes. Floats are refused: their text form differs between languages and
would break signatures made by another implementation. Thread-safety: pure functions.
"""

from __future__ import annotations

import json
from typing import Any


class NotCanonical(ValueError):
    """The value holds something canonical JSON cannot carry (a float, a non-string key)."""


def _check(value: Any) -> None:
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return
    if isinstance(value, float):
        raise NotCanonical("floats are not allowed in signed JSON; use strings or integers")
    if isinstance(value, list | tuple):
        for item in value:
            _check(item)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotCanonical("object keys must be strings")
            _check(item)
        return
    raise NotCanonical(f"cannot put a {type(value).__name__} in signed JSON")


def canonical_bytes(value: Any) -> bytes:
    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )
