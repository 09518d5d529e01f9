"""Screens of follow-up questions, in English and in Hindi, at 1366x768 and 1024x600, against
the reference service on 127.0.0.1:

- the clinic's Opinion tab with its thread: a question sent with a report, the specialist's
  answer (signature verified), and a second question waiting to send; and the "Ask a
  follow-up question" dialog with a file added;
- the specialist's "Assigned cases" with "Question asked" in bold, the question's report folded
  into the case's row ("New files"), and the status bar counting the question waiting for an
  answer, and the review's "Follow-up questions" with the
  question, its report and "Answer…".

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/sync/test_thread_screens.py. PNGs go to artifacts/screens/ (thread-*).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from casework.follow_up import ask_question
from sync import thread_send
from sync.engine import SyncEngine
from sync.thread import thread_for_case
from tests.support.languages import english as english
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window, show
from tests.sync.test_thread_desktop import ANSWER, PATIENT, QUESTION, report, sent_case

pytestmark = [
    *SCREENSHOT,
    pytest.mark.timeout(240),
    pytest.mark.parametrize("service_backend", ["sqlite-files"], indirect=True),
]

WAIT_MS = 60_000
SIZES = {"1366": (1366, 740), "1024": (1024, 572)}  # the screen less a window manager's title
SECOND = "The patient also asks: can she keep working in the fields?"

# What each screen must say, in each language.
WORDS = {
    "en": {
        "ask": "Ask a follow-up question…",
        "waiting": "waiting to send",
        "sent": "sent",
        "dialog": "Ask a follow-up question",
        "add": "Add files…",
        "send": "Send question",
        "asked": "Question asked",
        "update": "New files",
        "review_thread": "Follow-up questions",
        "answer": "Answer…",
        "questions_waiting": "1 question to answer",
    },
    "hi": {
        "ask": "आगे का प्रश्न पूछें…",
        "waiting": "भेजने की प्रतीक्षा में",
        "sent": "भेजा गया",
        "dialog": "आगे का प्रश्न पूछें",
        "add": "फ़ाइलें जोड़ें…",
        "send": "प्रश्न भेजें",
        "asked": "प्रश्न पूछा गया",
        "update": "नई फ़ाइलें",
        "review_thread": "आगे के प्रश्न",
        "answer": "उत्तर दें…",
        "questions_waiting": "1 प्रश्न का उत्तर देना है",
    },
}


def _language(lang: str) -> None:
    from desktop import language

    language.install(QApplication.instance(), lang)


def _sync(store, folder, service, times: int = 3) -> None:
    for _ in range(times):
        SyncEngine(store, folder).run_once()
        service.wait_idle()


def answered_once(clinic, specialist, service, tmp_path) -> tuple[str, str]:
    """A case with an opinion, a question sent with a report and the specialist's answer,
    both here at the clinic. Returns (the clinic's case id, the bundle id)."""
    case_id, bundle_id = sent_case(clinic, specialist, service, tmp_path)
    asked = ask_question(clinic, clinic.data_dir, case_id, QUESTION, [report(tmp_path)])
    _sync(clinic, clinic.data_dir, service)
    specialist_dir = tmp_path / "specialist"
    _sync(specialist, specialist_dir, service, 2)
    thread_send.answer(specialist, bundle_id, asked.message_id, ANSWER)
    _sync(specialist, specialist_dir, service, 1)
    _sync(clinic, clinic.data_dir, service, 1)
    assert [e.text for e in thread_for_case(clinic, case_id)] == [QUESTION, ANSWER]
    return case_id, bundle_id


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_opinion_tab_with_its_thread(
    english, clinic, specialist, service, tmp_path, qtbot, out_dir, size, lang
):
    words = WORDS[lang]
    case_id, _bundle = answered_once(clinic, specialist, service, tmp_path)
    _language(lang)
    window = open_window(clinic, qtbot, SIZES[size])
    service_ = window.sync.service
    service_.pause()  # the second question stays "waiting to send" for the picture
    qtbot.waitUntil(lambda: service_.paused, timeout=10_000)
    window.open_case(case_id)
    tab = window.editor.opinion_tab
    qtbot.waitUntil(lambda: len(tab.thread_labels) == 2, timeout=10_000)

    # The "Ask a follow-up question" dialog, a report added.
    from desktop.views.thread_dialogs import AskDialog

    dialog = AskDialog(window)
    dialog.text.setPlainText(SECOND)
    dialog.add_files([report(tmp_path)])
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(200)
    save(
        dialog,
        out_dir / f"thread-ask-dialog-{lang}-{size}.png",
        shows=[dialog.text, dialog.add_button, dialog.send_button, dialog.file_list],
        says=[words["dialog"], words["add"], words["send"], "echo-report.pdf"],
    )
    dialog.close()

    tab.send_question(SECOND, [])
    qtbot.waitUntil(lambda: len(tab.thread_labels) == 3, timeout=10_000)
    qtbot.wait(1000)  # the editor reads the case again for the files a question brings
    qtbot.waitUntil(lambda: not tab.thread_labels[-1][1].visibleRegion().isEmpty(), timeout=10_000)
    heads = [head for head, _text in tab.thread_labels]
    assert heads[0].text().endswith(words["sent"])
    assert heads[2].text().endswith(words["waiting"])
    # After asking, the thread's end is in view: the question and where it is.
    save(
        window,
        out_dir / f"thread-opinion-tab-{lang}-{size}.png",
        shows=[tab.ask_button, heads[2], tab.thread_labels[-1][1]],
        says=[words["ask"], SECOND, words["waiting"], PATIENT],
    )
    # Scrolled up a little: the question sent with its report, and the answer.
    tab.scroll.ensureWidgetVisible(heads[0], 0, 10)
    qtbot.wait(300)
    save(
        window,
        out_dir / f"thread-opinion-tab-answer-{lang}-{size}.png",
        shows=[heads[0], tab.thread_labels[0][1]],
        says=[QUESTION, words["sent"]],
    )
    service_.resume()


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_worklist_and_the_review_with_a_question(
    english, clinic, specialist, service, tmp_path, qtbot, out_dir, size, lang
):
    from desktop.views.main_window import MainWindow
    from desktop.views.worklist import OPINION

    words = WORDS[lang]
    case_id, bundle_id = sent_case(clinic, specialist, service, tmp_path)
    ask_question(clinic, clinic.data_dir, case_id, QUESTION, [report(tmp_path)])
    _sync(clinic, clinic.data_dir, service)
    _sync(specialist, tmp_path / "specialist", service, 2)
    _language(lang)
    window = MainWindow(specialist)
    qtbot.addWidget(window)
    show(qtbot, window, *SIZES[size])
    qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
    worklist = window.worklist

    def question_row() -> int | None:
        for number, row in enumerate(worklist.rows):
            if row.bundle_id == bundle_id and row.thread == "question_asked":
                return number
        return None

    qtbot.waitUntil(lambda: question_row() is not None, timeout=10_000)
    cell = worklist.model.item(question_row(), OPINION)
    assert words["asked"] in cell.text() and cell.font().bold()
    # The question's report came as an update bundle: folded into the case's row.
    qtbot.waitUntil(
        lambda: (
            question_row() is not None
            and words["update"] in worklist.model.item(question_row(), OPINION).text()
        ),
        timeout=WAIT_MS,
    )
    assert [r.bundle_id for r in worklist.rows] == [bundle_id]
    worklist.table.selectRow(question_row())
    indicator = window.sync.indicator
    qtbot.waitUntil(lambda: words["questions_waiting"] in indicator.text(), timeout=WAIT_MS)
    qtbot.wait(300)
    save(
        window,
        out_dir / f"thread-worklist-{lang}-{size}.png",
        shows=[worklist.table, worklist.open_button, indicator],
        says=[words["asked"], words["update"], words["questions_waiting"]],
        may_elide=[worklist.message],
    )

    window.open_review(bundle_id)
    review = window.review
    qtbot.waitUntil(lambda: bool(review.answer_buttons), timeout=10_000)
    qtbot.waitUntil(lambda: bool(review.thread_file_buttons), timeout=10_000)
    [answer] = review.answer_buttons.values()
    [view] = review.thread_file_buttons.values()
    qtbot.wait(300)
    review.scroll.ensureWidgetVisible(view, 0, 40)
    review.scroll.ensureWidgetVisible(answer, 0, 40)
    qtbot.wait(300)
    save(
        window,
        out_dir / f"thread-review-{lang}-{size}.png",
        shows=[answer, view, *review.thread_labels],
        says=[words["review_thread"], words["answer"], QUESTION, "echo-report.pdf"],
    )
    window.close()
