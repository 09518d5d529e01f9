"""`labs FILE` and `check CASE` as a user or script runs them: real processes, real files."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from testdata import lab_reports as reports
from testdata.documents import locked_pdf, scan_of
from tests.support.cli import add_attachment

ROW_KEYS = {"test", "value", "unit", "reference", "low", "high", "flag", "page"}


@pytest.fixture(scope="module")
def report_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-reports")
    for layout in ("classic", "two_column", "method_column"):
        reports.write(layout, folder)
    return folder


def test_labs_json_has_the_contract_keys_and_every_row(cli, report_folder):
    result = cli("--json", "labs", str(report_folder / "classic.pdf"), "--sex", "F")

    assert result.code == 0, result.err
    rows = result.json["results"]
    assert all(set(row) >= ROW_KEYS for row in rows)
    assert [
        (r["test"], r["value"], r["unit"], r["reference"], r["flag"]) for r in rows
    ] == reports.CLASSIC
    assert rows[0]["low"] == 12.0 and rows[0]["high"] == 15.0 and rows[0]["page"] == 1
    assert result.json["kind"] == "lab_report" and result.json["date"] == "2024-02-04"
    # Reading a file needs no data folder, and makes none.
    assert not cli.data_dir.exists() and not cli.home.exists()


def test_labs_text_is_a_table_with_worded_flags(cli, report_folder):
    result = cli("labs", str(report_folder / "two_column.pdf"))

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Lab report, dated 2024-02-04, 1 page(s), read from its text."
    potassium = next(line for line in lines if line.startswith("Potassium"))
    assert "6.8" in potassium and "Critical" in potassium and "3.5 - 5.1" in potassium


def test_labs_prints_the_method_as_its_own_column(cli, report_folder):
    path = str(report_folder / "method_column.pdf")
    result = cli("labs", path, "--sex", "F")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    header = next(line for line in lines if line.startswith("Test"))
    assert header.split() == ["Test", "Result", "Unit", "Reference", "Flag", "Method", "Page"]
    sodium = next(line for line in lines if line.startswith("Sodium"))
    assert sodium.startswith("Sodium (Na+) ") and "132" in sodium and "ISE Indirect" in sodium
    assert sodium.index("132") < sodium.index("ISE Indirect")  # not in the test's column
    rows = cli("--json", "labs", path, "--sex", "F").json["results"]
    assert [(r["test"], r["method"]) for r in rows][:2] == [
        ("Haemoglobin (Hb)", "Photometry"),
        ("Total Leucocyte Count (TLC)", "Electrical Impedance"),
    ]


def test_labs_on_a_locked_pdf_says_why_in_one_line(cli, tmp_path):
    locked = locked_pdf(tmp_path / "locked.pdf")

    result = cli("--json", "labs", str(locked))

    assert result.code == 1
    assert len(result.err_lines) == 1 and "password" in result.err_lines[0]
    assert "Traceback" not in result.err
    assert result.json["error"]["code"] == "pdf_encrypted"


def test_labs_on_a_scan_without_tesseract_says_so_plainly(cli, report_folder, tmp_path):
    scanned, _png = scan_of(report_folder / "classic.pdf", tmp_path)
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()

    result = cli("--json", "labs", str(scanned), PATH=str(empty_bin))

    assert result.code == 1
    assert result.json["error"]["code"] == "ocr_unavailable"
    assert "Tesseract" in result.err_lines[0] and "not installed" in result.err_lines[0]


def test_check_reads_new_documents_then_lists_missing_items_and_flags(cli, report_folder):
    created = cli(
        "--json",
        "case",
        "new",
        "--patient-name",
        "Asha Verma",
        "--sex",
        "F",
        "--age",
        "52",
        "--specialty",
        "cardiology",
        "--question",
        "Is angiography needed?",
    )
    case_id = created.json["id"]
    add_attachment(cli.data_dir, case_id, report_folder / "classic.pdf")

    result = cli("--json", "check", case_id[:8])

    assert result.code == 0, result.err
    assert "Reading documents: 1/1" in result.err
    payload = result.json
    assert payload["condition"] == "cardiology.chest_pain"
    missing = {m["item"]: m for m in payload["missing"]}
    ecg = missing["Resting 12-lead ECG"]
    assert set(ecg) >= {"item", "why", "source"}
    assert ecg["source"].startswith("NICE CG95") and ecg["need"] == "required"
    assert payload["missing"][0]["need"] == "required"  # required items come first
    # The lipid profile and glucose on the report count for the risk-factor item.
    assert "Lipid profile and blood sugar (HbA1c or fasting glucose)" not in missing
    assert [(f["test"], f["flag"]) for f in payload["flags"]] == [
        ("Haemoglobin", "L"),
        ("Glucose Fasting", "H"),
        ("Cholesterol, Total", "H"),
        ("HDL Cholesterol", "L"),
    ]
    assert all(set(flag) >= ROW_KEYS for flag in payload["flags"])

    again = cli("check", case_id)
    assert again.code == 0 and "Reading documents" not in again.err
    assert "Possibly missing investigations:" in again.out
    assert "You can send the case without them." in again.out


def test_check_of_an_unknown_case_fails_cleanly(cli):
    cli.new_case()

    result = cli("check", "ffffffff")

    assert result.code == 1
    assert result.err_lines == ["No such case. Check the case number (run 'casebridge case list')."]


def test_labs_reads_the_text_pages_and_names_the_scanned_ones_without_tesseract(
    cli, report_folder, tmp_path
):
    from reportlab.lib.pagesizes import A4

    _scanned, png = scan_of(report_folder / "classic.pdf", tmp_path)
    mixed = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(mixed), pagesize=A4)
    page = reports.Page(c)
    for x, title in reports.CLASSIC_HEADER:
        page.text(x, 100, title, 9, bold=True)
    for x, text in ((52, "Sodium"), (260, "139"), (340, "mmol/L"), (430, "135 - 145")):
        page.text(x, 116, text)
    c.showPage()
    c.drawImage(str(png), 0, 0, *A4)  # page 2: a scan
    c.showPage()
    c.save()
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()

    result = cli("--json", "labs", str(mixed), PATH=str(empty_bin))
    text = cli("labs", str(mixed), PATH=str(empty_bin))

    assert result.code == 0, result.err
    assert [r["test"] for r in result.json["results"]] == ["Sodium"]
    assert result.json["unread_pages"] == [2]
    assert "Some pages are scans and were not read" in text.out
