"""Drawing and reading hostile files: `render`, `labs`, and the desktop's thumbnail, frame and
PDF viewer paths, each in a child process under 1 GiB and 60 s, answering with a reason."""

from __future__ import annotations

import json

import pytest
from PIL import Image

import wording.clinical
import wording.importing
import wording.viewing
from imaging import limits
from testdata import hostile as hf

MIB = 1024 * 1024
TOO_LARGE = wording.viewing.DECODE_ERROR["too_large_to_display"]


@pytest.mark.parametrize("name", sorted(hf.COMPRESSED_BOMBS))
def test_render_refuses_a_compressed_bomb_from_its_header(cli, tmp_path, name):
    syntax, rows, columns, frames, bits = hf.COMPRESSED_BOMBS[name]
    bomb = hf.compressed_bomb(tmp_path / f"{name}.dcm", syntax, rows, columns, frames, bits)
    run = cli.watch("render", str(bomb), "--out", str(tmp_path / "out.png"), "--frame", "1")
    run.assert_bounded(codes=(1,))
    if rows * columns > limits.MAX_FRAME_PIXELS:
        assert TOO_LARGE in run.err
    assert not (tmp_path / "out.png").exists()


def test_render_refuses_a_deflate_bomb(cli, tmp_path):
    bomb = hf.deflated_bomb(tmp_path / "deflated.dcm", 1024**3)
    run = cli.watch("render", str(bomb), "--out", str(tmp_path / "out.png"))
    run.assert_bounded(codes=(1,))
    assert TOO_LARGE in run.err


def test_render_draws_a_small_deflated_file(cli, tmp_path):
    small = hf.deflated_bomb(tmp_path / "small.dcm", 2 * MIB)
    run = cli.watch("render", str(small), "--out", str(tmp_path / "out.png"))
    run.assert_bounded(codes=(0,))
    assert Image.open(tmp_path / "out.png").size == (1024, 1024)


@pytest.mark.parametrize(
    ("width", "height", "colour", "code"),
    [
        (12_000, 12_000, True, 0),  # 144 MP: drawn, scaled to the render bound
        (20_000, 20_000, False, 1),  # 400 MP: refused from its header
        (60_000, 1_000, False, 0),  # a long strip
    ],
)
def test_render_large_photos_within_the_bound(cli, tmp_path, width, height, colour, code):
    photo = hf.png_bomb(tmp_path / "big.png", width, height, colour)
    out = tmp_path / "out.png"
    run = cli.watch("render", str(photo), "--out", str(out))
    run.assert_bounded(codes=(code,))
    if code == 0:
        drawn = Image.open(out)
        assert drawn.width * drawn.height <= limits.MAX_RENDER_PIXELS
    else:
        assert TOO_LARGE in run.err


@pytest.mark.parametrize(
    ("media_box", "user_unit"),
    [((14_400, 14_400), None), ((1_000_000, 1_000_000), None), ((595, 842), 75_000.0)],
)
def test_render_a_huge_page_at_a_bounded_size(cli, tmp_path, media_box, user_unit):
    document = hf.pdf(tmp_path / "huge.pdf", media_box=media_box, user_unit=user_unit)
    out = tmp_path / "out.png"
    run = cli.watch("render", str(document), "--out", str(out))
    run.assert_bounded(codes=(0,))
    drawn = Image.open(out)
    assert drawn.width * drawn.height <= limits.MAX_RENDER_PIXELS
    assert max(drawn.size) <= limits.MAX_RENDER_SIDE


@pytest.mark.parametrize("inflated", [64 * MIB, 1024 * MIB])
def test_render_and_labs_refuse_a_content_stream_bomb(cli, tmp_path, inflated):
    document = hf.pdf(tmp_path / "bomb.pdf", inflated_filler=inflated)
    run = cli.watch("render", str(document), "--out", str(tmp_path / "out.png"))
    run.assert_bounded(codes=(1,))
    assert wording.viewing.DECODE_ERROR["pdf_page_too_large"] in run.err
    run = cli.watch("labs", str(document))
    run.assert_bounded(codes=(1,))
    assert wording.clinical.CLINICAL_ERROR["pdf_page_too_large"] in run.err


def test_labs_refuses_200000_pages_at_once_and_render_draws_one(cli, tmp_path):
    document = hf.pdf(tmp_path / "pages.pdf", pages=200_000)
    run = cli.watch("labs", str(document))
    run.assert_bounded(codes=(1,))
    assert wording.clinical.CLINICAL_ERROR["pdf_too_many_pages"] in run.err
    assert run.seconds < 20
    run = cli.watch("render", str(document), "--out", str(tmp_path / "out.png"), "--page", "7")
    run.assert_bounded(codes=(0,))


