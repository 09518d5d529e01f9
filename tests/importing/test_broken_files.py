"""One broken file never costs the others: a DICOM sequence nested thousands of levels deep
(RecursionError in any recursive parser) and photos Pillow cannot open are rejected with their
reason while the good files beside them are imported; `dicom info`, `render` and
`bundle build --deidentify` answer the same way, without a traceback."""

from __future__ import annotations

import json
import shutil
import struct
import zlib

import pytest

import wording.importing
import wording.viewing
from testdata import hostile as hf
from testdata.dicom import ct_series
from testdata.documents import pdf_bytes, photo

DEPTH = 5_000


def _broken_png(path):
    # A PNG whose header names colour type 9, which does not exist.
    header = struct.pack(">IIBBBBB", 10, 10, 8, 9, 0, 0, 0)
    body = b"IHDR" + header
    crc = struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + body + crc)
    return path


def _media(folder):
    ct_series(folder / "ct", 3)
    (folder / "report.pdf").write_bytes(pdf_bytes())
    photo(folder / "wound.jpg")
    hf.nested_sequences(folder / "deep.dcm", DEPTH)
    _broken_png(folder / "broken.png")
    (folder / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")  # a JPEG cut short
    return 5  # good files


def test_a_nested_sequence_and_broken_photos_beside_good_files(cli, tmp_path):
    case_id = cli.new_case()
    media = tmp_path / "media"
    good = _media(media)
    run = cli.watch("--json", "import", case_id, str(media), "--accept-other-patient")
    run.assert_bounded(codes=(3,))
    report = json.loads(run.out)
    assert report["imported"] == good
    reasons = {r["path"].removeprefix(str(media) + "/"): r["reason"] for r in report["rejected"]}
    assert reasons == {
        "deep.dcm": "nested_too_deep",
        "broken.png": "unreadable",
        "cut.jpg": "unreadable",
    }
    for entry in report["rejected"]:
        assert entry["message"] == wording.importing.IMPORT_REJECT[entry["reason"]]
    text = cli.watch("import", case_id, str(media), "--accept-other-patient")
    text.assert_bounded(codes=(3,))
    assert wording.importing.IMPORT_REJECT["nested_too_deep"] in text.out


def test_dicom_info_and_render_reject_a_nested_sequence(cli, tmp_path):
    media = tmp_path / "media"
    ct_series(media, 1)
    deep = hf.nested_sequences(media / "deep.dcm", DEPTH)
    run = cli.watch("--json", "dicom", "info", str(media))
    run.assert_bounded(codes=(3,))
    info = json.loads(run.out)
    assert info["files"] == 1
    assert [r["reason"] for r in info["rejected"]] == ["nested_too_deep"]

    out = tmp_path / "out.png"
    run = cli.watch("render", str(deep), "--out", str(out))
    run.assert_bounded(codes=(1,))
    assert wording.viewing.DECODE_ERROR["nested_too_deep"] in run.err
    assert not out.exists()


# A file stored before the guard existed (imported by a build with a deeper stack): the
# bundle is still built, the file is left out with its reason, never sent with its identity.
_IMPORT_WITH_A_DEEP_STACK = """
import runpy, sys
sys.setrecursionlimit(100_000)
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


@pytest.mark.skipif(shutil.which("age-keygen") is None, reason="age-keygen is missing")
@pytest.mark.interop
def test_bundle_build_deidentify_leaves_out_a_nested_sequence(cli, tmp_path):
    from tests.bundle.test_bundle_commands import keygen

    case_id = cli.new_case()
    media = tmp_path / "media"
    ct_series(media / "ct", 2)
    hf.nested_sequences(media / "deep.dcm", 1_000)
    stored = cli.watch_python(
        _IMPORT_WITH_A_DEEP_STACK,
        "--data-dir", str(cli.data_dir), "--json", "import", case_id, str(media),
        "--accept-other-patient",
    )  # fmt: skip
    stored.assert_bounded(codes=(0,))
    assert json.loads(stored.out)["imported"] == 3

    recipient = keygen(tmp_path / "service.key")
    run = cli.watch(
        "--json", "bundle", "build", case_id, "--out", str(tmp_path / "b"),
        "--recipient", recipient, "--deidentify",
    )  # fmt: skip
    run.assert_bounded(codes=(0,))
    built = json.loads(run.out)
    assert built["files"] == 2
    [unreadable] = built["unreadable"]
    assert unreadable["reason"] == "nested_too_deep"
    assert unreadable["attachment_id"] in built["left_out"]

    text = cli.watch(
        "bundle", "build", case_id, "--out", str(tmp_path / "c"),
        "--recipient", recipient, "--deidentify",
    )  # fmt: skip
    text.assert_bounded(codes=(0,))
    assert wording.importing.IMPORT_REJECT["nested_too_deep"] in text.out
