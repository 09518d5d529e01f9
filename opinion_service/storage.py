"""Where the service keeps bytes: DATA/uploads/ID (one file per tus upload, written in place)
and DATA/bundles/BUNDLE_ID/ (a committed bundle, laid out as docs/bundle-format.md says).

Thread-safety: pure path arithmetic; callers coordinate writers (opinion_service.uploads).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# Ids that become file names: letters, digits and dashes only, so no id can leave its folder.
ID_TEXT = re.compile(r"[A-Za-z0-9-]{1,64}")


class Paths:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir)
        self.uploads = self.root / "uploads"
        self.bundles = self.root / "bundles"
        for folder in (self.uploads, self.bundles):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def upload(self, upload_id: str) -> Path:
        if not ID_TEXT.fullmatch(upload_id):
            raise ValueError("bad upload id")
        return self.uploads / upload_id

    def bundle(self, bundle_id: str) -> Path:
        if not ID_TEXT.fullmatch(bundle_id):
            raise ValueError("bad bundle id")
        return self.bundles / bundle_id


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
