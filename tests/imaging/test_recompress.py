"""Lossless recompression: identical pixels, smaller files, and everything else left as it was.

Runs over every file in pydicom's test folder: uncompressed ones whose bit depth and colour
model an encoder takes must come back smaller and decode to exactly the original array (both
JPEG-LS and JPEG 2000); compressed ones, ones without pixels and ones that do not shrink are
copied byte for byte.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.uid import (
    ExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGLSLossless,
)

from imaging.recompress import recompress_lossless
from testdata import dicom

TEST_FILES = Path(get_testdata_file("CT_small.dcm")).parent
ALL_FILES = sorted(p.name for p in TEST_FILES.glob("*.dcm"))
# Uncompressed, 8 or 16 bits stored in 8 or 16, grey, RGB or palette: both encoders take them.
SHOULD_SHRINK = [
    "CT_small.dcm",
    "MR_small.dcm",
    "MR_small_implicit.dcm",
    "MR_small_bigendian.dcm",
    "MR_small_expb.dcm",
    "MR_small_padded.dcm",
    "SC_rgb_jpeg_dcmd.dcm",
    "examples_overlay.dcm",
    "examples_palette.dcm",
    "examples_rgb_color.dcm",
]


def _header(ds: Dataset) -> dict:
    return {int(e.tag): e.value for e in ds if e.tag != 0x7FE00010 and e.VR not in ("OB", "OW")}


@pytest.mark.parametrize("syntax", [JPEGLSLossless, JPEG2000Lossless], ids=["jpegls", "j2k"])
@pytest.mark.parametrize("name", SHOULD_SHRINK)
def test_uncompressed_files_shrink_with_identical_pixels(tmp_path, name, syntax):
    source = TEST_FILES / name
    target = tmp_path / name
    result = recompress_lossless(source, target, syntax)
    assert not result.kept_original
    assert result.transfer_syntax == syntax
    assert result.original_size == source.stat().st_size
    assert result.new_size == target.stat().st_size < result.original_size
    before, after = pydicom.dcmread(source), pydicom.dcmread(target)
    assert after.file_meta.TransferSyntaxUID == syntax
    assert np.array_equal(after.pixel_array, before.pixel_array)
    assert after.pixel_array.dtype.kind == before.pixel_array.dtype.kind
    assert after.pixel_array.itemsize == before.pixel_array.itemsize
    assert after.SOPInstanceUID == before.SOPInstanceUID  # the same image: references hold
    assert _header(after) == _header(before)
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("name", [n for n in ALL_FILES if n not in SHOULD_SHRINK])
def test_every_other_file_is_either_proven_identical_or_copied(tmp_path, name):
    """Compressed files, files without pixels, encoders' refusals, no saving: a byte copy."""
    source = TEST_FILES / name
    target = tmp_path / name
    result = recompress_lossless(source, target)
    if result.kept_original:
        assert target.read_bytes() == source.read_bytes()
        assert result.new_size == result.original_size
    else:
        after = pydicom.dcmread(target)
        assert np.array_equal(after.pixel_array, pydicom.dcmread(source).pixel_array)
        assert result.new_size < result.original_size


@pytest.mark.parametrize(
    "name", ["MR_small_jpeg_ls_lossless.dcm", "MR_small_jp2klossless.dcm", "MR_small_RLE.dcm"]
)
def test_already_compressed_files_are_left_alone(tmp_path, name):
    source = TEST_FILES / name
    result = recompress_lossless(source, tmp_path / name)
    assert result.kept_original
    assert result.transfer_syntax == pydicom.dcmread(source).file_meta.TransferSyntaxUID
    assert (tmp_path / name).read_bytes() == source.read_bytes()


@pytest.mark.parametrize("syntax", [JPEGLSLossless, JPEG2000Lossless], ids=["jpegls", "j2k"])
def test_files_that_would_not_shrink_are_kept(tmp_path, syntax):
    source = dicom.noise_ct(tmp_path / "noise.dcm")
    result = recompress_lossless(source, tmp_path / "out.dcm", syntax)
    assert result.kept_original
    assert result.transfer_syntax == ExplicitVRLittleEndian
    assert (tmp_path / "out.dcm").read_bytes() == source.read_bytes()


def test_a_file_that_is_not_dicom_travels_unchanged(tmp_path):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 not an image")
    result = recompress_lossless(source, tmp_path / "out")
    assert result.kept_original and result.transfer_syntax == ""
    assert (tmp_path / "out").read_bytes() == source.read_bytes()


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dicom3tools (dciodvfy) not installed")
@pytest.mark.parametrize("syntax", [JPEGLSLossless, JPEG2000Lossless], ids=["jpegls", "j2k"])
@pytest.mark.interop
def test_recompressed_12_bit_ct_is_valid_and_identical(tmp_path, syntax):
    """A generated 12-bit CT series (bits stored 12 of 16) recompresses and stays a valid CT."""
    from testdata.identified import ct_study

    def errors(path: Path) -> set[str]:
        done = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True)
        return {line for line in (done.stdout + done.stderr).splitlines() if "Error" in line}

    for source in ct_study(tmp_path / "s")[:3]:
        target = tmp_path / f"{source.stem}_{syntax.keyword}.dcm"
        result = recompress_lossless(source, target, syntax)
        assert not result.kept_original and result.new_size < result.original_size
        after = pydicom.dcmread(target)
        assert np.array_equal(after.pixel_array, pydicom.dcmread(source).pixel_array)
        assert errors(target) <= errors(source)


@pytest.mark.parametrize("syntax", [JPEGLSLossless, JPEG2000Lossless], ids=["jpegls", "j2k"])
def test_multiframe_rgb_ultrasound_round_trips(tmp_path, syntax):
    """An uncompressed RGB cine loop: every frame comes back identical."""
    from testdata.identified import us_multiframe

    source = us_multiframe(tmp_path / "us.dcm", frames=6)
    result = recompress_lossless(source, tmp_path / "out.dcm", syntax)
    before, after = pydicom.dcmread(source), pydicom.dcmread(tmp_path / "out.dcm")
    assert after.NumberOfFrames == 6
    assert np.array_equal(after.pixel_array, before.pixel_array)
    assert not result.kept_original and result.new_size < result.original_size
