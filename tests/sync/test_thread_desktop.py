"""Follow-up questions on the desktop, against the reference service on 127.0.0.1 with the real
engine on its own thread.

The clinic: "Ask a follow-up question…" on the case's Opinion tab, with a report that came
later; the report joins the case and goes first as an update bundle, the thread shows the
question and where it is (then "sent"), the case list says "Question asked"; when the
specialist's answer arrives the tab shows it without reopening the case and the list says
"Question answered".
The specialist: "Assigned cases" says "Question asked" in bold and the status bar counts the
question waiting for an answer; the review shows the question verified with its report, which
opens in the document viewer; "Answer…" writes the answer (the status bar stops counting it),
which reaches the clinic verified.
"""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from local_store import attachments, cases
from local_store.models import CaseStatus
from sync import thread_send
from sync.engine import SyncEngine
from sync.submit import submit_case
from sync.thread import thread_for_case
from testdata.documents import lab_report_pdf
from tests.sync.helpers import make_case
from tests.sync.test_opinion_receive import write_and_sign

# The desktop is what is tested here: the service's two backends are covered by the thread's
# own end-to-end tests.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.timeout(240),
    pytest.mark.parametrize("service_backend", ["sqlite-files"], indirect=True),
]

WAIT_MS = 60_000
PATIENT = "Meena Kumari"
PLAN = "Medicines first."
QUESTION = "The echo report came today. Does it change the plan?"
ANSWER = "No: the plan stands. Continue the medicines."


def sent_case(clinic, specialist, service, tmp_path, *, opinion: bool = True) -> tuple[str, str]:
    """A case the clinic sent and the specialist fetched (and signed an opinion on, which the
    clinic received, when ``opinion``). Returns (the clinic's case id, the bundle id)."""
    case_id = make_case(clinic, tmp_path / "files", name=PATIENT, sizes=(20_000,))
    bundle_id = submit_case(clinic, clinic.data_dir, case_id).bundle_id
    assert SyncEngine(clinic, clinic.data_dir).run_once().sent == [bundle_id]
    service.wait_idle()
    SyncEngine(specialist, tmp_path / "specialist").run_once()
    if opinion:
        write_and_sign(specialist, tmp_path, bundle_id, PLAN)
        assert SyncEngine(clinic, clinic.data_dir).run_once().opinions
    return case_id, bundle_id


def report(tmp_path):
    return lab_report_pdf(tmp_path / "echo-report.pdf", patient=PATIENT)


