"""The photo viewer on real JPEGs, and edited versions saved in the real encrypted store."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer

from desktop.viewers.photo_viewer import PhotoViewer, VersionSaver
from desktop.workers import DatabaseExecutor, JobPool
from local_store import attachments, cases
from local_store.connection import read
from local_store.models import Consent, Patient, Referral
from local_store.photo_versions import (
    PhotoEdits,
    PhotoUnreadable,
    list_versions,
    load_preview,
    original_of,
    render_edit,
)

RED, BLUE = (220, 0, 0), (0, 0, 220)
ORIENTATION = 0x0112
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


def marked_photo(path, orientation: int = 1, size=(400, 200)):
    """A JPEG as the camera stored it: red in the top-left corner, blue in the bottom-right.

    With EXIF orientation 6 the camera was turned a quarter clockwise, so viewers must turn
    the stored pixels 90 degrees clockwise: red then sits in the top-right corner.
    """
    image = Image.new("RGB", size, "white")
    w, h = size
    image.paste(RED, (0, 0, w // 4, h // 4))
    image.paste(BLUE, (w - w // 4, h - h // 4, w, h))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


def colour_at(image, x: float, y: float) -> str:
    """'red', 'blue' or 'white' at fractions (x, y) of a QImage or PIL image."""
    if hasattr(image, "pixelColor"):
        c = image.pixelColor(int(x * (image.width() - 1)), int(y * (image.height() - 1)))
        rgb = (c.red(), c.green(), c.blue())
    else:
        rgb = image.convert("RGB").getpixel(
            (int(x * (image.width - 1)), int(y * (image.height - 1)))
        )
    if rgb[0] > 150 and rgb[1] < 90 and rgb[2] < 90:
        return "red"
    if rgb[2] > 150 and rgb[0] < 90 and rgb[1] < 90:
        return "blue"
    return "white" if min(rgb) > 200 else str(rgb)


def open_viewer(qtbot, source, saver=None) -> PhotoViewer:
    viewer = PhotoViewer(source, saver=saver)
    qtbot.addWidget(viewer)
    viewer.resize(900, 650)
    viewer.show()
    # "ready" comes with the preview, before its first render is on the canvas: wait for the
    # picture itself (or a failure state).
    qtbot.waitUntil(
        lambda: viewer.displayed_size is not None or viewer.state not in ("loading", "ready")
    )
    return viewer


def shown(viewer: PhotoViewer):
    return viewer.canvas.item.pixmap().toImage()


def test_exif_orientation_6_is_shown_upright(qtbot, tmp_path):
    viewer = open_viewer(qtbot, marked_photo(tmp_path / "camera.jpg", orientation=6))
    assert viewer.state == "ready"
    image = shown(viewer)
    assert (image.width(), image.height()) == (200, 400)  # portrait, as the page was held
    assert colour_at(image, 0.95, 0.05) == "red"
    assert colour_at(image, 0.05, 0.95) == "blue"


def test_turn_and_crop_change_what_is_shown(qtbot, tmp_path):
    viewer = open_viewer(qtbot, marked_photo(tmp_path / "p.jpg"))
    viewer.turn_right()
    qtbot.waitUntil(lambda: viewer.displayed_size == (200, 400))
    assert colour_at(shown(viewer), 0.95, 0.05) == "red"
    viewer.crop(0.5, 0.0, 1.0, 0.5)  # the top-right quarter, where red now is
    qtbot.waitUntil(lambda: viewer.displayed_size == (100, 200))
    assert colour_at(shown(viewer), 0.9, 0.1) == "red"
    viewer.turn_left()
    qtbot.waitUntil(lambda: viewer.displayed_size == (200, 100))
    assert colour_at(shown(viewer), 0.1, 0.1) == "red"  # back to the stored way round
    viewer.undo()
    qtbot.waitUntil(lambda: viewer.displayed_size == (100, 200))
    viewer.reset()
    qtbot.waitUntil(lambda: viewer.displayed_size == (400, 200))
    assert not viewer.reset_button.isEnabled()


def test_crop_by_dragging_a_rectangle(qtbot, tmp_path):
    viewer = open_viewer(qtbot, marked_photo(tmp_path / "p.jpg"))
    viewer.crop_button.click()
    canvas = viewer.canvas
    start = canvas.mapFromScene(0, 0) + QPoint(1, 1)
    end = canvas.mapFromScene(200, 100)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), pos=end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert not viewer.crop_button.isChecked()
    qtbot.waitUntil(lambda: viewer.displayed_size is not None and viewer.displayed_size[0] < 210)
    width, height = viewer.displayed_size
    assert 190 <= width <= 210 and 90 <= height <= 110
    assert colour_at(shown(viewer), 0.2, 0.2) == "red"


def test_zoom_buttons_and_fit(qtbot, tmp_path):
    viewer = open_viewer(qtbot, marked_photo(tmp_path / "p.jpg"))
    fitted = viewer.canvas.zoom_level()
    viewer.zoom_in()
    assert viewer.canvas.zoom_level() > fitted
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.canvas.zoom_level() < fitted
    viewer.fit()
    assert viewer.canvas.zoom_level() == pytest.approx(fitted)


def test_enhance_makes_a_grey_high_contrast_picture(tmp_path):
    # A dim, low-contrast photo of a printed page: grey text on grey paper.
    page = Image.new("RGB", (300, 200), (150, 140, 120))
    page.paste((110, 100, 90), (40, 80, 260, 100))
    path = tmp_path / "dim.jpg"
    page.save(path, quality=95)
    before = load_preview(path).convert("L")
    after = Image.open(io.BytesIO(render_edit(path, PhotoEdits(enhance=True))))
    assert after.mode == "L"
    spread_before = before.getextrema()[1] - before.getextrema()[0]
    spread_after = after.getextrema()[1] - after.getextrema()[0]
    assert spread_after > 2 * spread_before


def test_broken_photo_says_what_is_wrong(qtbot, tmp_path):
    path = tmp_path / "cut.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    viewer = open_viewer(qtbot, path)
    assert viewer.state == "photo_unreadable"
    assert "cannot be opened" in viewer.message.text()
    assert not viewer.toolbar.isEnabled()


def test_heic_is_refused_with_a_reason():
    heic = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64
    with pytest.raises(PhotoUnreadable):
        load_preview(heic)


PEAK_MEMORY_SCRIPT = """
import resource, sys
from local_store.photo_versions import load_preview
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.argv[2] == "load":
    preview = load_preview(sys.argv[1])
    print(max(preview.size))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline)
