"""The coded error every service operation raises for a client mistake or refusal.

Becomes ``{"error": code, "detail": text, ...extra}`` with its HTTP status (docs/sync-protocol.md).
``detail`` is for logs and developers and never carries patient data. Thread-safety: plain
exception objects.
"""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str = "", **extra) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail
        self.extra = extra

    def body(self) -> dict:
        return {"error": self.code, "detail": self.detail, **self.extra}