def answer_dialog(fill) -> None:
    """Fill and accept the modal dialog about to open (``fill(dialog)``)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, answer)


def listed(window, case_id: str) -> str:
    from desktop.views.case_list import STATUS

    row = window.model.row_of(case_id)
    return window.model.index(row, STATUS).data(Qt.ItemDataRole.DisplayRole)


def thread_texts(tab) -> list[str]:
    return [f"{head.text()} | {text.text()}" for head, text in tab.thread_labels]


def test_the_clinic_asks_from_the_opinion_tab_with_a_report_and_sees_the_answer(
    clinic, specialist, service, tmp_path, qtbot, monkeypatch
):
    from tests.support.screens import open_window

    case_id, bundle_id = sent_case(clinic, specialist, service, tmp_path)
    echo = report(tmp_path)
    window = open_window(clinic, qtbot)
    window.open_case(case_id)
    editor = window.editor
    tab = editor.opinion_tab
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is tab, timeout=10_000)
    assert tab.ask_button.isVisible() and tab.ask_button.text() == "Ask a follow-up question…"

    def fill(dialog) -> None:
        assert not dialog.send_button.isEnabled()  # nothing written yet
        dialog.text.setPlainText(QUESTION)
        dialog.add_files([echo])
        assert "echo-report.pdf" in dialog.file_list.text()

    answer_dialog(fill)
    tab.ask()
    qtbot.waitUntil(lambda: any(QUESTION in t for t in thread_texts(tab)), timeout=10_000)
    # The report is in the case, and it went first as the update the question names.
    echo_sha = hashlib.sha256(echo.read_bytes()).hexdigest()
    assert echo_sha in {a.sha256 for a in attachments.list_attachments(clinic, case_id)}
    [asked] = thread_for_case(clinic, case_id)
    assert asked.text == QUESTION and asked.mine and asked.verified
    assert [(f.name, f.sha256) for f in asked.attachments] == [("echo-report.pdf", echo_sha)]
    assert cases.get_case(clinic, case_id).status is CaseStatus.QUESTION_ASKED
    qtbot.waitUntil(lambda: listed(window, case_id) == "Question asked", timeout=10_000)

    # The engine sends the update and the question; the tab says so by itself.
    window.sync.service.send_now()
    assert any("waiting" in t for t in thread_texts(tab))
    qtbot.waitUntil(
        lambda: any(t.endswith("·  sent | " + QUESTION) for t in thread_texts(tab)),
        timeout=WAIT_MS,
    )
    [line] = [t for t in thread_texts(tab) if QUESTION in t]
    assert line.startswith("Clinic, ") and "Signature verified" in line

    # The specialist receives the question and the report, and answers.
    service.wait_idle()
    specialist_dir = tmp_path / "specialist"
    SyncEngine(specialist, specialist_dir).run_once()
    local = thread_send.received.get_received(specialist, bundle_id).case_id
    [question] = thread_for_case(specialist, local)
    assert question.verified and question.attachments[0].attachment_id is not None
    thread_send.answer(specialist, bundle_id, question.message_id, ANSWER)
    SyncEngine(specialist, specialist_dir).run_once()
    service.wait_idle()

    # The answer arrives while the case is open: the tab and the list follow.
    window.sync.service.send_now()
    qtbot.waitUntil(lambda: any(ANSWER in t for t in thread_texts(tab)), timeout=WAIT_MS)
    [answer_line] = [t for t in thread_texts(tab) if ANSWER in t]
    assert "Signature verified" in answer_line
    qtbot.waitUntil(lambda: listed(window, case_id) == "Question answered", timeout=10_000)
    assert cases.get_case(clinic, case_id).status is CaseStatus.ANSWERED

    # The clinic closes the case (More > Close case…): the thread stays, asking goes.
    assert tab.ask_button.isVisible()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    window.editor.close_case()
    qtbot.waitUntil(lambda: listed(window, case_id) == "Closed", timeout=10_000)
    qtbot.waitUntil(lambda: not tab.ask_button.isVisible(), timeout=10_000)
    assert any(ANSWER in t for t in thread_texts(tab))


def test_a_question_without_words_keeps_nothing(clinic, specialist, service, tmp_path, qtbot):
    """Send stays disabled until the question has words; a refused question says why on the
    tab and its file does not join the case."""
    from desktop.views.thread_dialogs import AskDialog
    from tests.support.screens import open_window

    case_id, _bundle = sent_case(clinic, specialist, service, tmp_path)
    dialog = AskDialog()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("   ")
    assert not dialog.send_button.isEnabled()
    dialog.text.setPlainText("Is the dose right?")
    assert dialog.send_button.isEnabled()

    window = open_window(clinic, qtbot)
    window.open_case(case_id)
    tab = window.editor.opinion_tab
    qtbot.waitUntil(lambda: tab.screen is not None, timeout=10_000)
    before = len(attachments.list_attachments(clinic, case_id))
    tab.send_question("  ", [report(tmp_path)])
    qtbot.waitUntil(lambda: not tab.asking, timeout=10_000)
    assert "empty" in tab.message.text()
    assert len(attachments.list_attachments(clinic, case_id)) == before
    assert thread_for_case(clinic, case_id) == []


def test_the_specialist_answers_from_the_review_and_opens_the_report(
    clinic, specialist, service, tmp_path, qtbot
):
    from casework.follow_up import ask_question
    from desktop.views.main_window import MainWindow
    from desktop.views.worklist import OPINION

    case_id, bundle_id = sent_case(clinic, specialist, service, tmp_path, opinion=False)
    echo = report(tmp_path)
    asked = ask_question(clinic, clinic.data_dir, case_id, QUESTION, [echo])
    for _ in range(3):  # the update bundle first, then the question
        if thread_for_case(clinic, case_id)[0].state == "sent":
            break
        SyncEngine(clinic, clinic.data_dir).run_once()
        service.wait_idle()
    assert thread_for_case(clinic, case_id)[0].state == "sent"

    window = MainWindow(specialist)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
    worklist = window.worklist

    def row_of_case() -> int | None:
        for number, row in enumerate(worklist.rows):
            if row.bundle_id == bundle_id:
                return number
        return None

    def opinion_cell():
        number = row_of_case()
        return None if number is None else worklist.model.item(number, OPINION)

    # The engine fetches the update bundle and the question by itself.
    qtbot.waitUntil(
        lambda: opinion_cell() is not None and "Question asked" in opinion_cell().text(),
        timeout=WAIT_MS,
    )
    assert opinion_cell().font().bold()
    # The report came as an update of the case: folded into the case's row (no row of its
    # own), which says the case has new files; the status bar counts one case waiting for an
    # opinion, not two, and "Assigned cases: 1".
    qtbot.waitUntil(
        lambda: opinion_cell() is not None and opinion_cell().text().endswith("New files"),
        timeout=WAIT_MS,
    )
    assert [r.bundle_id for r in worklist.rows] == [bundle_id]
    assert opinion_cell().text() == "Not started · Question asked · New files"
    assert window.count_label.text() == "Assigned cases: 1"
    qtbot.waitUntil(
        lambda: "1 case waiting for your opinion" in window.sync.indicator.text(), timeout=10_000
    )

    window.open_review(bundle_id)
    review = window.review
    qtbot.waitUntil(lambda: asked.message_id in review.answer_buttons, timeout=WAIT_MS)
    assert [label.text() for label in review.thread_labels] == [QUESTION]
    echo_sha = hashlib.sha256(echo.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: echo_sha in review.thread_file_buttons, timeout=WAIT_MS)

    def texts() -> list[str]:
        return [w.text() for w in review.body.findChildren(type(review.heading)) if w.isVisible()]

    # The thread is read again whenever the engine reports; a label just laid out shows at
    # the next turn of the event loop.
    qtbot.waitUntil(
        lambda: (
            any("Signature verified" in t for t in texts())
            and any("echo-report.pdf" in t for t in texts())
        ),
        timeout=10_000,
    )

    # The report opens in the document viewer.
    review.thread_file_buttons[echo_sha].click()
    qtbot.waitUntil(lambda: len(review.viewers.windows) == 1, timeout=10_000)
    review.viewers.close_all()

    # The question waits for the specialist: the status bar counts it, once.
    qtbot.waitUntil(
        lambda: (
            window.sync.indicator.text()
            == "● Online · 1 case waiting for your opinion · 1 question to answer"
        ),
        timeout=WAIT_MS,
    )
    answer_dialog(lambda dialog: dialog.text.setPlainText(ANSWER))
    review.answer_buttons[asked.message_id].click()
    qtbot.waitUntil(
        lambda: [label.text() for label in review.thread_labels] == [QUESTION, ANSWER],
        timeout=10_000,
    )
    assert not review.answer_buttons  # answered: no second Answer…
    qtbot.waitUntil(
        lambda: opinion_cell() is not None and "Question asked" not in opinion_cell().text(),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: "question" not in window.sync.indicator.text(), timeout=10_000)

    # The engine sends it; the clinic reads it verified, as an answer to its question.
    window.sync.service.send_now()
    local = thread_send.received.get_received(specialist, bundle_id).case_id
    qtbot.waitUntil(lambda: thread_for_case(specialist, local)[-1].state == "sent", timeout=WAIT_MS)
    service.wait_idle()
    SyncEngine(clinic, clinic.data_dir).run_once()
    entries = thread_for_case(clinic, case_id)
    assert [(e.text, e.verified) for e in entries] == [(QUESTION, True), (ANSWER, True)]
    assert entries[1].in_reply_to == asked.message_id
    assert cases.get_case(clinic, case_id).status is CaseStatus.ANSWERED
    window.close()
