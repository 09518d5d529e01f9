"""The specialist's own key images and measurements where the opinion is written: listed by
`review show` (text and --json), and in the opinion editor beside the reasons, each with View
(the image viewer at that image) and Insert (its one-line reference at the cursor of the box
being written in, nothing typed lost). The received CT case is tests/sync/test_review_marks.py's
(four 64-pixel slices of 5 mm pixels; the clinic marked image 2)."""

from __future__ import annotations

import pytest

from local_store import review_marks
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import Cli
from tests.support.received_case import enroll_specialist
from tests.sync.test_review_marks import received_ct


def _marked_case(store, tmp_path) -> tuple[str, list[str]]:
    """A received CT case with one key image and one 200 mm length on image 3."""
    bundle_id, uids = received_ct(store, tmp_path)
    review_marks.add_key_image(store, bundle_id, uids[2], 0, "LV dilated")
    # 40 pixels across 5 mm pixels: 200 mm.
    review_marks.add_measurement(
        store, bundle_id, uids[2], 0, "length", [(10.0, 32.0), (50.0, 32.0)]
    )
    return bundle_id, uids


# ---- review show


def test_review_show_lists_the_specialists_own_marks(data_dir, tmp_path):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        enroll_specialist(store)
        bundle_id, uids = _marked_case(store, tmp_path)
        bare_id, _ = received_ct(store, tmp_path / "bare")
    cli = Cli(data_dir, tmp_path / "home")

    shown = cli("--json", "review", "show", bundle_id[:8])
    assert shown.code == 0, shown.err
    payload = shown.json
    # What the command gave before is all still there.
    assert payload["bundle_id"] == bundle_id and payload["assignment"]
    assert payload["key_images"] == [
        {"sop_instance_uid": uids[1], "frame": 0, "note": "cardiomegaly"}
    ]
    key, length = payload["own_marks"]
    assert (key["kind"], key["sop_instance_uid"], key["frame"], key["note"]) == (
        "key_image",
        uids[2],
        0,
        "LV dilated",
    )
    assert key["place"]["description"] == "CT CHEST" and key["place"]["instance_number"] == 3
    assert key["text"] == "Key image, CT CHEST, image 3: LV dilated"
    assert (length["kind"], length["unit"], length["calibration_source"]) == (
        "length",
        "mm",
        "PixelSpacing",
    )
    assert length["value"] == pytest.approx(200.0)
    assert length["text"] == "Length 200.0 mm on CT CHEST, image 3"

    text = cli("review", "show", bundle_id[:8])
    assert text.code == 0, text.err
    lines = text.out.splitlines()
    heading = lines.index("Your key images and measurements:")
    assert lines[heading + 1 : heading + 3] == [
        "  Key image, CT CHEST, image 3: LV dilated",
        "  Length 200.0 mm on CT CHEST, image 3",
    ]
    assert "Key images:" in lines[:heading]  # the clinic's, still listed

    none = cli("--json", "review", "show", bare_id[:8])
    assert none.code == 0 and none.json["own_marks"] == []
    assert "Your key images" not in cli("review", "show", bare_id[:8]).out


# ---- the opinion editor, offscreen


@pytest.fixture
def editor(store, tmp_path, qtbot):
    from desktop.views.opinion_editor import OpinionEditor
    from desktop.workers import DatabaseExecutor

    enroll_specialist(store)
    bundle_id, uids = _marked_case(store, tmp_path)
    executor = DatabaseExecutor(store)
    editor = OpinionEditor(executor, bundle_id)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded and len(editor.own_marks.lines) == 2, timeout=10_000)
    editor.uids = uids
    yield editor
    editor.own_marks.viewers.close_all()
    editor.flush()
    executor.shutdown()


