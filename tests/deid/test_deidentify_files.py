"""De-identified files as a receiver sees them: valid (dciodvfy), consistent across a study and
across bundles (dcentvfy, keyed UIDs and offsets), flagged for review where pixels may show
identity, and never written for encapsulated documents.

dciodvfy and dcentvfy (dicom3tools) are the independent validators; the comparison is between
the sets of error lines before and after, since some test files carry errors of their own.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.uid import UID

from imaging.deid_dates import patient_day_offset
from imaging.deidentify import (
    DeidError,
    DeidOptions,
    deidentify,
    deidentify_file,
    remap_uid,
)
from testdata.identified import RAMESH, ct_study, encapsulated_pdf, us_multiframe
from wording.deid import DEID_ERROR, DEID_FLAG

KEY = b"install secret one".ljust(32, b"\0")
OTHER_KEY = b"install secret two".ljust(32, b"\0")

needs_dicom3tools = pytest.mark.skipif(
    shutil.which("dciodvfy") is None or shutil.which("dcentvfy") is None,
    reason="dicom3tools (dciodvfy, dcentvfy) not installed",
)


def error_lines(*paths: Path, tool: str = "dciodvfy") -> set[str]:
    done = subprocess.run([tool, *map(str, paths)], capture_output=True, text=True, check=False)
    return {line for line in (done.stdout + done.stderr).splitlines() if "Error" in line}


# --- UIDs -----------------------------------------------------------------------------------


def test_remap_uid_is_keyed_deterministic_and_valid():
    uid = "1.2.840.113619.2.55.3.604688119.969.1268071029.320"
    first = remap_uid(uid, KEY)
    assert first == remap_uid(uid, KEY) == remap_uid(uid + "\0", KEY)
    assert first != remap_uid(uid, OTHER_KEY)
    assert first != remap_uid(uid + "1", KEY)
    assert first.startswith("2.25.") and len(first) <= 64 and UID(first).is_valid
    many = {remap_uid(f"1.2.3.{n}", KEY) for n in range(2000)}
    assert len(many) == 2000
    assert all(UID(u).is_valid and len(u) <= 64 for u in many)


def test_study_stays_linked_and_bundles_agree(tmp_path):
    """Study, series and referenced instances keep their links; a second bundle from the same
    install gives the very same UIDs, dates and pseudonym; another install's key does not."""
    paths = ct_study(tmp_path / "s")
    first = [deidentify(pydicom.dcmread(p), KEY).dataset for p in paths]
    again = [deidentify(pydicom.dcmread(p), KEY).dataset for p in paths]
    other = [deidentify(pydicom.dcmread(p), OTHER_KEY).dataset for p in paths]

    assert len({ds.StudyInstanceUID for ds in first}) == 1
    assert len({ds.SeriesInstanceUID for ds in first}) == 3
    localizer = first[0].SOPInstanceUID
    for ds in first[1:]:
        assert ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID == localizer
    axial = {ds.InstanceNumber: ds.SOPInstanceUID for ds in first[1:4]}
    for ds in first[4:]:
        assert ds.SourceImageSequence[0].ReferencedSOPInstanceUID == axial[ds.InstanceNumber]

    for a, b in zip(first, again, strict=True):
        assert (a.SOPInstanceUID, a.StudyDate, a.PatientID) == (
            b.SOPInstanceUID,
            b.StudyDate,
            b.PatientID,
        )
    for a, c in zip(first, other, strict=True):
        assert a.SOPInstanceUID != c.SOPInstanceUID
        assert a.PatientID != c.PatientID


def test_each_patient_has_one_offset_in_every_bundle(tmp_path):
    asha = replace(RAMESH, name="DEVI^ASHA", patient_id="PHC-0042")
    ramesh = RAMESH
    a1 = deidentify(pydicom.dcmread(ct_study(tmp_path / "a", asha, seed="x")[0]), KEY).dataset
    a2 = deidentify(pydicom.dcmread(ct_study(tmp_path / "b", asha, seed="y")[0]), KEY).dataset
    r = deidentify(pydicom.dcmread(ct_study(tmp_path / "c", ramesh)[0]), KEY).dataset
    assert a1.StudyDate == a2.StudyDate  # same patient, same original date, two bundles
    assert a1.PatientID == a2.PatientID
    assert a1.StudyDate != r.StudyDate  # same original date, another patient
    assert patient_day_offset(KEY, "PHC-0042") != patient_day_offset(OTHER_KEY, "PHC-0042")


