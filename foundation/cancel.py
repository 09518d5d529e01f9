"""Stopping long work when the user cancels: the one ``Cancelled`` and the one way to ask.

Long work (reading media, unpacking zips, encrypting, reading reports, building a bundle) takes
``cancel: threading.Event | None``: the caller sets the event, the work calls ``check(cancel)``
between steps and stops by raising ``Cancelled``. ``None`` means the work cannot be cancelled.
Cancelling is an outcome, not a failure: whoever raises ``Cancelled`` has already removed what
it half-wrote, callers let it pass through their error handling untouched, and the top layer
shows it as such (never as an error, never with a traceback in the log).
Thread-safety: an Event may be set from any thread and checked from any other.
"""

from __future__ import annotations

import threading

__all__ = ["Cancel", "Cancelled", "check", "is_cancelled"]

Cancel = threading.Event | None  # the shape every cancellable function takes


class Cancelled(Exception):
    """The user cancelled; what was half-written has been removed by the one who raised it."""

    code = "cancelled"

    def __init__(self, where: str = "") -> None:
        # ``where`` names the step for developers (a phase name), never a file or patient.
        super().__init__(where or self.code)
        self.where = where


def is_cancelled(cancel: Cancel) -> bool:
    return cancel is not None and cancel.is_set()


def check(cancel: Cancel, where: str = "") -> None:
    """Raise ``Cancelled`` when ``cancel`` has been set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled(where)
