"""Classification by content and header reading, on pydicom's own test files and real files
made by dcmtk and Pillow: what a file is never depends on its name."""

from __future__ import annotations

import builtins
import os
import shutil
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

import imaging.dicom_header as dicom_header
from imaging.dicom_header import classify, examine, read_header, readable_name
from testdata import documents, media
from testdata.dicom import ct_series, ct_slice


def shipped(name: str) -> Path:
    path = get_testdata_file(name, download=False)
    if path is None:
        pytest.skip(f"{name} is not shipped with pydicom (it would be downloaded)")
    return Path(path)


@pytest.mark.parametrize(
    "name",
    [
        "CT_small.dcm",
        "MR_small.dcm",
        "MR_small_implicit.dcm",
        "MR_small_bigendian.dcm",
        "JPEG2000.dcm",
        "MR_small_RLE.dcm",
        "MR_small_jpeg_ls_lossless.dcm",
        "SC_rgb_jpeg.dcm",  # declares explicit VR, is implicit
        "examples_ybr_color.dcm",  # 30-frame ultrasound cine
        "SC_ybr_full_422_uncompressed.dcm",
        "rtdose.dcm",
        "liver_1frame.dcm",  # 1-bit segmentation
        "image_dfl.dcm",  # deflated
        "ExplVR_LitEndNoMeta.dcm",  # no preamble, no file meta
    ],
)
def test_valid_pydicom_files_are_dicom(name):
    assert classify(shipped(name)).kind == "dicom"


def test_ct_header_fields_are_read():
    header = read_header(shipped("CT_small.dcm"))
    assert header.modality == "CT"
    assert (header.rows, header.columns, header.frames) == (128, 128, 1)
    assert header.patient_name == "CompressedSamples^CT1"
    assert header.patient_id == "1CT1"
    assert header.sex == "O"
    assert header.study_date == "2004-01-19"
    assert header.transfer_syntax == "1.2.840.10008.1.2.1"
    assert header.photometric == "MONOCHROME2"
    assert header.image_position == (-158.135803, -179.035797, -75.699997)
    assert header.sop_instance_uid and header.series_uid and header.study_uid
    assert not header.is_document


def test_multiframe_and_compressed_headers():
    cine = read_header(shipped("examples_ybr_color.dcm"))
    assert cine.frames == 30 and cine.photometric == "YBR_FULL_422"
    j2k = read_header(shipped("JPEG2000.dcm"))
    assert j2k.transfer_syntax == "1.2.840.10008.1.2.4.91"


def test_structured_reports_are_documents():
    assert read_header(shipped("test-SR.dcm")).is_document
    assert read_header(shipped("reportsi.dcm")).is_document


