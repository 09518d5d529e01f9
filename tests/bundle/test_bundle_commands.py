"""`bundle build / verify / open` through the real command line, with keys made by age-keygen."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.cli import add_attachment

pytestmark = [
    pytest.mark.interop,
    pytest.mark.skipif(
        shutil.which("age-keygen") is None, reason="Debian's age package (age-keygen) is missing"
    ),
]


def keygen(path: Path) -> str:
    """Make an age identity file with the real tool; return its public recipient."""
    subprocess.run(["age-keygen", "-o", str(path)], check=True, capture_output=True)
    return next(
        line.split(": ", 1)[1]
        for line in path.read_text().splitlines()
        if line.startswith("# public key: ")
    )


@pytest.fixture
def case_with_files(cli, tmp_path):
    case_id = cli.new_case()
    report = tmp_path / "biopsy report.pdf"
    report.write_bytes(b"%PDF-1.4\nbiopsy\n%%EOF\n")
    add_attachment(cli.data_dir, case_id, report)
    return case_id, report


def test_build_verify_open_round_trip(cli, tmp_path, case_with_files):
    case_id, report = case_with_files
    recipient = keygen(tmp_path / "service.key")
    built = cli(
        "--json",
        "bundle",
        "build",
        case_id[:8],
        "--out",
        str(tmp_path / "b"),
        "--recipient",
        recipient,
    )
    assert built.code == 0, built.err
    assert built.json["files"] == 1 and built.json["seq"] == 1

    checked = cli("--json", "bundle", "verify", str(tmp_path / "b"))
    assert checked.code == 0 and checked.json["ok"] and checked.json["problems"] == []
    full = cli(
        "--json",
        "bundle",
        "verify",
        str(tmp_path / "b"),
        "--identity",
        str(tmp_path / "service.key"),
    )
    assert full.code == 0, full.err
    assert full.json["device_id"] == cli("--json", "keys", "show").json["device_id"]

    opened = cli(
        "bundle",
        "open",
        str(tmp_path / "b"),
        "--identity",
        str(tmp_path / "service.key"),
        "--to",
        str(tmp_path / "opened"),
    )
    assert opened.code == 0, opened.err
    files = {p.name: p.read_bytes() for p in (tmp_path / "opened").iterdir()}
    assert files["f001-biopsy report.pdf"] == report.read_bytes()
    assert "Asha Verma" in files["manifest.json"].decode()

    again = cli(
        "--json",
        "bundle",
        "build",
        case_id,
        "--out",
        str(tmp_path / "b2"),
        "--recipient",
        recipient,
    )
    assert again.json["seq"] == 2


def test_tampered_bundle_is_named_and_not_opened(cli, tmp_path, case_with_files):
    case_id, _ = case_with_files
    recipient = keygen(tmp_path / "service.key")
    cli("bundle", "build", case_id, "--out", str(tmp_path / "b"), "--recipient", recipient)
    target = tmp_path / "b" / "f001.age"
    data = bytearray(target.read_bytes())
    data[-5] ^= 0xFF
    target.write_bytes(bytes(data))

    checked = cli("--json", "bundle", "verify", str(tmp_path / "b"))
    assert checked.code == 1
    assert checked.json["problems"][0]["code"] == "file_changed"
    assert checked.err_lines == [
        "f001.age: A file of the bundle was changed or damaged on the way. "
        "Copy or download it again."
    ]
    opened = cli(
        "bundle",
        "open",
        str(tmp_path / "b"),
        "--identity",
        str(tmp_path / "service.key"),
        "--to",
        str(tmp_path / "opened"),
    )
    assert opened.code == 1 and "f001.age" in opened.err
    assert not (tmp_path / "opened").exists()


def test_wrong_key_file_and_bad_recipient_get_clear_lines(cli, tmp_path, case_with_files):
    case_id, _ = case_with_files
    bad = cli("bundle", "build", case_id, "--out", str(tmp_path / "b"), "--recipient", "bob")
    assert bad.code == 1 and bad.err_lines == [
        "The recipient is not an age public key (it starts with age1)."
    ]
    assert not (tmp_path / "b").exists()

    recipient = keygen(tmp_path / "service.key")
    cli("bundle", "build", case_id, "--out", str(tmp_path / "b"), "--recipient", recipient)
    keygen(tmp_path / "other.key")
    wrong = cli("bundle", "verify", str(tmp_path / "b"), "--identity", str(tmp_path / "other.key"))
    assert wrong.code == 1 and "not sealed for the key given" in wrong.err
    (tmp_path / "notakey").write_text("hello")
    unreadable = cli(
        "bundle", "verify", str(tmp_path / "b"), "--identity", str(tmp_path / "notakey")
    )
    assert unreadable.code == 1 and "AGE-SECRET-KEY-1" in unreadable.err


def test_decrypted_files_match_what_the_clinic_attached(cli, tmp_path, case_with_files):
    case_id, report = case_with_files
    recipient = keygen(tmp_path / "service.key")
    cli("bundle", "build", case_id, "--out", str(tmp_path / "b"), "--recipient", recipient)
    plain = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "service.key"), str(tmp_path / "b" / "f001.age")],
        check=True,
        capture_output=True,
    ).stdout
    assert hashlib.sha256(plain).digest() == hashlib.sha256(report.read_bytes()).digest()


def test_usb_tar_export_and_import(cli, tmp_path, case_with_files):
    case_id, _ = case_with_files
    recipient = keygen(tmp_path / "service.key")
    cli("bundle", "build", case_id, "--out", str(tmp_path / "b"), "--recipient", recipient)
    exported = cli("bundle", "export", str(tmp_path / "b"), "--out", str(tmp_path / "case.tar"))
    assert exported.code == 0, exported.err
    imported = cli(
        "--json", "bundle", "import", str(tmp_path / "case.tar"), "--to", str(tmp_path / "usb")
    )
    assert imported.code == 0 and imported.json["ok"], imported.err
    (tmp_path / "garbage.tar").write_bytes(b"not a tar at all" * 100)
    bad = cli("bundle", "import", str(tmp_path / "garbage.tar"), "--to", str(tmp_path / "x"))
    assert bad.code == 1 and "damaged" in bad.err and not (tmp_path / "x").exists()


def test_a_sequence_number_reused_on_another_bundle_is_refused_beside_a_store(
    cli, tmp_path, case_with_files
):
    """A clinic PC restored from a backup numbers its next bundle as an earlier one: a bundle
    carried by USB to a reviewer's install must be named a replay there, not read as new."""
    case_id, _ = case_with_files
    recipient = keygen(tmp_path / "service.key")
    assert cli("keys", "show").code == 0  # the device keys exist before the backup
    backup = tmp_path / "backup"
    shutil.copytree(cli.data_dir, backup)

    def build(data_dir: Path, out: Path):
        result = cli.raw(
            "--data-dir", str(data_dir), "--json", "bundle", "build", case_id,
            "--out", str(out), "--recipient", recipient,
        )  # fmt: skip
        assert result.code == 0, result.err
        return result.json

    first = build(cli.data_dir, tmp_path / "first")
    again = build(backup, tmp_path / "again")  # the restored copy reuses the number
    assert (first["seq"], first["device_id"]) == (again["seq"], again["device_id"])
    assert first["bundle_id"] != again["bundle_id"]

    reviewer = tmp_path / "reviewer"
    assert cli.raw("--data-dir", str(reviewer), "keys", "show").code == 0  # a reviewer install

    def verify(folder: Path):
        return cli.raw("--data-dir", str(reviewer), "--json", "bundle", "verify", str(folder))

    assert verify(tmp_path / "first").code == 0
    assert verify(tmp_path / "first").code == 0  # the same bundle twice is no replay
    replayed = verify(tmp_path / "again")
    assert replayed.code == 1
    assert [p["code"] for p in replayed.json["problems"]] == ["replayed_sequence"]
    opened = cli.raw(
        "--data-dir", str(reviewer), "bundle", "open", str(tmp_path / "again"),
        "--identity", str(tmp_path / "service.key"), "--to", str(tmp_path / "opened"),
    )  # fmt: skip
    assert opened.code == 1 and "replayed_sequence" not in opened.err  # worded, not a code
    assert not (tmp_path / "opened").exists() or not any((tmp_path / "opened").iterdir())
