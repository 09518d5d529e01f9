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

from pydicom.uid import JPEG2000Lossless, JPEGLSLossless  # noqa: E402

from imaging.recompress import recompress_lossless  # noqa: E402
from testdata.dicom import chest_phantom_hu, ct_series  # noqa: E402

SIZE = 512
NOISE_HU = 12.0  # chest_phantom_hu's default


def write_series(folder: Path, count: int) -> list[Path]:
    return ct_series(
        folder, count, size=SIZE, seed=None, phantom=chest_phantom_hu, name="CT{n:04d}.dcm"
    )


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
