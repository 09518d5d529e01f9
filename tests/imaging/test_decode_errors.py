"""Files whose pixels cannot be shown raise DecodeError with a specific, worded code."""

from __future__ import annotations

import pickle

import pydicom
import pytest
from pydicom.encaps import encapsulate

import wording.viewing
from imaging import display, pixels, thumbnails
from testdata import dicom


def _code(source) -> pixels.DecodeError:
    with pytest.raises(pixels.DecodeError) as caught:
        display.render(source)
    return caught.value


def test_cut_short_file_says_it_ends_before_its_pixels(tmp_path):
    whole = dicom.ct_image(tmp_path / "ct.dcm").read_bytes()
    cut = tmp_path / "cut.dcm"
    cut.write_bytes(whole[: len(whole) - 1000])
    error = _code(cut)
    assert error.code == "truncated"
    assert "ends before its pixel data" in wording.viewing.decode_error_text(error.code)


@pytest.mark.parametrize(
    ("syntax", "name"),
    [
        ("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile"),  # an endoscopy video
        ("1.2.840.10008.1.2.4.110", "JPEG XL Lossless"),
    ],
)
def test_syntax_without_an_installed_decoder_names_the_syntax(syntax, name, tmp_path):
    ds = pydicom.dcmread(dicom.ct_image(tmp_path / "ct.dcm"))
    ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.102"
    ds.PixelData = encapsulate([b"\x00\x00\x01\xb3" + b"\x00" * 64])
    ds["PixelData"].VR = "OB"
    path = tmp_path / "video.dcm"
    ds.save_as(path, enforce_file_format=False)
    # pydicom 3.0 refuses to write syntaxes newer than its dictionary: swap the UID in place
    # (both are 23 characters long).
    path.write_bytes(path.read_bytes().replace(b"1.2.840.10008.1.2.4.102", syntax.encode()))
    error = _code(path)
    assert error.code == "no_decoder"
    assert error.transfer_syntax == syntax
    text = wording.viewing.decode_error_text(error.code, error.syntax_name)
    assert name in text and "no decoder" in text


def test_unknown_transfer_syntax(tmp_path):
    ds = pydicom.dcmread(dicom.ct_image(tmp_path / "ct.dcm"))
    ds.file_meta.TransferSyntaxUID = "1.2.826.0.1.3680043.2.1143.999"
    ds.PixelData = encapsulate([b"\x00" * 64])
    ds["PixelData"].VR = "OB"
    path = tmp_path / "private.dcm"
    ds.save_as(path, enforce_file_format=False)
    assert _code(path).code == "unknown_syntax"


def test_damaged_jpeg_2000_is_corrupt_not_missing_a_decoder():
    path = pydicom.data.get_testdata_file("JPEG2000-embedded-sequence-delimiter.dcm")
    error = _code(path)
    assert error.code == "corrupt"
    assert "JPEG 2000" in wording.viewing.decode_error_text(error.code, error.syntax_name)


def test_not_dicom_and_no_pixels(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("Patient complains of chest pain since two days\n" * 20)
    assert _code(text).code == "not_dicom"
    assert _code(pydicom.data.get_testdata_file("test-SR.dcm")).code == "no_pixels"
    assert _code(tmp_path / "missing.dcm").code == "unreadable"
    with pytest.raises(pixels.DecodeError):
        thumbnails.thumbnail(text)


def test_error_messages_hold_no_patient_data_and_survive_a_process_boundary(tmp_path):
    whole = dicom.ct_image(tmp_path / "Sunita Devi.dcm").read_bytes()
    cut = tmp_path / "Sunita Devi cut.dcm"
    cut.write_bytes(whole[:-500])
    error = _code(cut)
    assert "Sunita" not in str(error) and "Phantom" not in str(error)
    again = pickle.loads(pickle.dumps(error))
    assert (again.code, again.transfer_syntax) == (error.code, error.transfer_syntax)


def test_every_code_has_words():
    codes = {
        value
        for name, value in vars(pixels).items()
        if name.isupper() and isinstance(value, str) and name != "Source"
    }
    assert codes <= set(wording.viewing.DECODE_ERROR)
