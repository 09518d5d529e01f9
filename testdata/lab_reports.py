"""Realistic Indian lab report PDFs, written with reportlab, and the rows each must yield.

Every layout prints a lab letterhead and a patient block above the table (names, age/sex,
dates, referring doctor: none of it may come out as a result), then a table in its own style.
``LAYOUTS[layout]`` lists every row exactly as extraction must return it:
(test, value, unit, reference, flag) with flag "L", "H", "critical" or None; ``METHODS[layout]``
the method printed beside each row ("" where the report prints none).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
Row = tuple[str, str, str, str, str | None]


class Page:
    """A reportlab canvas addressed from the top of the page, as reports are laid out."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c

    def text(self, x: float, top: float, text: str, size: float = 9, bold: bool = False):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, HEIGHT - top, text)

    def right(self, x: float, top: float, text: str, size: float = 9):
        self.c.setFont("Helvetica", size)
        self.c.drawRightString(x, HEIGHT - top, text)

    def line(self, x0: float, top0: float, x1: float, top1: float):
        self.c.line(x0, HEIGHT - top0, x1, HEIGHT - top1)


def letterhead(
    p: Page,
    lab: str = "SUNRISE DIAGNOSTIC CENTRE",
    page_no: str = "",
    reported: str = "04/02/2024",
) -> float:
    p.text(40, 40, lab, 14, bold=True)
    p.text(40, 56, "NABL accredited laboratory, Main Road, Sitapur, Uttar Pradesh - 261001", 8)
    p.text(40, 80, "Patient Name : Mrs. ASHA VERMA", 9)
    p.text(330, 80, "Lab No. : 24021345", 9)
    p.text(40, 93, "Age/Sex : 52 Years / Female", 9)
    p.text(330, 93, "Collected On : 03/02/2024 09:15", 9)
    p.text(40, 106, "Ref. By : Dr. R. K. Mishra MD", 9)
    p.text(330, 106, f"Reported On : {reported} 14:20", 9)
    p.text(40, 119, "UHID : SDC-88213", 9)
    if page_no:
        p.text(260, 810, page_no, 8)
    return 140


def signature(p: Page, top: float) -> None:
    p.text(240, top, "*** End of Report ***", 8)
    p.text(400, top + 30, "Dr. Meera Nair", 9, bold=True)
    p.text(400, top + 42, "MD (Pathology)", 8)


# ---- layout 1: classic unruled "Test Name / Results / Units / Bio. Ref. Interval"

CLASSIC_HEADER = ((40, "Test Name"), (260, "Results"), (340, "Units"), (430, "Bio. Ref. Interval"))


def classic(path: Path, reported: str = "04/02/2024", haemoglobin: str = "10.2") -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, reported=reported)
    for x, title in CLASSIC_HEADER:
        p.text(x, top, title, 9, bold=True)
    p.line(40, top + 4, 555, top + 4)
    top += 20
    p.text(40, top, "COMPLETE BLOOD COUNT (CBC)", 9, bold=True)
    top += 12
    p.text(40, top, "(Electrical Impedance & VCS, Photometry)", 7)
    rows = [
        ("Haemoglobin", haemoglobin, "g/dL", "M: 13-17 F: 12-15"),
        ("Total Leucocyte Count", "7,800", "/cumm", "4000 - 11000"),
        ("Platelet Count", "2.1", "lakh/cumm", "1.5 - 4.1"),
    ]
    for name, value, unit, ref in rows:
        top += 14
        p.text(52, top, name)
        p.text(260, top, value)
        p.text(340, top, unit)
        p.text(430, top, ref)
    top += 22
    p.text(40, top, "BIOCHEMISTRY", 9, bold=True)
    rows = [
        ("Glucose Fasting", "126", "mg/dL", "70 - 110", "H"),
        ("Cholesterol, Total", "212", "mg/dL", "< 200", ""),
        ("HDL Cholesterol", "38", "mg/dL", ">= 40", "L"),
        ("Serum Creatinine", "0.9", "mg/dL", "0.6 - 1.1", ""),
    ]
    for name, value, unit, ref, mark in rows:
        top += 14
        p.text(52, top, name)
        p.text(260, top, value, bold=bool(mark))
        if mark:
            p.text(292, top, mark, bold=True)
        p.text(340, top, unit)
        p.text(430, top, ref)
    top += 24
    p.text(40, top, "Note: Fasting glucose of 126 mg/dL or more on two occasions suggests", 8)
    top += 10
    p.text(40, top, "diabetes. Correlate clinically. Values above 200 mg/dL need a repeat.", 8)
    signature(p, top + 30)
    p.text(260, 810, "Page 1 of 1", 8)
    c.showPage()
    c.save()


