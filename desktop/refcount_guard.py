"""A guard against a reference-count bug of PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 drops one reference to None for every Python ``QRunnable.run`` and every Python
slot that Qt calls, and one reference to True for every ``Signal.emit`` from Python. CPython
3.12 made None, True and False immortal, so there it is harmless; on 3.11 the count reaches
zero after a few hundred to a few thousand saves or jobs and the process aborts with
"deallocating None" / "deallocating True or False". Measured here: 20 autosaves in the real
window cost about 550 references to None and 160 to True (True starts near 4,600).

``pin_singletons`` adds 2**40 references to each of the three, which no session can use up,
the same effect as 3.12's immortal objects. Remove it once PySide6 is fixed or the project
moves to Python 3.12. Thread-safety: call once, at import, before any worker thread starts.
"""

from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40
_pinned = False


def pin_singletons() -> bool:
    """Make None, True and False practically immortal (once); True if it is in force."""
    global _pinned
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not _pinned:
        for obj in (None, True, False):
            # ob_refcnt is the first field of every CPython object (Include/object.h).
            ctypes.c_ssize_t.from_address(id(obj)).value += PINNED
        _pinned = True
    return True
