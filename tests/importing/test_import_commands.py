"""`import` and `dicom info` through the real command line: JSON keys of the contract, exit
codes, another patient's images refused without --accept-other-patient, progress on stderr,
and `case show` listing the studies."""

from __future__ import annotations

import os

import pytest

import wording.importing
import wording.store
from testdata import documents, media
from testdata.dicom import RAVI, ct_series

IMPORT_KEYS = {
    "imported",
    "duplicates",
    "rejected",
    "documents",
    "images",
    "studies",
    "series",
    "instances",
}
STUDY_KEYS = {"study_uid", "patient_name", "patient_id", "study_date", "modalities", "series"}
SERIES_KEYS = {"series_uid", "modality", "description", "instances"}
OTHER = RAVI


def test_import_folder_then_case_show_lists_the_study(cli, tmp_path):
    case = cli.new_case(name="Asha Sharma")
    ct_series(tmp_path / "cd" / "S1", 3, series_number=1)
    ct_series(tmp_path / "cd" / "S2", 2, series_number=2)
    (tmp_path / "cd" / "report.pdf").write_bytes(documents.pdf_bytes())
    result = cli("--json", "import", case, str(tmp_path / "cd"))
    assert result.code == 0, result.err
    body = result.json
    assert set(body) >= IMPORT_KEYS
    assert (body["imported"], body["images"], body["documents"]) == (6, 5, 1)
    assert (body["studies"], body["series"], body["instances"]) == (1, 2, 5)
    assert body["rejected"] == []
    # Progress went to stderr, never into the JSON on stdout: the saving phase, worded as the
    # desktop words it.
    assert wording.importing.IMPORT_PHASE["importing"] in result.err

    shown = cli("--json", "case", "show", case[:8]).json
    [study] = shown["studies"]
    assert set(study) >= STUDY_KEYS
    assert study["patient_id"] == "PHC-0042" and study["study_date"] == "2024-03-12"
    assert study["modalities"] == ["CT"]
    assert [(s["modality"], s["instances"]) for s in study["series"]] == [("CT", 3), ("CT", 2)]
    assert all(set(s) >= SERIES_KEYS for s in study["series"])
    text = cli("case", "show", case).out
    assert "DICOM studies" in text and "2024-03-12 CT CHEST CT" in text and "3 images" in text


def test_import_again_adds_nothing_and_exits_0(cli, tmp_path):
    case = cli.new_case(name="Asha Sharma")
    ct_series(tmp_path / "s", 2)
    assert cli("import", case, str(tmp_path / "s")).code == 0
    again = cli("--json", "import", case, str(tmp_path / "s"))
    assert again.code == 0
    assert (again.json["imported"], again.json["duplicates"]) == (0, 2)
    text = cli("import", case, str(tmp_path / "s")).out
    assert "2 file(s) were already in this case" in text


def test_some_rejected_exits_3_with_reasons(cli, tmp_path):
    case = cli.new_case(name="Asha Sharma")
    ct_series(tmp_path / "bag", 2)
    (tmp_path / "bag" / "notes.txt").write_text("bring the old CD next time")
    (tmp_path / "bag" / "noise").write_bytes(os.urandom(1000))
    result = cli("--json", "import", case, str(tmp_path / "bag"))
    assert result.code == 3
    rejected = sorted((r["path"].rsplit("/", 1)[-1], r["reason"]) for r in result.json["rejected"])
    assert rejected == [("noise", "not_dicom_or_document"), ("notes.txt", "not_dicom_or_document")]
    assert all(set(r) >= {"path", "reason"} for r in result.json["rejected"])
    text = cli("import", case, str(tmp_path / "bag"))
    assert text.code == 3
    assert wording.importing.IMPORT_REJECT["not_dicom_or_document"] in text.out


def test_nothing_importable_exits_1(cli, tmp_path):
    case = cli.new_case(name="Asha Sharma")
    (tmp_path / "empty.dcm").write_bytes(b"")
    result = cli("--json", "import", case, str(tmp_path / "empty.dcm"))
    assert result.code == 1
    assert result.json["rejected"][0]["reason"] == "empty_file"
    (tmp_path / "nothing").mkdir()
    assert cli("import", case, str(tmp_path / "nothing")).code == 1


def test_other_patient_refused_without_the_option_and_imported_with_it(cli, tmp_path):
    case = cli.new_case(name="Asha Sharma")
    ct_series(tmp_path / "theirs", 2, patient=OTHER, seed="other")
    refused = cli("--json", "import", case, str(tmp_path / "theirs"))
    assert refused.code == 1
    assert [r["reason"] for r in refused.json["rejected"]] == ["other_patient"] * 2
    [other] = refused.json["other_patients"]
    assert other["name"] == "RAVI KUMAR" and other["files"] == 2 and "name" in other["differs"]
    assert "--accept-other-patient" in refused.err
    assert cli("--json", "case", "show", case).json["studies"] == []

    accepted = cli("--json", "import", case, str(tmp_path / "theirs"), "--accept-other-patient")
    assert accepted.code == 0
    assert accepted.json["imported"] == 2
    [study] = cli("--json", "case", "show", case).json["studies"]
    assert study["patient_id"] == "GH-991"


@media.needs("dcmmkdir")
@pytest.mark.interop
def test_import_a_disc_with_copy_first(cli, tmp_path):
    case = cli.new_case(name="Asha Sharma")
    media.dicomdir_disc(tmp_path / "disc", ct_series(tmp_path / "src", 3))
    result = cli("--json", "import", case, str(tmp_path / "disc"), "--copy-first")
    assert result.code == 0, result.err
    assert result.json["imported"] == 3
    assert wording.importing.IMPORT_PHASE["copying"] in result.err
    # The local copies were removed after the import; only encrypted blobs remain.
    work = cli.data_dir / "import-work"
    assert not work.exists() or list(work.iterdir()) == []


def test_unknown_case_is_refused(cli, tmp_path):
    cli.new_case()
    ct_series(tmp_path / "s", 1)
    result = cli("import", "ffffffff", str(tmp_path / "s"))
    assert result.code == 1
    assert result.err_lines == [wording.store.error_text("not_found")]


def test_dicom_info_lists_studies_without_a_data_folder(cli, tmp_path):
    ct_series(tmp_path / "cd", 3)
    ct_series(tmp_path / "cd" / "other", 1, patient=OTHER, seed="other", series_number=4)
    (tmp_path / "cd" / "junk.bin").write_bytes(os.urandom(300))
    result = cli("--json", "dicom", "info", str(tmp_path / "cd"))
    assert result.code == 3
    body = result.json
    assert body["files"] == 4
    assert [r["reason"] for r in body["rejected"]] == ["not_dicom_or_document"]
    by_patient = {s["patient_id"]: s for s in body["studies"]}
    assert set(by_patient) == {"PHC-0042", "GH-991"}
    [series] = by_patient["PHC-0042"]["series"]
    assert series["instances"] == 3 and series["modality"] == "CT"
    assert [i["instance_number"] for i in series["items"]] == [1, 2, 3]
    assert series["items"][0]["rows"] == 64
    assert not cli.data_dir.exists()
    text = cli("dicom", "info", str(tmp_path / "cd"))
    assert "Series 1 CT CT CHEST series 1: 3 instance(s)" in text.out


def test_dicom_info_on_nothing_usable_exits_1(cli, tmp_path):
    (tmp_path / "a.txt").write_text("x")
    assert cli("dicom", "info", str(tmp_path / "a.txt")).code == 1
