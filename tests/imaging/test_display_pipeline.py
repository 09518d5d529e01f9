"""The LUT pipeline: rescale, VOI functions, MONOCHROME1, colour; the table against float math."""

from __future__ import annotations

import numpy as np
import pydicom
import pytest
from pydicom.pixels import apply_color_lut, pixel_array

from imaging import display, pixels
from testdata import dicom


def _frame(values: np.ndarray, photometric: str = "MONOCHROME2", **info) -> pixels.Frame:
    defaults = dict(
        rows=values.shape[0],
        columns=values.shape[1],
        frames=1,
        photometric=photometric,
        bits=16,
        bits_allocated=16,
        samples_per_pixel=1,
        pixel_representation=1,
        transfer_syntax=pydicom.uid.ExplicitVRLittleEndian,
        frame_time_ms=None,
        is_colour=False,
    )
    defaults.update(info)
    return pixels.Frame(values=values, info=pixels.ImageInfo(**defaults))


def test_monochrome1_shows_low_values_white_after_windowing(tmp_path):
    path = dicom.cr_monochrome1(tmp_path / "cr.dcm")
    image = display.render(path)
    assert pixels.open_image(path).photometric == "MONOCHROME1"
    assert image[0, 0] == 255  # stored 0: white on MONOCHROME1
    assert image[0, -1] == 0  # stored 4095: black
    assert np.all(np.diff(image[0].astype(int)) <= 0)
    # The invert button flips the already inverted picture back.
    frame = pixels.decode_frame(path)
    assert display.to_display(frame, invert=True)[0, 0] == 0


