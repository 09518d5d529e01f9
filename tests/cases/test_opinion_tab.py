"""The case's Opinion tab offscreen: shown only once the case has an opinion and then opened
on it, the verdict and the urgent banner, each answer beside its question, an investigation
ticked done (and its day changed, and unticked) saved in the store, and Save as PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from casework.opinion_view import build, with_thread
from local_store import investigation_ticks
from tests.support.received_opinion import (
    ANSWERS,
    QUESTIONS,
    clinic_case,
    thread_entry,
    versions,
)

pytestmark = pytest.mark.gui


def _open_with_opinion(window, qtbot, store, see_in_person="within_days"):
    case_id = clinic_case(store)
    window.refresh_cases()
    qtbot.waitUntil(lambda: window.model.row_of(case_id) is not None)
    window.select_case(case_id)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.opinion_tab.loaded_for == case_id)
    # Until an opinion is received the case looks as it always did: no tab bar.
    assert editor.tabs.count() == 1 and not editor.tabs.tabBar().isVisible()
    # What the receiving side hands the tab once it has stored one.
    screen = build(versions(see_in_person), {}, case_id=case_id, patient_name="Sunita Devi")
    editor.opinion_tab.show_opinion(screen)
    qtbot.wait(50)
    return editor, screen


def test_the_tab_appears_with_an_opinion_and_opens_on_it(window, qtbot, store):
    editor, _screen = _open_with_opinion(window, qtbot, store)
    tab = editor.opinion_tab
    assert editor.tabs.count() == 2 and editor.tabs.tabBar().isVisible()
    assert editor.tabs.currentWidget() is tab
    assert editor.tabs.tabText(1) == "Opinion"
    assert tab.verdict.text() == "Verdict: Refined"
    assert tab.banner.isVisible()
    assert "seen in person within days" in tab.banner.text()
    assert "✓ Signature verified" in tab.verified.text()


def test_no_banner_for_a_routine_visit(window, qtbot, store):
    editor, _screen = _open_with_opinion(window, qtbot, store, see_in_person="routine")
    assert not editor.opinion_tab.banner.isVisible()


def test_each_answer_is_beside_its_question(window, qtbot, store):
    editor, _screen = _open_with_opinion(window, qtbot, store)
    pairs = editor.opinion_tab.answer_labels
    assert [(q.text(), a.text()) for q, a in pairs] == [
        (f"Question {n}: {q}", a)
        for n, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1)
    ]
    for question, answer in pairs:
        q, a = question.geometry(), answer.geometry()
        assert a.left() > q.right() and a.top() == q.top()


def test_ticking_an_investigation_saves_it_with_its_day(window, qtbot, store):
    editor, screen = _open_with_opinion(window, qtbot, store)
    row = editor.opinion_tab.investigation_rows[1]
    assert not row.done.isChecked() and not row.day.isVisible()
    today = QDate.currentDate()
    row.done.setChecked(True)
    assert row.day.isVisible()
    key = (screen.opinion_id, 1)
    qtbot.waitUntil(
        lambda: (
            investigation_ticks.ticks(store, [screen.opinion_id]).get(key)
            == today.toString("yyyy-MM-dd")
        )
    )
    row.day.setDate(today.addDays(-2))
    qtbot.waitUntil(
        lambda: (
            investigation_ticks.ticks(store, [screen.opinion_id]).get(key)
            == today.addDays(-2).toString("yyyy-MM-dd")
        )
    )
    row.done.setChecked(False)
    qtbot.waitUntil(lambda: investigation_ticks.ticks(store, [screen.opinion_id]) == {})


def test_save_as_pdf_writes_the_printout(window, qtbot, store, tmp_path):
    editor, _screen = _open_with_opinion(window, qtbot, store)
    tab = editor.opinion_tab
    tmp_path = tmp_path / "saved"
    tmp_path.mkdir()
    assert tab.save_to(tab.doctor_document(), tmp_path / "doctor")
    tab.language.setCurrentIndex(tab.language.findData("hi"))
    assert tab.save_to(tab.patient_document(), tmp_path / "patient.pdf")
    for name in ("doctor.pdf", "patient.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert tab.message.text() == "Saved: patient.pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doctor.pdf", "patient.pdf"]


def test_the_thread_shows_under_its_heading_in_order(window, qtbot, store):
    editor, screen = _open_with_opinion(window, qtbot, store)
    thread = [
        thread_entry("PHC Hosakote", "clinic", "2026-12-04T08:00:00Z", "The ER report came."),
        thread_entry(
            "Dr Meera Iyer",
            "specialist",
            "2026-12-04T15:00:00Z",
            "Add hormone therapy.",
            verified=True,
        ),
    ]
    editor.opinion_tab.show_opinion(with_thread(screen, thread))
    qtbot.wait(50)
    texts = [label.text() for label in editor.opinion_tab.body.findChildren(QLabel)]
    texts = [t for t in texts if t]
    start = texts.index("Follow-up messages")
    assert texts[start + 1 : start + 5] == [
        "PHC Hosakote (clinic), 4 Dec 2026",
        "The ER report came.",
        "Dr Meera Iyer (specialist), 4 Dec 2026  ✓ Signature verified",
        "Add hormone therapy.",
    ]
