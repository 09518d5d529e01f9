"""The Submit review screen over the real store: what goes, its size, de-identify, build, queue.

A case with two CT series (one with a key image) and a PDF report is imported through the real
importer. The review lists both series and the report; unticking a series lowers the size and
the 2G/3G times; the de-identify switch moves the report to "left out"; without enrollment the
screen says so and cannot build; enrolled with a real opinion service on 127.0.0.1, building
queues the bundle (an outbox entry appears and the case becomes queued).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.submit_dialog import SERIES_ROLE
from local_store import cases, outbox
from local_store.models import CaseStatus
from tests.support.case_setup import two_series_case
from tests.support.gui import open_submit_dialog

BUILD_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.gui


@pytest.fixture
def case_id(store, tmp_path):
    return two_series_case(store, tmp_path / "cd")


def series_items(dialog):
    return dialog._series_items()


def listed_texts(dialog) -> list[str]:
    texts = []
    stack = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        texts.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return texts


def test_review_lists_series_and_the_size_follows_the_ticks(qtbot, workers, case_id):
    dialog = open_submit_dialog(qtbot, workers, case_id)
    items = series_items(dialog)
    assert len(items) == 2
    texts = listed_texts(dialog)
    assert any("CT CHEST 5MM" in t for t in texts)
    marked = next(i for i in items if "1MM" in i.text(0))
    assert marked.text(1) == "★ 1"  # the series holding the key image says so
    assert "report.pdf" in texts
    assert len(dialog.files_to_send()) == 8
    all_bytes = dialog.total_bytes
    all_2g = dialog.time_2g.text()

    thin = next(i for i in items if "5MM" in i.text(0))
    thin.setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.selected_series() == [i.data(0, SERIES_ROLE) for i in items if "1MM" in i.text(0)]
    assert len(dialog.files_to_send()) == 4  # 3 slices of the 1 mm series and the report
    assert dialog.total_bytes < all_bytes
    assert dialog.time_2g.text() != all_2g
    assert "4 files" in dialog.total_label.text()

    dialog.tick_all()
    assert dialog.selected_series() is None and dialog.total_bytes == all_bytes
    dialog.tick_key_series()  # only the series holding the key image
    assert len(dialog.files_to_send()) == 4
    # Before the engine has measured anything the third estimate says so instead of guessing.
    assert "not measured" in dialog.time_measured.text()


def test_deidentify_leaves_reports_out_and_says_why(qtbot, workers, case_id):
    dialog = open_submit_dialog(qtbot, workers, case_id)
    assert not dialog.deidentify.isChecked()  # identity kept by default
    with_identity = dialog.total_bytes
    dialog.deidentify.setChecked(True)
    names = [f.name for f in dialog.files_to_send()]
    assert "report.pdf" not in names and len(names) == 7
    texts = listed_texts(dialog)
    left_out = next(t for t in texts if t.startswith("Left out"))
    assert "names are printed" in left_out
    assert "report.pdf" in texts  # still shown, under "left out"
    assert dialog.total_bytes < with_identity
    assert "left out" in dialog.deid_hint.text()
    dialog.deidentify.setChecked(False)
    assert "report.pdf" in [f.name for f in dialog.files_to_send()]


def test_not_enrolled_says_so_and_cannot_build(qtbot, workers, case_id, store):
    dialog = open_submit_dialog(qtbot, workers, case_id)
    assert "not enrolled" in dialog.recipient.text()
    assert dialog.enroll_button.isVisible()
    assert not dialog.send_button.isEnabled()
    dialog.start_build()
    assert dialog.phase == "review"
    assert outbox.list_entries(store) == []


def test_building_queues_the_bundle_for_the_enrolled_service(
    qtbot, workers, case_id, store, tmp_path
):
    sync_support = pytest.importorskip(
        "tests.support.running_service", reason="the reference service is missing"
    )
    from sync import enrollment

    with sync_support.running_service(tmp_path / "service") as service:
        enrolled = enrollment.enroll(
            store, service.url, service.new_code(role="clinic"), label="PHC Basti desk 1"
        )
        dialog = open_submit_dialog(qtbot, workers, case_id)
        assert service.url in dialog.recipient.text()
        assert enrolled.service_fingerprint in dialog.recipient.text().replace("\u200b", "")
        assert dialog.send_button.isEnabled()
        queued = []
        dialog.queued.connect(queued.append)
        dialog.send_button.click()
        qtbot.waitUntil(lambda: dialog.phase in ("done", "failed"), timeout=BUILD_TIMEOUT_MS)
        assert dialog.phase == "done", dialog.banner.text()
        assert queued == [case_id]
        assert "Queued" in dialog.banner.text()
        # How long it takes, said once: "On 2G (50 kbit/s): about 3 min".
        on_2g = next(line for line in dialog.details.text().split("\n") if "2G" in line)
        assert on_2g.startswith("On 2G (50 kbit/s): about ")
        assert on_2g.count("about") == 1
        entries = outbox.list_entries(store)
        assert [e.case_id for e in entries] == [case_id]
        assert entries[0].state == "queued"
        assert entries[0].size_cipher == dialog.outcome.submitted.size_cipher
        assert cases.get_case(store, case_id).status is CaseStatus.QUEUED


def test_cancel_while_building_queues_nothing(qtbot, workers, case_id, store, tmp_path):
    sync_support = pytest.importorskip(
        "tests.support.running_service", reason="the reference service is missing"
    )
    from sync import enrollment

    with sync_support.running_service(tmp_path / "service") as service:
        enrollment.enroll(
            store, service.url, service.new_code(role="clinic"), label="PHC Basti desk 1"
        )
        dialog = open_submit_dialog(qtbot, workers, case_id)
        dialog.start_build()
        dialog.cancel()  # at once: the build sees it before the first file is sealed
        qtbot.waitUntil(lambda: dialog.phase in ("cancelled", "done", "failed"), timeout=60_000)
        assert dialog.phase == "cancelled", dialog.banner.text()
        assert outbox.list_entries(store) == []
        assert cases.get_case(store, case_id).status is not CaseStatus.QUEUED
