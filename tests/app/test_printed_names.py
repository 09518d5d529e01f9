"""Names from outside (file names, DICOM strings) reach the terminal escaped: ESC, CR, LF and
BEL in a file name are printed as \\x1b, \\x0d, \\x0a and \\x07, so a name cannot recolour,
overwrite or forge the lines the CLI prints; --json keeps them as JSON escapes. A PDF locked
with a password is imported and said, on the CLI and in the desktop's summary."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import wording.importing
from testdata.dicom import ct_series
from testdata.documents import locked_pdf, pdf_bytes
from tests.support.cli import REPO

HOSTILE_NAMES = {
    "red\x1b[31m.bin": "red\\x1b[31m.bin",
    "back\rImported 99 file(s).bin": "back\\x0dImported 99 file(s).bin",
    "two\nlines.bin": "two\\x0alines.bin",
    "bell\x07.bin": "bell\\x07.bin",
}
CONTROL = {chr(c) for c in range(0x20) if chr(c) != "\n"} | {"\x7f"}


def _folder(tmp_path):
    media = tmp_path / "media"
    ct_series(media / "ct", 1)
    for name in HOSTILE_NAMES:
        (media / name).write_bytes(b"not a scan, a report or a photo" * 10)
    return media


def test_import_prints_hostile_file_names_escaped(cli, tmp_path):
    case_id = cli.new_case()
    media = _folder(tmp_path)
    run = cli.watch("import", case_id, str(media), "--accept-other-patient")
    run.assert_bounded(codes=(3,))
    assert not CONTROL & set(run.out)
    lines = run.out.splitlines()
    for escaped in HOSTILE_NAMES.values():
        reason = wording.importing.IMPORT_REJECT["not_dicom_or_document"]
        assert f"  {media}/{escaped}: {reason}" in lines
    # Every line is the CLI's own: none starts where a name would have moved it.
    assert not any(line.startswith(("Imported 99", "lines.bin")) for line in lines)

    as_json = cli.watch("--json", "import", case_id, str(media), "--accept-other-patient")
    assert not CONTROL & set(as_json.out)
    paths = {r["path"] for r in json.loads(as_json.out)["rejected"]}
    assert paths == {f"{media}/{name}" for name in HOSTILE_NAMES}


def test_dicom_info_prints_names_and_dicom_strings_escaped(cli, tmp_path):
    media = _folder(tmp_path)
    ct_series(media / "odd", 1, description="CHEST\x1b]0;owned\x07", seed="odd")
    run = cli.watch("dicom", "info", str(media))
    run.assert_bounded(codes=(3,))
    assert not CONTROL & set(run.out)
    assert "CHEST\\x1b]0;owned\\x07" in run.out
    for escaped in HOSTILE_NAMES.values():
        assert escaped in run.out


def test_a_locked_pdf_is_imported_and_said(cli, tmp_path):
    case_id = cli.new_case()
    media = tmp_path / "media"
    media.mkdir()
    locked_pdf(media / "labs.pdf")
    (media / "open.pdf").write_bytes(pdf_bytes())
    run = cli.watch("--json", "import", case_id, str(media))
    run.assert_bounded(codes=(0,))
    report = json.loads(run.out)
    assert report["imported"] == 2
    assert report["notes"] == [
        {
            "path": str(media / "labs.pdf"),
            "note": "pdf_locked",
            "message": wording.importing.IMPORT_NOTE["pdf_locked"],
        }
    ]
    media2 = tmp_path / "again"
    media2.mkdir()
    locked_pdf(media2 / "labs2.pdf", text="Creatinine 1.1")
    text = cli.watch("import", case_id, str(media2))
    text.assert_bounded(codes=(0,))
    assert f"  {media2 / 'labs2.pdf'}: {wording.importing.IMPORT_NOTE['pdf_locked']}" in text.out


def test_dicom_info_killed_mid_unpacking_leaves_nothing_outside_the_data_folder(cli, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    archive = media / "scans.zip"
    files = ct_series(tmp_path / "ct", 4)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        for n in range(60):  # plenty to unpack: the kill lands mid-way
            z.writestr(f"big{n:03d}.bin", os.urandom(4 * 1024 * 1024))
        for path in files:
            z.write(path, f"ct/{path.name}")
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = cli.env(TMPDIR=str(system_temp), TEMP=str(system_temp), TMP=str(system_temp))
    work = cli.data_dir / "import-work"
    command = [sys.executable, "main.py", "--data-dir", str(cli.data_dir), "dicom", "info"]
    with subprocess.Popen(
        [*command, str(archive)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        deadline = time.monotonic() + 60
        while not any(p.is_file() for p in work.rglob("*")) and time.monotonic() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
    left = [p for p in work.rglob("*") if p.is_file()]
    assert left, "killed before it unpacked anything"
    assert not any(system_temp.iterdir())  # nothing plaintext in the system temp folder
    assert not cli.home.exists()

    # The next run sweeps what the killed one left, once it is older than any import takes.
    old = time.time() - 13 * 3600
    for folder in work.iterdir():
        os.utime(folder, (old, old))
    run = subprocess.run(
        [*command, "--json", str(files[0])], cwd=REPO, env=env, capture_output=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert not any(p.is_file() for p in work.rglob("*"))