CLASSIC: list[Row] = [
    ("Haemoglobin", "10.2", "g/dL", "M: 13-17 F: 12-15", "L"),
    ("Total Leucocyte Count", "7,800", "/cumm", "4000 - 11000", None),
    ("Platelet Count", "2.1", "lakh/cumm", "1.5 - 4.1", None),
    ("Glucose Fasting", "126", "mg/dL", "70 - 110", "H"),
    ("Cholesterol, Total", "212", "mg/dL", "< 200", "H"),
    ("HDL Cholesterol", "38", "mg/dL", ">= 40", "L"),
    ("Serum Creatinine", "0.9", "mg/dL", "0.6 - 1.1", None),
]


# ---- layout 2: ruled table, "Investigation / Observed Value / Unit / Reference Range"


def ruled(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "CITY CARE PATHOLOGY LAB")
    p.text(200, top, "LIVER FUNCTION TEST", 11, bold=True)
    top += 20
    xs = (40, 230, 330, 410, 555)
    rows = [
        ("Investigation", "Observed Value", "Unit", "Reference Range"),
        ("Bilirubin Total", "2.4 (H)", "mg/dL", "0.3 - 1.2"),
        ("Bilirubin Direct", "0.9 (H)", "mg/dL", "0.0 - 0.3"),
        ("SGOT (AST)", "88", "U/L", "Up to 40"),
        ("SGPT (ALT)", "102", "U/L", "Up to 41"),
        ("Alkaline Phosphatase", "118", "U/L", "44 - 147"),
        ("Total Protein", "6.8", "g/dL", "6.4 - 8.3"),
        ("Albumin", "2.9 (L)", "g/dL", "3.5 - 5.2"),
        ("Prothrombin Time (INR)", "1.1", "", "0.8 - 1.2"),
    ]
    row_height = 18
    p.line(xs[0], top, xs[-1], top)
    for i, row in enumerate(rows):
        baseline = top + 12
        for x, cell in zip(xs, row, strict=False):
            p.text(x + 4, baseline, cell, 9, bold=(i == 0))
        top += row_height
        p.line(xs[0], top, xs[-1], top)
    for x in xs:
        p.line(x, top - row_height * len(rows), x, top)
    signature(p, top + 30)
    c.showPage()
    c.save()


RULED: list[Row] = [
    ("Bilirubin Total", "2.4", "mg/dL", "0.3 - 1.2", "H"),
    ("Bilirubin Direct", "0.9", "mg/dL", "0.0 - 0.3", "H"),
    ("SGOT (AST)", "88", "U/L", "Up to 40", "H"),
    ("SGPT (ALT)", "102", "U/L", "Up to 41", "H"),
    ("Alkaline Phosphatase", "118", "U/L", "44 - 147", None),
    ("Total Protein", "6.8", "g/dL", "6.4 - 8.3", None),
    ("Albumin", "2.9", "g/dL", "3.5 - 5.2", "L"),
    ("Prothrombin Time (INR)", "1.1", "", "0.8 - 1.2", None),
]


# ---- layout 3: two tables side by side


def two_column(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "JEEVAN HEALTH LABS")
    left = [
        ("Sodium", "128", "mmol/L", "135 - 145"),
        ("Potassium", "6.8", "mmol/L", "3.5 - 5.1"),
        ("Chloride", "101", "mmol/L", "98 - 107"),
        ("Urea", "54", "mg/dL", "15 - 40"),
    ]
    right = [
        ("TSH", "6.2", "µIU/mL", "0.4 - 4.2"),
        ("Free T4", "0.9", "ng/dL", "0.8 - 1.8"),
        ("HbA1c", "8.1", "%", "< 5.7"),
        ("Uric Acid", "5.1", "mg/dL", "2.6 - 6.0"),
    ]
    for x0, rows in ((40, left), (305, right)):
        p.text(x0, top, "Test", 8, bold=True)
        p.text(x0 + 95, top, "Result", 8, bold=True)
        p.text(x0 + 140, top, "Unit", 8, bold=True)
        p.text(x0 + 190, top, "Range", 8, bold=True)
        row_top = top
        for name, value, unit, ref in rows:
            row_top += 14
            p.text(x0, row_top, name, 8)
            p.text(x0 + 95, row_top, value, 8)
            p.text(x0 + 140, row_top, unit, 8)
            p.text(x0 + 190, row_top, ref, 8)
    signature(p, top + 100)
    c.showPage()
    c.save()


