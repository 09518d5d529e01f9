"""The samples the app ships for its self-test (resources/samples/), made by this factory.

``write(folder)`` writes one CT slice of the phantom (patient "Test^Phantom", no real person)
per way the viewer decodes pixels: uncompressed, JPEG 2000 lossless (openjpeg through
pylibjpeg), JPEG-LS lossless (pyjpegls), RLE (pydicom), JPEG lossless SV1 (GDCM) and 12-bit
JPEG (imaging.gdcm_jpeg12), all of one series, plus a one-page text report PDF. A build that
lost a decoder plugin cannot show one of them. The two JPEG files need dcmtk's dcmcjpeg.
Regenerate with ``python -m testdata.samples resources/samples``.
Thread-safety: plain functions writing only the folder they are given.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pydicom
from pydicom.uid import JPEG2000Lossless, JPEGLSLossless, RLELossless

from testdata.dicom import PHANTOM, ct_series
from testdata.documents import report_pdf
from testdata.media import compressed

SEED = "self-test"
# File name -> how its pixels are stored: the transfer syntax pydicom encodes, or dcmcjpeg's
# options (+un: the lossy copy keeps its UID, so the samples are the same on every run).
DICOM_SAMPLES: dict[str, str | tuple[str, ...] | None] = {
    "ct-1-uncompressed.dcm": None,
    "ct-2-jpeg2000-lossless.dcm": JPEG2000Lossless,
    "ct-3-jpegls-lossless.dcm": JPEGLSLossless,
    "ct-4-rle.dcm": RLELossless,
    "ct-5-jpeg-lossless.dcm": ("+e1",),
    "ct-6-jpeg-12bit.dcm": ("+ee", "+un"),
}
PDF_SAMPLE = "report.pdf"


def _slice(folder: Path, index: int) -> Path:
    (path,) = ct_series(
        folder,
        1,
        start=index,
        slices=len(DICOM_SAMPLES),
        seed=SEED,
        patient=PHANTOM,
        institution="CaseBridge self-test",
        description="SELF-TEST",
    )
    return path


def write(folder: Path) -> list[Path]:
    """Write every sample into ``folder`` (created); their paths, the DICOM files in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory(prefix="casebridge-samples-") as work:
        for index, (name, how) in enumerate(DICOM_SAMPLES.items()):
            plain = _slice(Path(work) / name, index)
            target = folder / name
            if isinstance(how, tuple):
                compressed(plain, target, "dcmcjpeg", process=how)
            else:
                ds = pydicom.dcmread(plain)
                if how is not None:
                    # The seeded UID stays (pydicom would make a new one), as dcmcjpeg's +un.
                    ds.compress(how, generate_instance_uid=False)
                ds.save_as(target, enforce_file_format=True)
            paths.append(target)
    paths.append(report_pdf(folder / PDF_SAMPLE, page_count=1))
    return paths


if __name__ == "__main__":
    for written in write(Path(sys.argv[1])):
        print(written)
