"""The Sync panel and the status-bar indicator while the real engine sends to a real service.

The main window runs the engine on its own thread (writes through the database executor). A
case with 300 KB of incompressible data is queued; a bandwidth cap keeps the upload going for
some seconds, so the panel shows it mid-way: the bundle's percent and its files, the
indicator's "Sending …%". Pause stops the bytes (the stored offsets stay put), Resume and Send
now carry on to delivery (the case becomes delivered). Then the service is stopped under a
second case: the panel says in words what went wrong and what to do.
"""

from __future__ import annotations

import os

import pytest

from local_store import attachments, cases, outbox
from local_store.models import CaseStatus, Patient, Referral, Sex

sync_support = pytest.importorskip(
    "tests.support.running_service", reason="the reference service is missing"
)

from sync import enrollment, submit  # noqa: E402

SEND_TIMEOUT_MS = 60_000
CAP = 40_000  # bytes/s: a 300 KB case takes about 8 s, long enough to look at it mid-way
PAUSE_LOOK_MS = 1_500

pytestmark = pytest.mark.gui


def queued_case(store, tmp_path, name: str, size: int = 300_000) -> str:
    case_id = cases.create_case(
        store,
        Patient(name=name, sex=Sex.FEMALE, age_years=41),
        referral=Referral(specialty="oncology", questions=["Surgery or chemotherapy first?"]),
    )
    blob = tmp_path / f"{name.split()[0].lower()}-scan-export.bin"
    blob.write_bytes(os.urandom(size))  # random bytes: compression cannot shrink them
    attachments.add_file(store, case_id, blob)
    submit.submit_case(store, store.data_dir, case_id)
    return case_id


def entry_of(store, case_id):
    return next(e for e in outbox.list_entries(store) if e.case_id == case_id)


def test_panel_follows_sending_pause_resume_and_an_error(window, qtbot, store, tmp_path):
    controls = window.sync
    assert "Enroll" in controls.indicator.text()  # not enrolled yet: the indicator says so
    with sync_support.running_service(tmp_path / "service") as service:
        enrollment.enroll(
            store, service.url, service.new_code(role="clinic"), label="PHC Basti desk 1"
        )
        outbox.set_max_rate(store, CAP)
        case_id = queued_case(store, tmp_path, "Meena Kumari")
        window.refresh_cases()  # the case list shows the new case, "Waiting to send"
        qtbot.waitUntil(lambda: window.model.row_of(case_id) is not None, timeout=10_000)
        controls.service.restart()
        controls.show_panel()
        panel = controls.panel
        qtbot.waitUntil(lambda: panel.loaded, timeout=10_000)

        # Mid-upload: the live percent in the table and the indicator, the file being sent.
        def sending_midway() -> bool:
            live = controls.service.latest
            return (
                live is not None
                and live.state == "sending"
                and 0 < live.bundle_done < live.bundle_total
                and "Sending" in controls.indicator.text()
            )

        qtbot.waitUntil(sending_midway, timeout=SEND_TIMEOUT_MS)
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5_000)
        assert panel.table.item(0, 0).text() == "Meena Kumari"
        assert panel.table.item(0, 2).text() == "Sending"
        assert panel.files.rowCount() >= 2  # the manifest and the scan export
        # Files are named as the clinic knows them, not by their names inside the bundle.
        shown = {panel.files.item(r, 0).text() for r in range(panel.files.rowCount())}
        assert {"meena-scan-export.bin", "Case details and index"} <= shown
        assert "%" in controls.indicator.text()

        # Pause: the engine stops sending and the stored offset stays where it is.
        panel.toggle_pause()
        qtbot.waitUntil(lambda: controls.service.paused, timeout=10_000)
        assert panel.pause_button.text() == "Resume sending"
        sent_at_pause = entry_of(store, case_id).sent_bytes
        qtbot.wait(PAUSE_LOOK_MS)
        assert entry_of(store, case_id).sent_bytes == sent_at_pause
        assert entry_of(store, case_id).state != "sent"

        # Resume and Send now: it goes on from the same offset to a signed receipt.
        qtbot.waitUntil(lambda: panel.pause_button.isEnabled(), timeout=5_000)
        panel.toggle_pause()
        panel.send_now()
        qtbot.waitUntil(lambda: entry_of(store, case_id).state == "sent", timeout=SEND_TIMEOUT_MS)
        assert cases.get_case(store, case_id).status in (
            CaseStatus.DELIVERED,
            CaseStatus.ASSIGNED,
        )
        qtbot.waitUntil(
            lambda: (
                panel.table.item(0, 2) is not None
                and panel.table.item(0, 2).text().startswith("Delivered")
            ),
            timeout=10_000,
        )

        # An error: the service goes away (the with block ends) under a second case.
        second = queued_case(store, tmp_path, "Rani Devi", size=200_000)
    panel.send_now()
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=SEND_TIMEOUT_MS)
    words = panel.error.text()
    assert words.startswith("Last problem:")
    assert "cannot be reached" in words  # what happened, in words, not the bare code
    assert "sent by themselves" in words  # and what happens next / what to do
    assert entry_of(store, second).state != "sent"
    assert controls.service.latest.state in ("offline", "waiting")
    assert "Offline" in controls.indicator.text() or "waiting" in controls.indicator.text()
