"""`casebridge --self-test`, as an installer runs it: starts the real app offscreen, opens the
bundled sample images (one per decoder) and report, and exits 0 only when all of them show."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest

from desktop import self_test
from testdata import samples

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


def test_self_test_starts_the_app_without_touching_real_data(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("CASEBRIDGE_PASSPHRASE", None)
    env.pop("CASEBRIDGE_HOME", None)
    done = subprocess.run(
        [sys.executable, "main.py", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test ok" in done.stdout
    # Every bundled sample was shown: each CT slice through its own decoder, and the report.
    for name in (*self_test.DICOM_SAMPLES, self_test.PDF_SAMPLE):
        assert f"{name}: shown" in done.stdout
    # It used a throw-away folder: nothing was created in the user's data folder.
    assert not any(tmp_path.rglob("casebridge.db"))


def test_the_bundled_samples_need_one_decoder_each():
    assert tuple(samples.DICOM_SAMPLES) == self_test.DICOM_SAMPLES
    assert self_test.PDF_SAMPLE == samples.PDF_SAMPLE
    syntaxes = [
        pydicom.dcmread(self_test.SAMPLES_DIR / name).file_meta.TransferSyntaxUID
        for name in self_test.DICOM_SAMPLES
    ]
    assert len(set(syntaxes)) == len(syntaxes)
    # No real person in a file shipped to every clinic.
    names = {
        str(pydicom.dcmread(self_test.SAMPLES_DIR / name).PatientName)
        for name in self_test.DICOM_SAMPLES
    }
    assert names == {"Test^Phantom"}


def test_the_bundled_samples_are_the_factorys(tmp_path):
    if shutil.which("dcmcjpeg") is None:
        pytest.skip("dcmtk's dcmcjpeg makes the JPEG samples")
    # The same factory call gives the same bytes: what ships is what the factory makes.
    for path in samples.write(tmp_path):
        assert (self_test.SAMPLES_DIR / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_sample_that_cannot_be_decoded_fails_the_self_test(tmp_path, qtbot, capsys):
    shutil.copytree(self_test.SAMPLES_DIR, tmp_path, dirs_exist_ok=True)
    damaged = tmp_path / "ct-2-jpeg2000-lossless.dcm"
    data = damaged.read_bytes()
    # Keep the header, cut the compressed pixels short: the decoder has nothing to decode.
    damaged.write_bytes(data[: len(data) - 3000])
    test = self_test.SelfTest(tmp_path)
    with qtbot.waitSignal(test.finished, timeout=60_000) as finished:
        test.start()
    assert finished.args == [False]
    out = capsys.readouterr().out
    assert "ct-1-uncompressed.dcm: shown" in out
    assert "ct-2-jpeg2000-lossless.dcm: NOT shown" in out


def test_a_missing_sample_fails_the_self_test(tmp_path, qtbot, capsys):
    shutil.copytree(self_test.SAMPLES_DIR, tmp_path, dirs_exist_ok=True)
    (tmp_path / self_test.PDF_SAMPLE).unlink()
    test = self_test.SelfTest(tmp_path)
    with qtbot.waitSignal(test.finished, timeout=10_000) as finished:
        test.start()
    assert finished.args == [False]
    assert "sample missing: report.pdf" in capsys.readouterr().out