TWO_COLUMN: list[Row] = [
    # The left table is read first, then the right one.
    ("Sodium", "128", "mmol/L", "135 - 145", "L"),
    ("Potassium", "6.8", "mmol/L", "3.5 - 5.1", "critical"),
    ("Chloride", "101", "mmol/L", "98 - 107", None),
    ("Urea", "54", "mg/dL", "15 - 40", "H"),
    ("TSH", "6.2", "µIU/mL", "0.4 - 4.2", "H"),
    ("Free T4", "0.9", "ng/dL", "0.8 - 1.8", None),
    ("HbA1c", "8.1", "%", "< 5.7", "H"),
    ("Uric Acid", "5.1", "mg/dL", "2.6 - 6.0", None),
]


# ---- layout 4: three pages, header and patient block repeated on each


MULTIPAGE_ROWS = [
    ("HAEMATOLOGY", None),
    ("Haemoglobin", ("13.9", "g/dL", "Male: 13.0 - 17.0 Female: 12.0 - 15.0")),
    ("RBC Count", ("4.6", "mill/cumm", "3.8 - 4.8")),
    ("PCV", ("41.5", "%", "36 - 46")),
    ("MCV", ("90.2", "fL", "83 - 101")),
    ("MCH", ("30.2", "pg", "27 - 32")),
    ("MCHC", ("33.5", "g/dL", "31.5 - 34.5")),
    ("RDW-CV", ("15.9", "%", "11.6 - 14.0")),
    ("Differential Leucocyte Count", None),
    ("Neutrophils", ("72", "%", "40 - 80")),
    ("Lymphocytes", ("18", "%", "20 - 40")),
    ("Eosinophils", ("6", "%", "1 - 6")),
    ("Monocytes", ("3", "%", "2 - 10")),
    ("Basophils", ("1", "%", "< 2")),
    ("ESR", ("38", "mm/hr", "0 - 20")),
    ("LIPID PROFILE", None),
    ("Cholesterol Total", ("188", "mg/dL", "< 200")),
    ("Triglycerides", ("210", "mg/dL", "< 150")),
    ("HDL Cholesterol", ("52", "mg/dL", ">= 40")),
    ("LDL Cholesterol", ("98", "mg/dL", "< 100")),
    ("VLDL Cholesterol", ("42", "mg/dL", "< 30")),
    ("THYROID PROFILE", None),
    ("T3, Total", ("1.1", "ng/mL", "0.8 - 2.0")),
    ("T4, Total", ("7.9", "µg/dL", "5.1 - 14.1")),
    ("TSH", ("3.1", "µIU/mL", "0.27 - 4.2")),
]


