"""Screenshots of the case's Opinion tab with the urgent-visit banner, at 1366x768 and
1024x600: the verdict, the banner, the print buttons and the questions with their answers
(then the investigations, one ticked, and the specialist with "signature verified"). The
verdict, banner and buttons stay above the scrolling answers and leave them more than half of
the tab, in English and in Hindi."""

from __future__ import annotations

import pytest

from casework.opinion_view import build
from tests.support.languages import english as english
from tests.support.received_opinion import (
    ANSWERS,
    INVESTIGATIONS,
    SPECIALIST,
    clinic_case,
    versions,
)
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window
from tests.support.screens import out_dir as out_dir

pytestmark = SCREENSHOT

SIZES = [(1366, 740), (1024, 576)]  # the two screens, less a title bar


def _window_on_the_opinion(store, qtbot, size):
    case_id = clinic_case(store)
    window = open_window(store, qtbot, size)
    window.select_case(case_id)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.opinion_tab.loaded_for == case_id, timeout=10_000)
    first, second = versions("within_days")
    screen = build(
        [first, second],
        {(second.opinion.opinion_id, 0): "2026-12-05"},
        case_id=case_id,
        patient_name="Sunita Devi",
    )
    editor.opinion_tab.show_opinion(screen)
    qtbot.wait(300)
    return window, editor.opinion_tab


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_opinion_tab_with_an_urgent_banner(store, qtbot, out_dir, size):
    window, tab = _window_on_the_opinion(store, qtbot, size)
    question, answer = tab.answer_labels[0]
    tab.scroll.ensureWidgetVisible(answer, 0, 20)
    qtbot.wait(200)
    save(
        window,
        out_dir / f"opinion_tab_urgent_{size[0]}.png",
        shows=[tab.verdict, tab.banner, tab.print_doctor, tab.print_patient, question, answer],
        says=[
            "Verdict: Refined",
            "Urgent: the specialist asks that the patient is seen in person within days.",
            "Print for doctor…",
            "Print for patient…",
            ANSWERS[0],
        ],
    )
    assert tab.scroll.height() > tab.height() / 2


# The urgent screen's words in Hindi (resources/i18n/casebridge_hi.ts).
HINDI = [
    "निर्णय: और सटीक किया गया",
    "अत्यावश्यक: विशेषज्ञ कहते हैं कि मरीज़ को कुछ दिनों में ख़ुद दिखाया जाए।",
    "डॉक्टर के लिए प्रिंट करें…",
]


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_opinion_tab_with_an_urgent_banner_in_hindi(store, qtbot, out_dir, size, english):
    from desktop import language

    language.install(english, "hi")
    window, tab = _window_on_the_opinion(store, qtbot, size)
    question, answer = tab.answer_labels[0]
    tab.scroll.ensureWidgetVisible(answer, 0, 20)
    qtbot.wait(200)
    save(
        window,
        out_dir / f"opinion_tab_urgent_{size[0]}-hindi.png",
        shows=[tab.verdict, tab.banner, tab.print_doctor, tab.print_patient, question, answer],
        says=[*HINDI, ANSWERS[0]],
    )
    assert tab.scroll.height() > tab.height() / 2


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_opinion_tab_investigations_and_the_signature(store, qtbot, out_dir, size):
    window, tab = _window_on_the_opinion(store, qtbot, size)
    ticked = tab.investigation_rows[0]
    tab.scroll.ensureWidgetVisible(tab.investigation_rows[-1], 0, 20)
    tab.scroll.ensureWidgetVisible(ticked, 0, 20)
    qtbot.wait(200)
    assert ticked.done.isChecked()
    save(
        window,
        out_dir / f"opinion_tab_investigations_{size[0]}.png",
        shows=[ticked.done, ticked.day, tab.banner, tab.verdict],
        says=[INVESTIGATIONS[0], INVESTIGATIONS[2], "Done"],
    )


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x600"])
def test_opinion_tab_specialist_and_signature_verified(store, qtbot, out_dir, size):
    window, tab = _window_on_the_opinion(store, qtbot, size)
    tab.scroll.ensureWidgetVisible(tab.fingerprint, 0, 20)
    qtbot.wait(200)
    save(
        window,
        out_dir / f"opinion_tab_signature_{size[0]}.png",
        shows=[tab.verified, tab.fingerprint, tab.banner],
        says=["✓ Signature verified", SPECIALIST.registration, "Earlier versions"],
    )
