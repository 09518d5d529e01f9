"""Render the app icon's PNG and Windows ICO files from resources/icons/casebridge.svg.

Run after changing the SVG: ``python installer/make_icons.py``. The .deb installs the SVG and
the PNGs into the hicolor theme; the Windows executable and installer use the ICO.
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (256, 48)
ICO_SIZES = [(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "casebridge.svg"))
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"casebridge-{size}.png"))
    Image.open(ICONS / "casebridge-256.png").save(ICONS / "casebridge.ico", sizes=ICO_SIZES)
    del app


if __name__ == "__main__":
    main()
