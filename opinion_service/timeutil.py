"""Service time: whole seconds since the epoch in the database, ISO 8601 UTC with ``Z`` on
the wire. Thread-safety: pure functions."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import formatdate


def now() -> int:
    return int(time.time())


def iso(ts: int | float) -> str:
    return datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(ts: int | float) -> str:
    """RFC 9110 date, the form tus uses for Upload-Expires."""
    return formatdate(int(ts), usegmt=True)
