"""Screens of sending a case: the Submit review, the Sending panel mid-upload and after an
error, and the status-bar indicator while sending.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/sync/test_sync_screens.py. A real opinion service runs on 127.0.0.1; a bandwidth cap
holds the upload mid-way for the picture; stopping the service makes the error.
PNGs go to artifacts/screens/ (40-43).
"""

from __future__ import annotations

import os

import pytest

from local_store import attachments, cases, dicom_index, importer, key_images, outbox
from local_store.models import CaseStatus
from testdata.dicom import SUNITA, ct_series
from testdata.documents import EMPTY_PDF
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window, seed, show

sync_support = pytest.importorskip(
    "tests.support.running_service", reason="the reference service is missing"
)

from desktop.views.submit_dialog import SubmitDialog  # noqa: E402
from sync import enrollment, submit  # noqa: E402

pytestmark = SCREENSHOT

CAP = 60_000  # bytes/s: the 1.5 MB case takes about 25 s, time to take the pictures
WAIT_MS = 60_000


def scans_and_report(store, case_id, tmp_path) -> None:
    source = tmp_path / "cd"
    patient = SUNITA
    ct_series(source / "a", 24, size=128, series_number=2, description="CT CHEST", patient=patient)
    ct_series(
        source / "b",
        6,
        size=128,
        series_number=5,
        description="CT CHEST",
        patient=patient,
        start=40,
    )
    (source / "biopsy-report.pdf").write_bytes(EMPTY_PDF)
    plan = importer.scan([source], importer.new_work_dir(store))
    importer.run_import(store, case_id, plan, accept_other_patients=True)
    series = [s for study in dicom_index.list_studies(store, case_id) for s in study.series]
    marked = next(s for s in series if s.number == 5)
    for ref in marked.instance_refs[:2]:
        key_images.add_key_image(store, case_id, ref.sop_instance_uid, 0, "mass, left breast")


def test_submit_review_and_sending_panel(store, qtbot, tmp_path, out_dir):
    main = seed(store)
    cases.set_status(store, main, CaseStatus.READY)
    scans_and_report(store, main, tmp_path)
    with sync_support.running_service(tmp_path / "service") as service:
        enrollment.enroll(
            store, service.url, service.new_code(role="clinic"), label="PHC Basti desk 1"
        )
        window = open_window(store, qtbot)
        window.select_case(main)
        qtbot.waitUntil(lambda: window.editor.case_id == main)

        dialog = SubmitDialog(window.executor, window.import_pool, main, window)
        qtbot.addWidget(dialog)
        show(qtbot, dialog, 1000, 660)
        qtbot.waitUntil(lambda: dialog.phase == "review")
        thin = next(i for i in dialog._series_items() if "series 2" in i.text(0))
        thin.setCheckState(0, qtbot_unchecked())
        qtbot.wait(200)
        save(
            dialog,
            out_dir / "40-submit-review.png",
            shows=[dialog.tree, dialog.deidentify, dialog.send_button, dialog.total_label],
            says=["Sunita Devi", "biopsy-report.pdf", "Prepare and queue for sending"],
        )
        dialog.reject()

        # Two cases queued; the first (1.5 MB that cannot be compressed) held by the cap.
        export = tmp_path / "ecg-holter-export.bin"
        export.write_bytes(os.urandom(1_500_000))
        attachments.add_file(store, main, export)
        submit.submit_case(store, store.data_dir, main)
        other = next(c.id for c in cases.list_cases(store) if c.patient_name.startswith("Ramesh"))
        submit.submit_case(store, store.data_dir, other)
        outbox.set_max_rate(store, CAP)
        controls = window.sync
        controls.service.restart()
        controls.show_panel()
        panel = controls.panel
        panel.resize(1060, 560)
        qtbot.waitExposed(panel)

        def midway() -> bool:
            live = controls.service.latest
            return (
                live is not None
                and live.state == "sending"
                and live.bundle_total
                and live.bundle_done > live.bundle_total * 0.3
            )

        qtbot.waitUntil(midway, timeout=WAIT_MS)
        qtbot.wait(600)  # the panel's next read of the outbox
        save(
            panel,
            out_dir / "41-sync-panel-sending.png",
            shows=[panel.status, panel.table, panel.pause_button],
            says=["Sunita Devi", "Ramesh Kumar Yadav"],
        )
        save(
            window,
            out_dir / "43-status-bar-sending.png",
            shows=[controls.indicator, controls.sync_button],
            says=["Sending"],
        )
    # The service is gone mid-upload: the panel says what happened and what to do.
    panel.send_now()
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=WAIT_MS)
    qtbot.wait(1200)
    save(
        panel,
        out_dir / "42-sync-panel-error.png",
        shows=[panel.error, panel.send_button],
        says=[],
    )
    panel.close()


def qtbot_unchecked():
    from PySide6.QtCore import Qt

    return Qt.CheckState.Unchecked
