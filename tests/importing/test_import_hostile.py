"""Importing a folder where hostile files sit beside good ones: the good ones go in, every bad
one is reported with its reason, and the import stays under 1 GiB and 60 s."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

import wording.clinical
import wording.importing
import wording.viewing
from local_store import importer
from local_store.safe_zip import ZipLimits
from testdata import hostile as hf
from testdata.dicom import ct_series
from testdata.documents import pdf_bytes, photo
from tests.support.cli import folder_hashes

MIB = 1024 * 1024


def _good_files(folder):
    ct_series(folder / "ct", 3)
    (folder / "report.pdf").write_bytes(pdf_bytes())
    photo(folder / "wound.jpg")
    return 5


def test_a_folder_of_bombs_beside_good_files_imports_the_good_ones(cli, tmp_path):
    case_id = cli.new_case()
    media = tmp_path / "media"
    good = _good_files(media)
    for name, (syntax, rows, columns, frames, bits) in hf.COMPRESSED_BOMBS.items():
        hf.compressed_bomb(media / f"{name}.dcm", syntax, rows, columns, frames, bits)
    hf.deflated_bomb(media / "deflated.dcm", 1024**3)
    hf.deflated_bomb(media / "deflated_header.dcm", 512 * MIB, in_header=True)
    hf.png_bomb(media / "huge.png", 20_000, 20_000)
    hf.zip_of_zips(media / "nested.zip", inner=3, member_mib=1, members=300)
    os.mkfifo(media / "pipe")
    before = folder_hashes(media)

    run = cli.watch("--json", "import", case_id, str(media), "--accept-other-patient")

    run.assert_bounded(codes=(3,))
    report = json.loads(run.out)
    reasons = {r["path"].removeprefix(str(media) + "/"): r["reason"] for r in report["rejected"]}
    assert reasons["pipe"] == "special_file_skipped"
    assert reasons["deflated_header.dcm"] == "inflates_too_large"
    assert reasons["huge.png"] == "photo_too_large"
    assert reasons["nested.zip/inner0.zip"] == "zip_too_large"
    # The compressed bombs, and the deflated file whose header is small, are valid DICOM:
    # kept for the specialist, never decoded here beyond the budget (test_render_hostile).
    assert report["imported"] == good + len(hf.COMPRESSED_BOMBS) + 1
    for entry in report["rejected"]:
        assert entry["message"] == wording.importing.IMPORT_REJECT[entry["reason"]]
    assert folder_hashes(media) == before  # the patient's media is only read
    assert not cli.home.exists()  # nothing written outside the data folder
    work = cli.data_dir / "import-work"
    assert not any(p.is_file() for p in work.rglob("*"))
    listed = cli("--json", "case", "list")
    assert listed.code == 0 and len(listed.json) == 1  # the store opens afterwards


def test_dicom_info_reads_a_deflate_bomb_header_without_inflating_it(cli, tmp_path):
    media = tmp_path / "media"
    ct_series(media, 1)
    hf.deflated_bomb(media / "deflated.dcm", 1024**3)
    hf.deflated_bomb(media / "deflated_header.dcm", 512 * MIB, in_header=True)
    run = cli.watch("--json", "dicom", "info", str(media))
    run.assert_bounded(codes=(3,))
    info = json.loads(run.out)
    assert info["files"] == 2
    assert [r["reason"] for r in info["rejected"]] == ["inflates_too_large"]


def test_a_small_deflated_file_still_imports(tmp_path):
    # Deflate is a legitimate syntax: a data set under the cap is read and indexed.
    path = hf.deflated_bomb(tmp_path / "small.dcm", 2 * MIB)
    plan = importer.scan([path], tmp_path / "work")
    assert plan.rejected == []
    assert plan.items[0].header.rows == 1024


def test_one_zip_budget_is_shared_by_every_nesting_level(tmp_path):
    # Three inner zips of 3 MiB each (members under every ratio test) against an import
    # budget of 5 MiB: the first unpacks, the rest are refused, and the work folder never
    # holds more than the budget.
    archive = hf.zip_of_zips(tmp_path / "nested.zip", inner=3, member_mib=1, members=3)
    limits = ZipLimits(max_total_bytes=5 * MIB + 100_000)
    work = tmp_path / "work"
    plan = importer.scan([archive], work, zip_limits=limits)
    # (The unpacked members themselves are zeros, rejected as not DICOM.)
    reasons = sorted(r.reason for r in plan.rejected if r.reason.startswith("zip"))
    assert reasons == ["zip_budget_exceeded", "zip_budget_exceeded"]
    written = sum(p.stat().st_size for p in work.rglob("*") if p.is_file())
    assert written <= limits.max_total_bytes + archive.stat().st_size


def test_members_count_against_the_same_budget(tmp_path):
    archive = hf.zip_of_zips(tmp_path / "nested.zip", inner=2, member_mib=0, members=40)
    plan = importer.scan([archive], tmp_path / "work", zip_limits=ZipLimits(max_members=50))
    assert [r.reason for r in plan.rejected if r.reason.startswith("zip")] == [
        "zip_budget_exceeded"
    ]


def test_the_free_disk_space_bounds_the_budget(tmp_path):
    archive = hf.zip_of_zips(tmp_path / "nested.zip", inner=1, member_mib=1, members=3)
    free = os.statvfs(tmp_path).f_bavail * os.statvfs(tmp_path).f_frsize
    # Leave less room than the outer zip itself: nothing may be unpacked.
    limits = ZipLimits(min_free_bytes=free - 1024)
    plan = importer.scan([archive], tmp_path / "work", zip_limits=limits)
    assert [r.reason for r in plan.rejected] == ["zip_budget_exceeded"]


@pytest.mark.parametrize(
    "names",
    [
        ["scan.dcm", "scan.dcm", "scan.dcm"],  # the same name three times
        ["scan.dcm", "SCAN.DCM", "Scan.dcm"],  # one name to Windows and macOS
        ["a/scan.dcm", "a//scan.dcm", "./a/scan.dcm"],  # one path written three ways
    ],
)
def test_every_member_of_a_zip_with_colliding_names_is_imported(cli, tmp_path, names):
    case_id = cli.new_case()
    contents = [p.read_bytes() for p in ct_series(tmp_path / "ct", 3)]
    archive = hf.zip_with_duplicates(tmp_path / "dups.zip", list(zip(names, contents, strict=True)))
    with zipfile.ZipFile(archive) as z:
        assert len(z.infolist()) == 3
    run = cli.watch("--json", "import", case_id, str(archive), "--accept-other-patient")
    run.assert_bounded(codes=(0,))
    report = json.loads(run.out)
    assert (report["imported"], report["instances"], report["rejected"]) == (3, 3, [])


def test_a_member_blocked_by_a_file_of_its_folder_name_is_reported(cli, tmp_path):
    case_id = cli.new_case()
    files = sorted(ct_series(tmp_path / "ct", 2))
    archive = hf.zip_with_duplicates(
        tmp_path / "clash.zip",
        [("study", files[0].read_bytes()), ("study/scan.dcm", files[1].read_bytes())],
    )
    run = cli.watch("--json", "import", case_id, str(archive), "--accept-other-patient")
    run.assert_bounded(codes=(3,))
    report = json.loads(run.out)
    assert report["imported"] == 1
    assert [(r["path"], r["reason"]) for r in report["rejected"]] == [
        (f"{archive}/study/scan.dcm", "duplicate_member")
    ]


def test_a_fifo_given_by_name_is_skipped_not_opened(cli, tmp_path):
    case_id = cli.new_case()
    fifo = tmp_path / "pipe.dcm"
    os.mkfifo(fifo)
    files = sorted(ct_series(tmp_path / "ct", 1))
    run = cli.watch("--json", "import", case_id, str(fifo), str(files[0]), "--accept-other-patient")
    run.assert_bounded(codes=(3,))
    report = json.loads(run.out)
    assert report["imported"] == 1
    assert [r["reason"] for r in report["rejected"]] == ["special_file_skipped"]
