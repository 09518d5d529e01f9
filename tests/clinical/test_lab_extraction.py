"""Golden tests: every row of six report layouts comes out exactly, and nothing else does.

Each layout has a patient block, section titles, method lines, notes, signatures and page
footers around the table; the assertions compare the whole list of rows, so any of those
taken for a result fails the test.
"""

from __future__ import annotations

import pytest

from clinical.extract import extract_document
from clinical.models import DocumentKind, Flag, TextSource
from testdata import lab_reports as reports
from testdata.documents import scan_of
from tests.clinical.conftest import needs_tesseract


def rows(extraction) -> list[tuple]:
    return [
        (r.test, r.value, r.unit, r.reference, r.flag.value if r.flag else None)
        for r in extraction.results
    ]


@pytest.mark.parametrize("layout", sorted(reports.LAYOUTS))
def test_every_row_exactly_and_nothing_else(report_dir, layout):
    extraction = extract_document(report_dir / f"{layout}.pdf", sex="F")

    assert rows(extraction) == reports.LAYOUTS[layout][1]
    assert extraction.source is TextSource.TEXT
    assert extraction.kind is DocumentKind.LAB_REPORT
    # The report date, not the collection date or anything else printed.
    assert extraction.date == "2024-02-04"


def test_multipage_rows_keep_their_page_and_position(report_dir):
    extraction = extract_document(report_dir / "multipage.pdf", sex="F")
    pages = {r.test: r.page for r in extraction.results}

    assert pages["Haemoglobin"] == 1
    assert pages["Neutrophils"] == 2
    assert pages["TSH"] == 3
    for result in extraction.results:
        x0, top, x1, bottom = result.bbox
        # The box covers the printed row: the name starts at the left, the range at the right.
        assert 45 < x0 < 55 and x1 > 400 and 140 < top < bottom < 842


def test_sections_are_kept_with_their_rows(report_dir):
    extraction = extract_document(report_dir / "multipage.pdf", sex="F")
    section = {r.test: r.section for r in extraction.results}

    assert section["Haemoglobin"] == "HAEMATOLOGY"
    assert section["Neutrophils"] == "Differential Leucocyte Count"
    assert section["Triglycerides"] == "LIPID PROFILE"


def test_sex_chooses_the_range_and_unknown_sex_flags_only_outside_both(report_dir):
    path = report_dir / "classic.pdf"
    haemoglobin = {
        sex: next(r for r in extract_document(path, sex=sex).results if r.test == "Haemoglobin")
        for sex in ("F", "M", "U")
    }

    assert (haemoglobin["F"].low, haemoglobin["F"].high) == (12.0, 15.0)
    assert (haemoglobin["M"].low, haemoglobin["M"].high) == (13.0, 17.0)
    assert (haemoglobin["U"].low, haemoglobin["U"].high) == (12.0, 17.0)
    assert all(r.flag is not None and r.flag.value == "L" for r in haemoglobin.values())


def test_lab_markers_are_kept_for_the_reviewer(report_dir):
    ruled = {r.test: r for r in extract_document(report_dir / "ruled.pdf").results}

    assert ruled["Bilirubin Total"].lab_flag == "H"
    assert ruled["Albumin"].lab_flag == "L"
    assert ruled["SGPT (ALT)"].lab_flag == ""


def test_analytes_are_named_for_checklists_and_trends(report_dir):
    ruled = {r.test: r.analyte for r in extract_document(report_dir / "ruled.pdf").results}

    assert ruled["SGPT (ALT)"] == "alt"
    assert ruled["SGOT (AST)"] == "ast"
    assert ruled["Bilirubin Direct"] == "bilirubin_direct"


def _ocr_rows(extraction) -> list[tuple]:
    # OCR spaces dashes as it likes ("1.5- 4.1"); the bounds are what must be right.
    return [
        (r.test, r.value, r.unit, r.low, r.high, r.flag.value if r.flag else None)
        for r in extraction.results
    ]


def _expected_ocr_rows(layout: str, sex: str = "F") -> list[tuple]:
    from clinical.labs import build_result

    return [
        (test, value, unit, built.low, built.high, flag)
        for test, value, unit, reference, flag in reports.LAYOUTS[layout][1]
        for built in [build_result(test, value, unit, reference, sex)]
    ]


@needs_tesseract
@pytest.mark.parametrize("layout", ["classic", "ruled", "range_first"])
@pytest.mark.interop
def test_image_only_pdf_goes_through_ocr(report_dir, tmp_path, layout):
    scanned, _png = scan_of(report_dir / f"{layout}.pdf", tmp_path)

    extraction = extract_document(scanned, sex="F")

    assert extraction.source is TextSource.OCR
    assert _ocr_rows(extraction) == _expected_ocr_rows(layout)
    assert extraction.date == "2024-02-04"


@needs_tesseract
@pytest.mark.interop
def test_phone_photo_goes_through_ocr(report_dir, tmp_path):
    from PIL import Image

    _scanned, png = scan_of(report_dir / "classic.pdf", tmp_path)
    photo = tmp_path / "IMG_20240204_101500.jpg"
    Image.open(png).convert("RGB").save(photo, quality=90)

    extraction = extract_document(photo, sex="F")

    assert extraction.source is TextSource.OCR
    assert _ocr_rows(extraction) == _expected_ocr_rows("classic")


def test_continuation_page_without_its_header_uses_the_last_columns(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "continued.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    page = reports.Page(c)
    top = reports.letterhead(page)
    for x, title in reports.CLASSIC_HEADER:
        page.text(x, top, title, 9, bold=True)
    page.text(52, top + 16, "Sodium")
    page.text(260, top + 16, "139")
    page.text(340, top + 16, "mmol/L")
    page.text(430, top + 16, "135 - 145")
    c.showPage()
    # Page 2 repeats the patient block but not the column header.
    page = reports.Page(c)
    top = reports.letterhead(page, page_no="Page 2 of 2")
    page.text(52, top + 16, "Potassium")
    page.text(260, top + 16, "5.6")
    page.text(340, top + 16, "mmol/L")
    page.text(430, top + 16, "3.5 - 5.1")
    c.showPage()
    c.save()

    extraction = extract_document(path)

    assert [(r.test, r.value, r.page, r.flag) for r in extraction.results] == [
        ("Sodium", "139", 1, None),
        ("Potassium", "5.6", 2, Flag.HIGH),
    ]


@pytest.mark.parametrize("layout", sorted(reports.LAYOUTS))
def test_a_method_column_is_kept_apart_from_the_test_name(report_dir, layout):
    # With a "Method" header, without one, or after the range: the test's name stays the
    # analyte's, and the method is its own field ("" where the report prints none).
    extraction = extract_document(report_dir / f"{layout}.pdf", sex="F")

    assert [r.method for r in extraction.results] == reports.METHODS[layout]


def test_rows_with_a_method_are_named_as_without_one(report_dir):
    methods = {r.test: r for r in extract_document(report_dir / "method_column.pdf").results}

    assert methods["Haemoglobin (Hb)"].analyte == "hemoglobin"
    assert methods["Haemoglobin (Hb)"].method == "Photometry"
    assert methods["Sodium (Na+)"].analyte == "sodium"
    assert methods["Sodium (Na+)"].to_json()["method"] == "ISE Indirect"
    unheaded = {r.test for r in extract_document(report_dir / "method_unheaded.pdf").results}
    # "Direct" qualifies methods too, but here it is part of the test's name.
    assert {"RDW-CV", "Bilirubin Direct", "Blood Urea"} <= unheaded
