"""A damaged JPEG 2000 file gives a clear error and never takes the process down.

GDCM aborts the interpreter (an uncaught C++ exception) on some malformed codestreams; if
pydicom fell back to it, one bad file on a patient's CD would close the app. The decode runs in
a child process here so that a regression fails this test instead of killing the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from imaging.pixels import DecodeError, decode_frame
try:
    decode_frame(open(sys.argv[1], "rb").read())
    print("decoded")
except DecodeError as exc:
    print(exc.code)
"""


@pytest.mark.parametrize(("offset", "length"), [(40, 20), (30, 20), (6, 8)])
def test_damaged_codestream_is_reported_not_fatal(tmp_path, offset, length):
    data = bytearray(Path(get_testdata_file("MR_small_jp2klossless.dcm")).read_bytes())
    start = data.find(b"\xff\x4f\xff\x51") + offset  # just after the codestream's SOC + SIZ
    for i in range(start, start + length):
        data[i] ^= 0xFF
    damaged = tmp_path / "damaged.dcm"
    damaged.write_bytes(bytes(data))
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(damaged)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() in {"corrupt", "decoded"}
