"""Documents that cannot be read, or are huge: a clear code, no freeze, nothing half-stored."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from clinical import ocr
from clinical.errors import (
    ImageTooLarge,
    ImageUnreadable,
    PdfCorrupt,
    PdfEncrypted,
    UnsupportedDocument,
)
from clinical.extract import extract_document
from foundation.cancel import Cancelled
from testdata import lab_reports as reports
from testdata.documents import locked_pdf, scan_of
from tests.clinical.conftest import needs_tesseract

REPO = Path(__file__).resolve().parents[2]


def test_pdf_locked_with_a_password_says_so(tmp_path):
    locked = locked_pdf(tmp_path / "locked.pdf", "Haemoglobin 12.1 g/dL 12 - 15")

    with pytest.raises(PdfEncrypted) as raised:
        extract_document(locked)
    assert raised.value.code == "pdf_encrypted"


def test_pdf_with_only_an_owner_password_is_read(tmp_path, report_dir):
    # Many lab portals lock printing or copying only; such PDFs open without a password.
    restricted = tmp_path / "restricted.pdf"
    c = canvas.Canvas(
        str(restricted), encrypt=StandardEncryption("", ownerPassword="o", canPrint=0)
    )
    c.drawString(40, 700, "Test Name")
    c.drawString(260, 700, "Results")
    c.drawString(340, 700, "Units")
    c.drawString(430, 700, "Bio. Ref. Interval")
    c.drawString(52, 680, "Haemoglobin")
    c.drawString(260, 680, "12.1")
    c.drawString(340, 680, "g/dL")
    c.drawString(430, 680, "12 - 15")
    c.save()

    [result] = extract_document(restricted).results
    assert (result.test, result.value, result.unit, result.flag) == (
        "Haemoglobin",
        "12.1",
        "g/dL",
        None,
    )


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\n" + b"this is not a pdf body " * 50,
        b"",
    ],
    ids=["garbage", "empty"],
)
def test_damaged_pdf_says_so(tmp_path, content):
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(content)

    with pytest.raises((PdfCorrupt, UnsupportedDocument)) as raised:
        extract_document(damaged, media_type="application/pdf")
    assert raised.value.code == "pdf_corrupt"


def test_truncated_pdf_says_so(tmp_path, report_dir):
    data = (report_dir / "classic.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 2])

    with pytest.raises(PdfCorrupt):
        extract_document(truncated)


def test_unknown_file_is_not_read(tmp_path):
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04" + b"\x00" * 100)

    with pytest.raises(UnsupportedDocument):
        extract_document(other)


def test_bold_printed_by_overstriking_is_read_once(tmp_path):
    pdf = tmp_path / "overstruck.pdf"
    c = canvas.Canvas(str(pdf))
    for dx in (0, 0.3):  # how some report generators print bold: the same text twice
        for x, text in ((40, "Test Name"), (260, "Results"), (340, "Units"), (430, "Ref. Range")):
            c.drawString(x + dx, 700, text)
        for x, text in ((52, "Potassium"), (260, "5.9"), (340, "mmol/L"), (430, "3.5 - 5.1")):
            c.drawString(x + dx, 680, text)
    c.save()

    [result] = extract_document(pdf).results
    assert (result.test, result.value, result.unit, result.reference) == (
        "Potassium",
        "5.9",
        "mmol/L",
        "3.5 - 5.1",
    )
    assert result.flag.value == "H"


# ---- long documents: background, progress, cancel


@pytest.fixture(scope="module")
def long_report(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("long") / "cumulative-report.pdf"
    reports.many_pages(path, 500)
    return path


def test_500_page_report_reports_progress_and_can_be_cancelled(long_report):
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []
    outcome: dict = {}

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 10:
            cancel.set()

    def work() -> None:
        try:
            outcome["result"] = extract_document(long_report, cancel=cancel, progress=progress)
        except Cancelled as exc:
            outcome["cancelled"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=120)

    assert not worker.is_alive()
    assert "cancelled" in outcome and "result" not in outcome
    assert seen[0] == (1, 500)
    assert seen[-1] == (10, 500)  # stopped at the next page, not at the end


# ---- photos


def _tampered_jpeg(path: Path, width: int, height: int) -> None:
    """A tiny JPEG whose header claims ``width`` x ``height`` (a decompression bomb)."""
    from PIL import Image

    Image.new("L", (16, 16), 255).save(path, quality=50)
    data = bytearray(path.read_bytes())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 7] = height.to_bytes(2, "big")
    data[sof + 7 : sof + 9] = width.to_bytes(2, "big")
    path.write_bytes(bytes(data))


def test_picture_claiming_300_megapixels_is_refused_before_decoding(tmp_path):
    bomb = tmp_path / "bomb.jpg"
    _tampered_jpeg(bomb, 20000, 15000)

    with pytest.raises(ImageTooLarge) as raised:
        extract_document(bomb)
    assert raised.value.code == "image_too_large"


def test_damaged_photo_says_so(tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)

    with pytest.raises(ImageUnreadable):
        extract_document(broken)


@pytest.fixture(scope="module")
def photo_100mp(tmp_path_factory, report_dir) -> Path:
    """A 10,000 x 10,000 JPEG: the report page photographed large, on a white desk."""
    from PIL import Image

    folder = tmp_path_factory.mktemp("photo")
    _scan, png = scan_of(report_dir / "classic.pdf", folder)
    page = Image.open(png).convert("L")
    page = page.resize((page.width * 4, page.height * 4))
    canvas_image = Image.new("L", (10_000, 10_000), 235)
    canvas_image.paste(page, (1200, 300))
    path = folder / "IMG_100MP.jpg"
    canvas_image.save(path, quality=85)
    return path


def test_100_megapixel_photo_is_downscaled_while_decoding(photo_100mp):
    image, points_per_pixel = ocr.open_photo(photo_100mp)

    assert max(image.size) <= ocr.OCR_MAX_SIDE
    assert points_per_pixel == pytest.approx(595.0 / image.size[0])


@pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="peak memory is read from Linux /proc"
)
def test_100_megapixel_photo_never_fills_memory(photo_100mp):
    # In a child process, so the peak is the photo's own. VmHWM (not ru_maxrss, which a child
    # inherits from this process) is the peak of the new program. A full decode of
    # 100 megapixels needs 100 MB in grey and 300 MB in colour for the pixels alone.
    code = (
        "import sys; from clinical import ocr; "
        "ocr.open_photo(sys.argv[1]); "
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(photo_100mp)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    peak_mb = int(proc.stdout.strip()) / 1024  # kB
    assert peak_mb < 150, peak_mb


@needs_tesseract
@pytest.mark.interop
def test_100_megapixel_photo_is_read(photo_100mp):
    extraction = extract_document(photo_100mp, sex="F")

    tests = [r.test for r in extraction.results]
    assert tests == [row[0] for row in reports.CLASSIC]
    assert {r.test: r.value for r in extraction.results}["Glucose Fasting"] == "126"
