"""The import pipeline end to end through the real encrypted store: folders, DICOMDIR discs,
zips, compressed copies, documents and photos; deduplication; patients; cancelling."""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

from foundation.cancel import Cancelled
from local_store import attachments, audit, dicom_index, importer
from local_store.connection import read
from local_store.models import AttachmentKind, Patient, Sex
from testdata import documents, media
from testdata.dicom import ASHA, RAVI, ct_series

OTHER = RAVI


def index_rows(store, case_id) -> list[tuple]:
    """Everything the index says, without the random attachment ids."""
    rows = []
    for study in dicom_index.list_studies(store, case_id):
        for series in study.series:
            for ref in series.instance_refs:
                rows.append((study.study_uid, series.series_uid, ref.sop_instance_uid, ref.sha256))
    return rows


def test_folder_import_indexes_studies_and_series_in_display_order(
    store, case_id, tmp_path, do_import
):
    ct_series(tmp_path / "cd" / "SERIES2", 4, series_number=2, name="Z{n}")
    ct_series(tmp_path / "cd" / "a" / "b" / "SERIES1", 6, series_number=1)
    report = do_import(tmp_path / "cd")
    assert (report.imported, report.images, report.instances) == (10, 10, 10)
    assert (report.studies, report.series, report.duplicates, report.rejected) == (1, 2, 0, [])
    [study] = dicom_index.list_studies(store, case_id)
    assert study.patient_id == "PHC-0042" and study.study_date == "2024-03-12"
    assert study.modalities == ["CT"]
    assert [s.number for s in study.series] == [1, 2]
    assert [s.instances for s in study.series] == [6, 4]
    numbers = [r.instance_number for r in study.series[0].instance_refs]
    assert numbers == [1, 2, 3, 4, 5, 6]
    ref = study.series[0].instance_refs[0]
    assert (ref.rows, ref.columns, ref.frames, ref.photometric) == (64, 64, 1, "MONOCHROME2")
    # The stored blob is the file, byte for byte.
    source = tmp_path / "cd" / "a" / "b" / "SERIES1" / "IM0001.dcm"
    assert store.blobs.read_bytes(ref.sha256) == source.read_bytes()
    kinds = {a.kind for a in attachments.list_attachments(store, case_id)}
    assert kinds == {AttachmentKind.DICOM}


def test_importing_again_from_folder_zip_or_disc_adds_nothing(store, case_id, tmp_path, do_import):
    files = ct_series(tmp_path / "folder", 5)
    first = do_import(tmp_path / "folder")
    before = (index_rows(store, case_id), len(attachments.list_attachments(store, case_id)))
    again = do_import(tmp_path / "folder")
    zipped = do_import(media.zip_of(tmp_path / "images.zip", tmp_path / "folder"))
    assert first.imported == 5
    assert (again.imported, again.duplicates) == (0, 5)
    assert (zipped.imported, zipped.duplicates) == (0, 5)
    if shutil.which("dcmmkdir"):
        media.dicomdir_disc(tmp_path / "disc", files)
        disc = do_import(tmp_path / "disc", copy_first=True)
        assert (disc.imported, disc.duplicates) == (0, 5)
    after = (index_rows(store, case_id), len(attachments.list_attachments(store, case_id)))
    assert after == before


def test_study_split_over_two_imports_merges(store, case_id, tmp_path, do_import):
    ct_series(tmp_path / "day1", 3, series_number=1)
    ct_series(tmp_path / "day2", 2, series_number=2)
    ct_series(tmp_path / "day2", 2, series_number=1, start=3)  # rest of series 1
    do_import(tmp_path / "day1")
    second = do_import(tmp_path / "day2")
    assert (second.imported, second.series, second.studies) == (4, 2, 1)
    [study] = dicom_index.list_studies(store, case_id)
    assert [(s.number, s.instances) for s in study.series] == [(1, 5), (2, 2)]


@media.needs("dcmcjpls", "dcmcjpeg")
@pytest.mark.interop
def test_compressed_copies_import_and_the_same_instance_is_not_added_twice(
    store, case_id, tmp_path, do_import
):
    plain = ct_series(tmp_path / "plain", 2)
    (tmp_path / "packed").mkdir()
    media.compressed(plain[0], tmp_path / "packed" / "a", "dcmcjpls")
    media.compressed(plain[1], tmp_path / "packed" / "b", "dcmcjpeg")
    first = do_import(tmp_path / "packed")
    assert first.instances == 2
    refs = dicom_index.list_studies(store, case_id)[0].series[0].instance_refs
    assert {r.transfer_syntax for r in refs} == {"1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.70"}
    # The uncompressed originals are the same SOP instances: nothing new.
    again = do_import(tmp_path / "plain")
    assert (again.imported, again.duplicates) == (0, 2)


