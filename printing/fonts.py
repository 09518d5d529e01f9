"""The Devanagari font printouts use: Noto Sans Devanagari (SIL Open Font License), bundled in
resources/fonts/ with its licence, so a computer with no Devanagari font (a bare Windows or a
minimal Linux) prints Hindi with conjuncts and vowel signs shaped. The bundled files are
loaded first; without them, a system copy (Debian's fonts-noto-core, or Windows' fonts
folder) is the fallback. Qt's HarfBuzz shaping does the rest.
Thread-safety: GUI thread only (QFontDatabase); ``devanagari_family`` loads once per process.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFontDatabase

DEVANAGARI = "Noto Sans Devanagari"
FILES = ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
BUNDLED = Path(__file__).resolve().parent.parent / "resources" / "fonts"
SYSTEM_FOLDERS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/noto"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
)
# The Latin text around it: the platform's sans-serif when none of these is there.
LATIN = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial")

_loaded: list[str] = []


def devanagari_family() -> str | None:
    """The family name to ask for Devanagari, once its files are loaded; None when neither the
    bundled nor a system copy exists and no installed font has that name."""
    if _loaded:
        return _loaded[0]
    for folder in (BUNDLED, *SYSTEM_FOLDERS):
        added = [
            QFontDatabase.addApplicationFont(str(folder / name))
            for name in FILES
            if (folder / name).is_file()
        ]
        families = {
            f
            for font_id in added
            if font_id >= 0
            for f in QFontDatabase.applicationFontFamilies(font_id)
        }
        if DEVANAGARI in families:
            _loaded.append(DEVANAGARI)
            return DEVANAGARI
    if DEVANAGARI in QFontDatabase.families():
        _loaded.append(DEVANAGARI)
        return DEVANAGARI
    return None


def families(devanagari_first: bool = False) -> list[str]:
    """Font families for a printout, in the order Qt should try them for each character."""
    deva = devanagari_family()
    latin = [f for f in LATIN if f in QFontDatabase.families()]
    if deva is None:
        return latin
    return [deva, *latin] if devanagari_first else [*latin, deva]
