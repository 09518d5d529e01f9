"""The specialist's window against the reference service on 127.0.0.1: "Assigned cases" (the
worklist model without a window, then the real main window offscreen) and the read-only review
of a received case, its series opened in the DICOM viewer, Accept on a worker thread."""

from __future__ import annotations

import pytest

from casework.worklist import (
    OPINION_NONE,
    ReviewCounts,
    open_for_review,
    review_counts,
    viewer_studies,
    worklist_rows,
)
from local_store import received
from tests.sync.helpers import received_ct_case

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]


def test_the_worklist_rows_and_opening_a_case(clinic, specialist, service, tmp_path):
    bundle_id, case_id = received_ct_case(clinic, specialist, service, tmp_path)

    [row] = worklist_rows(specialist)
    assert (row.bundle_id, row.case_id, row.fetched) == (bundle_id, case_id, True)
    assert (row.age_years, row.sex, row.specialty, row.urgency) == (
        54,
        "F",
        "cardiology",
        "urgent",
    )
    assert row.first_question == "Is this heart failure?"
    assert row.due_at and row.offered_at
    assert row.opinion == OPINION_NONE and not row.opened
    # The status bar's counts: one case waiting for an opinion, nothing to send.
    assert review_counts(worklist_rows(specialist)) == ReviewCounts(1, 0)

    view = open_for_review(specialist, bundle_id)
    assert [q["text"] for q in view["questions"]] == [
        "Is this heart failure?",
        "Can she travel to the district hospital?",
    ]
    assert received.get_received(specialist, bundle_id).opened_at is not None
    assert worklist_rows(specialist)[0].opened
    # The clinic's CT series opens from this computer's blobs.
    [study] = viewer_studies(view)
    [series] = study.series
    assert series.description.startswith("CT CHEST") and series.instances == 6
    assert all(specialist.blobs.exists(r.sha256) for r in series.instance_refs)


def test_the_specialist_window_opens_on_assigned_cases(
    clinic, specialist, service, tmp_path, qtbot
):
    from desktop.viewers.dicom_viewer import DicomViewerWindow
    from desktop.views.main_window import MainWindow

    bundle_id, _case_id = received_ct_case(clinic, specialist, service, tmp_path)
    window = MainWindow(specialist)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
        worklist = window.worklist
        qtbot.waitUntil(lambda: worklist.model.rowCount() == 1, timeout=10_000)
        assert window.pages.currentWidget() is window.specialist_pages
        assert not window.new_button.isVisible()  # no case creation on a specialist's desk
        texts = [worklist.model.item(0, c).text() for c in range(worklist.model.columnCount())]
        assert texts[0] == "54 y, Female" and "Is this heart failure?" in texts
        assert "Ready to review" in texts and "Not started" in texts
        # The status bar says what waits for the specialist, never "all cases sent".
        indicator = window.sync.indicator
        qtbot.waitUntil(
            lambda: "1 case waiting for your opinion" in indicator.text(), timeout=20_000
        )
        assert "all cases sent" not in indicator.text()

        # Accept asks the service on a worker; the row follows.
        worklist.table.selectRow(0)
        assert worklist.accept_button.isEnabled()
        worklist.accept_current()
        qtbot.waitUntil(lambda: worklist.rows[0].assignment == "accepted", timeout=20_000)
        assert not worklist.accept_button.isEnabled()

        worklist.open_button.click()
        review = window.review
        qtbot.waitUntil(lambda: review.view is not None, timeout=10_000)
        assert window.specialist_pages.currentWidget() is review
        body = " ".join(label.text() for label in review.body.findChildren(type(review.heading)))
        for said in ("Sunita Devi", "Can she travel to the district hospital?", "cardiomegaly"):
            assert said in body
        assert received.get_received(specialist, bundle_id).opened_at is not None
        # The series in the existing DICOM viewer.
        [series_uid] = [
            k
            for k in review.view_buttons
            if k == viewer_studies(review.view)[0].series[0].series_uid
        ]
        review.view_buttons[series_uid].click()
        qtbot.waitUntil(
            lambda: any(isinstance(w, DicomViewerWindow) for w in review.viewers.windows),
            timeout=10_000,
        )
        # "Write opinion…" opens the opinion editor in a window of its own.
        review.opinion_button.click()
        editor = review.opinion_editor
        qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
        assert editor.isWindow() and editor.isVisible()
        editor.close()
        review.back_button.click()
        assert window.specialist_pages.currentWidget() is worklist
    finally:
        window.shutdown()


def test_the_specialists_status_bar_counts_opinions_and_cases_waiting_for_one():
    from desktop.views.sync_indicator import progress_summary
    from sync.engine import SyncProgress

    waiting = ReviewCounts(awaiting_opinion=2, opinions_to_send=0)
    idle, offline = SyncProgress(state="idle"), SyncProgress(state="offline", queued=1)
    assert progress_summary(idle, 0, waiting)[0] == "● Online · 2 cases waiting for your opinion"
    assert progress_summary(idle, 0, ReviewCounts(0, 0))[0] == (
        "● Online · no case waiting for your opinion"
    )
    assert progress_summary(offline, 0, waiting)[0] == "○ Offline · 1 opinion waiting to be sent"
    # A clinic's computer says what it always said.
    assert progress_summary(idle)[0] == "● Online · all cases sent"
    assert progress_summary(offline)[0] == "○ Offline · 1 case waiting to be sent"


def test_the_specialists_status_bar_counts_questions_waiting_for_an_answer():
    from desktop.views.sync_indicator import progress_summary
    from sync.engine import SyncProgress

    idle = SyncProgress(state="idle")
    one, three = ReviewCounts(0, 0, questions_waiting=1), ReviewCounts(2, 0, questions_waiting=3)
    assert progress_summary(idle, 0, one)[0] == (
        "● Online · no case waiting for your opinion · 1 question to answer"
    )
    assert progress_summary(idle, 0, three)[0] == (
        "● Online · 2 cases waiting for your opinion · 3 questions to answer"
    )
    # None waiting: nothing said about questions, in a status bar a small screen must fit.
    assert "question" not in progress_summary(idle, 0, ReviewCounts(2, 0, 0))[0]
