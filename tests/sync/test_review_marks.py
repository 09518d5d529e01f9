"""The specialist's own key images and measurements on a received case: kept beside it (never in
what the clinic sent), read back after a restart, listed in the review with each image named
by its series and number and each length worked out in millimetres, and marked from the DICOM
viewer the review opens. A received CT case is made in the store as a fetch leaves it
(tests/support/received_case.py); tests/sync/test_specialist_window.py covers the fetch."""

from __future__ import annotations

import json

import pydicom
import pytest

from casework.review_marks import KEY_IMAGE, locate, own_marks
from casework.worklist import open_for_review
from local_store import audit, key_images, measurements, received, review_marks
from local_store.connection import read
from local_store.errors import CaseReadOnly, InvalidIntake, NotFound
from local_store.store import Store
from testdata.dicom import SUNITA, ct_series
from tests.conftest import TEST_PASSPHRASE
from tests.support.received_case import enroll_specialist, received_case


def received_ct(store, folder) -> tuple[str, list[str]]:
    """A received case holding a four-slice CT series (0.5 mm pixels) and one key image the
    clinic marked; (its bundle id, the SOP instance UIDs in order)."""
    paths = ct_series(
        folder / "ct", 4, size=64, series_number=2, description="CT CHEST", patient=SUNITA
    )
    files, refs, sent_files, uids = [], [], [], []
    study_uid = series_uid = ""
    for number, path in enumerate(paths, 1):
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        study_uid, series_uid = str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID)
        uids.append(str(ds.SOPInstanceUID))
        blob = store.blobs.put_file(path)
        file_id, clinic_id = f"f{number:03d}", f"clinic-att-{number}"
        files.append(received.ReceivedFile(file_id, blob, path.name, "application/dicom", "dicom"))
        sent_files.append(
            {
                "file_id": file_id,
                "attachment_id": clinic_id,
                "name": path.name,
                "kind": "dicom",
                "size": blob.size,
            }
        )
        refs.append(
            {
                "attachment_id": clinic_id,
                "sop_instance_uid": str(ds.SOPInstanceUID),
                "instance_number": int(ds.InstanceNumber),
                "frames": 1,
                "rows": 64,
                "columns": 64,
            }
        )
    sent = {
        "files": sent_files,
        "studies": [
            {
                "study_uid": study_uid,
                "series": [
                    {
                        "series_uid": series_uid,
                        "modality": "CT",
                        "description": "CT CHEST",
                        "instance_refs": refs,
                    }
                ],
            }
        ],
        "key_images": [{"sop_instance_uid": uids[1], "frame": 0, "note": "cardiomegaly"}],
    }
    return received_case(store, files=files, sent=sent), uids


def as_sent(store, bundle_id: str) -> dict:
    """Everything the clinic sent as this computer keeps it: the rows and the blob files."""
    kept = received.get_received(store, bundle_id)
    db = read(store)
    attachments = db.execute(
        "SELECT id, sha256, name, size FROM attachments WHERE case_id = ? ORDER BY id",
        [kept.case_id],
    ).fetchall()
    return {
        "received": db.execute(
            "SELECT * FROM received_cases WHERE bundle_id = ?", [bundle_id]
        ).fetchall(),
        "case": db.execute("SELECT * FROM cases WHERE id = ?", [kept.case_id]).fetchall(),
        "attachments": attachments,
        "files": db.execute(
            "SELECT * FROM received_files WHERE bundle_id = ? ORDER BY file_id", [bundle_id]
        ).fetchall(),
        "blobs": {sha: store.blobs.path_for(sha).read_bytes() for _, sha, _, _ in attachments},
        "clinic_key_images": key_images.list_key_images(store, kept.case_id),
        "clinic_measurements": measurements.list_measurements(store, kept.case_id),
    }


# ---- the store, Qt-free


