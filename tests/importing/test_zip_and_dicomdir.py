"""The two untrusted structures an import reads: zips (paths, sizes, passwords, damage) and
DICOMDIRs (file IDs that do not match the names on the disc, or point outside it)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

from imaging import dicomdir
from local_store import importer
from local_store.safe_zip import ZipLimits, ZipRejected, extract, safe_member_path
from testdata import media


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("DICOM/IM0001", "DICOM/IM0001"),
        ("./a/./b.dcm", "a/b.dcm"),
        ("a\\b\\c.dcm", "a/b/c.dcm"),
        ("../x", None),
        ("a/../../x", None),
        ("/etc/passwd", None),
        ("\\\\server\\share\\x", None),
        ("C:/Windows/x", None),
        ("c:x", None),
    ],
)
def test_member_paths(name, safe):
    result = safe_member_path(name)
    assert (None if result is None else result.as_posix()) == safe


def test_extract_writes_members_and_counts_bytes(tmp_path):
    archive = media.zip_with_members(tmp_path / "a.zip", {"x/1.dcm": b"1" * 5000, "2.pdf": b"2"})
    seen = []
    files = extract(archive, tmp_path / "out", progress=seen.append)
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in files) == ["2.pdf", "x/1.dcm"]
    assert seen[-1] == 5001


def test_header_sizes_are_not_trusted(tmp_path):
    # A member whose central directory claims 10 bytes but inflates to 5 MiB.
    archive = media.zip_with_members(tmp_path / "liar.zip", {"scan.dcm": b"\0" * 5 * 2**20})
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as z:
        info = z.infolist()[0]
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")  # uncompressed size
    archive.write_bytes(bytes(data))
    limits = ZipLimits(max_total_bytes=2 * 2**20, max_ratio=10**9)
    with pytest.raises(ZipRejected) as caught:
        extract(archive, tmp_path / "out", limits=limits)
    assert caught.value.code in ("zip_too_large", "zip_corrupt")
    assert not (tmp_path / "out").exists()
    assert info.file_size == 5 * 2**20


def test_password_protected_zip_is_refused_with_its_own_reason(tmp_path):
    archive = media.zip_with_members(tmp_path / "locked.zip", {"a.dcm": b"x" * 100})
    data = bytearray(archive.read_bytes())
    # Set the "encrypted" flag bit in the local header and the central directory, as a
    # password-protected zip has it.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 0x1
    archive.write_bytes(bytes(data))
    plan = importer.scan([archive], tmp_path / "work")
    assert [r.reason for r in plan.rejected] == ["zip_encrypted"]


def test_not_a_zip_after_all(tmp_path):
    fake = tmp_path / "images.zip"
    fake.write_bytes(b"PK\x03\x04" + b"\xff" * 100)
    plan = importer.scan([fake], tmp_path / "work")
    assert [r.reason for r in plan.rejected] == ["zip_corrupt"]


def test_resolve_ignores_case_and_extension_and_refuses_escapes(tmp_path):
    root = tmp_path / "disc"
    files = [root / "dicom" / "st1" / "im0001.dcm", root / "dicom" / "st1" / "IM0002"]
    for f in files:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"x")
    ids = [("DICOM", "ST1", "IM0001"), ("DICOM", "ST1", "IM0002"), ("..", "secret"), ("NOPE",)]
    matched, missing = dicomdir.resolve(root, ids, files)
    assert matched == {ids[0]: files[0], ids[1]: files[1]}
    assert missing == [("..", "secret"), ("NOPE",)]


def test_pydicom_dicomdir_trees(tmp_path):
    folder = Path(get_testdata_file("DICOMDIR", download=False)).parent
    plan = importer.scan([folder], tmp_path / "work")
    # Three patients' CR, CT and MR series plus the TINY_ALPHA set; all the DICOMDIR variants
    # are read as hints, none is imported as a file.
    assert plan.dicomdirs == 8
    assert not any(i.kind == "dicomdir" for i in plan.items)
    assert len(plan.items) >= 80
    assert len(plan.patients) >= 3
    reasons = {r.reason for r in plan.rejected}
    assert reasons <= {"listed_file_missing", "not_dicom_or_document"}
    refs = dicomdir.referenced_files(folder / "DICOMDIR")
    assert len(refs) == 31 and all(len(r) >= 2 for r in refs)