@media.needs("dcmmkdir")
@pytest.mark.parametrize("mount", ["as burned", "lower case", "lower case with .dcm"])
@pytest.mark.interop
def test_dicomdir_disc_is_found_whatever_the_mount_shows(
    store, case_id, tmp_path, do_import, mount
):
    disc = tmp_path / "disc"
    media.dicomdir_disc(disc, ct_series(tmp_path / "src", 6))
    # What burning software adds: a viewer, autorun, a readme; none of it is the patient's.
    (disc / "VIEWER").mkdir()
    (disc / "VIEWER" / "viewer.exe").write_bytes(b"MZ" + b"\0" * 300)
    (disc / "AUTORUN.INF").write_text("[autorun]")
    (disc / "README.TXT").write_text("Hospital imaging CD")
    if mount != "as burned":
        media.as_linux_mount(disc, ".dcm" if "dcm" in mount else "")
    report = do_import(disc, copy_first=True)
    assert (report.imported, report.rejected) == (6, [])
    names = {a.name for a in attachments.list_attachments(store, case_id)}
    assert "DICOMDIR" not in names and len(names) == 6


@media.needs("dcmmkdir")
@pytest.mark.interop
def test_dicomdir_is_a_hint_unlisted_files_found_and_missing_ones_reported(
    store, case_id, tmp_path, do_import
):
    disc = tmp_path / "disc"
    copies = media.dicomdir_disc(disc, ct_series(tmp_path / "src", 4))
    copies[1].unlink()  # listed but gone (a bad burn)
    ct_series(disc / "EXTRA", 2, start=10)  # on the disc but not in the DICOMDIR
    # Passing the DICOMDIR itself means "this disc".
    report = do_import(disc / "DICOMDIR")
    assert report.imported == 5
    assert [r.reason for r in report.rejected] == ["listed_file_missing"]
    assert report.rejected[0].path.endswith("IM000002")


@media.needs("dcmmkdir")
@pytest.mark.interop
def test_zip_holding_a_dicomdir_disc(store, case_id, tmp_path, do_import):
    media.dicomdir_disc(tmp_path / "disc", ct_series(tmp_path / "src", 3))
    archive = media.zip_of(tmp_path / "cd.zip", tmp_path / "disc", prefix="CD_COPY/")
    report = do_import(archive)
    assert (report.imported, report.rejected) == (3, [])
    rows = index_rows(store, case_id)
    assert len(rows) == 3


def test_zip_bomb_is_refused_and_nothing_is_left(store, case_id, tmp_path, do_import):
    bomb = media.zip_bomb(tmp_path / "bomb.zip")
    work = tmp_path / "work"
    plan = importer.scan([bomb], work)
    assert [(r.path, r.reason) for r in plan.rejected] == [(str(bomb), "zip_too_large")]
    assert not any(p.is_file() for p in work.rglob("*"))
    total_cap = importer.ZipLimits(max_total_bytes=1000, max_ratio=10_000)
    ct_series(tmp_path / "big", 2)
    archive = media.zip_of(tmp_path / "big.zip", tmp_path / "big")
    report = do_import(archive, zip_limits=total_cap)
    assert [r.reason for r in report.rejected] == ["zip_too_large"]
    assert attachments.list_attachments(store, case_id) == []


def test_path_traversal_zip_is_refused_before_anything_is_written(
    store, case_id, tmp_path, do_import
):
    ct = ct_series(tmp_path / "src", 1)[0].read_bytes()
    for name, member in [("slip", "../../escaped.dcm"), ("abs", "/tmp/escaped.dcm"),
                         ("win", "..\\..\\escaped.dcm"), ("drive", "C:/escaped.dcm")]:  # fmt: skip
        archive = media.zip_with_members(tmp_path / f"{name}.zip", {"ok.dcm": ct, member: ct})
        report = do_import(archive)
        assert [r.reason for r in report.rejected] == ["zip_unsafe_path"], name
        assert report.imported == 0
    assert not list(tmp_path.rglob("escaped.dcm"))
    assert not Path("/tmp/escaped.dcm").exists()