def test_marks_are_kept_beside_the_case_and_read_back_after_a_restart(data_dir, tmp_path):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        bundle_id, uids = received_ct(store, tmp_path)
        review_marks.add_key_image(store, bundle_id, uids[2], 0, "  LV dilated ")
        review_marks.add_measurement(
            store, bundle_id, uids[2], 0, "length", [(10.0, 32.0), (50.0, 32.0)]
        )
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        [key] = review_marks.list_key_images(store, bundle_id)
        [length] = review_marks.list_measurements(store, bundle_id)
    assert (key.sop_instance_uid, key.frame, key.note) == (uids[2], 0, "LV dilated")
    assert (length.sop_instance_uid, length.kind, length.points) == (
        uids[2],
        "length",
        ((10.0, 32.0), (50.0, 32.0)),
    )


def test_what_the_clinic_sent_is_never_changed(store, tmp_path):
    bundle_id, uids = received_ct(store, tmp_path)
    before = as_sent(store, bundle_id)
    plain = {sha: store.blobs.read_bytes(sha) for sha in before["blobs"]}

    review_marks.add_key_image(store, bundle_id, uids[1], 0, "agree: cardiomegaly")
    review_marks.add_key_image(store, bundle_id, uids[1], 0, "changed my note")
    review_marks.add_measurement(store, bundle_id, uids[0], 0, "angle", [(1, 1), (9, 9), (1, 20)])
    review_marks.add_measurement(store, bundle_id, uids[0], 0, "ellipse", [(5, 5), (20, 30)])
    assert review_marks.clear_measurements(store, bundle_id, uids[0], 0) == 2
    review_marks.add_measurement(store, bundle_id, uids[3], 0, "length", [(0, 0), (3, 4)])

    after = as_sent(store, bundle_id)
    assert after == before  # rows, the encrypted files byte for byte, the clinic's own marks
    assert {sha: store.blobs.read_bytes(sha) for sha in after["blobs"]} == plain
    assert after["clinic_key_images"] == [] and after["clinic_measurements"] == []
    manifest = received.get_received(store, bundle_id).manifest
    assert manifest["key_images"] == [
        {"sop_instance_uid": uids[1], "frame": 0, "note": "cardiomegaly"}
    ]
    # The clinic's own paths still refuse the received case.
    case_id = received.get_received(store, bundle_id).case_id
    with pytest.raises(CaseReadOnly):
        key_images.add_key_image(store, case_id, uids[0], 0, "x")
    with pytest.raises(CaseReadOnly):
        measurements.add_measurement(store, case_id, uids[0], 0, "length", [(0, 0), (1, 1)])
    assert [(k.note, k.frame) for k in review_marks.list_key_images(store, bundle_id)] == [
        ("changed my note", 0)
    ]
    assert [m.sop_instance_uid for m in review_marks.list_measurements(store, bundle_id)] == [
        uids[3]
    ]


def test_bad_marks_are_refused_with_codes_and_nothing_is_kept(store, tmp_path):
    bundle_id, uids = received_ct(store, tmp_path)
    with pytest.raises(InvalidIntake) as caught:
        review_marks.add_key_image(store, bundle_id, " ", -1, "n" * 2001)
    assert {p.code for p in caught.value.problems} == {"required", "out_of_range", "too_long"}
    with pytest.raises(InvalidIntake):
        review_marks.add_measurement(store, bundle_id, uids[0], 0, "length", [(0, 0)])
    with pytest.raises(NotFound):
        review_marks.add_key_image(store, "no-such-bundle", uids[0], 0, "")
    assert review_marks.list_key_images(store, bundle_id) == []
    assert review_marks.list_measurements(store, bundle_id) == []


def test_audit_rows_name_neither_the_note_nor_the_image(store, tmp_path):
    bundle_id, uids = received_ct(store, tmp_path)
    key_id = review_marks.add_key_image(store, bundle_id, uids[0], 0, "Sunita: effusion")
    review_marks.add_measurement(store, bundle_id, uids[0], 0, "length", [(0, 0), (3, 4)])
    review_marks.remove_key_image(store, key_id)
    rows = (
        read(store)
        .execute("SELECT action, detail FROM audit_log WHERE action LIKE 'review_%' ORDER BY seq")
        .fetchall()
    )
    assert [r[0] for r in rows] == [
        "review_key_image.added",
        "review_measurement.added",
        "review_key_image.removed",
    ]
    for _, detail in rows:
        assert "Sunita" not in detail and "effusion" not in detail and uids[0] not in detail
        assert "[0.0" not in json.dumps(detail)
    assert audit.verify(read(store)).ok


