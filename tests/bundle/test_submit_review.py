"""The Submit review model over a real store, without a window, and the bundle it leads to.

What the review lists is what the bundle holds: the review's choices are handed to the real
bundle builder, the bundle is opened with the service's key, and its files are compared with
the review's list by name, size and SHA-256. A DICOM file the index has no rows for belongs to
no series: it goes whatever the ticks, and the review lists it with the other files.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pydicom

from casework.submit_review import SubmitReview, load_review
from local_store.models import AttachmentKind
from sync import link
from sync.bundle.assemble import build_case_bundle
from sync.bundle.opener import open_bundle, safe_name
from tests.bundle.conftest import make_service


def _review(store, case_id) -> SubmitReview:
    return SubmitReview(load_review(store, case_id))


def _row(review, text):
    return next(r for r in review.series_rows if text in r.series.description)


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build_and_open(store, case_id, review, tmp_path, **options):
    service = make_service(tmp_path / "service")
    choices = review.build_choices() | options
    result = build_case_bundle(store, case_id, tmp_path / "bundle", [service.recipient], **choices)
    opened = open_bundle(result.built.path, service.identity, tmp_path / "opened")
    return result, opened.manifest, tmp_path / "opened"


def test_ticks_and_switch_decide_what_goes_and_its_size(store, case_id):
    review = _review(store, case_id)
    assert [r.series.number for r in review.series_rows] == [1, 2]
    assert _row(review, "1MM").key_images == 1
    assert review.selected_series() is None
    assert len(review.files_to_send()) == 9  # 7 slices, the report, the unindexed file
    everything = review.total_bytes
    on_2g = review.estimates().on_2g
    assert on_2g == link.estimate_seconds(everything, link.RATE_2G)
    assert review.estimates().measured is None  # nothing measured before the first sending

    review.set_ticked(_row(review, "5MM").uid, False)
    assert review.selected_series() == [_row(review, "1MM").uid]
    names = [f.name for f in review.files_to_send()]
    assert len(names) == 5 and "report.pdf" in names and "loose.dcm" in names
    assert review.total_bytes < everything and review.estimates().on_2g < on_2g

    review.tick_all()
    assert review.selected_series() is None and review.total_bytes == everything
    review.tick_key_series()
    assert review.selected_series() == [_row(review, "1MM").uid]

    review.set_ticked(_row(review, "1MM").uid, False)
    assert review.no_series_ticked
    # Only what belongs to no series is left: the report and the unindexed DICOM file.
    assert sorted(f.name for f in review.files_to_send()) == ["loose.dcm", "report.pdf"]


def test_the_unindexed_dicom_file_is_listed_with_the_other_files(store, case_id):
    review = _review(store, case_id)
    others = {f.name: f.kind for f in review.other_files()}
    assert others == {"report.pdf": "document", "loose.dcm": "dicom"}
    assert all(f.series_uid is None for f in review.other_files())


def test_deidentify_leaves_reports_out_and_keeps_the_ticks(store, case_id):
    review = _review(store, case_id)
    review.set_ticked(_row(review, "5MM").uid, False)
    with_identity = review.total_bytes
    review.set_deidentify(True)
    assert [a.name for a in review.left_out()] == ["report.pdf"]
    assert "report.pdf" not in [f.name for f in review.files_to_send()]
    assert review.selected_series() == [_row(review, "1MM").uid]
    assert review.total_bytes < with_identity
    review.set_deidentify(False)
    assert review.left_out() == [] and "report.pdf" in [f.name for f in review.files_to_send()]


def test_not_enrolled_review_says_so(store, case_id):
    review = _review(store, case_id)
    assert not review.enrolled and review.service_url is None


def test_what_the_review_lists_is_byte_for_byte_what_the_bundle_holds(store, case_id, tmp_path):
    review = _review(store, case_id)
    review.set_ticked(_row(review, "5MM").uid, False)  # one series left out
    listed = review.files_to_send()

    result, manifest, folder = _build_and_open(store, case_id, review, tmp_path, recompress=False)

    assert result.left_out == []
    sent = manifest["files"]
    assert [f["name"] for f in sent] == [f.name for f in listed]
    assert [f["attachment_id"] for f in sent] == [f.attachment.id for f in listed]
    for entry, chosen in zip(sent, listed, strict=True):
        opened = folder / safe_name(entry["file_id"], entry["name"])
        assert (entry["size"], entry["sha256_plain"]) == (chosen.size, chosen.sha256)
        assert (opened.stat().st_size, _sha256(opened)) == (chosen.size, chosen.sha256)
    # The manifest's index describes the series that went, and only those.
    sent_series = {s["series_uid"] for study in manifest["studies"] for s in study["series"]}
    assert sent_series == {_row(review, "1MM").uid}


def test_as_sent_by_the_screen_the_bundle_holds_the_listed_files_pixels_unchanged(
    store, case_id, tmp_path
):
    """The screen's build re-encodes scans losslessly where that saves bytes: every listed file
    is there, by the stored hash, and a re-encoded one has the stored pixels."""
    review = _review(store, case_id)
    review.tick_key_series()
    listed = review.files_to_send()

    _, manifest, folder = _build_and_open(store, case_id, review, tmp_path)

    sent = manifest["files"]
    assert [(f["name"], f["stored_sha256"]) for f in sent] == [(f.name, f.sha256) for f in listed]
    for entry, chosen in zip(sent, listed, strict=True):
        opened = folder / safe_name(entry["file_id"], entry["name"])
        if "recompressed" not in entry:
            assert _sha256(opened) == chosen.sha256
            continue
        assert chosen.attachment.kind is AttachmentKind.DICOM
        with store.blobs.decrypted_file(chosen.sha256) as stored:
            original = pydicom.dcmread(stored).pixel_array
        assert np.array_equal(pydicom.dcmread(opened).pixel_array, original)


def test_a_deidentified_bundle_holds_what_the_review_lists_and_leaves_out(store, case_id, tmp_path):
    review = _review(store, case_id)
    review.set_ticked(_row(review, "1MM").uid, False)
    review.set_deidentify(True)
    listed = review.files_to_send()

    result, manifest, _ = _build_and_open(store, case_id, review, tmp_path)

    # De-identified files are renamed (file names often hold the patient's name): the count,
    # the kinds and what was left out agree with the review.
    assert len(manifest["files"]) == len(listed) == 5  # 4 slices and the unindexed file
    assert {f["kind"] for f in manifest["files"]} == {"dicom"}
    assert result.left_out == [a.id for a in review.left_out()]