def test_corrupt_and_nested_zips(store, case_id, tmp_path, do_import):
    ct = ct_series(tmp_path / "src", 2)
    good = media.zip_of(tmp_path / "good.zip", tmp_path / "src")
    broken = tmp_path / "broken.zip"
    data = good.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(data[:200] + bytes(b ^ 0xFF for b in data[200:400]) + data[400:])
    inner = media.zip_with_members(tmp_path / "inner.zip", {"a.dcm": ct[0].read_bytes()})
    outer = media.zip_with_members(tmp_path / "outer.zip", {"inner.zip": inner.read_bytes()})
    deepest = media.zip_with_members(tmp_path / "deep.zip", {"outer.zip": outer.read_bytes()})
    report = do_import(broken, flipped, outer, deepest)
    reasons = sorted((Path(r.path).name, r.reason) for r in report.rejected)
    assert reasons == [
        ("broken.zip", "zip_corrupt"),
        ("flipped.zip", "zip_corrupt"),
        ("inner.zip", "zip_nested"),  # deep.zip/outer.zip/inner.zip: one level too deep
    ]
    assert report.rejected[-1].path == str(deepest / "outer.zip" / "inner.zip")
    assert report.imported == 1  # a.dcm from the zip inside outer.zip


def test_pdfs_photos_and_dicom_documents(store, case_id, tmp_path, do_import):
    folder = tmp_path / "bag"
    folder.mkdir()
    (folder / "discharge summary").write_bytes(documents.pdf_bytes(pages=2))
    cut = documents.pdf_bytes(pages=3)
    (folder / "lab.pdf").write_bytes(cut[: len(cut) // 2])
    documents.photo(folder / "wound.jpg", size=(120, 80), orientation=6)
    documents.photo(folder / "xray-film.png", fmt="PNG")
    shutil.copyfile(get_testdata_file("test-SR.dcm"), folder / "sr")
    report = do_import(folder, accept_other_patients=True)  # the SR names a test patient
    assert (report.imported, report.documents, report.images) == (4, 2, 2)
    assert [(Path(r.path).name, r.reason) for r in report.rejected] == [("lab.pdf", "unreadable")]
    by_name = {a.name: a for a in attachments.list_attachments(store, case_id)}
    assert by_name["discharge summary"].media_type == "application/pdf"
    assert by_name["sr"].kind is AttachmentKind.DOCUMENT
    assert by_name["wound.jpg"].kind is AttachmentKind.PHOTO
    # The photo is kept as taken; the EXIF turn is applied when it is shown.
    sha = by_name["wound.jpg"].sha256
    assert store.blobs.read_bytes(sha) == (folder / "wound.jpg").read_bytes()


def test_photo_orientation_is_respected_when_shown(tmp_path):
    from imaging.photos import open_photo, photo_info

    path = documents.photo(tmp_path / "p.jpg", size=(120, 80), orientation=6)
    info = photo_info(path)
    assert (info.width, info.height, info.orientation) == (80, 120, 6)
    shown = open_photo(path)
    assert shown.size == (80, 120)
    # Orientation 6 turns the picture clockwise: the red left half ends up on top.
    assert shown.getpixel((40, 10))[0] > 200 and shown.getpixel((40, 110))[2] > 200


def test_heic_without_a_decoder_is_refused_with_a_reason(tmp_path, do_import):
    from imaging.photos import heic_supported

    if heic_supported():
        pytest.skip("a HEIC decoder is installed here, so HEIC photos are accepted")
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    report = do_import(path)
    assert [r.reason for r in report.rejected] == ["unsupported_photo_format"]


def test_bad_files_are_rejected_and_the_rest_imported(store, case_id, tmp_path, do_import):
    ct_series(tmp_path / "mixed", 2)
    (tmp_path / "mixed" / "empty").write_bytes(b"")
    shutil.copyfile(get_testdata_file("MR_truncated.dcm"), tmp_path / "mixed" / "mr")
    (tmp_path / "mixed" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    report = do_import(tmp_path / "mixed", tmp_path / "not-there")
    reasons = sorted((Path(r.path).name, r.reason) for r in report.rejected)
    assert reasons == [
        ("empty", "empty_file"),
        ("mr", "truncated_dicom"),
        ("not-there", "read_failed"),
    ]
    assert report.imported == 2


def test_other_patient_is_listed_and_refused_unless_accepted(store, case_id, tmp_path, do_import):
    ct_series(tmp_path / "mine", 2)
    ct_series(tmp_path / "theirs", 3, patient=OTHER, seed="other")
    plan = importer.scan([tmp_path / "mine", tmp_path / "theirs"], tmp_path / "w")
    patient = Patient(name="Asha Sharma", sex=Sex.FEMALE, birth_date="1972-03-15",
                      hospital_id="PHC-0042")  # fmt: skip
    [mismatch] = importer.patient_mismatches(plan, patient)
    assert mismatch.dicom.name == "RAVI KUMAR" and mismatch.dicom.files == 3
    assert mismatch.differs == ("name", "patient_id", "birth_date", "sex")
    refused = importer.run_import(store, case_id, plan)
    assert refused.imported == 2
    assert [r.reason for r in refused.rejected] == ["other_patient"] * 3
    assert [s.patient_id for s in dicom_index.list_studies(store, case_id)] == ["PHC-0042"]
    accepted = importer.run_import(store, case_id, plan, accept_other_patients={mismatch.dicom.key})
    assert (accepted.imported, accepted.duplicates, accepted.rejected) == (3, 2, [])
    assert len(dicom_index.list_studies(store, case_id)) == 2


@pytest.mark.parametrize(
    ("dicom_name", "case_name", "same"),
    [
        ("SHARMA^ASHA", "Asha Sharma", True),
        ("SHARMA^ASHA^K", "asha sharma", True),
        ("SHARMA^ASHA^KUMARI", "Asha Sharma", True),
        ("", "Asha Sharma", True),  # anonymised header: nothing to compare
        ("SHARMA^USHA", "Asha Sharma", False),
        ("SHARMA", "Asha Sharma", False),
    ],
)
def test_name_comparison(tmp_path, dicom_name, case_name, same):
    ct_series(tmp_path / "s", 1, patient=replace(ASHA, name=dicom_name, patient_id=""))
    plan = importer.scan([tmp_path / "s"], tmp_path / "w")
    mismatches = importer.patient_mismatches(plan, Patient(name=case_name))
    assert (mismatches == []) is same


def test_cancelled_import_finishes_when_run_again(store, case_id, tmp_path, do_import):
    ct_series(tmp_path / "s", 12)
    plan = importer.scan([tmp_path / "s"], tmp_path / "w")
    cancel = threading.Event()

    def progress(p):
        if p.bytes_done >= p.bytes_total * 5 // 12:  # about five files stored
            cancel.set()

    with pytest.raises(Cancelled):
        importer.run_import(store, case_id, plan, cancel=cancel, progress=progress)
    assert 0 < len(attachments.list_attachments(store, case_id)) < 12
    assert importer.unfinished_imports(store, case_id) == 1
    report = importer.run_import(store, case_id, plan)
    assert report.imported + report.duplicates == 12
    assert len(index_rows(store, case_id)) == 12
    assert len(attachments.list_attachments(store, case_id)) == 12


def test_scan_can_be_cancelled(tmp_path):
    ct_series(tmp_path / "s", 3)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        importer.scan([tmp_path / "s"], tmp_path / "w", cancel=cancel)


def test_audit_records_counts_and_hashes_never_names(store, case_id, tmp_path, do_import):
    ct_series(tmp_path / "Asha Sharma CT", 2)
    do_import(tmp_path / "Asha Sharma CT")
    rows = audit.recent(read(store), case_id)
    text = repr(rows).lower()
    assert "sharma" not in text and "im0001" not in text
    finished = [r for r in rows if r["action"] == "import.finished"]
    assert len(finished) == 1 and '"imported":2' in finished[0]["detail"]
    assert audit.verify(read(store)).ok


def test_removing_an_attachment_removes_its_instance_from_the_index(
    store, case_id, tmp_path, do_import
):
    ct_series(tmp_path / "s", 2)
    do_import(tmp_path / "s")
    first = dicom_index.list_studies(store, case_id)[0].series[0].instance_refs[0]
    attachments.remove_attachment(store, first.attachment_id)
    [study] = dicom_index.list_studies(store, case_id)
    assert study.series[0].instances == 1


def test_progress_reports_every_phase(tmp_path, store, case_id):
    ct_series(tmp_path / "s", 3)
    media.zip_of(tmp_path / "z.zip", tmp_path / "s")
    seen = []
    plan = importer.scan(
        [tmp_path / "z.zip"], tmp_path / "w", copy_first=True, progress=seen.append
    )
    importer.run_import(store, case_id, plan, progress=seen.append)
    assert {p.phase for p in seen} == {"copying", "extracting", "scanning", "importing"}
    last = seen[-1]
    assert (last.files_done, last.files_total) == (3, 3)
    assert last.bytes_done == last.bytes_total == plan.total_bytes


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_a_folder_that_cannot_be_read_is_reported(tmp_path):
    ct_series(tmp_path / "cd" / "ok", 1)
    locked = tmp_path / "cd" / "locked"
    ct_series(locked, 1, start=5)
    locked.chmod(0)
    try:
        plan = importer.scan([tmp_path / "cd"], tmp_path / "w")
    finally:
        locked.chmod(0o700)
    assert len(plan.items) == 1
    assert [(Path(r.path).name, r.reason) for r in plan.rejected] == [("locked", "read_failed")]
