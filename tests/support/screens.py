"""What every screenshot test shares: its marks (taken only under an X display), the folder the
pictures go to (``out_dir``), a few realistic cases to show (``seed``), and the main window
opened on a case (``open_window``, ``open_case``) or on an import's patient check.
Thread-safety: the GUI (test) thread only."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from local_store import cases, timeline
from local_store.models import (
    CaseStatus,
    Consent,
    ConsentMethod,
    Initiator,
    Patient,
    Referral,
    Sex,
    Urgency,
)
from local_store.store import Store

OUT = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
TIMEOUT_MS = 60_000
WINDOW = (1366, 740)  # a 1366x768 screen less the title bar a window manager would add

# A module of screenshot tests sets ``pytestmark = SCREENSHOT`` (plus any marks of its own).
SCREENSHOT = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb",
        reason="needs an X display (DISPLAY unset) with QT_QPA_PLATFORM=xcb; run under xvfb-run",
    ),
]


@pytest.fixture
def out_dir() -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT


def show(qtbot, widget, width: int = WINDOW[0], height: int = WINDOW[1]) -> None:
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(300)


def open_window(store, qtbot, size: tuple[int, int] = WINDOW):
    from desktop.views.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    show(qtbot, window, *size)
    qtbot.waitUntil(lambda: window.loaded)
    return window


def open_case(store, qtbot, patient: Patient, size: tuple[int, int] = WINDOW):
    """The main window showing a new case for ``patient`` with an oncology question; returns
    the window and the case's id."""
    case_id = cases.create_case(
        store, patient, referral=Referral(specialty="oncology", questions=["Is surgery possible?"])
    )
    window = open_window(store, qtbot, size)
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.editor.case_id == case_id)
    return window, case_id


def import_to_patient_check(window, qtbot, folder: Path):
    """Import ``folder`` into the open case and wait until the patient check is on screen;
    returns the import dialog."""
    dialog = window.editor.attachments.import_paths([folder])
    qtbot.waitUntil(
        lambda: dialog.patient_check is not None and dialog.patient_check.isVisible(),
        timeout=TIMEOUT_MS,
    )
    qtbot.waitExposed(dialog.patient_check)
    qtbot.wait(300)
    return dialog


def days_ago(n: int) -> str:
    return (date.today() - timedelta(days=n)).isoformat()


def seed(store: Store) -> str:
    """A few realistic cases; returns the id of the fully filled-in one."""
    main = cases.create_case(
        store,
        Patient(
            name="Sunita Devi",
            sex=Sex.FEMALE,
            birth_date="1971-08-14",
            phone="+91 94150 23871",
            hospital_id="PHC-BST-1021",
        ),
        Consent(
            initiated_by=Initiator.DOCTOR,
            given_by="Sunita Devi",
            method=ConsentMethod.WRITTEN,
            at=days_ago(1),
            recorded_by="Staff nurse Rekha Yadav",
        ),
        Referral(
            questions=[
                "Is breast-conserving surgery possible, or is mastectomy needed?",
                "Should chemotherapy be given before surgery?",
            ],
            specialty="oncology",
            urgency=Urgency.URGENT,
            working_diagnosis="Carcinoma left breast, suspected stage IIB",
            clinical_summary=(
                "54-year-old woman with a painless lump in the left breast for 3 months, "
                "4 x 3 cm, hard, with an axillary lymph node. Core biopsy: invasive ductal "
                "carcinoma, grade 2."
            ),
            medications="Metformin 500 mg twice daily; amlodipine 5 mg once daily",
            allergies="None known",
            prior_treatment="None for the lump",
            referring_doctor="Dr. Arvind Mishra",
            referring_registration="UPMC 45872",
        ),
    )
    timeline.add_entry(store, main, days_ago(95), "Noticed a painless lump in the left breast")
    timeline.add_entry(store, main, days_ago(30), "Lump larger; lump in the left armpit")
    timeline.add_entry(store, main, days_ago(12), "Core biopsy at district hospital")
    others = [
        ("Ramesh Kumar Yadav", "CHC-77", "cardiology", CaseStatus.READY, Urgency.URGENT),
        ("Lakshmi Narayanan", "", "neurology", CaseStatus.OPINION_RECEIVED, Urgency.ROUTINE),
        ("Mohammed Iqbal Ansari", "PHC-BST-0988", "nephrology", CaseStatus.QUEUED, Urgency.ROUTINE),
        ("Kavita Kumari", "PHC-BST-1044", "paediatrics", CaseStatus.DRAFT, Urgency.ROUTINE),
        ("Baldev Singh", "CHC-102", "orthopaedics", CaseStatus.IN_REVIEW, Urgency.ROUTINE),
    ]
    for name, hospital_id, specialty, status, urgency in others:
        cases.create_case(
            store,
            Patient(name=name, hospital_id=hospital_id, age_years=40),
            referral=Referral(specialty=specialty, urgency=urgency, questions=["Second opinion"]),
            status=status,
        )
    return main
