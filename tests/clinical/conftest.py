"""Fixtures of the clinical tests: generated report PDFs, scans of them, and a case to attach to.

Reports (testdata.lab_reports, reportlab) are written into the test's temporary folder; scans
(testdata.documents.scan_of) are the same pages rendered to pictures, so OCR is tested on
known content.

The command line (``cli``), the real main window (``window``, ``reopen``) and the folder
screenshots go to (``out_dir``) come from tests/support.

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testdata import lab_reports as reports
from tests.support.cli import cli as cli
from tests.support.gui import reopen as reopen
from tests.support.gui import window as window
from tests.support.screens import out_dir as out_dir

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