def test_labs_still_reads_an_ordinary_report(cli, tmp_path):
    document = hf.pdf(tmp_path / "report.pdf", pages=3)
    run = cli.watch("--json", "labs", str(document))
    run.assert_bounded(codes=(0, 3))
    assert "Traceback" not in run.err


# ---- the desktop's paths, in a child process each

_THUMBNAIL = """
import sys
from imaging.pixels import DecodeError
from imaging.thumbnails import thumbnail
try:
    thumbnail(open(sys.argv[1], "rb").read(), 96)
    print("ok")
except DecodeError as exc:
    print(exc.code)
"""

_FRAME = """
import sys
from imaging.frame_cache import FrameCache
from imaging.pixels import DecodeError
cache = FrameCache(64 * 1024 * 1024, processes=False)
try:
    cache.get_or_load((sys.argv[1], 0))
    print("ok")
except DecodeError as exc:
    print(exc.code)
"""

_PDF_VIEWER = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.viewers.pdf_viewer import PdfViewer
viewer = PdfViewer(open(sys.argv[1], "rb").read())
viewer.resize(900, 700)
viewer.show()
import time
while viewer.state == "loading":  # the content check runs on a worker
    app.processEvents()
    time.sleep(0.01)
for _ in range(20):
    app.processEvents()
print(viewer.state)
print(viewer.message.text() if viewer.state != "ready" else "")
"""


@pytest.mark.parametrize("name", ["j2k_50k", "rle_40k", "jpeg_65k", "rle_many_frames"])
def test_desktop_thumbnail_and_frame_loading_refuse_a_bomb(cli, tmp_path, name):
    syntax, rows, columns, frames, bits = hf.COMPRESSED_BOMBS[name]
    bomb = hf.compressed_bomb(tmp_path / f"{name}.dcm", syntax, rows, columns, frames, bits)
    for probe in (_THUMBNAIL, _FRAME):
        run = cli.watch_python(probe, str(bomb))
        run.assert_bounded(codes=(0,))
        expected = "too_large_to_display" if rows * columns > limits.MAX_FRAME_PIXELS else None
        assert run.out.strip() == (expected or run.out.strip())
        assert run.out.strip() != "ok"


def test_desktop_thumbnail_refuses_a_deflate_bomb(cli, tmp_path):
    bomb = hf.deflated_bomb(tmp_path / "deflated.dcm", 1024**3)
    for probe in (_THUMBNAIL, _FRAME):
        run = cli.watch_python(probe, str(bomb))
        run.assert_bounded(codes=(0,))
        assert run.out.strip() == "too_large_to_display"


@pytest.mark.parametrize(
    ("kind", "state"),
    [
        ("content_bomb", "pdf_page_too_large"),
        ("many_pages", "pdf_too_many_pages"),
        ("strip", "too_large_to_display"),
        ("huge_box", "ready"),
        ("ordinary", "ready"),
    ],
)
def test_desktop_pdf_viewer_within_the_bound(cli, tmp_path, kind, state):
    path = tmp_path / f"{kind}.pdf"
    made = {
        "content_bomb": lambda: hf.pdf(path, inflated_filler=1024 * MIB),
        "many_pages": lambda: hf.pdf(path, pages=200_000),
        "strip": lambda: hf.pdf(path, media_box=(10, 1_000_000)),
        "huge_box": lambda: hf.pdf(path, media_box=(1_000_000, 1_000_000)),
        "ordinary": lambda: hf.pdf(path, pages=3),
    }
    made[kind]()
    run = cli.watch_python(_PDF_VIEWER, str(path), QT_QPA_PLATFORM="offscreen")
    run.assert_bounded(codes=(0,))
    shown_state, _, message = run.out.strip().partition("\n")
    assert shown_state == state
    if state != "ready":
        assert message == wording.viewing.DECODE_ERROR[state]


def test_import_json_and_words_agree(cli, tmp_path):
    # The CLI prints the same sentence the desktop translates (wording.importing.IMPORT_REJECT).
    case_id = cli.new_case()
    hf.png_bomb(tmp_path / "huge.png", 20_000, 20_000)
    run = cli.watch("--json", "import", case_id, str(tmp_path / "huge.png"))
    run.assert_bounded(codes=(1,))
    rejected = json.loads(run.out)["rejected"]
    assert rejected[0]["message"] == wording.importing.IMPORT_REJECT["photo_too_large"]
