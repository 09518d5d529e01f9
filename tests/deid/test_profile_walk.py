"""Every element of every de-identified file, nested sequences included, against Table E.1-1.

The expectations are read from the pinned table here, independently of imaging.deid_profile:
X elements are gone, Z elements are empty, D elements hold a dummy that is not the original,
U elements carry remap_uid(original, key), compound actions never let the original value
through, private elements are gone at every depth, shifted dates move by one per-patient
offset, and the patient characteristics are kept when that option is on.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset

from imaging.deidentify import DeidOptions, deidentify, remap_uid
from testdata.identified import CANARIES, RAMESH, ct_study, us_multiframe

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(32))
TABLE = json.loads(
    (ROOT / "resources/dicom/confidentiality_profile_attributes.json").read_text("utf-8")
)
ROWS = {
    int(r["tag"][1:5] + r["tag"][6:10], 16): r
    for r in TABLE
    if len(r["tag"]) == 11 and "X" not in r["tag"]
}
TEMPORAL = {"DA", "DT", "TM"}
PYDICOM_FILES = ["CT_small.dcm", "MR_small.dcm", "nested_priv_SQ.dcm", "rtplan.dcm"]
PYDICOM_FILES += ["test-SR.dcm", "examples_ybr_color.dcm", "examples_overlay.dcm"]


def row_for(tag: int) -> dict | None:
    if tag >> 16 & 1:
        return {"basicProfile": "X"}
    group = tag >> 16
    if 0x6000 <= group <= 0x601E and tag & 0xFFFF in (0x3000, 0x4000):
        return {"basicProfile": "X"}
    if 0x5000 <= group <= 0x501E:
        return {"basicProfile": "X"}
    return ROWS.get(tag)


def walk(ds: Dataset, path: tuple = ()):
    """(path, element) for every element at every depth; path = ((tag, item index), ...)."""
    for element in ds:
        yield (*path, (element.tag, None)), element
        if element.VR == "SQ":
            for index, item in enumerate(element.value):
                yield from walk(item, (*path, (element.tag, index)))


GONE = object()


def find(ds: Dataset, path: tuple):
    """The element at ``path`` in ``ds``, None when it is gone, GONE when its item is gone."""
    node = ds
    for tag, index in path[:-1]:
        if tag not in node or len(node[tag].value) <= index:
            return GONE
        node = node[tag].value[index]
    tag = path[-1][0]
    return node.get(tag)


def empty(element) -> bool:
    return element.value in (None, "", b"", []) or element.is_empty


def days_between(before: str, after: str) -> int:
    def parse(text):
        return dt.datetime.strptime(text[:8], "%Y%m%d").date()

    return (parse(after) - parse(before)).days


def check(original: Dataset, result: Dataset, options: DeidOptions, seen: set) -> list[int]:
    """Assert the table's actions element by element; returns the date shifts seen (days)."""
    shifts = []
    for path, before in walk(original):
        after = find(result, path)
        tag = int(before.tag)
        row = row_for(tag)
        where = f"{before.keyword or hex(tag)} at depth {len(path)}"
        if row is None or after is GONE:
            continue  # not in the table, or inside a sequence that was emptied or removed
        code = row["basicProfile"]
        seen.add((code, len(path) > 1))
        if options.retain_patient_characteristics and row.get("rtnPatCharsOpt") == "K":
            assert after is not None and after.value == before.value, where
            continue
        if options.retain_modified_dates and row.get("rtnLongModifDatesOpt") == "C":
            if before.VR in ("DA", "DT") and not empty(before):
                assert after is not None and after.value, where
                shifts.append(days_between(str(before.value), str(after.value)))
                assert str(after.value)[8:] == str(before.value)[8:], f"time kept: {where}"
                continue
            if before.VR == "TM":
                assert after is not None and after.value == before.value, where
                continue
        if code == "X":
            assert after is None, f"X element left: {where}"
        elif code == "Z":
            assert after is not None and empty(after), f"Z element not empty: {where}"
        elif code == "D" and before.VR != "SQ":
            assert after is not None and not empty(after), f"D element empty: {where}"
            if not empty(before):
                assert after.value != before.value, f"D element kept: {where}"
        elif code == "U":
            assert after is not None, where
            values = before.value if before.VM > 1 else [before.value]
            remapped = after.value if after.VM > 1 else [after.value]
            assert list(remapped) == [remap_uid(str(v), KEY) for v in values], where
        elif code in ("K", "X/Z/U*"):
            assert after is not None, where
        else:  # compounds and D sequences: the original value never survives
            if after is not None and not empty(before) and before.VR != "SQ":
                assert empty(after) or after.value != before.value, f"{code} kept: {where}"
            if after is not None and before.VR == "SQ" and code != "D":
                assert len(after.value) == 0, f"{code} sequence kept: {where}"
            # a D sequence may be emptied or kept with cleaned items: the walk checks those
    return shifts