def test_rescale_slope_and_intercept_give_hounsfield_units(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm")
    frame = pixels.decode_frame(path)
    assert frame.values.dtype == np.int16
    assert frame.values.min() == -1000 and frame.values.max() == 1200
    assert frame.values[32, 32] == 100  # the 100 HU insert in the middle

    fractional = dicom.ct_image(tmp_path / "pet.dcm", RescaleSlope=0.5, RescaleIntercept=-10.25)
    frame = pixels.decode_frame(fractional)
    stored = dicom.calibration_phantom().astype(np.float64)
    assert frame.values.dtype == np.float32
    assert np.allclose(frame.values, stored * 0.5 - 10.25)
    # The float values still go through a table built on the stored integers.
    window = display.Window(300, 600)
    expected = np.rint(display.voi(stored * 0.5 - 10.25, window) * 255).astype(np.uint8)
    assert np.array_equal(display.to_display(frame, window), expected)


def test_uint16_stored_values_near_the_top_do_not_wrap(tmp_path):
    stored = np.array([[0, 40000, 65535]], dtype=np.uint16)
    path = dicom.ct_image(tmp_path / "ct.dcm", stored=stored.view(np.int16), PixelRepresentation=0)
    assert pixels.decode_frame(path).values.tolist() == [[-1024, 40000 - 1024, 65535 - 1024]]


def test_linear_and_linear_exact_differ_at_the_window_edge():
    values = np.array([[-1, 0, 1]], dtype=np.int16)
    frame = _frame(values)
    linear = display.to_display(frame, display.Window(0, 2, "LINEAR"))
    exact = display.to_display(frame, display.Window(0, 2, "LINEAR_EXACT"))
    # LINEAR (PS3.3 C.11.2.1.2.1): x <= c - 0.5 - (w-1)/2 -> 0; x > c - 0.5 + (w-1)/2 -> 255.
    assert linear.tolist() == [[0, 255, 255]]
    # LINEAR_EXACT (C.11.2.1.3.2): (x - c) / w + 0.5, so the centre is mid-grey.
    assert exact.tolist() == [[0, 128, 255]]


def test_sigmoid_is_mid_grey_at_the_centre_and_never_clips():
    values = np.arange(-400, 401, 50, dtype=np.int16).reshape(1, -1)
    image = display.to_display(_frame(values), display.Window(0, 400, "SIGMOID"))
    centre = list(values[0]).index(0)
    assert image[0, centre] == 128
    assert np.all(np.diff(image[0].astype(int)) >= 0)
    assert 0 < image[0, centre - 2] < 128 < image[0, centre + 2] < 255
    expected = 255 / (1 + np.exp(-4 * values[0] / 400))
    assert np.allclose(image[0], expected, atol=0.5 + 1e-9)


@pytest.mark.parametrize("dtype", [np.int16, np.uint16, np.uint8, np.int8, np.int32])
@pytest.mark.parametrize("function", ["LINEAR", "LINEAR_EXACT", "SIGMOID"])
def test_table_equals_float_math_for_every_value(dtype, function):
    info = np.iinfo(dtype)
    rng = np.random.default_rng(3)
    values = rng.integers(max(info.min, -5000), min(info.max, 5000), (64, 64)).astype(dtype)
    for center, width in ((40, 400), (-600, 1500), (3, 1)):
        window = display.Window(center, width, function)
        expected = np.rint(display.voi(values.astype(np.float64), window) * 255)
        assert np.array_equal(display.to_display(_frame(values), window), expected), window


def test_voi_lut_sequence_is_used_before_any_window(tmp_path):
    path = dicom.ct_with_voi_lut(tmp_path / "voi.dcm")
    window = display.default_window(pixels.open_image(path))
    assert window.lut is not None and window.lut.first_mapped == -200
    image = display.render(path)
    hu = pixels.decode_frame(path).values
    assert np.all(image[hu <= -200] == 0)
    assert np.all(image[hu >= 300] == 255)
    # The curve, not a straight line: water (0 HU, 40% along) is well above 40% grey.
    assert image[hu == 0].min() > 0.55 * 255


def test_full_range_when_the_file_has_no_window(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm", WindowCenter=None, WindowWidth=None)
    frame = pixels.decode_frame(path)
    image = display.to_display(frame)
    assert image[frame.values == frame.values.min()].max() == 0
    assert image[frame.values == frame.values.max()].min() == 255


def test_palette_colour_becomes_rgb_through_the_palette():
    path = pydicom.data.get_testdata_file("examples_palette.dcm")
    image = display.render(path)
    ds = pydicom.dcmread(path)
    rgb = apply_color_lut(pixel_array(ds), ds)
    assert image.shape == rgb.shape and image.dtype == np.uint8
    assert np.abs(image.astype(int) - (rgb >> 8).astype(int)).max() == 0


def test_ybr_full_422_is_shown_in_the_colours_of_the_rgb_original():
    # pydicom's SC_rgb test images: the same picture stored as RGB and as YBR_FULL_422.
    ybr = display.render(pydicom.data.get_testdata_file("SC_ybr_full_422_uncompressed.dcm"))
    rgb = display.render(pydicom.data.get_testdata_file("SC_rgb_dcmtk_+eb+cr.dcm"))
    assert ybr.shape == rgb.shape == (100, 100, 3)
    # Colour stripes (red, green, blue, ...), not a green cast: within chroma rounding.
    assert np.abs(ybr.astype(int) - rgb.astype(int)).mean() < 3
    top = ybr[5, 50]
    assert top[0] > 200 and top[1] < 40 and top[2] < 40  # the first band is red


def test_multiframe_cine_frame_time_and_frames(tmp_path):
    path = dicom.us_cine(tmp_path / "us.dcm", frames=12)
    info = pixels.open_image(path)
    assert (info.frames, info.frame_time_ms, info.is_colour) == (12, 40.0, True)
    first, last = pixels.decode_frame(path, 0), pixels.decode_frame(path, 11)
    assert first.values.shape == (120, 160, 3)
    assert first.values[60, 5, 1] == 0 and last.values[60, 5, 1] == 255
    with pytest.raises(pixels.DecodeError) as caught:
        pixels.decode_frame(path, 12)
    assert caught.value.code == "frame_out_of_range"


def test_bytes_and_path_sources_render_the_same(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm")
    assert np.array_equal(display.render(path.read_bytes()), display.render(path))
    assert pixels.open_image(path.read_bytes()) == pixels.open_image(path)


def test_enhanced_multiframe_rescales_and_windows_each_frame(tmp_path):
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    stored = np.stack([dicom.calibration_phantom(), dicom.calibration_phantom()])
    path = dicom.ct_image(tmp_path / "enhanced.dcm", stored=stored, NumberOfFrames=2)
    ds = pydicom.dcmread(path)
    for name in ("RescaleSlope", "RescaleIntercept", "WindowCenter", "WindowWidth"):
        delattr(ds, name)
    groups = []
    for intercept, center in ((-1024, 40), (-1000, 400)):
        transform, voi, item = Dataset(), Dataset(), Dataset()
        transform.RescaleSlope, transform.RescaleIntercept = 1, intercept
        voi.WindowCenter, voi.WindowWidth = center, 400
        item.PixelValueTransformationSequence = Sequence([transform])
        item.FrameVOILUTSequence = Sequence([voi])
        groups.append(item)
    ds.PerFrameFunctionalGroupsSequence = Sequence(groups)
    ds.save_as(path)
    first, second = pixels.decode_frame(path, 0), pixels.decode_frame(path, 1)
    assert first.values.min() == -1000 and second.values.min() == -976
    assert second.info.windows == ((400.0, 400.0),)
    assert display.default_window(second.info, second).center == 400
