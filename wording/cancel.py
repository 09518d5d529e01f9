"""Words for work the user cancelled, by what was cancelled: an outcome, never an error.

Each starts with "Cancelled." and says what state things were left in. Desktop passes them
through ``QCoreApplication.translate(wording.CONTEXT, ...)``. Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP
from wording.store import ERROR

CANCELLED = {
    "bundle": QT_TRANSLATE_NOOP("wording", "Cancelled. Nothing was queued; the case is as it was."),
    "import": QT_TRANSLATE_NOOP("wording", "Cancelled. Nothing was attached to this case."),
    # %1: how many files the import had saved before the cancel (they stay).
    "import_kept": QT_TRANSLATE_NOOP(
        "wording",
        "Cancelled. %1 files were already saved and stay in this case; the rest were not "
        "attached. Import again to add them.",
    ),
}


def cancelled_text(what: str) -> str:
    return CANCELLED.get(what, ERROR["cancelled"])