@media.needs("pdf2dcm")
@pytest.mark.interop
def test_encapsulated_pdf_is_a_document_with_burned_in_annotation(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(documents.pdf_bytes())
    media.run("pdf2dcm", pdf, tmp_path / "report.dcm", "+pn", "VERMA^ASHA", "+pi", "T001")
    header = read_header(tmp_path / "report.dcm")
    assert header.is_document
    assert header.burned_in_annotation == "YES"
    assert header.patient_id == "T001"


def test_truncated_pydicom_file_is_rejected():
    assert classify(shipped("MR_truncated.dcm")) == dicom_header.Classified(
        "rejected", "truncated_dicom"
    )


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_cut_short_native_slice_is_rejected(tmp_path, keep):
    path = ct_series(tmp_path, 1)[0]
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    assert classify(path).reason == "truncated_dicom"


@pytest.mark.parametrize("name", ["JPEG2000.dcm", "MR_small_RLE.dcm"])
def test_cut_short_compressed_file_is_rejected(tmp_path, name):
    data = shipped(name).read_bytes()
    path = tmp_path / "cut"
    path.write_bytes(data[: len(data) - 200])
    assert classify(path).reason == "truncated_dicom"


def test_pixel_data_declared_longer_than_the_image_needs_is_fine_but_shorter_is_not(tmp_path):
    ds = ct_slice(0, size=32)
    ds.PixelData = ds.PixelData[: 32 * 31 * 2]  # one row missing, but the length is honest
    ds.save_as(tmp_path / "short.dcm", enforce_file_format=True)
    assert classify(tmp_path / "short.dcm").reason == "truncated_dicom"


def test_garbage_and_empty_files_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.dcm").write_bytes(b"")
    (tmp_path / "noise.dcm").write_bytes(os.urandom(4096))
    (tmp_path / "fake.dcm").write_bytes(b"\0" * 128 + b"DICM" + b"not really a data set" * 20)
    (tmp_path / "notes.txt").write_text("patient brought two CDs")
    assert classify(tmp_path / "empty.dcm").reason == "empty_file"
    assert classify(tmp_path / "noise.dcm").reason == "not_dicom_or_document"
    assert classify(tmp_path / "fake.dcm").reason == "unreadable"
    assert classify(tmp_path / "notes.txt").reason == "not_dicom_or_document"


@pytest.mark.parametrize(
    "name",
    ["UN_sequence.dcm", "meta_missing_tsyntax.dcm", "no_meta.dcm", "priv_SQ.dcm", "zipMR.gz"],
)
def test_fragments_and_non_dicom_from_pydicom_are_rejected(name):
    assert classify(shipped(name)).kind == "rejected"


def test_kind_comes_from_content_not_name(tmp_path):
    shutil.copyfile(shipped("CT_small.dcm"), tmp_path / "holiday.jpg")
    (tmp_path / "IMG0001.DCM").write_bytes(documents.pdf_bytes())
    documents.photo(tmp_path / "report.pdf")
    documents.photo(tmp_path / "scan", fmt="PNG")
    media.zip_with_members(tmp_path / "IM000001", {"a.txt": b"x"})
    assert classify(tmp_path / "holiday.jpg").kind == "dicom"
    assert classify(tmp_path / "IMG0001.DCM").kind == "pdf"
    assert classify(tmp_path / "report.pdf").kind == "jpeg"
    assert classify(tmp_path / "scan").kind == "png"
    assert classify(tmp_path / "IM000001").kind == "zip"


def test_heic_is_recognised_by_its_signature(tmp_path):
    path = tmp_path / "IMG_2024.bin"
    path.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    assert classify(path).kind == "heic"


def test_dicomdirs_are_recognised():
    folder = Path(shipped("CT_small.dcm")).parent / "dicomdirtests"
    for name in ("DICOMDIR", "DICOMDIR-implicit", "DICOMDIR-bigEnd", "DICOMDIR-nopatient"):
        assert classify(folder / name).kind == "dicomdir", name


def test_dicom_without_preamble_is_recognised(tmp_path):
    ds = ct_slice(3)
    ds.preamble = None
    del ds.file_meta
    ds.save_as(tmp_path / "raw", implicit_vr=True, little_endian=True)
    assert (tmp_path / "raw").read_bytes()[128:132] != b"DICM"
    classified, header = examine(tmp_path / "raw")
    assert classified.kind == "dicom"
    assert header.instance_number == 4


def test_header_reading_skips_the_pixel_data(tmp_path, monkeypatch):
    # A 40-frame 256x256 16-bit image: 5 MiB of pixels. Reading it from a CD would be slow;
    # classification and the header must touch only the first few kilobytes.
    ds = ct_slice(0, size=256)
    ds.NumberOfFrames = 40
    ds.PixelData = ds.PixelData * 40
    path = tmp_path / "multi.dcm"
    ds.save_as(path, enforce_file_format=True)
    read = 0
    real_open = builtins.open

    class Counting:
        def __init__(self, fh):
            self._fh = fh

        def read(self, n=-1):
            nonlocal read
            data = self._fh.read(n)
            read += len(data)
            return data

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

    monkeypatch.setattr(
        dicom_header, "open", lambda *a, **k: Counting(real_open(*a, **k)), raising=False
    )
    classified, header = examine(path)
    assert classified.kind == "dicom" and header.frames == 40
    assert path.stat().st_size > 5_000_000
    assert read < 16 * 1024


def test_readable_name():
    assert readable_name("SHARMA^ASHA^KUMARI^^") == "ASHA KUMARI SHARMA"
    assert readable_name("Verma") == "Verma"
    assert readable_name("") == ""