@pytest.mark.gui
def test_the_editor_lists_the_marks_beside_the_reasons(editor):
    lines = [label.text() for label in editor.own_marks.lines]
    assert lines[0] == "Key image, CT CHEST, image 3: LV dilated"
    assert lines[1].startswith("Length 200.0 mm on CT CHEST, image 3")
    reasons = editor.texts["reasons"]
    # Just below the reasons box, before the next section.
    top = editor.own_marks.mapTo(editor.body, editor.own_marks.rect().topLeft()).y()
    below = reasons.mapTo(editor.body, reasons.rect().bottomLeft()).y()
    severity = editor.texts["severity"].mapTo(editor.body, editor.texts["severity"].pos()).y()
    assert below < top < severity
    assert all(b is not None for b in editor.own_marks.view_buttons)


@pytest.mark.gui
def test_insert_puts_the_reference_at_the_cursor_and_keeps_what_was_typed(editor, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from local_store import opinions

    reasons = editor.texts["reasons"]
    reasons.setFocus()
    qtbot.keyClicks(reasons, "Cardiomegaly with effusion.")
    # The cursor after "Cardiomegaly", with "with effusion" selected by the user after it.
    cursor = reasons.textCursor()
    cursor.setPosition(len("Cardiomegaly"))
    cursor.setPosition(len("Cardiomegaly with effusion"), QTextCursor.MoveMode.KeepAnchor)
    reasons.setTextCursor(cursor)
    qtbot.mouseClick(editor.own_marks.insert_buttons[1], Qt.MouseButton.LeftButton)
    typed_then_reference = "Cardiomegaly with effusion Length 200.0 mm on CT CHEST, image 3."
    assert reasons.toPlainText() == typed_then_reference
    assert reasons.hasFocus()  # writing goes on where it was

    # Writing in the plan now: Insert goes there, at its cursor, the reasons untouched.
    plan = editor.texts["plan"]
    plan.setFocus()
    qtbot.keyClicks(plan, "Echo; see")
    qtbot.mouseClick(editor.own_marks.insert_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(plan, " for the view.")
    assert plan.toPlainText() == (
        "Echo; see Key image, CT CHEST, image 3: LV dilated for the view."
    )
    assert reasons.toPlainText() == typed_then_reference

    # A one-line box (the diagnosis) gets it at its cursor too; the draft keeps all of it.
    diagnosis = editor.texts["diagnosis"]
    diagnosis.setFocus()
    qtbot.keyClicks(diagnosis, "DCM")
    diagnosis.setCursorPosition(0)
    qtbot.mouseClick(editor.own_marks.insert_buttons[1], Qt.MouseButton.LeftButton)
    assert diagnosis.text() == "Length 200.0 mm on CT CHEST, image 3 DCM"
    editor.flush()
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=10_000)
    kept = opinions.draft(editor.store, editor.bundle_id).fields
    assert kept["reasons"] == typed_then_reference
    assert kept["diagnosis"] == "Length 200.0 mm on CT CHEST, image 3 DCM"


@pytest.mark.gui
def test_view_opens_the_image_viewer_at_the_marked_image(editor, qtbot):
    viewers = editor.own_marks.viewers
    editor.own_marks.view_buttons[1].click()
    qtbot.waitUntil(lambda: bool(viewers.windows), timeout=10_000)
    window = viewers.windows[-1]
    qtbot.waitUntil(lambda: window.active.current_header() is not None, timeout=20_000)
    qtbot.waitUntil(
        lambda: str(window.active.current_header().dataset.SOPInstanceUID) == editor.uids[2],
        timeout=20_000,
    )
    assert window.active.position == 2


@pytest.mark.gui
def test_before_any_box_is_written_in_insert_adds_to_the_end_of_the_reasons(editor, qtbot):
    reasons = editor.texts["reasons"]
    reasons.setPlainText("From the template.")
    editor.writing_in = None  # nothing written in yet
    editor.own_marks.insert_buttons[0].click()
    assert reasons.toPlainText() == ("From the template. Key image, CT CHEST, image 3: LV dilated")
    assert editor.form.fields["reasons"] == reasons.toPlainText()
