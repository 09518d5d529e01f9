"""Calibration sources and measurements: mm only where the file says what a pixel measures."""

from __future__ import annotations

import math

import numpy as np
import pydicom
import pytest

from imaging import calibration, measure, pixels
from testdata import dicom


def test_pixel_spacing_gives_mm(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm", PixelSpacing=[0.5, 0.25])
    cal = calibration.calibration(pixels.open_image(path))
    assert (cal.row_mm, cal.col_mm, cal.source) == (0.5, 0.25, "PixelSpacing")
    across = measure.length((10, 10), (50, 10), cal)  # 40 columns of 0.25 mm
    down = measure.length((10, 10), (10, 50), cal)  # 40 rows of 0.5 mm
    assert (across.value, across.unit, across.source) == (10.0, "mm", "PixelSpacing")
    assert down.value == pytest.approx(20.0)


def test_projection_xray_uses_imager_spacing_and_says_so(tmp_path):
    cal = calibration.calibration(pydicom.dcmread(dicom.cr_monochrome1(tmp_path / "cr.dcm")))
    assert cal.source == "ImagerPixelSpacing"
    length = measure.length((0, 0), (100, 0), cal)
    assert length.unit == "mm" and length.value == pytest.approx(14.3)
    assert length.source == "ImagerPixelSpacing"  # the viewer labels it "at the detector"


def test_no_spacing_means_pixels_not_mm(tmp_path):
    path = dicom.ct_image(tmp_path / "sc.dcm", PixelSpacing=None)
    cal = calibration.calibration(pixels.open_image(path))
    assert cal == calibration.UNCALIBRATED and not cal.calibrated
    length = measure.length((0, 0), (3, 4), cal)
    assert (length.value, length.unit, length.calibrated) == (5.0, "px", False)
    stats = measure.ellipse_stats(pixels.decode_frame(path).values, (32, 32), (3, 3), cal)
    assert stats.area_unit == "px²"


def test_ultrasound_regions_calibrate_only_within_one_region(tmp_path):
    cal = calibration.calibration(pixels.open_image(dicom.us_cine(tmp_path / "us.dcm")))
    assert cal.source == "UltrasoundRegion" and len(cal.regions) == 2
    left = measure.length((10, 50), (60, 50), cal)  # 50 px of 0.02 cm
    right = measure.length((90, 50), (140, 50), cal)  # 50 px of 0.05 cm
    assert (left.value, left.unit) == (pytest.approx(10.0), "mm")
    assert (right.value, right.unit) == (pytest.approx(25.0), "mm")
    # Across the two scales there is no single length: pixels, never a wrong mm figure.
    across = measure.length((60, 50), (100, 50), cal)
    assert (across.unit, across.source) == ("px", None)


def test_shipped_ultrasound_palette_has_regions():
    ds = pydicom.dcmread(pydicom.data.get_testdata_file("examples_palette.dcm"))
    cal = calibration.calibration(ds)
    assert cal.source in ("UltrasoundRegion", None)
    if cal.source:
        assert all(r.row_mm > 0 and r.col_mm > 0 for r in cal.regions)


def test_angle_in_degrees_with_square_and_non_square_pixels():
    assert measure.angle((10, 0), (0, 0), (0, 10)) == pytest.approx(90.0)
    assert measure.angle((10, 0), (0, 0), (10, 10)) == pytest.approx(45.0)
    # Pixels twice as tall as wide: the same pixel diagonal is a steeper physical line.
    tall = calibration.Calibration(2.0, 1.0, "PixelSpacing")
    assert measure.angle((10, 0), (0, 0), (10, 10), tall) == pytest.approx(
        math.degrees(math.atan2(20, 10))
    )
    assert measure.angle((0, 0), (0, 0), (5, 5)) == 0.0


def test_ellipse_statistics_are_in_hounsfield_units(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm", PixelSpacing=[0.5, 0.5])
    frame = pixels.decode_frame(path)
    cal = calibration.calibration(frame.info)
    # The 100 HU insert in the middle of the phantom has radius 6.4 px.
    inside = measure.ellipse_stats(frame.values, (32, 32), (4, 4), cal)
    assert (inside.mean, inside.sd, inside.min, inside.max) == (100.0, 0.0, 100.0, 100.0)
    assert inside.area == pytest.approx(math.pi * 2 * 2) and inside.area_unit == "mm²"
    assert inside.pixels == 49  # pixel centres within radius 4 of a pixel centre

    # Half water (0 HU), half insert: mean and SD equal numpy on the same pixels.
    rng = np.random.default_rng(0)
    noisy = frame.values.astype(np.int16) + rng.integers(-20, 21, frame.values.shape).astype(
        np.int16
    )
    stats = measure.ellipse_stats(noisy, (32.5, 30), (9, 5.5), cal)
    rows, cols = np.mgrid[: noisy.shape[0], : noisy.shape[1]]
    mask = ((cols - 32.5) / 9) ** 2 + ((rows - 30) / 5.5) ** 2 <= 1
    assert stats.pixels == int(mask.sum())
    assert stats.mean == pytest.approx(noisy[mask].mean())
    assert stats.sd == pytest.approx(noisy[mask].std())
    assert (stats.min, stats.max) == (noisy[mask].min(), noisy[mask].max())


def test_ellipse_off_the_image_has_no_statistics():
    values = np.zeros((10, 10), dtype=np.int16)
    assert measure.ellipse_stats(values, (50, 50), (3, 3)) is None
    # Clipped by the edge: only the pixels on the image count.
    edge = measure.ellipse_stats(values, (0, 0), (2, 2))
    assert edge.pixels == 6
