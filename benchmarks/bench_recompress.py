"""Lossless recompression of a 512 x 512 CT series: bytes saved and time, JPEG-LS vs JPEG 2000.

Generates a realistic uncompressed CT series (an anatomical phantom in Hounsfield units: body
outline, lungs, spine, ribs, heart and vessels that change from slice to slice, plus Gaussian
noise of 12 HU like a standard-dose scan; 12 bits stored in 16, rescale -1024), then runs
imaging.recompress.recompress_lossless over it with each encoder. The time includes what the
function does in the bundle: read, encode, write, and decode again to prove the pixels equal.
Wall time includes the fsync of every file written (on a shared or slow disk that dominates);
CPU seconds are the encoder's own cost. Prints figures and ratios; no assertions.

    .venv/bin/python benchmarks/bench_recompress.py [slices]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from pydicom.dataset import Dataset, FileMetaDataset  # noqa: E402
from pydicom.uid import (  # noqa: E402
    CTImageStorage,
    ExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGLSLossless,
    generate_uid,
)

from imaging.recompress import recompress_lossless  # noqa: E402

SIZE = 512
NOISE_HU = 12.0


def _ellipse(y, x, cy, cx, ry, rx):
    return ((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2 <= 1.0


def phantom(index: int, count: int, rng: np.random.Generator) -> np.ndarray:
    """One chest slice in HU; organs grow and shrink along the series like a real scan."""
    z = index / max(count - 1, 1)
    y, x = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    hu = np.full((SIZE, SIZE), -1000.0, dtype=np.float32)  # air around the patient
    hu[_ellipse(y, x, 256, 256, 180, 230)] = -90  # subcutaneous fat
    hu[_ellipse(y, x, 256, 256, 165, 215)] = 40  # muscle and soft tissue
    lung = 60 + 25 * np.sin(np.pi * z)
    hu[_ellipse(y, x, 240, 160, 110, lung)] = -850
    hu[_ellipse(y, x, 240, 352, 110, lung)] = -850
    hu[_ellipse(y, x, 250, 280, 55 + 20 * z, 60)] = 45  # heart
    hu[_ellipse(y, x, 200, 270, 14, 14)] = 180  # aorta with contrast
    hu[_ellipse(y, x, 380, 256, 28, 24)] = 700  # vertebral body
    hu[_ellipse(y, x, 380, 256, 12, 10)] = 250  # marrow
    for angle in np.linspace(0.6, 2.5, 6):  # ribs
        cy, cx = 256 + 170 * np.sin(angle), 256 + 215 * np.cos(angle)
        hu[_ellipse(y, x, cy, cx, 9, 14)] = 900
        hu[_ellipse(y, x, cy, 512 - cx, 9, 14)] = 900
    hu += rng.normal(0.0, NOISE_HU, size=hu.shape).astype(np.float32)
    return np.clip(np.rint(hu + 1024), 0, 4095).astype(np.uint16)


def write_series(folder: Path, count: int) -> list[Path]:
    rng = np.random.default_rng(2026)
    study, series = generate_uid(), generate_uid()
    paths = []
    for index in range(count):
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = Dataset()
        ds.file_meta = meta
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.Modality = "CT"
        ds.InstanceNumber = index + 1
        ds.Rows = ds.Columns = SIZE
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
        ds.PixelRepresentation = 0
        ds.RescaleIntercept, ds.RescaleSlope = "-1024", "1"
        ds.PixelData = phantom(index, count, rng).tobytes()
        path = folder / f"CT{index + 1:04d}.dcm"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        paths = write_series(folder / "in", count)
        original = sum(p.stat().st_size for p in paths)
        print(f"{count} slices of {SIZE}x{SIZE} CT (12 bits stored, noise {NOISE_HU:.0f} HU)")
        print(f"uncompressed: {original / 1e6:.2f} MB")
        print(
            f"{'encoder':<22}{'MB':>8}{'saved':>9}{'ratio':>8}{'s total':>10}"
            f"{'ms/slice':>10}{'MB/s in':>9}"
        )
        for name, syntax in (
            ("JPEG-LS lossless", JPEGLSLossless),
            ("JPEG 2000 lossless", JPEG2000Lossless),
        ):
            out = folder / syntax.keyword
            out.mkdir()
            start, cpu = time.perf_counter(), time.process_time()
            results = [recompress_lossless(p, out / p.name, syntax) for p in paths]
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu
            new = sum(r.new_size for r in results)
            kept = sum(r.kept_original for r in results)
            print(
                f"{name:<22}{new / 1e6:>8.2f}{100 * (1 - new / original):>8.1f}%"
                f"{original / new:>8.2f}{seconds:>10.2f}{1000 * seconds / count:>10.1f}"
                f"{original / 1e6 / seconds:>9.1f}{cpu:>8.2f}"
                + (f"  ({kept} kept)" if kept else "")
            )


if __name__ == "__main__":
    main()