def test_the_review_lists_them_by_series_and_number_with_lengths_in_mm(store, tmp_path):
    bundle_id, uids = received_ct(store, tmp_path)
    review_marks.add_key_image(store, bundle_id, uids[2], 0, "LV dilated")
    # 40 pixels across 5 mm pixels (testdata's 64-pixel CT covers 320 mm): 200 mm.
    review_marks.add_measurement(
        store, bundle_id, uids[2], 0, "length", [(10.0, 32.0), (50.0, 32.0)]
    )
    view = open_for_review(store, bundle_id)
    place = locate(view, uids[1])  # the clinic's key image, placed the same way
    assert (place.description, place.instance_number) == ("CT CHEST", 2)

    key, length = own_marks(store, view)
    assert (key.kind, key.note, key.place.instance_number) == (KEY_IMAGE, "LV dilated", 3)
    assert (length.kind, length.unit, length.calibration_source) == (
        "length",
        "mm",
        "PixelSpacing",
    )
    assert length.value == pytest.approx(200.0)
    assert length.place.series_uid == view["studies"][0]["series"][0]["series_uid"]


# ---- the review and the viewer, offscreen


@pytest.mark.gui
def test_a_key_image_marked_in_the_viewer_is_listed_in_the_review_and_shown_again(
    store, tmp_path, qtbot
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.viewers import dicom_viewer
    from desktop.views.review_view import ReviewView
    from desktop.workers import DatabaseExecutor

    enroll_specialist(store)
    bundle_id, uids = received_ct(store, tmp_path)
    executor = DatabaseExecutor(store)
    review = ReviewView(executor)
    qtbot.addWidget(review)
    review.show()
    try:
        review.load(bundle_id)
        qtbot.waitUntil(
            lambda: review.own_box is not None and review.own_box.count(), timeout=10_000
        )
        before = as_sent(store, bundle_id)  # opened: "in review" (the one change opening makes)
        assert "None yet" in " ".join(
            w.text() for w in review.body.findChildren(type(review.heading))
        )
        body = " ".join(w.text() for w in review.body.findChildren(type(review.heading)))
        assert "CT CHEST, image 2: cardiomegaly" in body  # the clinic's, by series and number

        def open_viewer():
            qtbot.waitUntil(lambda: not review.viewers.windows, timeout=10_000)
            review.view_buttons[review.studies[0].series[0].series_uid].click()
            qtbot.waitUntil(lambda: bool(review.viewers.windows), timeout=10_000)
            window = review.viewers.windows[-1]
            qtbot.waitUntil(lambda: window.active.current_header() is not None, timeout=20_000)
            return window

        viewer = open_viewer()
        viewer.active.go_to(2)
        qtbot.waitUntil(
            lambda: str(viewer.active.current_header().dataset.SOPInstanceUID) == uids[2],
            timeout=20_000,
        )

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, dicom_viewer.KeyImageDialog)
            dialog.note.setPlainText("LV dilated")
            dialog.accept()

        QTimer.singleShot(0, answer)
        viewer.mark_key_image()
        qtbot.waitUntil(lambda: "saved" in viewer.statusBar().currentMessage(), timeout=10_000)
        [kept] = review_marks.list_key_images(store, bundle_id)
        assert (kept.sop_instance_uid, kept.frame, kept.note) == (uids[2], 0, "LV dilated")
        # Listed in the review as soon as it is kept.
        qtbot.waitUntil(
            lambda: (
                [label.text() for label in review.own_labels]
                == ["Key image, CT CHEST, image 3: LV dilated"]
            ),
            timeout=10_000,
        )
        viewer.close()

        # Reopened, the viewer knows it again: its note shows on that image.
        again = open_viewer()
        again.active.go_to(2)
        qtbot.waitUntil(
            lambda: "Key image: LV dilated" in again.statusBar().currentMessage(), timeout=20_000
        )
        again.close()
        assert as_sent(store, bundle_id) == before
    finally:
        review.viewers.close_all()
        executor.shutdown()
