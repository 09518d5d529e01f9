"""Fixtures of the clinical tests: generated report PDFs, scans of them, and a case to attach to.

Reports are written with reportlab (a test dependency) into the test's temporary folder; scans
are the same pages rendered to pictures, so OCR is tested on known content.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.clinical import reports

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


def scan_of(pdf: Path, folder: Path, dpi: int = 200) -> tuple[Path, Path]:
    """(image-only PDF, PNG) of the first page of ``pdf``, as a scanner would make them."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    document = pdfium.PdfDocument(str(pdf))
    image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    document.close()
    png = folder / f"{pdf.stem}-scan.png"
    image.save(png)
    scanned = folder / f"{pdf.stem}-scan.pdf"
    c = canvas.Canvas(str(scanned), pagesize=A4)
    c.drawImage(str(png), 0, 0, *A4)
    c.showPage()
    c.save()
    return scanned, png


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