def multipage(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    per_page = 9
    chunks = [MULTIPAGE_ROWS[i : i + per_page] for i in range(0, len(MULTIPAGE_ROWS), per_page)]
    for number, chunk in enumerate(chunks, start=1):
        p = Page(c)
        top = letterhead(p, page_no=f"Page {number} of {len(chunks)}")
        titles = ((40, "Test Name"), (250, "Result"), (320, "Unit"), (400, "Bio. Ref. Interval"))
        for x, title in titles:
            p.text(x, top, title, 9, bold=True)
        for name, cells in chunk:
            top += 16
            if cells is None:
                p.text(40, top, name, 9, bold=True)
                continue
            value, unit, ref = cells
            p.text(50, top, name)
            p.right(285, top, value)  # right-aligned numbers, as many labs print them
            p.text(320, top, unit)
            p.text(400, top, ref)
        p.text(40, 790, "*134315810*", 8)
        c.showPage()
    c.save()


def _multipage_expected() -> list[Row]:
    flags = {
        "RDW-CV": "H",
        "Lymphocytes": "L",
        "ESR": "H",
        "Triglycerides": "H",
        "VLDL Cholesterol": "H",
    }
    return [
        (name, cells[0], cells[1], cells[2], flags.get(name))
        for name, cells in MULTIPAGE_ROWS
        if cells is not None
    ]


MULTIPAGE: list[Row] = _multipage_expected()


# ---- layout 5: units glued to values, no unit column


def glued(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "APEX PATH LABS")
    for x, title in ((40, "TEST DESCRIPTION"), (270, "RESULT"), (400, "REF. RANGE")):
        p.text(x, top, title, 9, bold=True)
    rows = [
        ("Hemoglobin", "g/dL12.70", "12.0 - 15.0"),
        ("Total WBC Count", "12.6x10^3/uL", "4.0 - 11.0"),
        ("Platelets", "150thou/mm3", "150 - 410"),
        ("Random Blood Sugar", "mg/dL182", "70 - 140"),
        ("Vitamin B12", "142pg/mL", "197 - 771"),
        ("Vitamin D (25-OH)", "18.4ng/mL", "30 - 100"),
    ]
    for name, value, ref in rows:
        top += 15
        p.text(40, top, name)
        p.text(270, top, value)
        p.text(400, top, ref)
    signature(p, top + 40)
    c.showPage()
    c.save()


GLUED: list[Row] = [
    ("Hemoglobin", "12.70", "g/dL", "12.0 - 15.0", None),
    ("Total WBC Count", "12.6", "x10^3/uL", "4.0 - 11.0", "H"),
    ("Platelets", "150", "thou/mm3", "150 - 410", None),
    ("Random Blood Sugar", "182", "mg/dL", "70 - 140", "H"),
    ("Vitamin B12", "142", "pg/mL", "197 - 771", "L"),
    ("Vitamin D (25-OH)", "18.4", "ng/mL", "30 - 100", "L"),
]


# ---- layout 6: reference range printed before the result; urine routine with qualitative values


def range_first(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "SHREE RAM CLINICAL LABORATORY")
    titles = (
        (40, "Parameter"),
        (210, "Biological Reference Interval"),
        (380, "Result"),
        (460, "Units"),
    )
    for x, title in titles:
        p.text(x, top, title, 9, bold=True)
    top += 18
    p.text(40, top, "URINE ROUTINE EXAMINATION", 9, bold=True)
    rows = [
        ("Colour", "Pale Yellow", "Pale Yellow", ""),
        ("pH", "5.0 - 8.0", "6", ""),
        ("Specific Gravity", "1.005 - 1.030", "1.020", ""),
        ("Protein", "Nil", "Trace", ""),
        ("Glucose", "Nil", "Nil", ""),
        ("Pus Cells", "0 - 5", "2-3", "/hpf"),
    ]
    for name, ref, value, unit in rows:
        top += 14
        p.text(50, top, name)
        p.text(210, top, ref)
        p.text(380, top, value)
        p.text(460, top, unit)
    top += 22
    p.text(40, top, "KIDNEY FUNCTION TEST", 9, bold=True)
    rows = [
        ("Serum Creatinine", "Male: 0.7-1.3 Female: 0.6-1.1", "1.2", "mg/dL"),
        ("eGFR", "> 90", "52", "mL/min/1.73m2"),
        ("Blood Urea Nitrogen", "7 - 20", "24", "mg/dL"),
        ("Calcium", "8.6 - 10.2", "5.4", "mg/dL"),
    ]
    for name, ref, value, unit in rows:
        top += 14
        p.text(50, top, name)
        p.text(210, top, ref)
        p.text(380, top, value)
        p.text(460, top, unit)
    signature(p, top + 40)
    c.showPage()
    c.save()


RANGE_FIRST: list[Row] = [
    ("Colour", "Pale Yellow", "", "Pale Yellow", None),
    ("pH", "6", "", "5.0 - 8.0", None),
    ("Specific Gravity", "1.020", "", "1.005 - 1.030", None),
    ("Protein", "Trace", "", "Nil", None),
    ("Glucose", "Nil", "", "Nil", None),
    ("Pus Cells", "2-3", "/hpf", "0 - 5", None),
    ("Serum Creatinine", "1.2", "mg/dL", "Male: 0.7-1.3 Female: 0.6-1.1", "H"),
    ("eGFR", "52", "mL/min/1.73m2", "> 90", "L"),
    ("Blood Urea Nitrogen", "24", "mg/dL", "7 - 20", "H"),
    ("Calcium", "5.4", "mg/dL", "8.6 - 10.2", "critical"),
]


# ---- layout 7: one result per line, no table (some chains print results inline)


def inline(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "HEALTHPLUS DIAGNOSTICS")
    p.text(40, top, "DIABETES PANEL", 10, bold=True)
    lines = [
        "Glucose Fasting: 122 mg/dL (Normal: 70-110 mg/dL) [HIGH]",
        "Glucose Post Prandial: 168 mg/dL (Normal: < 140 mg/dL) [HIGH]",
        "HbA1c: 6.1 % (Normal: < 5.7)",
        "Microalbumin Creatinine Ratio: 18 mg/g (Ref. Range: < 30)",
    ]
    for line in lines:
        top += 16
        p.text(40, top, line)
    top += 24
    p.text(40, top, "Interpretation: HbA1c 5.7 - 6.4 % suggests prediabetes (ADA 2024).", 8)
    signature(p, top + 30)
    c.showPage()
    c.save()


INLINE: list[Row] = [
    ("Glucose Fasting", "122", "mg/dL", "70-110", "H"),
    ("Glucose Post Prandial", "168", "mg/dL", "< 140", "H"),
    ("HbA1c", "6.1", "%", "< 5.7", "H"),
    ("Microalbumin Creatinine Ratio", "18", "mg/g", "< 30", None),
]


# ---- layout 8: a Method column between the test and the result, with its header (the
# style of large Indian chains: "Test Name / Method / Result / Unit / Bio. Ref. Interval")

METHOD_ROWS = [
    ("Haemoglobin (Hb)", "Photometry", "10.4", "g/dL", "12.0 - 15.0", "L"),
    ("Total Leucocyte Count (TLC)", "Electrical Impedance", "8,200", "/cumm", "4000 - 10000", None),
    ("ESR", "Modified Westergren", "42", "mm/hr", "0 - 20", "H"),
    ("Serum Creatinine", "Jaffe Kinetic", "1.4", "mg/dL", "0.6 - 1.1", "H"),
    ("Sodium (Na+)", "ISE Indirect", "132", "mmol/L", "136 - 145", "L"),
    ("Potassium (K+)", "ISE Indirect", "4.2", "mmol/L", "3.5 - 5.1", None),
    ("HbA1c", "HPLC", "7.8", "%", "4.0 - 5.6", "H"),
    ("LDL Cholesterol", "Calculated", "142", "mg/dL", "< 100", "H"),
    ("CRP (Quantitative)", "Immunoturbidimetry", "18", "mg/L", "< 6", "H"),
    ("SGPT (ALT)", "UV Kinetic (IFCC)", "38", "U/L", "< 35", "H"),
]


def method_column(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "METRO CITY DIAGNOSTICS")
    titles = ((40, "Test Name"), (185, "Method"), (300, "Result"), (350, "Unit"))
    for x, title in (*titles, (420, "Bio. Ref. Interval")):
        p.text(x, top, title, 9, bold=True)
    p.line(40, top + 4, 555, top + 4)
    for name, method, value, unit, ref, _flag in METHOD_ROWS:
        top += 15
        p.text(40, top, name, 8)
        p.text(185, top, method, 7)
        p.text(300, top, value, 8)
        p.text(350, top, unit, 8)
        p.text(420, top, ref, 8)
    signature(p, top + 40)
    c.showPage()
    c.save()


# ---- layout 9: the same column printed without a header of its own (smaller district labs:
# the header names only "Investigation / Result / Units / Reference Range")

UNHEADED_ROWS = [
    ("Haemoglobin", "Cyanmethaemoglobin", "11.8", "g/dL", "12.0 - 15.0", "L"),
    ("ESR", "Westergren", "28", "mm/1st hr", "0 - 20", "H"),
    ("Blood Urea", "Urease GLDH", "31", "mg/dL", "15 - 40", None),
    ("Serum Creatinine", "Jaffe", "0.8", "mg/dL", "0.6 - 1.1", None),
    ("Glucose Fasting", "GOD-POD", "132", "mg/dL", "70 - 110", "H"),
    ("RDW-CV", "Calculated", "15.2", "%", "11.6 - 14.0", "H"),
    ("Bilirubin Direct", "Diazo", "0.2", "mg/dL", "0.0 - 0.3", None),
]


def method_unheaded(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "AAROGYA PATHOLOGY CENTRE")
    for x, title in ((40, "Investigation"), (300, "Result"), (360, "Units")):
        p.text(x, top, title, 9, bold=True)
    p.text(430, top, "Reference Range", 9, bold=True)
    for name, method, value, unit, ref, _flag in UNHEADED_ROWS:
        top += 15
        p.text(40, top, name, 9)
        p.text(190, top, method, 8)
        p.text(300, top, value, 9)
        p.text(360, top, unit, 9)
        p.text(430, top, ref, 9)
    signature(p, top + 40)
    c.showPage()
    c.save()


# ---- layout 10: the Method column last, after the range ("Technology", as some chains print)

LAST_ROWS = [
    ("TSH", "CLIA", "5.9", "µIU/mL", "0.35 - 4.94", "H"),
    ("Free T4", "CLIA", "0.9", "ng/dL", "0.70 - 1.48", None),
    ("Vitamin D (25-OH)", "ECLIA", "14.2", "ng/mL", "30 - 100", "L"),
    ("Serum Albumin", "BCG", "3.1", "g/dL", "3.5 - 5.2", "L"),
]


def method_last(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    p = Page(c)
    top = letterhead(p, "NAVJEEVAN LABS")
    titles = ((40, "Test Name"), (200, "Result"), (260, "Unit"), (330, "Reference Range"))
    for x, title in (*titles, (470, "Technology")):
        p.text(x, top, title, 9, bold=True)
    for name, method, value, unit, ref, _flag in LAST_ROWS:
        top += 15
        p.text(40, top, name, 9)
        p.text(200, top, value, 9)
        p.text(260, top, unit, 9)
        p.text(330, top, ref, 9)
        p.text(470, top, method, 8)
    signature(p, top + 40)
    c.showPage()
    c.save()


def _rows_of(printed: list[tuple[str, str, str, str, str, str | None]]) -> list[Row]:
    return [(name, value, unit, ref, flag) for name, _m, value, unit, ref, flag in printed]


METHOD_COLUMN: list[Row] = _rows_of(METHOD_ROWS)
METHOD_UNHEADED: list[Row] = _rows_of(UNHEADED_ROWS)
METHOD_LAST: list[Row] = _rows_of(LAST_ROWS)


LAYOUTS: dict[str, tuple[Callable[[Path], None], list[Row]]] = {
    "classic": (classic, CLASSIC),
    "ruled": (ruled, RULED),
    "two_column": (two_column, TWO_COLUMN),
    "multipage": (multipage, MULTIPAGE),
    "glued": (glued, GLUED),
    "range_first": (range_first, RANGE_FIRST),
    "inline": (inline, INLINE),
    "method_column": (method_column, METHOD_COLUMN),
    "method_unheaded": (method_unheaded, METHOD_UNHEADED),
    "method_last": (method_last, METHOD_LAST),
}
METHODS: dict[str, list[str]] = {
    layout: [""] * len(rows) for layout, (_write, rows) in LAYOUTS.items()
} | {
    "method_column": [row[1] for row in METHOD_ROWS],
    "method_unheaded": [row[1] for row in UNHEADED_ROWS],
    "method_last": [row[1] for row in LAST_ROWS],
}


def write(layout: str, folder: Path) -> Path:
    path = folder / f"{layout}.pdf"
    LAYOUTS[layout][0](path)
    return path


def many_pages(path: Path, pages: int) -> None:
    """A long report (a hospital's cumulative print-out): the classic table on every page."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        p = Page(c)
        top = letterhead(p, page_no=f"Page {number} of {pages}")
        for x, title in CLASSIC_HEADER:
            p.text(x, top, title, 9, bold=True)
        for i in range(20):
            top += 14
            p.text(52, top, f"Glucose Random {i + 1}")
            p.text(260, top, str(90 + i * 3))
            p.text(340, top, "mg/dL")
            p.text(430, top, "70 - 140")
        c.showPage()
    c.save()
