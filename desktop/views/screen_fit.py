"""One rule for a window's first size: the size it would like, but never larger than the room
the screen has (a 1024x600 netbook, a 1366x768 laptop); what does not fit then scrolls.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or less where its screen is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
