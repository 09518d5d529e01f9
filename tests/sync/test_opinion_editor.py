"""The specialist's opinion editor over a real store and the desktop's database executor:
typing autosaves the draft, an unanswered question keeps "Sign and send" disabled with the
reason on screen, the preview is the document signing would make, signing happens off the GUI
thread and leaves a read-only opinion whose correction is a new version."""

from __future__ import annotations

import threading

import pytest

from desktop.views.opinion_editor import OpinionEditor, open_opinion_editor
from local_store import opinions
from sync import opinion_send
from tests.support.gui import workers as workers
from tests.support.received_case import QUESTIONS, enroll_specialist, received_case

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(store, qtbot, workers):
    enroll_specialist(store)
    bundle_id = received_case(store)
    executor, _pool = workers
    widget = open_opinion_editor(None, store, executor, bundle_id)
    assert isinstance(widget, OpinionEditor)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=10_000)
    return widget


def _saved(store, bundle_id):
    record = opinions.draft(store, bundle_id)
    return record.fields if record else None


def _choose(editor, key, code):
    for button in editor.choices[key].buttons():
        if button.property("code") == code:
            button.click()


def test_typing_autosaves_the_draft(store, qtbot, editor):
    assert opinions.draft(store, editor.bundle_id) is None  # opening saves nothing
    qtbot.keyClicks(editor.texts["diagnosis"], "Invasive ductal carcinoma, left breast")
    qtbot.waitUntil(lambda: _saved(store, editor.bundle_id) is not None, timeout=5_000)
    qtbot.waitUntil(
        lambda: (
            _saved(store, editor.bundle_id)["diagnosis"] == "Invasive ductal carcinoma, left breast"
        ),
        timeout=5_000,
    )
    qtbot.waitUntil(lambda: editor.save_indicator.text() == "✓ Saved", timeout=5_000)

    editor.answer_boxes["q1"].box.setPlainText("Yes, after three cycles of chemotherapy.")
    editor.investigations.add_button.click()
    qtbot.keyClicks(editor.investigations.rows[-1].box, "Bone scan")
    editor.flush()
    qtbot.waitUntil(
        lambda: "Bone scan" in _saved(store, editor.bundle_id)["investigations"], timeout=5_000
    )
    answers = {a["question_id"]: a["answer"] for a in _saved(store, editor.bundle_id)["answers"]}
    assert answers["q1"] == "Yes, after three cycles of chemotherapy."


def test_an_unanswered_question_blocks_signing_with_the_reason(store, qtbot, editor):
    _choose(editor, "verdict", "refined")
    _choose(editor, "see_in_person", "within_days")
    assert "2 of the clinic's questions still need an answer: 1, 2." in editor.reason.text()
    editor.answer_boxes["q1"].box.setPlainText("Yes.")
    assert not editor.sign_button.isEnabled()
    assert "Every question the clinic asked needs an answer" in editor.reason.text()
    assert "2" in editor.reason.text()  # which one: the second
    assert "The clinic's question 2 still needs an answer." in editor.reason.text()
    assert editor.answer_boxes["q2"].marker.text() == "Unanswered"
    assert editor.answer_boxes["q1"].marker.text() == "Answered"
    assert QUESTIONS[1] in editor.answer_boxes["q2"].question.text()

    editor.answer_boxes["q2"].box.setPlainText("Yes, by train with one attendant.")
    assert editor.sign_button.isEnabled()
    assert editor.reason.text() == "Ready to sign."


def test_a_choice_not_made_blocks_signing_by_name(qtbot, editor):
    for qid in editor.answer_boxes:
        editor.answer_boxes[qid].box.setPlainText("An answer.")
    assert not editor.sign_button.isEnabled()
    assert "Verdict on the diagnosis" in editor.reason.text()


def test_the_preview_is_the_document_signing_makes(store, qtbot, editor):
    _choose(editor, "verdict", "confirmed")
    qtbot.keyClicks(editor.texts["plan"], "Neoadjuvant chemotherapy, then surgery.")
    editor.alternatives.add_button.click()
    row = editor.alternatives.rows[-1]
    qtbot.keyClicks(row.boxes["option"], "Hormone therapy alone")
    qtbot.keyClicks(row.boxes["where"], "District hospital")
    editor.answer_boxes["q2"].box.setPlainText("Yes.")
    editor.preview_button.click()
    qtbot.waitUntil(lambda: editor.preview_dialog is not None, timeout=5_000)
    dialog = editor.preview_dialog
    expected = opinion_send.prepare(store, editor.bundle_id).to_json()
    shown = dialog.document.to_json()
    assert {**shown, "created_at": ""} == {**expected, "created_at": ""}
    text = dialog.text.toPlainText()
    assert "Neoadjuvant chemotherapy, then surgery." in text
    assert "Hormone therapy alone" in text and "District hospital" in text
    assert "Confirmed" in text
    assert QUESTIONS[1] in text  # the question answered, repeated for the reader
    assert "Dr Meera Iyer" in text


def test_signing_runs_off_the_gui_thread_then_the_opinion_is_read_only(
    store, qtbot, editor, monkeypatch
):
    threads = []
    real_sign = opinion_send.sign

    def sign(*args):
        threads.append(threading.current_thread())
        return real_sign(*args)

    monkeypatch.setattr(opinion_send, "sign", sign)
    _choose(editor, "verdict", "changed")
    _choose(editor, "see_in_person", "routine")
    for box in editor.answer_boxes.values():
        box.box.setPlainText("Answered in full.")
    assert editor.sign_button.isEnabled()
    with qtbot.waitSignal(editor.signed, timeout=10_000) as blocker:
        editor.sign_now()
    assert threads and threads[0] is not threading.main_thread()
    assert blocker.args[0].version == 1
    qtbot.waitUntil(lambda: editor.read_only, timeout=5_000)
    assert editor.texts["plan"].isReadOnly()
    assert editor.correct_button.isVisible() and not editor.sign_button.isVisible()
    assert opinions.latest_signed(store, editor.bundle_id).version == 1

    editor.correct_now()
    qtbot.waitUntil(lambda: not editor.read_only, timeout=5_000)
    correction = opinions.draft(store, editor.bundle_id)
    assert correction.version == 2
    assert correction.replaces == blocker.args[0].opinion_id
    assert "correcting" in editor.version_label.text()
