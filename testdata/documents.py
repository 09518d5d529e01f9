"""Documents and photos as clinics receive them: PDFs, password-locked PDFs, scans, photos.

The text PDF is written by hand (Helvetica, one content stream per page) so its words and
their positions are known exactly; qpdf (a Debian package) encrypts a copy with AES-256, and
reportlab (the test extra) writes a password-locked one-line report. Photos are JPEG/PNG files
with EXIF orientation as phones store them; ``scan_of`` renders a PDF page to a picture and an
image-only PDF, as a scanner would. Thread-safety: plain functions writing to the paths they
are given.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from PIL import Image

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


def locked_pdf(path: Path, text: str = "Haemoglobin 12.1", password: str = "secret") -> Path:
    """A one-line report that opens only with ``password`` (reportlab's standard encryption)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=StandardEncryption(password, ownerPassword="o"))
    c.drawString(100, 700, text)
    c.save()
    return path


# The least a file needs to pass as a PDF: no pages, so nothing to read in it (a report the
# importer attaches as a document and the bundle carries as it is).
EMPTY_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


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


def pdf_bytes(colour: str = "white", pages: int = 1) -> bytes:
    """A real PDF of blank ``colour`` pages (Pillow writes one page per image)."""
    images = [Image.new("RGB", (200, 280), colour) for _ in range(pages)]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:])
    return out.getvalue()


def photo(path: Path, size=(120, 80), orientation: int = 1, fmt: str = "JPEG") -> Path:
    """A photo with a red left half, stored sideways with EXIF orientation as phones do."""
    image = Image.new("RGB", size, "blue")
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    image.save(path, fmt, exif=exif.tobytes())
    return path


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
