"""Window presets (CT brain, lung, bone...) read from resources/window_presets.json.

The file belongs to the imaging layer's data (``{"presets": [{"name", "key", "center",
"width"}]}``, HU); this module only reads it and names each preset in the user's language
(``wording.viewing.WINDOW_PRESET``). ``key`` is the keyboard digit. Thread-safety: pure; read once
per window.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import wording.viewing
from imaging.display import Window

log = logging.getLogger(__name__)

PRESETS_FILE = Path(__file__).resolve().parents[2] / "resources" / "window_presets.json"


@dataclass(frozen=True)
class Preset:
    name: str  # wording.viewing.WINDOW_PRESET code
    label: str
    window: Window
    shortcut: str  # the keyboard digit the file assigns


def load_presets(path: Path = PRESETS_FILE) -> list[Preset]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("window presets unavailable: %s", type(exc).__name__)
        return []
    entries = data.get("presets", []) if isinstance(data, dict) else data
    presets = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            name = str(entry["name"])
            window = Window(float(entry["center"]), float(entry["width"]))
        except (KeyError, TypeError, ValueError):
            continue
        text = wording.viewing.WINDOW_PRESET.get(name, name.replace("_", " ").capitalize())
        label = QCoreApplication.translate(wording.CONTEXT, text)
        presets.append(Preset(name, label, window, str(entry.get("key", ""))))
    return presets
