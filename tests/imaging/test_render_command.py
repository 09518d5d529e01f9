"""`casebridge render`: DICOM frames, photos (upright) and PDF pages to PNG, or one clear line."""

from __future__ import annotations

import numpy as np
import pydicom
from PIL import Image

from imaging import display
from testdata import dicom


def test_dicom_with_the_files_window_and_with_a_chosen_one(cli, tmp_path):
    ct = dicom.ct_image(tmp_path / "ct.dcm")
    out = tmp_path / "ct.png"
    result = cli("--json", "render", str(ct), "--out", str(out))
    assert result.code == 0, result.err
    assert result.json["window"]["center"] == 40 and result.json["window"]["width"] == 400
    assert (result.json["width"], result.json["height"], result.json["frames"]) == (64, 64, 1)
    assert np.array_equal(np.asarray(Image.open(out)), display.render(ct))

    bone = tmp_path / "bone.png"
    result = cli("render", str(ct), "--out", str(bone), "--window", "400", "1800")
    assert result.code == 0, result.err
    assert "window 400/1800" in result.out
    expected = display.render(ct, window=display.Window(400, 1800))
    assert np.array_equal(np.asarray(Image.open(bone)), expected)
    # The bone window shows the 100 HU insert darker than the soft-tissue window does.
    assert np.asarray(Image.open(bone))[32, 32] < np.asarray(Image.open(out))[32, 32]
    assert not cli.data_dir.exists()  # rendering a file needs no data folder


def test_frames_count_from_one(cli, tmp_path):
    clip = dicom.us_cine(tmp_path / "us.dcm", frames=5)
    out = tmp_path / "f.png"
    assert cli("render", str(clip), "--out", str(out), "--frame", "5").code == 0
    assert np.array_equal(np.asarray(Image.open(out)), display.render(clip, frame=4))
    result = cli("render", str(clip), "--out", str(tmp_path / "g.png"), "--frame", "6")
    assert result.code == 1
    assert result.err_lines == ["This image has no frame with that number."]
    assert not (tmp_path / "g.png").exists()


def test_undecodable_file_says_why_and_writes_nothing(cli, tmp_path):
    out = tmp_path / "x.png"
    result = cli(
        "--json", "render", pydicom.data.get_testdata_file("MR_truncated.dcm"), "--out", str(out)
    )
    assert result.code == 1
    assert result.json["error"]["code"] == "truncated"
    assert "ends before its pixel data" in result.err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no part file left behind either


def test_photo_is_turned_upright(cli, tmp_path):
    photo = tmp_path / "report.jpg"
    pixels = np.zeros((40, 100, 3), dtype=np.uint8)
    pixels[:, :50] = (255, 0, 0)  # red on the left as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # the phone was held upright: turn 90 degrees clockwise to view
    Image.fromarray(pixels).save(photo, exif=exif, quality=95)
    out = tmp_path / "photo.png"
    result = cli("--json", "render", str(photo), "--out", str(out))
    assert result.code == 0, result.err
    shown = np.asarray(Image.open(out))
    assert shown.shape == (100, 40, 3)  # portrait, as seen
    assert shown[5, 20, 0] > 200 and shown[95, 20, 0] < 60  # the red half is now on top


def test_pdf_page(cli, tmp_path):
    pdf = tmp_path / "labs.pdf"
    pages = [Image.new("RGB", (200, 100), "white"), Image.new("RGB", (100, 200), "black")]
    pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=72)
    out = tmp_path / "page.png"
    result = cli("--json", "render", str(pdf), "--out", str(out), "--page", "2")
    assert result.code == 0, result.err
    assert (result.json["page"], result.json["pages"]) == (2, 2)
    shown = np.asarray(Image.open(out))
    assert shown.shape[0] > shown.shape[1] and shown.mean() < 10  # the tall black page
    result = cli("render", str(pdf), "--out", str(out), "--page", "3")
    assert result.code == 1
    assert result.err_lines == ["This document has no page with that number."]


def test_bad_window_and_unwritable_output(cli, tmp_path):
    ct = dicom.ct_image(tmp_path / "ct.dcm")
    result = cli("render", str(ct), "--out", str(tmp_path / "a.png"), "--window", "40", "0")
    assert result.code == 1 and "more than 0" in result.err
    result = cli("render", str(ct), "--out", str(tmp_path / "no" / "such" / "a.png"))
    assert result.code == 1 and "Nothing was written" in result.err
