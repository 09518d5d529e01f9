"""A QGuiApplication for printing without a window system (the CLI's ``opinion print``).

Qt's text layout and fonts need a QGuiApplication; the "offscreen" platform needs no display,
so it works on a server or over SSH. Made only inside the command that prints, once per
process. Thread-safety: main thread only.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    # The command line's platform wins over QT_QPA_PLATFORM: never a window, whatever is set.
    return QGuiApplication(["casebridge", "-platform", "offscreen"])
