"""Fixtures of the clinical tests: generated report PDFs, scans of them, and a case to attach to.

Reports (testdata.lab_reports, reportlab) are written into the test's temporary folder; scans
(testdata.documents.scan_of) are the same pages rendered to pictures, so OCR is tested on
known content.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testdata import lab_reports as reports

TESSERACT = shutil.which("tesseract")
needs_tesseract = pytest.mark.skipif(
    TESSERACT is None, reason="the tesseract command (Debian package tesseract-ocr) is missing"
)


@pytest.fixture(scope="session")
def report_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    for layout in reports.LAYOUTS:
        reports.write(layout, folder)
    return folder


@pytest.fixture
def case_id(store):
    from local_store import cases
    from local_store.models import Consent, Patient, Referral, Sex

    return cases.create_case(
        store,
        Patient(name="Asha Verma", sex=Sex.FEMALE, age_years=52),
        Consent(),
        Referral(
            questions=["Is surgery still an option?"],
            specialty="oncology",
            working_diagnosis="Carcinoma left breast",
        ),
    )