"""


def peak_kib(path, action: str) -> list[int]:
    out = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY_SCRIPT, str(path), action],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split()
    return [int(v) for v in out]


@pytest.fixture(scope="module")
def huge_photo(tmp_path_factory):
    """A 100-megapixel phone photo, made in another process so this one never holds it."""
    path = tmp_path_factory.mktemp("huge") / "huge.jpg"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from PIL import Image; "
            "Image.new('RGB', (12240, 8170), 'white').save(sys.argv[1], quality=60)",
            str(path),
        ],
        check=True,
    )
    return path


def test_huge_photo_preview_is_decoded_small(huge_photo):
    side, grown = peak_kib(huge_photo, "load")
    assert side <= 2400
    # Full size would be 300 MB of RGB; the reduced decode keeps the peak far below that.
    assert grown < 120 * 1024, f"peak grew by {grown // 1024} MB"


def test_huge_photo_loads_while_the_window_keeps_answering(qtbot, huge_photo):
    ticks = []
    viewer = PhotoViewer(huge_photo)
    qtbot.addWidget(viewer)
    viewer.show()
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: viewer.displayed_size is not None, timeout=30000)
    timer.stop()
    assert viewer.state == "ready"
    assert max(viewer.displayed_size) <= 2400
    # Timers kept firing during the load: the decoding did not hold the event loop.
    assert ticks


@pytest.fixture
def photo_case(store, tmp_path):
    case_id = cases.create_case(store, Patient(name="Test Patient"), Consent(), Referral())
    path = marked_photo(tmp_path / "report photo.jpg", orientation=6)
    original = attachments.add_file(store, case_id, path).attachment
    return case_id, original, path


def test_rotate_and_crop_saves_a_new_version_and_keeps_the_original(qtbot, store, photo_case):
    case_id, original, path = photo_case
    original_bytes = store.blobs.read_bytes(original.sha256)
    db = DatabaseExecutor(store)
    pool = JobPool(1)
    saver = VersionSaver(store, db, pool, original.id, original.name)
    viewer = open_viewer(qtbot, original_bytes, saver=saver)
    assert viewer.save_button.isVisible() and not viewer.save_button.isEnabled()
    viewer.turn_left()  # the upright portrait page lies on its side again: red top-left
    viewer.crop(0.0, 0.0, 0.5, 1.0)
    assert viewer.save_button.isEnabled()
    assert "Not saved yet" in viewer.banner.text()
    with qtbot.waitSignal(viewer.version_saved, timeout=20000) as saved:
        viewer.save_button.click()
    version = saved.args[0]
    assert "original photo is kept unchanged" in viewer.banner.text()
    assert not viewer.save_button.isEnabled()  # the same edit is not saved twice
    db.shutdown()
    pool.shutdown()

    assert version.id != original.id and version.case_id == case_id
    assert store.blobs.read_bytes(original.sha256) == original_bytes
    assert path.read_bytes() == original_bytes
    edited = Image.open(io.BytesIO(store.blobs.read_bytes(version.sha256)))
    assert edited.size == (200, 200)
    assert colour_at(edited, 0.1, 0.1) == "red"
    assert edited.getexif().get(ORIENTATION) is None  # no EXIF: already upright, no location

    listed = {a.id for a in attachments.list_attachments(store, case_id)}
    assert listed == {original.id, version.id}
    versions = list_versions(store, version.id)
    assert [a.id for a, _ in versions] == [original.id, version.id]
    assert versions[0][1] is None
    assert versions[1][1] == PhotoEdits(rotation=270, crop=(0.0, 0.0, 0.5, 1.0))
    assert original_of(store, version.id) == original.id
    audit = (
        read(store)
        .execute("SELECT detail FROM audit_log WHERE action = 'attachment.version_added'")
        .fetchall()
    )
    assert len(audit) == 1
    assert json.loads(audit[0][0])["derived_from"] == original.id


def test_removing_the_original_keeps_its_edited_version(store, photo_case):
    from local_store.photo_versions import attach_version, stage_version

    case_id, original, path = photo_case
    edits = PhotoEdits(rotation=90)
    staged = stage_version(store, render_edit(path, edits), original.name)
    version = attach_version(store, original.id, staged, edits)
    again = attach_version(store, original.id, staged, edits)
    assert again.id == version.id  # the same picture is not stored twice
    attachments.remove_attachment(store, original.id)
    remaining = attachments.list_attachments(store, case_id)
    assert [a.id for a in remaining] == [version.id]
    assert original_of(store, version.id) == version.id


def test_failed_save_is_worded_and_keeps_the_edits(qtbot, store, photo_case):
    _case_id, original, _path = photo_case
    db = DatabaseExecutor(store)
    pool = JobPool(1)
    # A saver pointing at an attachment that is not there: the store refuses, nothing is added.
    saver = VersionSaver(store, db, pool, "no-such-attachment", original.name)
    viewer = open_viewer(qtbot, store.blobs.read_bytes(original.sha256), saver=saver)
    viewer.turn_right()
    before = len(attachments.list_attachments(store, original.case_id))
    viewer.save_button.click()
    qtbot.waitUntil(lambda: viewer.banner.property("kind") == "problem", timeout=20000)
    assert viewer.edits.rotation == 90
    assert viewer.save_button.isEnabled()
    db.shutdown()
    pool.shutdown()
    assert len(attachments.list_attachments(store, original.case_id)) == before