# --- validity (dicom3tools) ----------------------------------------------------------------

PYDICOM_VALID = ["CT_small.dcm", "MR_small.dcm", "examples_ybr_color.dcm"]
PYDICOM_VALID += ["examples_overlay.dcm", "examples_palette.dcm", "rtplan.dcm", "JPEG2000.dcm"]


def _validity_sources(tmp_path: Path) -> list[Path]:
    files = [Path(get_testdata_file(name)) for name in PYDICOM_VALID]
    files += ct_study(tmp_path / "study")
    files.append(us_multiframe(tmp_path / "us.dcm"))
    return files


@needs_dicom3tools
@pytest.mark.parametrize("options", [DeidOptions(), DeidOptions(False, False)], ids=["opt", "no"])
@pytest.mark.interop
def test_no_new_dciodvfy_errors(tmp_path, options):
    out = tmp_path / "out"
    out.mkdir()
    for source in _validity_sources(tmp_path):
        target = out / source.name
        assert deidentify_file(source, target, KEY, options) is not None
        new = error_lines(target) - error_lines(source)
        assert not new, f"{source.name}: {sorted(new)}"


@needs_dicom3tools
@pytest.mark.interop
def test_dcentvfy_finds_the_deidentified_study_consistent(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    targets = []
    for source in ct_study(tmp_path / "study"):
        targets.append(out / source.name)
        deidentify_file(source, targets[-1], KEY)
    assert len(targets) == 7
    assert error_lines(*targets, tool="dcentvfy") == set()
    # The oracle does catch an inconsistent set: one file with another patient pseudonym.
    odd = pydicom.dcmread(targets[2])
    odd.PatientID = deidentify(odd, OTHER_KEY).dataset.PatientID
    odd.save_as(targets[2])
    assert error_lines(*targets, tool="dcentvfy")


# --- flags and documents ------------------------------------------------------------------


def test_burned_in_and_ultrasound_files_are_flagged(tmp_path):
    ct = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    assert deidentify(ct, KEY).flags == []
    ct.BurnedInAnnotation = "YES"
    assert deidentify(ct, KEY).flags == ["burned_in_annotation"]

    sonosite = pydicom.dcmread(get_testdata_file("examples_ybr_color.dcm"))  # 30-frame US
    assert deidentify(sonosite, KEY).flags == ["ultrasound_may_burn_in"]
    # A known maker is flagged even when the header claims no burned-in text...
    claims_no = us_multiframe(tmp_path / "a.dcm", manufacturer="GE Healthcare", burned_in="NO")
    assert deidentify_file(claims_no, tmp_path / "a_out.dcm", KEY).flags == [
        "ultrasound_may_burn_in"
    ]
    # ...an unknown one is trusted when it says NO, and flagged when it says nothing.
    unknown_no = us_multiframe(tmp_path / "b.dcm", manufacturer="ACME SONO", burned_in="NO")
    assert deidentify_file(unknown_no, tmp_path / "b_out.dcm", KEY).flags == []
    unknown = us_multiframe(tmp_path / "c.dcm", manufacturer="ACME SONO")
    assert deidentify_file(unknown, tmp_path / "c_out.dcm", KEY).flags == ["ultrasound_may_burn_in"]


def test_screen_captures_are_flagged_unless_they_say_no(tmp_path):
    capture = pydicom.dcmread(get_testdata_file("SC_rgb_small_odd.dcm"))  # Secondary Capture
    assert deidentify(capture, KEY).flags == ["screen_capture_may_burn_in"]
    capture.BurnedInAnnotation = "NO"
    assert deidentify(capture, KEY).flags == []
    dose_screen = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    dose_screen.ImageType = ["DERIVED", "SECONDARY", "SCREEN SAVE"]
    assert deidentify(dose_screen, KEY).flags == ["screen_capture_may_burn_in"]
    # A reformatted CT (DERIVED\SECONDARY, not a screen) is not a screen capture.
    bone = pydicom.dcmread(ct_study(tmp_path / "s")[-1])
    del bone.BurnedInAnnotation
    assert "SECONDARY" in bone.ImageType and deidentify(bone, KEY).flags == []


def test_encapsulated_pdf_is_flagged_and_never_written(tmp_path):
    source = encapsulated_pdf(tmp_path / "report.dcm")
    target = tmp_path / "out" / "report.dcm"
    target.parent.mkdir()
    assert deidentify_file(source, target, KEY) is None
    assert list(target.parent.iterdir()) == []
    result = deidentify(pydicom.dcmread(source), KEY)
    assert result.flags == ["encapsulated_document_removed"]
    assert b"RAMESH" not in bytes(result.dataset.EncapsulatedDocument)


def test_multiframe_us_from_the_network_set_if_available(tmp_path):
    """pydicom's US1_J2KR.dcm and emri_small.dcm are downloaded on demand."""
    found = [get_testdata_file(n, download=False) for n in ("US1_J2KR.dcm", "emri_small.dcm")]
    if not all(found):
        pytest.skip("US1_J2KR.dcm / emri_small.dcm are pydicom download-only files (offline)")
    for path in found:
        result = deidentify_file(path, tmp_path / Path(path).name, KEY)
        assert result is not None and result.dataset.PatientName == ""


# --- failures -------------------------------------------------------------------------------


def test_not_dicom_is_refused_with_a_code_and_nothing_written(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("RAMESH KUMAR 9876543210")
    target = tmp_path / "out.dcm"
    with pytest.raises(DeidError) as caught:
        deidentify_file(source, target, KEY)
    assert caught.value.code == "not_dicom"
    assert "notes" not in str(caught.value) and "RAMESH" not in str(caught.value)
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_unwritable_target_leaves_nothing_behind(tmp_path):
    source = ct_study(tmp_path / "s")[0]
    with pytest.raises(DeidError) as caught:
        deidentify_file(source, tmp_path / "missing-folder" / "x.dcm", KEY)
    assert caught.value.code == "write_failed"


def test_a_short_key_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        deidentify(pydicom.dcmread(get_testdata_file("CT_small.dcm")), b"short")


def test_every_code_has_words():
    import imaging.deidentify as deid

    flags = {deid.BURNED_IN_ANNOTATION, deid.ULTRASOUND_MAY_BURN_IN}
    flags |= {deid.ENCAPSULATED_DOCUMENT_REMOVED, deid.SCREEN_CAPTURE_MAY_BURN_IN}
    assert flags == set(DEID_FLAG)
    assert {"not_dicom", "unreadable", "write_failed"} == set(DEID_ERROR)
    assert all(text.endswith(".") for text in [*DEID_FLAG.values(), *DEID_ERROR.values()])


def test_old_cd_files_without_file_meta_are_written_as_part_10(tmp_path):
    """Files from old CDs are sometimes a bare data set (no preamble, no file meta)."""
    for name in ("ExplVR_LitEndNoMeta.dcm", "ExplVR_BigEndNoMeta.dcm"):
        target = tmp_path / name
        result = deidentify_file(get_testdata_file(name), target, KEY)
        assert result is not None
        assert target.read_bytes()[128:132] == b"DICM"
        written = pydicom.dcmread(target)
        assert written.file_meta.MediaStorageSOPInstanceUID == written.SOPInstanceUID
        assert written.PatientIdentityRemoved == "YES"


def test_a_data_set_that_is_no_instance_is_refused(tmp_path):
    """No SOP Class or Instance UID: nothing a receiver could file, so it is not sent."""
    with pytest.raises(DeidError) as caught:
        deidentify_file(get_testdata_file("nested_priv_SQ.dcm"), tmp_path / "x.dcm", KEY)
    assert caught.value.code == "not_dicom"
    assert not list(tmp_path.iterdir())
