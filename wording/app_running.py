"""Words about a second start while CaseBridge is already open on the same data folder.

Qt-free; thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

APP_RUNNING = {
    "brought_forward": QT_TRANSLATE_NOOP(
        "wording",
        "CaseBridge is already open on this data folder. Its window was brought to the front.",
    ),
    "app_running": QT_TRANSLATE_NOOP(
        "wording",
        "CaseBridge is open on this data folder. Close the CaseBridge window first, then try "
        "again.",
    ),
}
