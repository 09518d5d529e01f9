"""Screenshots of the specialist's opinion editor with a question still unanswered (signing
disabled, the reason beside the button) and of its preview, at 1366x768 and 1024x600."""

from __future__ import annotations

import pytest

from desktop.views.opinion_editor import open_opinion_editor
from tests.support.gui import workers as workers
from tests.support.received_case import QUESTIONS, enroll_specialist, received_case
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, show
from tests.support.screens import out_dir as out_dir

pytestmark = SCREENSHOT

SIZES = [(1366, 740), (1024, 576)]  # the two screens, less a title bar


def _editor(store, qtbot, workers, size):
    enroll_specialist(store)
    bundle_id = received_case(store)
    editor = open_opinion_editor(None, store, workers[0], bundle_id)
    qtbot.addWidget(editor)
    show(qtbot, editor, *size)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    for button in editor.choices["verdict"].buttons():
        if button.property("code") == "refined":
            button.click()
    editor.texts["diagnosis"].setText("Invasive ductal carcinoma, left breast, T2 N1")
    editor.texts["reasons"].setPlainText(
        "The biopsy report and the mammogram agree; the axillary node on the ultrasound is "
        "suspicious, which moves the stage from I to II."
    )
    editor.answer_boxes["q1"].box.setPlainText(
        "Yes. After three cycles of chemotherapy the lump should be small enough to remove."
    )
    editor.flush()
    qtbot.waitUntil(lambda: editor.save_indicator.text() == "✓ Saved", timeout=10_000)
    return editor


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_editor_with_an_unanswered_question(store, qtbot, workers, out_dir, size):
    editor = _editor(store, qtbot, workers, size)
    second = editor.answer_boxes["q2"]
    editor.scroll.ensureWidgetVisible(second, 0, 40)
    qtbot.wait(200)
    assert not editor.sign_button.isEnabled()
    save(
        editor,
        out_dir / f"opinion_editor_unanswered_{size[0]}.png",
        shows=[second.question, second.marker, second.box, editor.sign_button, editor.reason],
        says=[
            "Unanswered",
            QUESTIONS[1],
            "Sign and send",
            "The clinic's question 2 still needs an answer",
        ],
    )


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_preview(store, qtbot, workers, out_dir, size):
    editor = _editor(store, qtbot, workers, size)
    editor.preview_button.click()
    qtbot.waitUntil(lambda: editor.preview_dialog is not None, timeout=10_000)
    dialog = editor.preview_dialog
    qtbot.waitExposed(dialog)
    qtbot.wait(300)
    save(
        dialog,
        out_dir / f"opinion_preview_{size[0]}.png",
        shows=[dialog.text],
        says=["exactly as the clinic will receive it", "Verdict on the diagnosis"],
    )
    text = dialog.text.toPlainText()
    assert "Invasive ductal carcinoma, left breast, T2 N1" in text
    assert "Refined" in text


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_editor_with_your_marks_beside_the_reasons(store, qtbot, workers, out_dir, size, tmp_path):
    from local_store import review_marks
    from tests.sync.test_review_marks import received_ct

    enroll_specialist(store)
    bundle_id, uids = received_ct(store, tmp_path)
    review_marks.add_key_image(store, bundle_id, uids[2], 0, "LV dilated")
    review_marks.add_measurement(
        store, bundle_id, uids[2], 0, "length", [(10.0, 32.0), (50.0, 32.0)]
    )
    review_marks.add_measurement(store, bundle_id, uids[0], 0, "angle", [(1, 1), (9, 9), (1, 20)])
    editor = open_opinion_editor(None, store, workers[0], bundle_id)
    qtbot.addWidget(editor)
    show(qtbot, editor, *size)
    qtbot.waitUntil(lambda: editor.loaded and len(editor.own_marks.lines) == 3, timeout=10_000)
    reasons = editor.texts["reasons"]
    reasons.setFocus()
    qtbot.keyClicks(reasons, "Cardiomegaly:")
    editor.own_marks.insert_buttons[1].click()
    editor.scroll.ensureWidgetVisible(editor.own_marks, 0, 20)
    editor.scroll.ensureWidgetVisible(reasons, 0, 20)
    qtbot.wait(300)
    save(
        editor,
        out_dir / f"opinion_editor_own_marks_{size[0]}.png",
        shows=[reasons, *editor.own_marks.lines, *editor.own_marks.insert_buttons],
        says=[
            "Your key images and measurements",
            "Key image, CT CHEST, image 3: LV dilated",
            "Insert",
            "View",
        ],
    )
    assert reasons.toPlainText() == "Cardiomegaly: Length 200.0 mm on CT CHEST, image 3"
