"""The data folder's plain config file, ``casebridge.json``: what must be known before the
encrypted store is opened (the language of the screens, the first-run wizard's progress).

Never a secret and never patient data: the file is not encrypted. A missing or unreadable file
reads as empty, so a damaged file costs a preference, never the cases. Writes replace the file
atomically and create the folder (owner-only) when it does not exist yet.
Thread-safety: functions only; the desktop calls them from the GUI thread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from local_store.fileutil import translated_os_errors, write_atomic

CONFIG_FILE = "casebridge.json"


def read(data_dir: Path) -> dict[str, Any]:
    """The file's values; empty when there is no readable file."""
    try:
        value = json.loads((Path(data_dir) / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def update(data_dir: Path, **values: Any) -> None:
    """Set ``values`` (a value of None removes its key) and keep the others."""
    data_dir = Path(data_dir)
    current = read(data_dir)
    for key, value in values.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value
    with translated_os_errors("data folder"):
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(data_dir / CONFIG_FILE, json.dumps(current, indent=2, sort_keys=True).encode())
