"""Every pixel-bearing file shipped with pydicom renders as pydicom's own pipeline says it should.

For each top-level test file in the installed pydicom package: if pydicom can decode it, our
``imaging.display.render`` (and, for a sample, the ``render`` command's PNG) matches
``reference.reference_render`` within 1 grey level on the first, middle and last frame. Files
only GDCM can decode (12-bit JPEG) are compared with dcmtk's decompression instead. Files that
cannot be shown raise DecodeError with a specific, worded code. Files made in the tests cover
what pydicom lacks: MONOCHROME1 CR, 16-bit JPEG lossless CT, an ultrasound cine, a VOI LUT.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image

import wording.viewing
from imaging import display, pixels
from testdata import dicom
from tests.imaging.reference import TOLERANCE, reference_render

ROOT = Path(__file__).resolve().parents[2]
TEST_FILES = Path(pydicom.data.get_testdata_file("CT_small.dcm")).parent
SHIPPED = sorted(p.name for p in TEST_FILES.glob("*.dcm"))

# The files that must not render, and why (a specific reason, not a generic failure).
EXPECTED_FAILURES = {
    "MR_truncated.dcm": "truncated",
    "JPEG2000-embedded-sequence-delimiter.dcm": "corrupt",
    "badVR.dcm": "bad_header",
    "no_meta.dcm": "not_dicom",
}


def _pydicom_decodes(ds) -> bool:
    try:
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        pydicom.pixels.pixel_array(ds, index=0 if frames > 1 else None)
    except Exception:
        return False
    return True


def _frames_to_check(frames: int) -> list[int]:
    return sorted({0, frames // 2, frames - 1})


def _assert_close(ours: np.ndarray, theirs: np.ndarray, what: str) -> None:
    assert ours.shape == theirs.shape, what
    assert ours.dtype == np.uint8
    diff = np.abs(ours.astype(np.int16) - theirs.astype(np.int16))
    assert int(diff.max()) <= TOLERANCE, f"{what}: off by up to {int(diff.max())} grey levels"


def _dcmtk_decompressed(path: Path, tmp_path: Path) -> Path:
    if shutil.which("dcmdjpeg") is None:
        pytest.skip("dcmtk's dcmdjpeg is not installed (needed as the 12-bit JPEG reference)")
    target = tmp_path / "decompressed.dcm"
    subprocess.run(["dcmdjpeg", str(path), str(target)], check=True, capture_output=True)
    return target


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_file_renders_like_pydicom_or_says_why_not(name, tmp_path):
    path = TEST_FILES / name
    try:
        ds = pydicom.dcmread(path, force=True)
        has_image = "PixelData" in ds and "Rows" in ds
    except Exception:
        ds, has_image = None, False

    if name in EXPECTED_FAILURES or not has_image:
        with pytest.raises(pixels.DecodeError) as caught:
            display.render(path)
        code = caught.value.code
        assert code == EXPECTED_FAILURES.get(name, "no_pixels"), name
        assert code in wording.viewing.DECODE_ERROR
        text = wording.viewing.decode_error_text(code, caught.value.syntax_name)
        assert "{syntax}" not in text
        return

    if _pydicom_decodes(ds):
        reference_source = ds
    else:
        # pydicom needs the GPL plugin for these (12-bit JPEG); dcmtk is the referee instead.
        reference_source = pydicom.dcmread(_dcmtk_decompressed(path, tmp_path))

    frames = int(ds.get("NumberOfFrames", 1) or 1)
    for index in _frames_to_check(frames):
        ours = display.render(path, frame=index)
        theirs = reference_render(reference_source, index)
        _assert_close(ours, theirs, f"{name} frame {index}")


def test_every_transfer_syntax_a_clinic_meets_is_rendered(tmp_path):
    # Guards the parametrised test against a pydicom upgrade that silently drops files, and
    # names the syntaxes the shipped files cover (JPEG lossless 16-bit is made in a test).
    rendered = set()
    for name in SHIPPED:
        try:
            display.render(TEST_FILES / name)
        except pixels.DecodeError:
            continue
        rendered.add(pixels.open_image(TEST_FILES / name).transfer_syntax)
    uid = pydicom.uid
    wanted = {
        uid.ImplicitVRLittleEndian,
        uid.ExplicitVRLittleEndian,
        uid.ExplicitVRBigEndian,
        uid.DeflatedExplicitVRLittleEndian,
        uid.RLELossless,
        uid.JPEGBaseline8Bit,
        uid.JPEGExtended12Bit,
        uid.JPEGLosslessSV1,
        uid.JPEGLSLossless,
        uid.JPEGLSNearLossless,
        uid.JPEG2000Lossless,
        uid.JPEG2000,
    }
    assert wanted <= rendered, sorted(pixels.syntax_name(s) for s in wanted - rendered)


# ---- made-in-test files


def _made(kind: str, tmp_path: Path) -> Path:
    target = tmp_path / f"{kind}.dcm"
    if kind == "cr_monochrome1":
        return dicom.cr_monochrome1(target)
    if kind in ("ct_jpeg_lossless", "ct_jpeg_lossless_p14"):
        try:
            return dicom.ct_jpeg_lossless(target, tmp_path, process14=kind.endswith("p14"))
        except FileNotFoundError:
            pytest.skip("dcmtk's dcmcjpeg is not installed (it makes the JPEG lossless CT)")
    if kind == "us_cine":
        return dicom.us_cine(target)
    if kind == "ct_voi_lut":
        return dicom.ct_with_voi_lut(target)
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    ["cr_monochrome1", "ct_jpeg_lossless", "ct_jpeg_lossless_p14", "us_cine", "ct_voi_lut"],
)
def test_made_files_render_like_pydicom(kind, tmp_path):
    path = _made(kind, tmp_path)
    ds = pydicom.dcmread(path)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    for index in _frames_to_check(frames):
        _assert_close(display.render(path, frame=index), reference_render(ds, index), kind)


@pytest.mark.interop
def test_jpeg_lossless_ct_keeps_every_hounsfield_value(tmp_path):
    path = (
        dicom.ct_jpeg_lossless(tmp_path / "ct.dcm", tmp_path)
        if shutil.which("dcmcjpeg")
        else pytest.skip("dcmtk's dcmcjpeg is not installed")
    )
    frame = pixels.decode_frame(path)
    expected = dicom.calibration_phantom(128).astype(np.int32) - 1024
    assert pixels.open_image(path).transfer_syntax == pydicom.uid.JPEGLosslessSV1
    assert np.array_equal(frame.values.astype(np.int32), expected)
    p14 = dicom.ct_jpeg_lossless(tmp_path / "p14.dcm", tmp_path, process14=True)
    assert pixels.open_image(p14).transfer_syntax == pydicom.uid.JPEGLossless
    assert np.array_equal(pixels.decode_frame(p14).values.astype(np.int32), expected)


# ---- the command line, on a sample


@pytest.mark.parametrize(
    ("name", "frame"),
    [
        ("CT_small.dcm", 1),
        ("examples_ybr_color.dcm", 16),
        ("MR_small_jpeg_ls_lossless.dcm", 1),
        ("JPEG2000.dcm", 1),
        ("examples_palette.dcm", 1),
        ("JPGExtended.dcm", 1),
    ],
)
def test_render_command_writes_what_the_viewer_shows(name, frame, tmp_path):
    target = tmp_path / "out.png"
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "render",
            str(TEST_FILES / name),
            "--out",
            str(target),
            "--frame",
            str(frame),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    written = np.asarray(Image.open(target))
    assert np.array_equal(written, display.render(TEST_FILES / name, frame=frame - 1))