def sources(tmp_path: Path) -> list[Path]:
    files = [Path(get_testdata_file(name)) for name in PYDICOM_FILES]
    files += ct_study(tmp_path / "study")
    files.append(us_multiframe(tmp_path / "us.dcm"))
    return files


@pytest.mark.parametrize(
    "options",
    [DeidOptions(), DeidOptions(retain_modified_dates=False, retain_patient_characteristics=False)],
    ids=["default-options", "no-options"],
)
def test_every_element_gets_the_profile_action(tmp_path, options):
    walked = 0
    seen: set = set()
    for path in sources(tmp_path):
        original = pydicom.dcmread(path)
        result = deidentify(original, KEY, options).dataset
        shifts = check(original, result, options, seen)
        # One patient, one offset: every shifted date in the file moved by the same days.
        assert len(set(shifts)) <= 1, path.name
        if shifts:
            assert -3652 <= shifts[0] <= -365
        for _, element in walk(result):
            assert not element.tag.is_private, f"private element left in {path.name}"
        assert result.PatientIdentityRemoved == "YES"
        if "SOPInstanceUID" in original:  # nested_priv_SQ.dcm is a bare data set
            assert result.file_meta.MediaStorageSOPInstanceUID == result.SOPInstanceUID
        walked += sum(1 for _ in walk(original))
    assert walked > 500
    # The files exercise each kind of action, at the top level and inside sequences.
    for code in ("X", "Z", "D", "U", "X/Z", "X/D", "X/Z/D", "Z/D", "X/Z/U*"):
        assert (code, False) in seen or (code, True) in seen, code
    for code in ("X", "U", "D"):
        assert (code, True) in seen, f"no nested {code} element was checked"


def test_nested_sequences_are_cleaned_at_every_depth(tmp_path):
    """rtplan.dcm nests three levels deep; its UIDs and dates inside items are handled too."""
    original = pydicom.dcmread(get_testdata_file("rtplan.dcm"))
    result = deidentify(original, KEY).dataset
    deep = [p for p, e in walk(original) if len(p) >= 3]
    assert deep, "the test file should have elements three sequences down"
    nested_uids = [(p, e) for p, e in walk(original) if len(p) > 1 and e.VR == "UI"]
    referenced = [(p, e) for p, e in nested_uids if e.keyword == "ReferencedSOPInstanceUID"]
    assert referenced
    for path, element in referenced:
        assert find(result, path).value == remap_uid(element.value, KEY)


def test_patient_characteristics_kept_only_with_the_option(tmp_path):
    path = ct_study(tmp_path / "s")[1]
    original = pydicom.dcmread(path)
    kept = deidentify(original, KEY, DeidOptions()).dataset
    assert (kept.PatientSex, kept.PatientAge) == ("M", "063Y")
    assert (kept.PatientWeight, kept.PatientSize) == (61.5, 1.68)
    dropped = deidentify(original, KEY, DeidOptions(retain_patient_characteristics=False))
    assert dropped.dataset.PatientSex == ""  # Z: Type 2, present and empty
    for keyword in ("PatientAge", "PatientWeight", "PatientSize"):
        assert keyword not in dropped.dataset


def test_dates_shift_with_the_option_and_go_without_it(tmp_path):
    original = pydicom.dcmread(ct_study(tmp_path / "s")[1])
    shifted = deidentify(original, KEY).dataset
    offset = days_between(original.StudyDate, shifted.StudyDate)
    assert offset < 0
    assert days_between(original.AcquisitionDateTime, shifted.AcquisitionDateTime) == offset
    assert shifted.AcquisitionDateTime.endswith("101811.250000+0530")
    assert shifted.StudyTime == original.StudyTime
    assert shifted.PatientBirthDate == ""  # Z in the table even with modified dates
    assert shifted.LongitudinalTemporalInformationModified == "MODIFIED"
    codes = [item.CodeValue for item in shifted.DeidentificationMethodCodeSequence]
    assert codes == ["113100", "113107", "113108"]

    plain = deidentify(original, KEY, DeidOptions(retain_modified_dates=False)).dataset
    assert plain.StudyDate == ""  # Z
    assert "SeriesDate" not in plain or plain.SeriesDate != original.SeriesDate
    assert plain.LongitudinalTemporalInformationModified == "REMOVED"


def test_no_identifying_string_left_anywhere_in_the_bytes(tmp_path):
    """The planted names and numbers are gone from the written files, private blocks included."""
    from imaging.deidentify import deidentify_file

    out = tmp_path / "out"
    out.mkdir()
    for path in [*ct_study(tmp_path / "s"), us_multiframe(tmp_path / "us.dcm")]:
        raw = path.read_bytes()
        assert any(c.encode() in raw for c in CANARIES)
        deidentify_file(path, out / path.name, KEY)
        written = (out / path.name).read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in written, f"{canary} left in {path.name}"


def test_the_input_data_set_is_not_changed(tmp_path):
    original = pydicom.dcmread(ct_study(tmp_path / "s", RAMESH)[0])
    before = original.to_json_dict()
    deidentify(original, KEY)
    assert original.to_json_dict() == before
