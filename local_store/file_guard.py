"""The one guard around every step that reads one file a patient brought: a failure of that
file becomes a reason code, and the work on the other files goes on.

A file can break a reader in ways no list of exception types foresees: a DICOM sequence
nested thousands of levels deep (RecursionError in pydicom's recursive parser), a photo that
makes Pillow raise something new, a value that decodes into MemoryError. ``guarded(step)``
runs ``step`` and returns its result, or ``FileFailed(code)`` when it raised any Exception:
``nested_too_deep`` for a RecursionError, the step's own ``failed`` code for the rest
("unreadable" unless the step says otherwise). What is not the file's fault passes through
untouched: ``Cancelled`` (the user), the store's own errors (a full disk, a read-only data
folder: the whole operation stops, never one file after another), the caller's ``passes``,
and BaseException (KeyboardInterrupt, SystemExit). Only the exception's type name is logged,
never a file name or a value. Thread-safety: pure; any thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from foundation.cancel import Cancelled
from local_store.errors import StoreError

__all__ = ["NESTED_TOO_DEEP", "UNREADABLE", "FileFailed", "guarded"]

NESTED_TOO_DEEP = "nested_too_deep"
UNREADABLE = "unreadable"

_log = logging.getLogger(__name__)
_ALWAYS_PASS: tuple[type[BaseException], ...] = (Cancelled, StoreError)

T = TypeVar("T")


@dataclass(frozen=True)
class FileFailed:
    """The step failed for this file; ``code`` says why (a reject or decode error code)."""

    code: str


def guarded(
    step: Callable[[], T],
    *,
    failed: str = UNREADABLE,
    passes: tuple[type[BaseException], ...] = (),
) -> T | FileFailed:
    """``step()``, or FileFailed with the reason when it raised; see the module docstring."""
    try:
        return step()
    except _ALWAYS_PASS + passes:
        raise
    except RecursionError:
        _log.info("a file step failed: RecursionError")
        return FileFailed(NESTED_TOO_DEEP)
    except Exception as exc:
        _log.info("a file step failed: %s", type(exc).__name__)
        return FileFailed(failed)
