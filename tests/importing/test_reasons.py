"""Every reason the import gives has words for the clinic worker, and only those reasons exist."""

from __future__ import annotations

import re
from pathlib import Path

import wording.importing
from local_store.import_plan import REJECT_CODES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    "imaging/dicom_header.py",
    "local_store/import_scan.py",
    "local_store/importer.py",
    "local_store/safe_zip.py",
]


def test_every_reason_is_worded():
    assert set(wording.importing.IMPORT_REJECT) == set(REJECT_CODES)
    for text in wording.importing.IMPORT_REJECT.values():
        assert text.endswith(".") and len(text.split(".")) >= 3  # what happened; what to do


def test_the_code_uses_only_listed_reasons():
    pattern = re.compile(
        r"(?:_Reject\(|ZipRejected\(|Rejected\([^,()]+,\s*|reject\([^,()]+,\s*"
        r'|Classified\("rejected",\s*)"([a-z_]+)"'
    )
    used = set()
    for name in SOURCES:
        used |= set(pattern.findall((ROOT / name).read_text()))
    assert len(used) >= 8, f"the pattern no longer finds the reason codes: {used}"
    assert used <= set(REJECT_CODES)
