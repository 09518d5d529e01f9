"""Thumbnails: the middle frame, the file's own window, the longer side at most max_size."""

from __future__ import annotations

import numpy as np
import pydicom

from imaging import display, thumbnails
from testdata import dicom


def test_ct_thumbnail_keeps_aspect_and_window(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm", stored=dicom.calibration_phantom(256))
    thumb = thumbnails.thumbnail(path, max_size=64)
    assert thumb.shape == (64, 64) and thumb.dtype == np.uint8
    full = display.render(path)
    # Area averaging of the viewer's picture: the same mean brightness.
    assert abs(float(thumb.mean()) - float(full.mean())) < 2


def test_tall_image_fits_its_longer_side():
    thumb = thumbnails.thumbnail(pydicom.data.get_testdata_file("JPEG2000.dcm"), max_size=128)
    assert thumb.shape == (128, 32)


def test_cine_thumbnail_shows_the_middle_frame(tmp_path):
    path = dicom.us_cine(tmp_path / "us.dcm", frames=11)
    thumb = thumbnails.thumbnail(path, max_size=160)  # no shrinking: compare exactly
    assert np.array_equal(thumb, display.render(path, frame=5))
    assert thumb.shape == (120, 160, 3)


def test_small_images_are_never_enlarged():
    thumb = thumbnails.thumbnail(pydicom.data.get_testdata_file("SC_rgb_small_odd.dcm"))
    assert thumb.shape == (3, 3, 3)


def test_thumbnail_from_bytes(tmp_path):
    path = dicom.cr_monochrome1(tmp_path / "cr.dcm")
    assert np.array_equal(
        thumbnails.thumbnail(path.read_bytes(), 100), thumbnails.thumbnail(path, 100)
    )
