"""Real sample files for the document viewer tests: PDFs written byte by byte, and photos.

The text PDF is written by hand (Helvetica, one content stream per page) so its words and
their positions are known exactly; qpdf (a Debian package) encrypts a copy. Thread-safety:
plain functions writing to the paths they are given.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size: int = 12) -> Path:
    """A PDF whose page i shows each (x, top, text) of pages[i]; top is from the page's top."""
    objects: list[bytes] = []
    page_ids = []
    font_id = 3
    next_id = 4
    for lines in pages:
        ops = []
        for x, top, text in lines:
            y = PAGE_HEIGHT - top - size
            ops.append(f"BT /F1 {size} Tf {x:.1f} {y:.1f} Td ({_escape(text)}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        objects.append(
            f"{content_id} 0 obj\n<< /Length {len(stream)} >>\nstream\n".encode()
            + stream
            + b"\nendstream\nendobj\n"
        )
        objects.append(
            f"{page_id} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} "
            f"{PAGE_HEIGHT}] /Contents {content_id} 0 R /Resources << /Font << /F1 "
            f"{font_id} 0 R >> >> >>\nendobj\n".encode()
        )
        page_ids.append(page_id)
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    head = [
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        f"2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>\nendobj\n".encode(),
        b"3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>\nendobj\n",
    ]
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for obj in head + objects:
        offsets.append(len(body))
        body += obj
    xref = len(body)
    body += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += (
        f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(body)
    return path


def report_pdf(path: Path, page_count: int = 3) -> Path:
    """A multi-page report: a title, numbered lines, and the word 'Haemoglobin' on each page."""
    pages = []
    for n in range(1, page_count + 1):
        lines = [(72, 60, f"District Hospital Laboratory - page {n} of {page_count}")]
        lines += [
            (72, 100 + 20 * i, f"Line {i} of page {n}: findings as described") for i in range(8)
        ]
        lines.append((72, 300 + 40 * n, f"Haemoglobin {10 + n}.2 g/dL"))
        pages.append(lines)
    return text_pdf(path, pages)


def encrypted_pdf(source: Path, target: Path, password: str) -> Path | None:
    """``source`` encrypted with AES-256 by qpdf; None when qpdf is not installed."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return None
    subprocess.run(
        [qpdf, "--encrypt", password, password + "-owner", "256", "--", str(source), str(target)],
        check=True,
    )
    return target


def corrupt_pdf(path: Path) -> Path:
    """Starts like a PDF, then nothing a reader can use (a download cut off early)."""
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n" + b"\x00" * 64)
    return path


LAB_ROWS = (
    ("Haemoglobin", "9.1", "g/dL", "12.0 - 15.5"),
    ("Total Leucocyte Count", "7.8", "10^3/uL", "4.0 - 11.0"),
    ("Platelet Count", "42", "10^3/uL", "150 - 410"),
    ("Serum Creatinine", "1.9", "mg/dL", "0.6 - 1.1"),
    ("SGPT (ALT)", "28", "U/L", "7 - 35"),
    ("Serum Potassium", "3.1", "mmol/L", "3.5 - 5.1"),
)


def lab_report_pdf(
    path: Path, report_date: str = "12/03/2024", rows=LAB_ROWS, patient: str = "Sunita Devi"
) -> Path:
    """A one-page report laid out like Indian lab printouts (name, result, unit, range)."""
    lines = [
        (72, 40, "CITY DIAGNOSTIC LABORATORY, BASTI"),
        (72, 70, f"Patient: {patient}      Age/Sex: 54 Y / F"),
        (72, 88, f"Report Date: {report_date}"),
        (72, 120, "COMPLETE BLOOD COUNT AND BIOCHEMISTRY"),
        (72, 150, "Test Name"),
        (270, 150, "Result"),
        (350, 150, "Units"),
        (440, 150, "Bio. Ref. Interval"),
    ]
    for i, (test, value, unit, reference) in enumerate(rows):
        top = 175 + 24 * i
        lines += [(72, top, test), (270, top, value), (350, top, unit), (440, top, reference)]
    lines.append((72, 175 + 24 * len(rows) + 30, "*** End of report ***"))
    return text_pdf(path, [lines], size=10)
